// "User Exit Maintenance" (F10 on an *EXIT entry), from the IBM 7.1 figure (brms.md §2.5):
// sequence, where used and weekly activity shown, the command typed. The command may be long
// (about 5000 characters on the host [K]); brms-tui gives it the rest of row 8 and rows 9-19.
// Enter, or F3, keeps the command and returns; F12 returns without it.

import {message} from '../../domain/messages.js';
import {createEditState, fieldValue} from '../../ui/fields/editor.js';
import type {FieldDefinition} from '../../ui/fields/field.js';
import {BLUE, dottedLabel, type PanelSize, textRun, titleRuns} from '../../ui/layout.js';
import {instance, type Panel, type PanelInstance, type PanelState} from '../../ui/panel/panel.js';

const FIRST: FieldDefinition = {id: 'command:0', row: 8, col: 35, length: 45, kind: 'text'};
const CONTINUATION_ROWS = 11;
const COMMAND_FIELDS: FieldDefinition[] = [
	FIRST,
	...Array.from({length: CONTINUATION_ROWS}, (_, index): FieldDefinition => ({id: `command:${index + 1}`, row: 9 + index, col: 3, length: 77, kind: 'text'})),
];

export const MAX_EXIT_COMMAND = COMMAND_FIELDS.reduce((total, field) => total + field.length, 0);

type ExitState = PanelState & {seq: string; activity: string};

/** The command as one string: every line but the last keeps its full width (spaces included). */
export function joinCommand(values: (id: string) => string): string {
	return COMMAND_FIELDS.map(field => values(field.id).padEnd(field.length))
		.join('')
		.trimEnd();
}

export function splitCommand(command: string): Record<string, string> {
	const values: Record<string, string> = {};
	let rest = command;
	for (const field of COMMAND_FIELDS) {
		values[field.id] = rest.slice(0, field.length).trimEnd();
		rest = rest.slice(field.length);
	}
	return values;
}

export function userExitMaintenance(systemName: string, exit: {seq: string; activity: string; command: string | null}): PanelInstance {
	const done = (state: ExitState) => ({command: joinCommand(id => fieldValue(state.edit, id)) || null});
	const panel: Panel<ExitState> = {
		id: 'USER-EXIT',
		functionKeys: () => [
			{key: 'F3', label: 'Exit'},
			{key: 'F4', label: 'Prompt'},
			{key: 'F12', label: 'Cancel'},
		],
		hiddenKeys: ['F1'],
		fields: () => COMMAND_FIELDS,
		body: (state: ExitState, size: PanelSize) => [
			...titleRuns('User Exit Maintenance', systemName, size),
			textRun(3, 2, 'Type command, press Enter.', BLUE),
			textRun(5, 3, `${dottedLabel('Sequence number', 31, ':')} ${state.seq}`),
			textRun(6, 3, `${dottedLabel('Where used', 31, ':')} *EXIT`),
			textRun(7, 3, `${dottedLabel('Weekly activity', 31, ':')} ${state.activity.padEnd(10)} SMTWTFS`),
			textRun(8, 3, dottedLabel('Command', 31)),
		],
		legendRow: 23,
		onKey: (state, keystroke) => {
			if (keystroke.kind !== 'key') return {state};
			switch (keystroke.name) {
				case 'Enter':
				case 'F3':
					return {state, effect: {type: 'close', result: done(state)}};
				case 'F12':
					return {state, effect: {type: 'close'}};
				case 'F4':
					// Prompting a CL command needs the host's command definitions.
					return {state: {...state, notice: message('functionNotAvailable', 'F4=Prompt for CL commands')}};
				default:
					return {state};
			}
		},
	};
	return instance(panel, {seq: exit.seq, activity: exit.activity, edit: createEditState(COMMAND_FIELDS, splitCommand(exit.command ?? ''))});
}

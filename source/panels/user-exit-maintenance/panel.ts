// "User Exit Maintenance" (F10 on an *EXIT entry): sequence, where used and weekly activity
// shown, the command typed. Enter, or F3, hands the command back to the entries panel; F12
// returns without it; F4 prompts the command typed (command-prompt/), and puts back what the
// prompt typed out.

import {message} from '../../domain/messages.js';
import {createEditState, fieldValue, setValues, showError} from '../../ui/fields/editor.js';
import {instance, open, type PanelState} from '../../ui/panel/panel.js';
import type {BrmsInstance, BrmsPanel} from '../brms-panel.js';
import {commandPrompt, type Prompted} from '../command-prompt/panel.js';
import type {PanelDefinition} from '../registry.js';
import {body, COMMAND_FIELDS, TITLE} from './view.js';

type ExitState = PanelState & {systemName: string; seq: string; activity: string};

/** What the panel hands back: the exit's command (null: none). */
export type ExitCommand = {command: string | null};

/** The command as one string: every line but the last keeps its full width (spaces included). */
function joinCommand(values: (id: string) => string): string {
	return COMMAND_FIELDS.map(field => values(field.id).padEnd(field.length))
		.join('')
		.trimEnd();
}

function splitCommand(command: string): Record<string, string> {
	const values: Record<string, string> = {};
	let rest = command;
	for (const field of COMMAND_FIELDS) {
		values[field.id] = rest.slice(0, field.length).trimEnd();
		rest = rest.slice(field.length);
	}
	return values;
}

type ExitMsg = {type: 'prompted'; prompted: Prompted | undefined};

const panel: BrmsPanel<ExitState, ExitMsg, ExitCommand> = {
	id: 'USER-EXIT',
	functionKeys: () => [
		{key: 'F3', label: 'Exit'},
		{key: 'F4', label: 'Prompt'},
		{key: 'F12', label: 'Cancel'},
	],
	hiddenKeys: ['F1'],
	fields: () => COMMAND_FIELDS,
	body,
	legendRow: 23,
	onKey: (state, keystroke) => {
		if (keystroke.kind !== 'key') return {state};
		switch (keystroke.name) {
			case 'Enter':
			case 'F3':
				return {state, effect: {type: 'close', result: {command: joinCommand(id => fieldValue(state.edit, id)) || null}}};
			case 'F12':
				return {state, effect: {type: 'close'}};
			case 'F4': {
				const typed = joinCommand(id => fieldValue(state.edit, id));
				const prompt = typed === '' ? undefined : commandPrompt(state.systemName, typed);
				if (!prompt)
					return {
						state: {
							...state,
							edit: showError(state.edit, {fieldId: COMMAND_FIELDS[0]!.id, message: message(typed === '' ? 'nothingToPrompt' : 'commandNotPromptable')}),
						},
					};
				return {state, effect: open(prompt, prompted => ({type: 'prompted', prompted}))};
			}
			default:
				return {state};
		}
	},
	// Back from the prompt: the command it typed out replaces the one on the lines (F12 there: unchanged).
	onResult: (state, {prompted}) =>
		prompted ? {state: {...state, edit: setValues(state.edit, {...splitCommand(''), ...splitCommand(prompted.command)})}} : {state},
};

export function userExitMaintenance(systemName: string, exit: {seq: string; activity: string; command: string | null}): BrmsInstance<ExitCommand> {
	return instance(panel, {systemName, seq: exit.seq, activity: exit.activity, edit: createEditState(COMMAND_FIELDS, splitCommand(exit.command ?? ''))});
}

export const USER_EXIT: PanelDefinition = {
	title: TITLE,
	help: [
		'The command an *EXIT entry runs, at its place among the entries. Type it over the lines (it goes on from one line to the next); Enter keeps it and goes back to the entries, where Enter stores the group. F12 goes back without it.',
	],
};

// The STRBKUBRM prompt, as F4 on a command line shows it ("Start Backup using BRM"): every
// parameter with its default and allowed values (brms.md §5.1); the CL command built from
// checked values is shown in full and sent only on Enter. A warning stands when the local group
// has changes not applied on the host, because STRBKUBRM runs the host's definition (F8 shows
// the change sheet). Then the messages the host returned (command-messages/).

import type {ChangeStep} from '../../domain/change-sheet.js';
import type {CommandRun} from '../../domain/command-run.js';
import {upperAscii} from '../../domain/field-text.js';
import {message} from '../../domain/messages.js';
import {checkStrbkubrm, clParameter, DEFAULT_REQUEST, type StrbkubrmProblem, type StrbkubrmRequest, strbkubrmCommand} from '../../domain/strbkubrm.js';
import {createEditState, fieldValue, showError} from '../../ui/fields/editor.js';
import {KIT_MESSAGES} from '../../ui/fields/operator-errors.js';
import {instance, open, type PanelState} from '../../ui/panel/panel.js';
import type {BrmsInstance, BrmsPanel, BrmsTransition, OptionDone} from '../brms-panel.js';
import {changeSheetPanel} from '../change-sheet/panel.js';
import {commandMessages} from '../command-messages/panel.js';
import {changeSheetOf, type HostAnswer, runCommand} from '../effects.js';
import type {PanelDefinition} from '../registry.js';
import {FIELDS, type FieldId, PARAMETERS, TITLE, VALUE_LISTS} from './layout.js';
import {body, functionKeys, type PromptView} from './view.js';

type PromptState = PanelState &
	PromptView & {
		/** The command as typed on the command line (F5 goes back to it). */
		typed: string;
		/** The change sheet of the group in the Control group field, and which group that is. */
		sheet: {group: string; steps: ChangeStep[]} | undefined;
	};

type PromptMsg =
	| {type: 'sheet'; group: string; steps: ChangeStep[]}
	| {type: 'sheetClosed'; done: OptionDone | undefined}
	| {type: 'ran'; command: string; answer: HostAnswer<CommandRun>}
	| {type: 'messagesClosed'};

type Next = BrmsTransition<PromptState, PromptMsg, never>;

function requestOf(state: PromptState): StrbkubrmRequest {
	const value = (id: FieldId) => fieldValue(state.edit, id).trim();
	return {
		controlGroup: value('controlGroup'),
		scheduleTime: value('scheduleTime'),
		submitJob: value('submitJob'),
		startingSequence: {start: value('start'), end: value('end')},
		activity: value('activity'),
		retention: {type: value('retentionType'), value: value('retentionValue')},
		append: value('append'),
		jobDescription: value('jobDescription'),
		jobQueue: value('jobQueue'),
		omits: value('omits'),
	};
}

/** The field a problem stands on: the parameter's, or the element's within its list. */
function fieldOf(problem: StrbkubrmProblem): FieldId {
	return (
		PARAMETERS.find(parameter => parameter.keyword === problem.keyword && (problem.element === undefined || parameter.element === problem.element))?.id ??
		'controlGroup'
	);
}

/** Parameters typed on the command line (`STRBKUBRM CTLGRP(X) SBMJOB(*NO)`) fill the prompt. */
const upperOf = (value: string | undefined) => (value === undefined ? undefined : upperAscii(value));

export function parametersFromCommand(command: string): Record<string, string> {
	const values: Record<string, string> = {};
	// Folded from a-z only: what the prompt then checks is what was typed.
	const find = (keyword: string) => upperOf(clParameter(command, keyword));
	const group = find('CTLGRP') ?? upperOf(/^STRBKUBRM\s+([^\s(]+)(\s|$)/i.exec(command.trim())?.[1]);
	if (group) values['controlGroup'] = group;
	for (const parameter of PARAMETERS) {
		if (parameter.keyword === 'CTLGRP') continue;
		const found = find(parameter.keyword);
		if (found === undefined) continue;
		// An element list's values stand in the order of its elements.
		const elements = PARAMETERS.filter(each => each.keyword === parameter.keyword);
		const parts = elements.length > 1 ? found.split(/\s+/) : [found];
		const value = parts[elements.indexOf(parameter)];
		if (value) values[parameter.id] = value;
	}
	return values;
}

function initialValues(command: string): Record<string, string> {
	const {startingSequence, retention, ...defaults} = DEFAULT_REQUEST;
	return {
		...defaults,
		start: startingSequence.start,
		end: startingSequence.end,
		retentionType: retention.type,
		retentionValue: retention.value,
		...parametersFromCommand(command),
	};
}

/**
 * What the view shows that depends on the values: the command Enter sends (while they are
 * valid), and — asked of the store when the group changes — whether that group has changes
 * not applied on the host.
 */
function valuesChanged(state: PromptState): Next {
	const request = requestOf(state);
	const command = checkStrbkubrm(request).length === 0 ? strbkubrmCommand(request) : undefined;
	const group = request.controlGroup;
	const shown = {...state, command, unapplied: state.sheet?.group === group && state.sheet.steps.length > 0 ? group : undefined};
	if (group === '' || state.sheet?.group === group) return {state: shown};
	return {state: shown, effect: changeSheetOf(group, steps => ({type: 'sheet', group, steps}))};
}

const panel: BrmsPanel<PromptState, PromptMsg, never> = {
	id: 'STRBKUBRM',
	functionKeys,
	hiddenKeys: ['F1'],
	fields: () => FIELDS,
	body,
	prompt: (_state, fieldId) => {
		const list = VALUE_LISTS[PARAMETERS.find(parameter => parameter.id === fieldId)?.id ?? 'controlGroup'];
		return list && {kind: 'values', list};
	},
	onEdit: valuesChanged,
	onKey: (state, keystroke): Next => {
		if (keystroke.kind !== 'key') return {state};
		switch (keystroke.name) {
			case 'F12':
				return {state, effect: {type: 'close'}};
			case 'F3':
				return {state, effect: {type: 'exit'}};
			case 'F5':
				return valuesChanged({...state, edit: createEditState(FIELDS, initialValues(state.typed))});
			case 'F8': {
				if (!state.sheet || !state.unapplied) return {state};
				return {state, effect: open(changeSheetPanel(state.systemName, state.sheet.group, state.sheet.steps), done => ({type: 'sheetClosed', done}))};
			}
			case 'Enter': {
				const request = requestOf(state);
				const [problem] = checkStrbkubrm(request);
				if (problem) {
					return {state: {...state, edit: showError(state.edit, {fieldId: fieldOf(problem), message: message('strbkubrmValueNotValid', problem.text)})}};
				}
				const command = strbkubrmCommand(request);
				return {state: {...state, notice: KIT_MESSAGES.waitingForHost}, effect: runCommand(command, answer => ({type: 'ran', command, answer}))};
			}
			default:
				return {state};
		}
	},
	onResult: (state, result): Next => {
		switch (result.type) {
			case 'sheet': {
				const sheet = {group: result.group, steps: result.steps};
				return {state: {...state, sheet, unapplied: requestOf(state).controlGroup === sheet.group && sheet.steps.length > 0 ? sheet.group : undefined}};
			}
			// Back from the change sheet the prompt stays; F10 there may have changed what is applied.
			case 'sheetClosed': {
				const group = state.sheet?.group ?? '';
				const said = {...state, notice: result.done?.said};
				return group === '' ? {state: said} : {state: said, effect: changeSheetOf(group, steps => ({type: 'sheet', group, steps}))};
			}
			case 'ran': {
				const waited = {...state, notice: undefined};
				const {answer} = result;
				// Stopped (Ctrl+C): the runtime says so on line 24.
				if (!answer.ok)
					return {
						state: answer.stopped ? waited : {...waited, edit: showError(state.edit, {message: message('hostRunFailed', state.systemName, answer.error)})},
					};
				return {state: waited, effect: open(commandMessages(state.systemName, result.command, answer.value), () => ({type: 'messagesClosed'}))};
			}
			// Back from the messages, the function is done.
			case 'messagesClosed':
				return {state, effect: {type: 'close'}};
		}
	},
};

export function startBackupPrompt(systemName: string, command = 'STRBKUBRM'): BrmsInstance<never> {
	const state: PromptState = {
		systemName,
		typed: command,
		sheet: undefined,
		unapplied: undefined,
		command: undefined,
		edit: createEditState(FIELDS, initialValues(command)),
	};
	const first = valuesChanged(state);
	return instance(panel, first.state, first.effect);
}

export const START_BACKUP: PanelDefinition = {
	title: TITLE,
	help: [
		'Runs a control group on the host: STRBKUBRM CTLGRP(name). Every parameter shows its default; F4 on a field lists its values. The command Enter sends stands at the bottom, in full.',
		'With Submit to batch *YES the backup runs as a batch job, which brms-tui follows to its end; *NO runs it in the session. STRBKUBRM runs the group as the host holds it: when the local group has changes not applied there, F8 shows what to key first.',
	],
	command: {name: 'STRBKUBRM', open: (typed, systemName) => startBackupPrompt(systemName, typed)},
};

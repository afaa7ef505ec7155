// The STRBKUBRM prompt, as F4 on a command line shows it ("Start Backup using BRM"): every
// parameter with its default and allowed values (brms.md §5.1), those usually left alone after
// F10 (Additional parameters), F13 how to use the prompt; the CL command built from checked
// values is shown in full at the end and sent only on Enter. A warning stands when the local group
// has changes not applied on the host, because STRBKUBRM runs the host's definition (F8 shows
// the change sheet). Then the messages the host returned (command-messages/).

import type {ChangeStep} from '../../domain/change-sheet.js';
import type {CommandRun} from '../../domain/command-run.js';
import {upperAscii} from '../../domain/field-text.js';
import {message} from '../../domain/messages.js';
import {checkStrbkubrm, clParameter, DEFAULT_REQUEST, type StrbkubrmProblem, type StrbkubrmRequest, strbkubrmCommand} from '../../domain/strbkubrm.js';
import {createEditState, fieldValue, placeCursor, showError} from '../../ui/fields/editor.js';
import {KIT_MESSAGES} from '../../ui/fields/operator-errors.js';
import {instance, open, type PanelState} from '../../ui/panel/panel.js';
import {helpWindow} from '../../ui/panel/windows.js';
import type {BrmsInstance, BrmsPanel, BrmsTransition, OptionDone} from '../brms-panel.js';
import {changeSheetPanel} from '../change-sheet/panel.js';
import {commandMessages} from '../command-messages/panel.js';
import {changeSheetOf, type GroupRun, type HostAnswer, runCommand, runCommands} from '../effects.js';
import {PROMPTER_HELP} from '../help-texts.js';
import type {PanelDefinition} from '../registry.js';
import {runningBackups} from '../running-backups/panel.js';
import {type FieldId, PAGE_SIZE, PARAMETERS, TITLE, VALUE_LISTS} from './layout.js';
import {body, fields, functionKeys, lineOf, type PromptView, window} from './view.js';

type PromptState = PanelState &
	PromptView & {
		/** The command as typed on the command line (F5 goes back to it). */
		typed: string;
		/** The change sheet of the group in the Control group field, and which group that is. */
		sheet: {group: string; steps: ChangeStep[]} | undefined;
		/** Groups typed after the first in CTLGRP(…) on the command line: each is sent as its own STRBKUBRM (brms-tui's addition). */
		moreGroups: readonly string[];
	};

type PromptMsg =
	| {type: 'sheet'; group: string; steps: ChangeStep[]}
	| {type: 'sheetClosed'; done: OptionDone | undefined}
	| {type: 'ran'; command: string; answer: HostAnswer<CommandRun>}
	| {type: 'ranAll'; answer: HostAnswer<GroupRun[]>}
	| {type: 'messagesClosed'};

type Next = BrmsTransition<PromptState, PromptMsg, never>;

/** A qualified name from its two lines: NAME (the library list), LIB/NAME, or a special value alone. */
function qualified(name: string, library: string): string {
	return name.startsWith('*') || library === '' || library === '*LIBL' ? name : `${library}/${name}`;
}

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
		jobDescription: qualified(value('jobDescription'), value('jobDescriptionLibrary')),
		jobQueue: qualified(value('jobQueue'), value('jobQueueLibrary')),
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

/** The prompt with a field's line on the page (the additional parameters shown if it is one). */
function showing(state: PromptState, id: FieldId): PromptState {
	const additional = state.additional || PARAMETERS.some(each => each.id === id && each.additional === true);
	const shown = {...state, additional};
	const line = lineOf(shown, id);
	const top = line >= shown.top && line < shown.top + PAGE_SIZE ? shown.top : Math.floor(line / PAGE_SIZE) * PAGE_SIZE;
	return {...shown, top};
}

/** The groups typed on the command line: CTLGRP(A B …), or the first positional value (folded from a-z only). */
export function groupsFromCommand(command: string): string[] {
	const typed = clParameter(command, 'CTLGRP') ?? /^STRBKUBRM\s+([^\s(]+)(\s|$)/i.exec(command.trim())?.[1];
	return [
		...new Set(
			upperAscii(typed ?? '')
				.split(/\s+/)
				.filter(Boolean),
		),
	];
}

/** Each group's request: the first from the prompt's fields, the others the same with their own group. */
function requestsOf(state: PromptState): StrbkubrmRequest[] {
	const first = requestOf(state);
	return [first, ...state.moreGroups.filter(group => group !== first.controlGroup).map(group => ({...first, controlGroup: group}))];
}

/** Parameters typed on the command line (`STRBKUBRM CTLGRP(X) SBMJOB(*NO)`) fill the prompt. */
const upperOf = (value: string | undefined) => (value === undefined ? undefined : upperAscii(value));

export function parametersFromCommand(command: string): Record<string, string> {
	const values: Record<string, string> = {};
	// Folded from a-z only: what the prompt then checks is what was typed.
	const find = (keyword: string) => upperOf(clParameter(command, keyword));
	const group = groupsFromCommand(command)[0];
	if (group) values['controlGroup'] = group;
	for (const parameter of PARAMETERS) {
		if (parameter.keyword === 'CTLGRP' || parameter.id.endsWith('Library')) continue;
		const found = find(parameter.keyword);
		if (found === undefined) continue;
		// An element list's values stand in the order of its elements.
		const elements = PARAMETERS.filter(each => each.keyword === parameter.keyword && each.element !== undefined);
		const parts = elements.length > 1 ? found.split(/\s+/) : [found];
		const value = elements.length > 1 ? parts[elements.indexOf(parameter)] : found;
		if (value) values[parameter.id] = value;
	}
	// A qualified name stands on two lines: the name, then its library.
	for (const [name, library] of [
		['jobDescription', 'jobDescriptionLibrary'],
		['jobQueue', 'jobQueueLibrary'],
	] as const) {
		const [first, second] = (values[name] ?? '').split('/');
		if (second !== undefined && first !== undefined) {
			values[name] = second;
			values[library] = first;
		}
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
	const requests = requestsOf(state);
	const commands = requests.every(each => checkStrbkubrm(each).length === 0) ? requests.map(strbkubrmCommand) : undefined;
	const group = requests[0]!.controlGroup;
	const shown = {...state, commands, unapplied: state.sheet?.group === group && state.sheet.steps.length > 0 ? group : undefined};
	if (group === '' || state.sheet?.group === group) return {state: shown};
	return {state: shown, effect: changeSheetOf(group, steps => ({type: 'sheet', group, steps}))};
}

const panel: BrmsPanel<PromptState, PromptMsg, never> = {
	id: 'STRBKUBRM',
	subfile: {window, setTop: (state, top) => ({...state, top})},
	functionKeys,
	fields,
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
			case 'F5': {
				const first = {...state, top: 0};
				return valuesChanged({...first, edit: createEditState(fields(first), initialValues(state.typed))});
			}
			case 'F10': {
				const more = {...state, additional: true};
				return {state: {...more, edit: placeCursor(more.edit, fields(more))}};
			}
			case 'F13':
				return {state, effect: open(helpWindow(PROMPTER_HELP))};
			case 'F8': {
				if (!state.sheet || !state.unapplied) return {state};
				return {state, effect: open(changeSheetPanel(state.systemName, state.sheet.group, state.sheet.steps), done => ({type: 'sheetClosed', done}))};
			}
			case 'Enter': {
				const requests = requestsOf(state);
				for (const request of requests) {
					const [problem] = checkStrbkubrm(request);
					if (problem) {
						const shown = showing(state, fieldOf(problem));
						return {state: {...shown, edit: showError(shown.edit, {fieldId: fieldOf(problem), message: message('strbkubrmValueNotValid', problem.text)})}};
					}
				}
				const waiting = {...state, notice: KIT_MESSAGES.waitingForHost};
				// Several groups: each its own STRBKUBRM, sent in turn, then followed together.
				if (requests.length > 1) {
					const commands = requests.map(request => ({group: request.controlGroup, command: strbkubrmCommand(request)}));
					return {state: waiting, effect: runCommands(commands, answer => ({type: 'ranAll', answer}))};
				}
				const command = strbkubrmCommand(requests[0]!);
				return {state: waiting, effect: runCommand(command, answer => ({type: 'ran', command, answer}))};
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
			case 'ranAll': {
				const waited = {...state, notice: undefined};
				const {answer} = result;
				if (!answer.ok)
					return {
						state: answer.stopped ? waited : {...waited, edit: showError(state.edit, {message: message('hostRunFailed', state.systemName, answer.error)})},
					};
				return {state: waited, effect: open(runningBackups(state.systemName, answer.value), () => ({type: 'messagesClosed'}))};
			}
			// Back from the messages, the function is done.
			case 'messagesClosed':
				return {state, effect: {type: 'close'}};
		}
	},
};

export function startBackupPrompt(systemName: string, command = 'STRBKUBRM'): BrmsInstance<never> {
	const start: PromptState = {
		systemName,
		typed: command,
		sheet: undefined,
		unapplied: undefined,
		commands: undefined,
		moreGroups: groupsFromCommand(command).slice(1),
		additional: false,
		top: 0,
		edit: createEditState([]),
	};
	const state = {...start, edit: createEditState(fields(start), initialValues(command))};
	const first = valuesChanged(state);
	return instance(panel, first.state, first.effect);
}

export const START_BACKUP: PanelDefinition = {
	title: TITLE,
	help: [
		'Runs a control group on the host: STRBKUBRM CTLGRP(name). Every parameter shows its default; F4 on a field lists its values; F10 shows the additional parameters (retention, append, job description and queue, object omits). The command Enter sends stands at the end, in full.',
		'With Submit to batch *YES the backup runs as a batch job, which brms-tui follows to its end; *NO runs it in the session. STRBKUBRM runs the group as the host holds it: when the local group has changes not applied there, F8 shows what to key first.',
	],
	command: {name: 'STRBKUBRM', open: (typed, systemName) => startBackupPrompt(systemName, typed)},
};

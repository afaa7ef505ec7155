// F4 on User Exit Maintenance: the exit's CL command prompted, one line a parameter, so a long
// SAVDOMBRM or CALL is changed value by value. Enter types the command out again (a blank value
// leaves its parameter out, as the prompter does) and hands it back to the exit; F12 and F3 go
// back without it; F5 starts again; F13 explains the prompter.

import {type ClCommand, clCommandText, isBalancedValue, parseClCommand} from '../../domain/cl-command.js';
import {message} from '../../domain/messages.js';
import {createEditState, fieldValue, showError} from '../../ui/fields/editor.js';
import {instance, open, type PanelState} from '../../ui/panel/panel.js';
import {helpWindow} from '../../ui/panel/windows.js';
import type {BrmsInstance, BrmsPanel, BrmsTransition} from '../brms-panel.js';
import {PROMPTER_HELP} from '../help-texts.js';
import type {PanelDefinition} from '../registry.js';
import {body, type CommandPromptView, fields, functionKeys, PAGE_SIZE, promptLines, segmentId, VALUE_WIDTH, window} from './view.js';

type PromptState = PanelState & CommandPromptView;

/** What the prompt hands back: the command typed out again. */
export type Prompted = {command: string};

type Next = BrmsTransition<PromptState, never, Prompted>;

function valuesOf(command: ClCommand): Record<string, string> {
	const values: Record<string, string> = {};
	command.parameters.forEach((parameter, index) => {
		for (let segment = 0; segment * VALUE_WIDTH < Math.max(1, parameter.value.length); segment++)
			values[segmentId(index, segment)] = parameter.value.slice(segment * VALUE_WIDTH, (segment + 1) * VALUE_WIDTH);
	});
	return values;
}

/** A parameter's value from its lines: every line but the last keeps its full width. */
function typedValue(state: PromptState, parameter: number): string {
	const segments = state.lines.filter(line => line.parameter === parameter);
	return segments
		.map((line, index) => fieldValue(state.edit, segmentId(parameter, line.segment)).padEnd(index < segments.length - 1 ? VALUE_WIDTH : 0))
		.join('')
		.trim();
}

function enter(state: PromptState): Next {
	const parameters = state.command.parameters.map((parameter, index) => ({...parameter, value: typedValue(state, index)}));
	const bad = parameters.findIndex(parameter => !isBalancedValue(parameter.value));
	if (bad !== -1) {
		const line = state.lines.findIndex(each => each.parameter === bad);
		const shown = {...state, top: line >= state.top && line < state.top + PAGE_SIZE ? state.top : line};
		return {
			state: {
				...shown,
				edit: showError(shown.edit, {fieldId: segmentId(bad, 0), message: message('promptValueUnpaired', parameters[bad]!.keyword ?? bad + 1)}),
			},
		};
	}
	return {state, effect: {type: 'close', result: {command: clCommandText({...state.command, parameters})}}};
}

const panel: BrmsPanel<PromptState, never, Prompted> = {
	id: 'COMMAND-PROMPT',
	subfile: {window, setTop: (state, top) => ({...state, top})},
	functionKeys,
	hiddenKeys: ['F1'],
	fields,
	body,
	onKey: (state, keystroke): Next => {
		if (keystroke.kind !== 'key') return {state};
		switch (keystroke.name) {
			case 'Enter':
				return enter(state);
			case 'F3':
			case 'F12':
				return {state, effect: {type: 'close'}};
			case 'F5':
				return {state: {...state, top: 0, edit: createEditState(fields({...state, top: 0}), valuesOf(state.command))}};
			case 'F13':
				return {state, effect: open(helpWindow(PROMPTER_HELP))};
			default:
				return {state};
		}
	},
};

/** The prompt of a command as typed; undefined when it cannot be read as one (the caller says why). */
export function commandPrompt(systemName: string, typed: string): BrmsInstance<Prompted> | undefined {
	const command = parseClCommand(typed);
	if (!command) return undefined;
	const view: CommandPromptView = {systemName, command, lines: promptLines(command), top: 0};
	return instance(panel, {...view, edit: createEditState(fields(view), valuesOf(command))});
}

export const COMMAND_PROMPT: PanelDefinition = {
	title: 'Prompt for Command',
	help: [
		"F4 on User Exit Maintenance: the exit's CL command, one line a parameter, labelled by its keyword as typed (a positional value by its place): brms-tui does not have the host's command definitions, so it prompts what was typed rather than every parameter the command has.",
		'Type over a value to change it; blank it to leave the parameter out (its default). Enter types the command out again into the exit; F12 goes back without it; F5 starts again.',
	],
};

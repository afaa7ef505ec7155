// What F4 on User Exit Maintenance draws: the exit's CL command prompted as the command prompter
// lays a command out (brms.md §0.1: labels at 3, values at 44, rows 5-20, More.../Bottom on row
// 21, keys on 22-23). brms-tui has no command definitions but STRBKUBRM's, so each parameter is
// labelled by its keyword as typed (a positional value by its place), not by the prompt text the
// host's prompter would show — that, and the title, are brms-tui's own [K]. A value longer than a
// line goes on over the lines below it, from column 44.

import type {ClCommand} from '../../domain/cl-command.js';
import type {FieldDefinition} from '../../ui/fields/field.js';
import {BLUE, dottedLabel, type FunctionKeyLabel, type PanelSize, scrollIndicatorRun, textRun, titleRuns} from '../../ui/layout.js';
import type {Run} from '../../ui/screen/model.js';
import {hasMore, type SubfileWindow, visibleIndexes} from '../../ui/subfile.js';

const LABEL = 3;
const VALUE = 44;
/** Columns 44-80. */
export const VALUE_WIDTH = 80 - VALUE + 1;
const FIRST_ROW = 5;
export const PAGE_SIZE = 16;

export const titleOf = (name: string) => `Prompt for Command (${name.split('/').at(-1)})`;

export type PromptLine = {parameter: number; segment: number};

export type CommandPromptView = {
	systemName: string;
	command: ClCommand;
	/** Each parameter's value line by line (a long value continues over several). */
	lines: readonly PromptLine[];
	top: number;
};

export const segmentId = (parameter: number, segment: number) => `parameter:${parameter}:${segment}`;

/** The lines of a command's parameters: as many for each as its value needs, one at least. */
export function promptLines(command: ClCommand): PromptLine[] {
	return command.parameters.flatMap((parameter, index) =>
		Array.from({length: Math.max(1, Math.ceil(parameter.value.length / VALUE_WIDTH))}, (_, segment) => ({parameter: index, segment})),
	);
}

export function window(state: CommandPromptView): SubfileWindow {
	return {top: state.top, pageSize: PAGE_SIZE, total: state.lines.length};
}

const shown = (state: CommandPromptView) => visibleIndexes(window(state)).map((index, line) => ({line: state.lines[index]!, row: FIRST_ROW + line}));

export function fields(state: CommandPromptView): FieldDefinition[] {
	return shown(state).map(({line, row}) => ({id: segmentId(line.parameter, line.segment), row, col: VALUE, length: VALUE_WIDTH, kind: 'text'}));
}

export function functionKeys(): FunctionKeyLabel[] {
	return [
		{key: 'F3', label: 'Exit'},
		{key: 'F5', label: 'Refresh'},
		{key: 'F12', label: 'Cancel'},
		{key: 'F13', label: 'How to use this display'},
	];
}

export function body(state: CommandPromptView, size: PanelSize): Run[] {
	const runs: Run[] = [...titleRuns(titleOf(state.command.name), state.systemName, size), textRun(3, 2, 'Type choices, press Enter.', BLUE)];
	let positional = 0;
	const labels = state.command.parameters.map(parameter => (parameter.keyword ? `Keyword ${parameter.keyword}` : `Positional value ${++positional}`));
	for (const {line, row} of shown(state)) {
		if (line.segment === 0) runs.push(textRun(row, LABEL, dottedLabel(labels[line.parameter]!, VALUE - 3 - LABEL, '.', LABEL)));
	}
	runs.push(scrollIndicatorRun(21, hasMore(window(state))));
	return runs;
}

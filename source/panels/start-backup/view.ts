// What the STRBKUBRM prompt draws: its lines a page at a time — every parameter with its label,
// dot leaders and allowed values, and at the end the CL command Enter sends — and, above them,
// the warning when the local group has changes not applied on the host. The command and the
// warning are worked out by the panel when the values change; the view only shows them.

import type {FieldDefinition} from '../../ui/fields/field.js';
import {BLUE, dottedLabel, type FunctionKeyLabel, type PanelSize, scrollIndicatorRun, textRun, titleRuns, WHITE, wrapText} from '../../ui/layout.js';
import type {Run} from '../../ui/screen/model.js';
import {hasMore, type SubfileWindow, visibleIndexes} from '../../ui/subfile.js';
import {FIRST_ROW, fieldAt, HINT, HINT_WIDTH, LABEL, PAGE_SIZE, type PromptLine, promptLines, SCROLL_INDICATOR_ROW, TITLE, VALUE} from './layout.js';

export type PromptView = {
	systemName: string;
	/** The group whose change sheet has steps (changes not applied on the host), if any. */
	unapplied: string | undefined;
	/** The commands Enter sends (one per group), or undefined while a value is not valid. */
	commands: readonly string[] | undefined;
	/** F10: the additional parameters are shown. */
	additional: boolean;
	/** The first line on the page (Roll keys). */
	top: number;
};

/** The lines of the prompt, then the command Enter sends (brms-tui's own), as display lines. */
type ViewLine = PromptLine | {kind: 'text'; text: string; heading?: boolean};

function lines(state: PromptView): ViewLine[] {
	// For several groups (CTLGRP(A B …) typed on the command line): the first in full, then the
	// groups the same command is sent for, each as a job of its own.
	const [first, ...others] = state.commands ?? [];
	const command =
		first === undefined
			? 'STRBKUBRM (complete the values above)'
			: others.length === 0
				? first
				: `${first}, and the same as a job of its own for ${others.map(each => `CTLGRP(${/CTLGRP\(([^)]*)\)/.exec(each)?.[1] ?? ''})`).join(', ')}`;
	return [
		...promptLines(state.additional),
		{kind: 'blank'},
		{kind: 'text', text: 'Command Enter sends:', heading: true},
		...wrapText(command, 80 - LABEL - 2).map((text): ViewLine => ({kind: 'text', text})),
	];
}

export function window(state: PromptView): SubfileWindow {
	return {top: state.top, pageSize: PAGE_SIZE, total: lines(state).length};
}

const shown = (state: PromptView) => visibleIndexes(window(state)).map((index, line) => ({line: lines(state)[index]!, row: FIRST_ROW + line}));

/** The row a field's line stands on from the top of the prompt (not the page): for paging to it. */
export function lineOf(state: PromptView, id: string): number {
	return lines(state).findIndex(line => line.kind === 'field' && line.field.id === id);
}

export function fields(state: PromptView): FieldDefinition[] {
	return shown(state).flatMap(({line, row}) => (line.kind === 'field' ? [fieldAt(line.field, row)] : []));
}

export function functionKeys(state: PromptView): FunctionKeyLabel[] {
	return [
		{key: 'F3', label: 'Exit'},
		{key: 'F4', label: 'Prompt'},
		{key: 'F5', label: 'Refresh'},
		{key: 'F10', label: 'Additional parameters'},
		{key: 'F12', label: 'Cancel'},
		{key: 'F13', label: 'How to use this display', newLine: true},
		// brms-tui's own key, shown only while the warning above names it.
		...(state.unapplied ? [{key: 'F8', label: 'Change sheet'}] : []),
		{key: 'F24', label: 'More keys'},
		// F24's second page.
		{key: 'F1', label: 'Help', newLine: true},
	];
}

export function body(state: PromptView, size: PanelSize): Run[] {
	const runs: Run[] = [...titleRuns(TITLE, state.systemName, size), textRun(3, 2, 'Type choices, press Enter.', BLUE)];
	// STRBKUBRM runs the host's definition: a local group with unapplied changes is said first.
	if (state.unapplied) runs.push(textRun(4, 2, `${state.unapplied} has changes not applied on ${state.systemName}: F8=Change sheet`.slice(0, 78), WHITE));
	for (const {line, row} of shown(state)) {
		// "Additional Parameters" stands centred and white, as the prompter shows it.
		if (line.kind === 'heading')
			runs.push(line.additional ? textRun(row, Math.floor((size.cols - line.label.length) / 2) + 1, line.label, WHITE) : textRun(row, LABEL, line.label));
		else if (line.kind === 'text') runs.push(textRun(row, line.heading ? LABEL : LABEL + 2, line.text));
		else if (line.kind === 'field') {
			const col = line.field.nested ? LABEL + 2 : LABEL;
			runs.push(textRun(row, col, dottedLabel(line.field.label, VALUE - 3 - col, '.', col)), textRun(row, HINT, line.field.hint.slice(0, HINT_WIDTH), BLUE));
		}
	}
	runs.push(scrollIndicatorRun(SCROLL_INDICATOR_ROW, hasMore(window(state))));
	return runs;
}

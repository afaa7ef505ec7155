// What the STRBKUBRM prompt draws: every parameter with its allowed values, the warning when the
// local group has changes not applied on the host, and the CL command Enter sends — both worked
// out by the panel when the values change; the view only shows them.

import {BLUE, dottedLabel, type FunctionKeyLabel, GREEN, type PanelSize, textRun, titleRuns, WHITE, wrapText} from '../../ui/layout.js';
import type {Run} from '../../ui/screen/model.js';
import {ELEMENT_HEADINGS, HINT, HINT_WIDTH, PARAMETERS, TITLE, VALUE} from './layout.js';

export type PromptView = {
	systemName: string;
	/** The group whose change sheet has steps (changes not applied on the host), if any. */
	unapplied: string | undefined;
	/** The commands Enter sends (one per group), or undefined while a value is not valid. */
	commands: readonly string[] | undefined;
};

export function functionKeys(state: PromptView): FunctionKeyLabel[] {
	return [
		{key: 'F3', label: 'Exit'},
		{key: 'F4', label: 'Prompt'},
		{key: 'F5', label: 'Refresh'},
		// brms-tui's own key, shown only while the warning stands.
		...(state.unapplied ? [{key: 'F8', label: 'Change sheet'}] : []),
		{key: 'F12', label: 'Cancel'},
	];
}

export function body(state: PromptView, size: PanelSize): Run[] {
	const runs: Run[] = [...titleRuns(TITLE, state.systemName, size), textRun(3, 2, 'Type choices, press Enter.', BLUE)];
	// STRBKUBRM runs the host's definition: a local group with unapplied changes is said first.
	if (state.unapplied) runs.push(textRun(4, 2, `${state.unapplied} has changes not applied on ${state.systemName}: F8=Change sheet`.slice(0, 78), WHITE));
	for (const heading of ELEMENT_HEADINGS) runs.push(textRun(heading.row, 2, heading.label));
	for (const parameter of PARAMETERS) {
		const col = parameter.element ? 4 : 2;
		runs.push(
			textRun(parameter.row, col, dottedLabel(parameter.label, VALUE - 2 - col, '.', col)),
			textRun(parameter.row, HINT, parameter.hint.slice(0, HINT_WIDTH), BLUE),
		);
	}
	// brms-tui's addition: the command that Enter sends, in full (up to three lines); for several
	// groups the first in full, then the groups the same command is sent for, each as its own job.
	const [first, ...others] = state.commands ?? [];
	const command =
		first === undefined
			? 'STRBKUBRM … (complete the values above)'
			: others.length === 0
				? first
				: `${first}, and the same as a job of its own for ${others.map(each => `CTLGRP(${/CTLGRP\(([^)]*)\)/.exec(each)?.[1] ?? ''})`).join(', ')}`;
	runs.push(
		textRun(19, 2, 'Command:', BLUE),
		...wrapText(command, 69)
			.slice(0, 3)
			.map((line, index) => textRun(19 + index, 11, line, GREEN)),
	);
	return runs;
}

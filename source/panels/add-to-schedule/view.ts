// What option 6's ADDJOBSCDE prompt draws: its labels and hints (the values are its fields).

import {BLUE, dottedLabel, type FunctionKeyLabel, type PanelSize, scrollIndicatorRun, textRun, titleRuns} from '../../ui/layout.js';
import type {Run} from '../../ui/screen/model.js';
import {HINT, LABEL, LABELS, MORE_VALUES_ROW, TITLE, VALUE} from './layout.js';

export type ScheduleView = {systemName: string};

/** The prompter's keys; ADDJOBSCDE's other parameters are not prompted, so there is no F10. */
export function functionKeys(): FunctionKeyLabel[] {
	return [
		{key: 'F3', label: 'Exit'},
		{key: 'F4', label: 'Prompt'},
		{key: 'F5', label: 'Refresh'},
		{key: 'F12', label: 'Cancel'},
		{key: 'F13', label: 'How to use this display', newLine: true},
		{key: 'F24', label: 'More keys'},
		{key: 'F1', label: 'Help', newLine: true},
	];
}

export function body(state: ScheduleView, size: PanelSize): Run[] {
	const runs: Run[] = [...titleRuns(TITLE, state.systemName, size), textRun(3, 2, 'Type choices, press Enter.', BLUE)];
	for (const [row, label, hint] of LABELS) {
		runs.push(textRun(row, LABEL, dottedLabel(label, 41 - LABEL, '.', LABEL)));
		if (hint) runs.push(textRun(row, HINT, hint, BLUE));
	}
	const more = '+ for more values';
	runs.push(textRun(MORE_VALUES_ROW, VALUE - 2 - more.length, more), scrollIndicatorRun(21, false));
	return runs;
}

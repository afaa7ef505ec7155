// What "Confirm Delete of Backup Control Groups" draws (layout reconstructed in brms.md §4.7 [K]).

import type {ControlGroup} from '../../domain/control-group.js';
import {BLUE, GREEN, type PanelSize, scrollIndicatorRun, textRun, titleRuns, WHITE} from '../../ui/layout.js';
import type {Run} from '../../ui/screen/model.js';

export const TITLE = 'Confirm Delete of Backup Control Groups';

/** Groups listed on one page (rows 8-19). */
const SHOWN = 12;

export function body(state: {systemName: string; groups: ReadonlyArray<{group: ControlGroup}>}, size: PanelSize): Run[] {
	return [
		...titleRuns(TITLE, state.systemName, size),
		textRun(3, 2, 'Press Enter to confirm your choices for 4=Delete.', BLUE),
		textRun(4, 2, 'Press F12=Cancel to return to change your choices.', BLUE),
		textRun(6, 2, '     Control', WHITE),
		textRun(7, 2, 'Opt  Group       Text', WHITE),
		...state.groups
			.slice(0, SHOWN)
			.flatMap(({group}, index) => [
				textRun(8 + index, 3, '4', GREEN),
				textRun(8 + index, 7, group.name.padEnd(12) + group.text.slice(0, size.cols - 19), GREEN),
			]),
		scrollIndicatorRun(20, state.groups.length > SHOWN, 76),
	];
}

// What "Confirm Delete of Backup Control Groups" draws. No IBM figure was found: the layout is
// the standard IBM i confirmation panel as reconstructed in brms.md §4.7 [K] — title at column
// 17, the two instruction lines, the headings on rows 6-7, the groups from row 8 to 21 (Roll
// pages them), Bottom or More... on row 22 at column 71, F12=Cancel on row 23.

import type {ControlGroup} from '../../domain/control-group.js';
import {BLUE, GREEN, type PanelSize, scrollIndicatorRun, textRun, titleRuns, WHITE} from '../../ui/layout.js';
import type {Run} from '../../ui/screen/model.js';
import {hasMore, type SubfileWindow, visibleIndexes} from '../../ui/subfile.js';

export const TITLE = 'Confirm Delete of Backup Control Groups';
const TITLE_COLUMN = 17;
const FIRST_ROW = 8;
/** Groups on one page: rows 8-21. */
const PAGE_SIZE = 14;

export type ConfirmView = {systemName: string; groups: ReadonlyArray<{group: ControlGroup}>; top: number};

export function window(state: ConfirmView): SubfileWindow {
	return {top: state.top, pageSize: PAGE_SIZE, total: state.groups.length};
}

export function body(state: ConfirmView, size: PanelSize): Run[] {
	return [
		...titleRuns(TITLE, state.systemName, size, TITLE_COLUMN),
		textRun(3, 2, 'Press Enter to confirm your choices for 4=Delete.', BLUE),
		textRun(4, 2, 'Press F12=Cancel to return to change your choices.', BLUE),
		textRun(6, 2, '     Control', WHITE),
		textRun(7, 2, 'Opt  Group       Text', WHITE),
		...visibleIndexes(window(state)).flatMap((index, line) => {
			const {group} = state.groups[index]!;
			return [textRun(FIRST_ROW + line, 3, '4', GREEN), textRun(FIRST_ROW + line, 7, group.name.padEnd(12) + group.text.slice(0, size.cols - 19), GREEN)];
		}),
		scrollIndicatorRun(FIRST_ROW + PAGE_SIZE, hasMore(window(state)), 76),
	];
}

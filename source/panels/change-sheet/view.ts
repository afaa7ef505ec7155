// What the change sheet draws: the steps to key on the host, every one in full (a long one goes
// on over the next lines, indented), a page at a time.

import type {FunctionKeyLabel, PanelSize} from '../../ui/layout.js';
import {BLUE, GREEN, scrollIndicatorRun, textRun, titleRuns, WHITE} from '../../ui/layout.js';
import type {Run} from '../../ui/screen/model.js';
import {hasMore, visibleIndexes} from '../../ui/subfile.js';

export const TITLE = 'Change Sheet';

const FIRST_ROW = 6;
export const PAGE_SIZE = 14;

export type SheetLine = {text: string; heading: boolean};

export type SheetView = {systemName: string; group: string; lines: readonly SheetLine[]; top: number; canMarkApplied: boolean};

export function functionKeys(state: SheetView): FunctionKeyLabel[] {
	return [{key: 'F3', label: 'Exit'}, ...(state.canMarkApplied ? [{key: 'F10', label: 'Applied on host'}] : []), {key: 'F12', label: 'Cancel'}];
}

export function body(state: SheetView, size: PanelSize): Run[] {
	const window = {top: state.top, pageSize: PAGE_SIZE, total: state.lines.length};
	return [
		...titleRuns(`${TITLE} for ${state.group}`, state.systemName, size),
		textRun(3, 2, `Key this in WRKCTLGBRM on ${state.systemName}, then press F10`, BLUE),
		textRun(4, 2, `(or run: brms-tui applied ${state.group}). Press Enter to continue.`, BLUE),
		...visibleIndexes(window).map((index, row) => {
			const line = state.lines[index]!;
			return textRun(FIRST_ROW + row, 2, line.text, line.heading ? WHITE : GREEN);
		}),
		scrollIndicatorRun(FIRST_ROW + PAGE_SIZE, hasMore(window)),
	];
}

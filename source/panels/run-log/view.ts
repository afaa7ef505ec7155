// What "Display Run Log" draws: the run (group, job, start, verdict) at the top, then the BRMS
// log lines of the run (time, message ID, text; a long text goes on over the next line,
// indented), a page at a time.

import {BLUE, dottedLabel, type PanelSize, scrollIndicatorRun, textRun, titleRuns, WHITE} from '../../ui/layout.js';
import type {Run} from '../../ui/screen/model.js';
import {hasMore, type SubfileWindow, visibleIndexes} from '../../ui/subfile.js';

export const TITLE = 'Display Run Log';

const FIRST = 9;
export const PAGE = 11;

export type LogView = {
	systemName: string;
	/** Label and value pairs for the top: control group, job, started, verdict. */
	header: ReadonlyArray<readonly [string, string]>;
	lines: readonly string[];
	top: number;
	loaded: boolean;
};

export function window(state: LogView): SubfileWindow {
	return {top: state.top, pageSize: PAGE, total: state.lines.length};
}

export function body(state: LogView, size: PanelSize): Run[] {
	return [
		...titleRuns(TITLE, state.systemName, size),
		...state.header.map(([label, value], index) => textRun(3 + index, 2, `${dottedLabel(label, 18, ':')} ${value}`.slice(0, 78))),
		textRun(FIRST - 1, 2, 'Press Enter to continue.', BLUE),
		...visibleIndexes(window(state)).map((index, row) => textRun(FIRST + row, 3, state.lines[index]!.slice(0, 77), WHITE)),
		...(state.loaded ? [scrollIndicatorRun(FIRST + PAGE, hasMore(window(state)))] : []),
	];
}

// What "Running Backups" draws: one entry per group sent — its group, job, status and the entry
// it is at on one line, its last log line (or, once ended, BRMS's verdict) on the two below it,
// wrapped — a page of four at a time, updated as the jobs go.

import {BLUE, type PanelSize, scrollIndicatorRun, textRun, titleRuns, WHITE, wrapText} from '../../ui/layout.js';
import type {Run} from '../../ui/screen/model.js';
import {hasMore, type SubfileWindow, visibleIndexes} from '../../ui/subfile.js';

export const TITLE = 'Running Backups';

const FIRST = 7;
/** Jobs a page shows (three rows each). */
export const PAGE = 4;

export type RunningJob = {
	group: string;
	/** number/user/name; undefined when the host submitted no job (refused, or run in the session). */
	job: string | undefined;
	status: string;
	entry: string | undefined;
	/** The last log line, or the verdict once the job has ended. */
	line: string;
	/** The line is a verdict that is not "completed" (shown in white). */
	bad: boolean;
	/** Its end was seen (or it has no job to follow). */
	ended: boolean;
};

export type RunningView = {systemName: string; jobs: readonly RunningJob[]; top: number; following: boolean};

export function window(state: RunningView): SubfileWindow {
	return {top: state.top, pageSize: PAGE, total: state.jobs.length};
}

export function body(state: RunningView, size: PanelSize): Run[] {
	return [
		...titleRuns(TITLE, state.systemName, size),
		textRun(3, 2, state.following ? 'Following the jobs; Ctrl+C stops waiting (the jobs go on).' : 'Press Enter to continue.', BLUE),
		textRun(5, 2, 'Group       Job                          Status    Entry', WHITE),
		textRun(6, 4, 'Last log line', WHITE),
		...visibleIndexes(window(state)).flatMap((index, line) => {
			const each = state.jobs[index]!;
			const row = FIRST + line * 3;
			return [
				textRun(row, 2, `${each.group.padEnd(10)}  ${(each.job ?? '(no job)').padEnd(28)} ${each.status.padEnd(9)} ${each.entry ?? ''}`.trimEnd()),
				...wrapText(each.line, 76)
					.slice(0, 2)
					.map((text, index) => textRun(row + 1 + index, 4, text, each.bad ? WHITE : undefined)),
			];
		}),
		scrollIndicatorRun(FIRST + PAGE * 3, hasMore(window(state))),
	];
}

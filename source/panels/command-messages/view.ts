// What "Messages from the Host" draws: the command, for a submitted job its name and status,
// and the message lines, a page at a time.

import {BLUE, dottedLabel, type GREEN, type PanelSize, scrollIndicatorRun, textRun, titleRuns, type WHITE} from '../../ui/layout.js';
import type {Run} from '../../ui/screen/model.js';
import {hasMore, type SubfileWindow, visibleIndexes} from '../../ui/subfile.js';

export const TITLE = 'Messages from the Host';

export type MessageLine = {text: string; color: typeof GREEN | typeof WHITE};

export type MessagesView = {
	systemName: string;
	command: string;
	job: string | undefined;
	status: string | undefined;
	following: boolean;
	lines: readonly MessageLine[];
	top: number;
};

const FIRST_LINE = 8;
export const PAGE = 13;

export function window(state: MessagesView): SubfileWindow {
	return {top: state.top, pageSize: PAGE, total: state.lines.length};
}

export function body(state: MessagesView, size: PanelSize): Run[] {
	return [
		...titleRuns(TITLE, state.systemName, size),
		textRun(3, 2, `${dottedLabel('Command', 13, ':')} ${state.command}`.slice(0, 78)),
		...(state.job
			? [textRun(4, 2, `${dottedLabel('Job', 13, ':')} ${state.job}`), textRun(4, 46, `Status . . . : ${state.status ?? (state.following ? '*JOBQ' : '')}`)]
			: []),
		textRun(6, 2, state.following ? 'Following the job; Ctrl+C stops waiting (the job goes on).' : 'Press Enter to continue.', BLUE),
		...visibleIndexes(window(state)).map((index, row) => textRun(FIRST_LINE + row, 3, state.lines[index]!.text.slice(0, 77), state.lines[index]!.color)),
		scrollIndicatorRun(FIRST_LINE + PAGE, hasMore(window(state))),
	];
}

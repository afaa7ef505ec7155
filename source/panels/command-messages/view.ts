// What "Messages from the Host" draws: the command in full (wrapped after its label, nothing
// cut), for a submitted job its name and status, and the message lines, a page at a time.

import {BLUE, dottedLabel, type GREEN, type PanelSize, scrollIndicatorRun, textRun, titleRuns, type WHITE, wrapIndented} from '../../ui/layout.js';
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

const COMMAND_LABEL = `${dottedLabel('Command', 13, ':')} `;
/** Messages fill the rows from below the header to row 20. */
const LAST_LINE = 20;

/** Where things stand: a long command pushes the job, the instruction and the messages down. */
function layout(command: string) {
	const commandLines = wrapIndented(command, 77 - COMMAND_LABEL.length, 0);
	const jobRow = 3 + commandLines.length;
	const instructionRow = jobRow + 2;
	const firstLine = instructionRow + 2;
	return {commandLines, jobRow, instructionRow, firstLine, page: LAST_LINE - firstLine + 1};
}

/** How many message lines a page shows under this command. */
export function pageSize(command: string): number {
	return layout(command).page;
}

export function window(state: MessagesView): SubfileWindow {
	return {top: state.top, pageSize: pageSize(state.command), total: state.lines.length};
}

export function body(state: MessagesView, size: PanelSize): Run[] {
	const {commandLines, jobRow, instructionRow, firstLine} = layout(state.command);
	return [
		...titleRuns(TITLE, state.systemName, size),
		...commandLines.map((line, index) => (index === 0 ? textRun(3, 2, COMMAND_LABEL + line) : textRun(3 + index, 2 + COMMAND_LABEL.length, line))),
		...(state.job
			? [
					textRun(jobRow, 2, `${dottedLabel('Job', 13, ':')} ${state.job}`),
					textRun(jobRow, 46, `Status . . . : ${state.status ?? (state.following ? '*JOBQ' : '')}`),
				]
			: []),
		textRun(instructionRow, 2, state.following ? 'Following the job; Ctrl+C stops waiting (the job goes on).' : 'Press Enter to continue.', BLUE),
		...visibleIndexes(window(state)).map((index, row) => textRun(firstLine + row, 3, state.lines[index]!.text.slice(0, 77), state.lines[index]!.color)),
		scrollIndicatorRun(LAST_LINE + 1, hasMore(window(state))),
	];
}

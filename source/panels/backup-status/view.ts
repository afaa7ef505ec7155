// What "Backup Status" draws: an IBM i list panel (options line, Opt column, two-line headings,
// More.../Bottom) with one line per control group — its last run and BRMS's verdict — for the
// current system, or with a System column for every system; a system that could not be asked
// is a line of its own saying so.

import type {FieldDefinition} from '../../ui/fields/field.js';
import {BLUE, GREEN, type PanelSize, scrollIndicatorRun, textRun, titleRuns, WHITE} from '../../ui/layout.js';
import type {Run} from '../../ui/screen/model.js';
import {hasMore, type SubfileWindow, visibleIndexes} from '../../ui/subfile.js';
import type {StatusScope} from '../services.js';

export const TITLE = 'Backup Status';

const FIRST = 8;
export const PAGE = 12;

/** One line as shown, worked out by the panel: a group of a system and its last run, or a system that could not be asked (no group). */
export type StatusLine = {
	system: string;
	group: string | undefined;
	started: string;
	ended: string;
	/** The verdict in words, or what stands for a system's problem ("Not reachable"). */
	verdict: string;
	errors: number | undefined;
	/** Completed or running: green; anything else white. */
	good: boolean;
};

export type StatusView = {systemName: string; scope: StatusScope; lines: readonly StatusLine[]; top: number; asked: boolean};

export const optId = (index: number) => `opt:${index}`;

export function window(state: StatusView): SubfileWindow {
	return {top: state.top, pageSize: PAGE, total: state.lines.length};
}

export function fields(state: StatusView): FieldDefinition[] {
	return visibleIndexes(window(state)).map((index, line) => ({id: optId(index), row: FIRST + line, col: 3, length: 1, kind: 'digits'}));
}

/** Columns: with a System column across systems (no end time then), without it for one. */
const COLUMNS = {
	system: {group: 7, started: 18, ended: 35, verdict: 52},
	all: {system: 7, group: 16, started: 27, verdict: 44},
} as const;

/** The error count, right-aligned to column 78. */
const errorsRun = (row: number, errors: number) => textRun(row, 74, String(errors).padStart(5), errors > 0 ? WHITE : GREEN);

function lineRuns(line: StatusLine, row: number, scope: StatusScope): Run[] {
	const columns = scope === 'all' ? COLUMNS.all : COLUMNS.system;
	return [
		...(scope === 'all' ? [textRun(row, COLUMNS.all.system, line.system.padEnd(8))] : []),
		...(line.group === undefined ? [] : [textRun(row, columns.group, line.group.padEnd(10))]),
		...(line.started ? [textRun(row, columns.started, line.started)] : []),
		...(scope === 'system' && line.ended ? [textRun(row, COLUMNS.system.ended, line.ended)] : []),
		textRun(row, columns.verdict, line.verdict, line.good ? GREEN : WHITE),
		...(line.errors === undefined ? [] : [errorsRun(row, line.errors)]),
	];
}

function headings(scope: StatusScope): Run[] {
	if (scope === 'all')
		return [
			textRun(6, COLUMNS.all.group, 'Control', WHITE),
			textRun(6, COLUMNS.all.started, 'Last run', WHITE),
			textRun(6, 74, 'Error', WHITE),
			textRun(7, 2, 'Opt  System   Group      Started          Verdict', WHITE),
			textRun(7, 75, 'msgs', WHITE),
		];
	return [
		textRun(6, COLUMNS.system.group, 'Control    Last run', WHITE),
		textRun(6, 74, 'Error', WHITE),
		textRun(7, 2, 'Opt  Group      Started          Ended            Verdict', WHITE),
		textRun(7, 75, 'msgs', WHITE),
	];
}

export function body(state: StatusView, size: PanelSize): Run[] {
	return [
		...titleRuns(TITLE, state.systemName, size),
		textRun(3, 2, 'Type option, press Enter.', BLUE),
		textRun(4, 4, '5=Display log', BLUE),
		...headings(state.scope),
		...visibleIndexes(window(state)).flatMap((index, line) => lineRuns(state.lines[index]!, FIRST + line, state.scope)),
		...(state.asked && state.lines.length === 0 ? [textRun(FIRST, 7, '(No control group has a run in the BRMS log.)')] : []),
		...(state.lines.length > 0 ? [scrollIndicatorRun(FIRST + PAGE, hasMore(window(state)))] : []),
	];
}

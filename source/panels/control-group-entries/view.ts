// What "Create / Edit / Display Backup Control Group Entries" draws, from the state alone: the
// header, the column headings (or the F11 exit view), the lines of the page as input fields —
// as output text on the display panel — and the exit commands in the exit view.

import {EXIT_ITEM} from '../../domain/control-group.js';
import type {EditState} from '../../ui/fields/editor.js';
import {fieldValue} from '../../ui/fields/editor.js';
import type {FieldDefinition} from '../../ui/fields/field.js';
import {BLUE, dottedLabel, type FunctionKeyLabel, type PanelSize, scrollIndicatorRun, textRun, titleRuns, WHITE} from '../../ui/layout.js';
import type {Run} from '../../ui/screen/model.js';
import {hasMore, type SubfileWindow, visibleIndexes} from '../../ui/subfile.js';
import {
	DEFAULT_ACTIVITY_FIELD,
	DISPLAY_ROWS,
	ENTRY_COLUMNS,
	ENTRY_HEADINGS,
	type EntriesMode,
	type EntryColumn,
	EXIT_VIEW,
	entryFieldId,
	INPUT_ROWS,
	type ListRows,
	ROW,
	SCROLL_INDICATOR_END,
	TEXT_FIELD,
	TITLE_COLUMNS,
	TITLES,
	VALUE_COLUMN,
} from './layout.js';

/** One line of the subfile: a stored entry or a blank line for a new one. */
export type EntryLine = {key: number; exitCommand: string | null; isNew: boolean};

export type EntriesView = {
	systemName: string;
	mode: EntriesMode;
	groupName: string;
	lines: readonly EntryLine[];
	top: number;
	/** F11: the exit view (sequence, item, exit command). */
	exitView: boolean;
	edit: EditState;
};

/** Where the list stands: Display has no instruction line, so its list starts two rows higher. */
export function listRows(mode: EntriesMode): ListRows {
	return mode === 'display' ? DISPLAY_ROWS : INPUT_ROWS;
}

export function window(state: EntriesView): SubfileWindow {
	return {top: state.top, pageSize: listRows(state.mode).pageSize, total: state.lines.length};
}

const visibleLines = (state: EntriesView) => visibleIndexes(window(state)).map(index => state.lines[index]!);

export function columnsShown(state: EntriesView) {
	return state.exitView ? ENTRY_COLUMNS.filter(column => column.key === 'seq' || column.key === 'item') : ENTRY_COLUMNS;
}

export function value(state: EntriesView, line: EntryLine, column: EntryColumn): string {
	return fieldValue(state.edit, entryFieldId(line.key, column));
}

export function fields(state: EntriesView): FieldDefinition[] {
	if (state.mode === 'display') return [];
	const {firstEntry} = listRows(state.mode);
	const rows = visibleLines(state).flatMap((line, index) =>
		columnsShown(state).map(column => ({
			id: entryFieldId(line.key, column.key),
			row: firstEntry + index,
			col: column.col,
			length: column.length,
			kind: column.kind,
			rightAdjust: column.key === 'seq',
		})),
	);
	return [DEFAULT_ACTIVITY_FIELD, TEXT_FIELD, ...rows];
}

export function body(state: EntriesView, size: PanelSize): Run[] {
	const display = state.mode === 'display';
	const terminator = display ? ':' : '.';
	const rows = listRows(state.mode);
	const exitView = display ? EXIT_VIEW.display : EXIT_VIEW.input;
	const runs: Run[] = [
		...titleRuns(TITLES[state.mode], state.systemName, size, TITLE_COLUMNS[state.mode]),
		textRun(ROW.group, 2, `${dottedLabel('Group', 27, ':')} ${state.groupName}`),
		textRun(ROW.defaultActivity, 2, dottedLabel('Default activity', 27, terminator)),
		textRun(ROW.text, 2, dottedLabel('Text', 27, terminator)),
		...(state.exitView ? exitView.headings : ENTRY_HEADINGS).map((line, index) => textRun(rows.headings + index, 1, line, WHITE)),
	];
	if (display) {
		runs.push(
			textRun(ROW.defaultActivity, VALUE_COLUMN, fieldValue(state.edit, DEFAULT_ACTIVITY_FIELD.id)),
			textRun(ROW.text, VALUE_COLUMN, fieldValue(state.edit, TEXT_FIELD.id)),
			textRun(size.rows - 2, 2, 'Press Enter to continue.', BLUE),
		);
	} else {
		runs.push(textRun(ROW.instruction, 2, 'Type information, press Enter.', BLUE));
	}
	visibleLines(state).forEach((line, index) => {
		const row = rows.firstEntry + index;
		if (display) {
			for (const column of columnsShown(state)) {
				const text = value(state, line, column.key).trim();
				if (column.key === 'seq') {
					const end = state.exitView ? exitView.seqEnd : column.col + column.length - 1;
					runs.push(textRun(row, end - text.length + 1, text));
				} else runs.push(textRun(row, state.exitView && column.key === 'item' ? exitView.item : column.col, text));
			}
		}
		if (state.exitView && value(state, line, 'item') === EXIT_ITEM && line.exitCommand) {
			runs.push(textRun(row, EXIT_VIEW.command, line.exitCommand.slice(0, size.cols - EXIT_VIEW.command)));
		}
	});
	runs.push(scrollIndicatorRun(rows.scrollIndicator, hasMore(window(state)), SCROLL_INDICATOR_END));
	return runs;
}

export function functionKeys(state: EntriesView): FunctionKeyLabel[] {
	return state.mode === 'display'
		? [
				{key: 'F3', label: 'Exit'},
				{key: 'F11', label: state.exitView ? 'Display entries' : 'Display exits'},
				{key: 'F12', label: 'Cancel'},
			]
		: [
				{key: 'F3', label: 'Exit'},
				{key: 'F5', label: 'Refresh'},
				{key: 'F10', label: 'Change item'},
				{key: 'F11', label: state.exitView ? 'Display entries' : 'Display exits'},
				{key: 'F12', label: 'Cancel', newLine: true},
				{key: 'F14', label: 'Display client omit status'},
				{key: 'F24', label: 'More keys'},
				{key: 'F1', label: 'Help', newLine: true},
				{key: 'F4', label: 'Prompt'},
			];
}

/** The display panel has one key line, under 'Press Enter to continue.' (brms.md §2.4). */
export function legendRow(state: EntriesView): number {
	return state.mode === 'display' ? 23 : 22;
}

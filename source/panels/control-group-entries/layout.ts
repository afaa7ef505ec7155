// "Create / Edit / Display Backup Control Group Entries" on 24x80, from the IBM 7.1/7.2
// figures transcribed in brms.md §2.2 (Edit: every column verified) and §2.4 (Display, F11 exit
// view: verified, Bottom on row 20). test/panels/transcriptions.test.ts holds both against the
// figures cell by cell. Unverified [K]: how many data rows Edit has and where its Bottom stands
// (the figure drops blank rows: rows 13-20, Bottom on 21, keys on 22-23), the field widths (the
// figures show no underlines), the Display panel's entries view (no figure: the Edit columns,
// three rows higher, as the exit view stands) and the Edit panel's exit view (no figure: Edit's
// Seq and Items columns, the command where the Display figure has it).

import type {FieldDefinition, FieldKind} from '../../ui/fields/field.js';

export type EntriesMode = 'create' | 'edit' | 'display';

export const TITLES: Readonly<Record<EntriesMode, string>> = {
	create: 'Create Backup Control Group Entries',
	edit: 'Edit Backup Control Group Entries',
	display: 'Display Backup Control Group Entries',
};

/** Where the title starts on line 1 (the figures: Edit at 21, Display at 20; Create as Edit [K]). */
export const TITLE_COLUMNS: Readonly<Record<EntriesMode, number>> = {create: 21, edit: 21, display: 20};

export const ROW = {group: 3, defaultActivity: 4, text: 5, instruction: 7} as const;

/** The list part: where the headings and the entries stand, how many a page, where Bottom stands. */
export type ListRows = {headings: number; firstEntry: number; pageSize: number; scrollIndicator: number};

/** Edit and Create: headings 9-11, entries from 13 [V]; rows 13-20, Bottom on 21 [K]. */
export const INPUT_ROWS: ListRows = {headings: 9, firstEntry: 13, pageSize: 8, scrollIndicator: 21};
/** Display (no instruction line): headings 7-9, entries 11-19, Bottom on 20 [V, §2.4]. */
export const DISPLAY_ROWS: ListRows = {headings: 7, firstEntry: 11, pageSize: 9, scrollIndicator: 20};

/** Bottom / More... end at column 76 in both figures. */
export const SCROLL_INDICATOR_END = 76;

export const VALUE_COLUMN = 30;

export const DEFAULT_ACTIVITY_FIELD: FieldDefinition = {id: 'defaultActivity', row: ROW.defaultActivity, col: VALUE_COLUMN, length: 7, kind: 'name'};
export const TEXT_FIELD: FieldDefinition = {id: 'text', row: ROW.text, col: VALUE_COLUMN, length: 50, kind: 'text'};

/** The entry columns in panel order, with their positions (1-based) and widths. */
export const ENTRY_COLUMNS = [
	{key: 'seq', col: 2, length: 4, kind: 'digits', rightAdjust: true},
	{key: 'item', col: 7, length: 10, kind: 'name'},
	{key: 'listType', col: 18, length: 4, kind: 'name'},
	{key: 'aspDevice', col: 23, length: 10, kind: 'name'},
	{key: 'activity', col: 35, length: 7, kind: 'name'},
	{key: 'retainObjectDetail', col: 44, length: 4, kind: 'name'},
	{key: 'saveWhileActive', col: 51, length: 8, kind: 'name'},
	{key: 'swaMessageQueue', col: 60, length: 10, kind: 'name'},
	{key: 'syncId', col: 71, length: 10, kind: 'name'},
] as const satisfies ReadonlyArray<{key: string; col: number; length: number; kind: FieldKind; rightAdjust?: boolean}>;

export type EntryColumn = (typeof ENTRY_COLUMNS)[number]['key'];

export const ENTRY_HEADINGS = [
	'                                  Weekly   Retain Save     SWA',
	'      Backup     List ASP         Activity Object While    Message    Sync',
	' Seq  Items      Type Device      SMTWTFS  Detail Active   Queue      ID',
];

/**
 * The F11 exit view: sequence, item and the exit command. On Display as the figure has it
 * (brms.md §2.4 [V]): Seq ending at column 4, Items at 8, the command at 20. On Edit and Create
 * the Seq and Items input fields stay where the entries view has them [K].
 */
export const EXIT_VIEW = {
	display: {headings: ['', '       Backup', ' Seq   Items       Exit command'], seqEnd: 4, item: 8},
	input: {headings: ['', '      Backup', ' Seq  Items        Exit command'], seqEnd: 5, item: 7},
	command: 20,
} as const;

export function entryFieldId(rowKey: number, column: EntryColumn): string {
	return `entry:${rowKey}:${column}`;
}

export function parseEntryFieldId(id: string): {rowKey: number; column: EntryColumn} | undefined {
	const match = /^entry:(\d+):(\w+)$/.exec(id);
	const column = ENTRY_COLUMNS.find(each => each.key === match?.[2])?.key;
	return match && column ? {rowKey: Number(match[1]), column} : undefined;
}

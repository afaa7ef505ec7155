// "Create / Edit / Display Backup Control Group Entries" on 24x80, from the IBM 7.1/7.2
// figures transcribed in brms.md §2.2 (column positions verified) and §2.4 (the F11 exit view).
// Where the data rows end and where Bottom/More... stands are [K] (the figures drop blank rows).

import type {FieldDefinition, FieldKind} from '../../ui/fields/field.js';

export type EntriesMode = 'create' | 'edit' | 'display';

export const TITLES: Readonly<Record<EntriesMode, string>> = {
	create: 'Create Backup Control Group Entries',
	edit: 'Edit Backup Control Group Entries',
	display: 'Display Backup Control Group Entries',
};

export const ROW = {group: 3, defaultActivity: 4, text: 5, instruction: 7, headings: 9, firstEntry: 13, scrollIndicator: 21} as const;

/** Entry rows per page: rows 13-20. */
export const PAGE_SIZE = 8;

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

/** The F11 view: sequence, item and the exit command (brms.md §2.4). */
export const EXIT_VIEW_HEADINGS = ['', '       Backup', ' Seq   Items       Exit command'];
export const EXIT_VIEW_COMMAND_COLUMN = 20;

export function entryFieldId(rowKey: number, column: EntryColumn): string {
	return `entry:${rowKey}:${column}`;
}

export function parseEntryFieldId(id: string): {rowKey: number; column: EntryColumn} | undefined {
	const match = /^entry:(\d+):(\w+)$/.exec(id);
	const column = ENTRY_COLUMNS.find(each => each.key === match?.[2])?.key;
	return match && column ? {rowKey: Number(match[1]), column} : undefined;
}

// The values BRMS allows in each column of a control-group entry (shared/spec/brms.md §3),
// as data: one row per value with a short description (for F4 lists and F1 help) and the
// spec's tag — [V] verified, [K] product knowledge not checked, [?] uncertain — so a doubtful
// value is visible where it is used and a correction is a one-line change.

export type Tag = 'V' | 'K' | '?';

export type AllowedValue = {value: string; description: string; tag: Tag};

/** What kind of save a special backup item is; it decides which columns apply. */
export type ItemKind = 'exit' | 'operation' | 'system' | 'library' | 'document' | 'link' | 'data';

export type SpecialItem = AllowedValue & {kind: ItemKind};

export const SPECIAL_ITEMS: readonly SpecialItem[] = [
	{value: '*EXIT', kind: 'exit', description: 'Run a user CL command at this point', tag: 'V'},
	{value: '*LOAD', kind: 'operation', description: 'Start a new media volume (load point)', tag: 'K'},
	{value: '*SETASPGRP', kind: 'operation', description: 'Set the ASP group before saving IASP data', tag: '?'},
	{value: '*SAVSYS', kind: 'system', description: 'Licensed Internal Code, QSYS, security and configuration (restricted state)', tag: 'V'},
	{value: '*SAVSYSINF', kind: 'system', description: 'Partial system save since the last full SAVSYS', tag: 'K'},
	{value: '*IBM', kind: 'library', description: 'All IBM-supplied libraries', tag: 'V'},
	{value: '*ALLUSR', kind: 'library', description: 'All user libraries', tag: 'V'},
	{value: '*ALLPROD', kind: 'library', description: 'All libraries of type *PROD', tag: 'K'},
	{value: '*ALLTEST', kind: 'library', description: 'All libraries of type *TEST', tag: 'K'},
	{value: '*ALLDLO', kind: 'document', description: 'All documents, folders and mail', tag: 'V'},
	{value: '*LINK', kind: 'link', description: 'All IFS objects except /QSYS.LIB and /QDLS', tag: 'V'},
	{value: '*LNKOMTONL', kind: 'link', description: 'IFS except the Lotus files the online backup saves', tag: 'V'},
	{value: '*LNKOMTLTS', kind: 'link', description: 'IFS except Lotus server files', tag: 'V'},
	{value: '*LTSOMTONL', kind: 'link', description: 'Lotus server files the online backup does not save', tag: 'V'},
	{value: '*SAVSECDTA', kind: 'data', description: 'Security data (user profiles, authorities)', tag: 'V'},
	{value: '*SAVCFG', kind: 'data', description: 'Configuration objects', tag: 'V'},
	{value: '*QHST', kind: 'data', description: 'History log files', tag: 'K'},
	{value: '*SAVCAL', kind: 'data', description: 'Calendars (OfficeVision)', tag: 'K'},
];

/** *ASPnn (libraries in user ASP nn) and *DLOnn (documents in ASP nn), nn = 01-32 [K]. */
export const ASP_ITEM_PATTERN = /^\*(ASP|DLO)(0[1-9]|[12]\d|3[0-2])$/;

export const LIST_TYPES: readonly AllowedValue[] = [
	{value: '*LNK', description: 'Integrated file system paths (link list)', tag: 'V'},
	{value: '*OBJ', description: 'Objects in libraries (object list)', tag: 'K'},
	{value: '*FLR', description: 'Folders and documents (folder list)', tag: 'K'},
	{value: '*SPL', description: 'Spooled files (spooled file list)', tag: 'K'},
];

export const RETAIN_OBJECT_DETAIL: readonly AllowedValue[] = [
	{value: '*YES', description: 'Keep object and member detail (same as *MBR)', tag: 'V'},
	{value: '*MBR', description: 'Keep object and member detail', tag: 'V'},
	{value: '*OBJ', description: 'Keep object detail, no members', tag: 'V'},
	{value: '*ERR', description: 'Keep detail only for objects that were not saved', tag: 'V'},
	{value: '*NO', description: 'Keep library-level history only', tag: 'V'},
];

export const SAVE_WHILE_ACTIVE_LIBRARY: readonly AllowedValue[] = [
	{value: '*NO', description: 'No save-while-active', tag: 'V'},
	{value: '*YES', description: 'Save while active, a checkpoint per library', tag: 'V'},
	{value: '*LIB', description: 'A checkpoint per library', tag: 'V'},
	{value: '*SYNCLIB', description: 'One checkpoint across all libraries of the entry', tag: 'V'},
	{value: '*SYSDFN', description: 'System-defined checkpoints', tag: 'V'},
];

export const SAVE_WHILE_ACTIVE_LINK: readonly AllowedValue[] = [
	{value: '*NO', description: 'No save-while-active', tag: 'V'},
	{value: '*YES', description: 'Save while active (SAV SAVACT(*YES))', tag: 'V'},
	{value: '*SYNC', description: 'One synchronized checkpoint for the IFS objects', tag: 'V'},
];

export const SWA_MESSAGE_QUEUE_SPECIAL: readonly AllowedValue[] = [
	{value: '*LIB', description: 'A message queue named after the library being saved', tag: 'V'},
	{value: '*NONE', description: 'No checkpoint notification', tag: 'K'},
	{value: '*WRKSTN', description: 'The workstation message queue (interactive only)', tag: 'K'},
];

export const ASP_DEVICE_SPECIAL: readonly AllowedValue[] = [
	{value: '*SYSBAS', description: 'System and basic user ASPs', tag: 'V'},
	{value: '*CURASPGRP', description: 'The ASP group of the job', tag: 'K'},
	{value: '*ALLAVL', description: 'All available ASPs', tag: 'K'},
];

export const SYNC_ID_SPECIAL: readonly AllowedValue[] = [{value: '*NONE', description: 'No synchronization across entries', tag: 'V'}];

export const DEFAULT_ACTIVITY_SPECIAL: readonly AllowedValue[] = [{value: '*BKUPCY', description: "Use the backup policy's weekly activity", tag: 'V'}];

export const ENTRY_ACTIVITY_SPECIAL: readonly AllowedValue[] = [{value: '*DFTACT', description: "Use the group's default activity", tag: 'V'}];

export const ACTIVITY_LETTERS: readonly AllowedValue[] = [
	{value: 'F', description: 'Full backup that day', tag: 'V'},
	{value: 'I', description: 'Incremental backup that day', tag: 'V'},
	{value: ' ', description: 'No backup that day', tag: 'K'},
];

/** Omit lists BRMS applies by itself: never add them to a group as items (brms.md §7.2). */
export const AUTOMATIC_OMIT_LISTS = ['QLNKOMTONL', 'QLNKOMTLTS', 'QLTSOMTONL', 'QLNKOMT'] as const;

/** Commands IBM says not to run from an exit (brms.md §3.10), except in the allowed forms. */
export const UNSAFE_EXIT_COMMANDS = [
	'SAVBRM',
	'SAVLIBBRM',
	'SAVOBJBRM',
	'SAVFLRBRM',
	'SAVDLOBRM',
	'SAVSYSBRM',
	'STRMNTBRM',
	'MOVMEDBRM',
	'SAVMEDIBRM',
	'STRARCBRM',
	'SAVLIB',
	'SAVOBJ',
	'SAV',
	'SAVSYS',
] as const;

export function specialItem(value: string): SpecialItem | undefined {
	return SPECIAL_ITEMS.find(item => item.value === value);
}

export function isAllowed(values: readonly AllowedValue[], value: string): boolean {
	return values.some(each => each.value === value);
}

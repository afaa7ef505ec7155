// Control-group attributes (WRKCTLGBRM option 8, "Change Backup Control Group Attributes"),
// from brms.md §4.2 and §10.3. Nearly every attribute defaults to *BKUPCY: "use the value in the
// backup policy". Page 1 is verified from an IBM figure; pages 2-4 (order, labels) are [K]/[?]:
// the attributes of §10.3 did not fit §4.2's three reconstructed pages, so the IPL fields moved
// to a fourth.
// The group's default weekly activity is the top-level `defaultActivity`, not an attribute here.

import type {Attributes} from './control-group.js';
import type {Tag} from './values.js';

export type AttributeValueRule =
	| {kind: 'choice'; values: readonly string[]}
	/** A name, or one of the special values. */
	| {kind: 'name'; specials: readonly string[]}
	/** Up to `max` names or one special value (Backup devices). */
	| {kind: 'names'; max: number; specials: readonly string[]}
	/** A whole number in a range, or a special value. */
	| {kind: 'number'; min: number; max: number; specials: readonly string[]}
	/** *CURRENT, *PRV or VxRxMx. */
	| {kind: 'release'; specials: readonly string[]};

export type AttributeDefinition = {
	key: string;
	/** The label on the panel, without dot leaders. */
	label: string;
	/** The heading the label stands under on the panel ("Save active wait time:"), for where it is named alone. */
	heading?: string;
	/** The allowed-values hint at column 58. */
	hint: string;
	page: 1 | 2 | 3 | 4;
	defaultValue: string | string[] | null;
	rule: AttributeValueRule;
	/** Blank is allowed (Maximum resources). */
	optional?: boolean;
	tag: Tag;
};

const YES_NO_BKUPCY = ['*YES', '*NO', '*BKUPCY'] as const;

/** Backup devices: up to four names (the panels give each a line). */
export const BACKUP_DEVICES = 4;
const choice = (...values: string[]): AttributeValueRule => ({kind: 'choice', values});

export const ATTRIBUTE_DEFINITIONS: readonly AttributeDefinition[] = [
	{
		key: 'fullMediaPolicy',
		label: 'Full backups',
		hint: 'Name, F4 for list',
		page: 1,
		defaultValue: '*BKUPCY',
		rule: {kind: 'name', specials: ['*BKUPCY']},
		tag: 'V',
	},
	{
		key: 'incrMediaPolicy',
		label: 'Incremental backups',
		hint: 'Name, F4 for list',
		page: 1,
		defaultValue: '*BKUPCY',
		rule: {kind: 'name', specials: ['*BKUPCY']},
		tag: 'V',
	},
	{
		key: 'backupDevices',
		label: 'Backup devices',
		hint: 'Name, F4 for list',
		page: 1,
		defaultValue: ['*BKUPCY'],
		rule: {kind: 'names', max: BACKUP_DEVICES, specials: ['*BKUPCY', '*NONE', '*MEDCLS']},
		tag: 'V',
	},
	{
		key: 'minimumResources',
		label: 'Minimum resources',
		hint: '1-32, *NONE, *AVAIL',
		page: 1,
		defaultValue: '*NONE',
		rule: {kind: 'number', min: 1, max: 32, specials: ['*NONE', '*AVAIL']},
		tag: 'V',
	},
	{
		key: 'maximumResources',
		label: 'Maximum resources',
		hint: '1-32, *AVAIL, *MIN',
		page: 1,
		defaultValue: null,
		optional: true,
		rule: {kind: 'number', min: 1, max: 32, specials: ['*AVAIL', '*MIN']},
		tag: 'V',
	},
	{
		key: 'signOffInteractiveUsers',
		label: 'Sign off interactive users',
		hint: '*YES, *NO, *BKUPCY',
		page: 1,
		defaultValue: '*BKUPCY',
		rule: choice(...YES_NO_BKUPCY),
		tag: 'V',
	},
	{
		key: 'signOffLimit',
		label: 'Sign off limit',
		hint: '0-999 minutes, *BKUPCY',
		page: 1,
		defaultValue: '*BKUPCY',
		rule: {kind: 'number', min: 0, max: 999, specials: ['*BKUPCY']},
		tag: 'V',
	},
	{
		key: 'incrementalType',
		label: 'Incremental type',
		hint: '*CUML, *INCR, *BKUPCY',
		page: 1,
		defaultValue: '*BKUPCY',
		rule: choice('*CUML', '*INCR', '*BKUPCY'),
		tag: 'V',
	},
	{
		key: 'forceFullBackupDays',
		label: 'Force full backup days',
		hint: '0-365, *NOMAX, *BKUPCY',
		page: 1,
		defaultValue: '*BKUPCY',
		rule: {kind: 'number', min: 0, max: 365, specials: ['*NOMAX', '*BKUPCY']},
		tag: 'V',
	},
	{
		key: 'automaticallyBackupMediaInformation',
		label: 'Automatically backup media information',
		hint: '*LIB, *OBJ, *NONE, ...',
		page: 2,
		defaultValue: '*BKUPCY',
		rule: choice('*LIB', '*OBJ', '*NONE', '*BKUPCY'),
		tag: 'K',
	},
	{key: 'saveAccessPaths', label: 'Save access paths', hint: '*YES, *NO, *BKUPCY', page: 2, defaultValue: '*BKUPCY', rule: choice(...YES_NO_BKUPCY), tag: 'K'},
	{
		key: 'saveContentsOfSaveFiles',
		label: 'Save contents of save files',
		hint: '*YES, *NO, *BKUPCY',
		page: 2,
		defaultValue: '*BKUPCY',
		rule: choice(...YES_NO_BKUPCY),
		tag: 'K',
	},
	{
		key: 'dataCompression',
		label: 'Data compression',
		hint: '*DEV, *YES, *NO, ...',
		page: 2,
		defaultValue: '*BKUPCY',
		rule: choice('*DEV', '*YES', '*NO', '*BKUPCY'),
		tag: 'K',
	},
	{
		key: 'saveJournalFiles',
		label: 'Save journal files',
		hint: '*YES, *NO, *BKUPCY',
		page: 2,
		defaultValue: '*BKUPCY',
		rule: choice(...YES_NO_BKUPCY),
		tag: 'K',
	},
	{key: 'objectPreCheck', label: 'Object pre-check', hint: '*YES, *NO, *BKUPCY', page: 2, defaultValue: '*BKUPCY', rule: choice(...YES_NO_BKUPCY), tag: 'K'},
	{key: 'appendToMedia', label: 'Append to media', hint: '*YES, *NO, *BKUPCY', page: 2, defaultValue: '*BKUPCY', rule: choice(...YES_NO_BKUPCY), tag: 'K'},
	{
		key: 'endOfMediaOption',
		label: 'End of media option',
		hint: '*REWIND, *LEAVE, ...',
		page: 2,
		defaultValue: '*BKUPCY',
		rule: choice('*REWIND', '*LEAVE', '*UNLOAD', '*BKUPCY'),
		tag: 'K',
	},
	{key: 'journaledObjects', label: 'Journaled objects', hint: '*YES, *NO, *BKUPCY', page: 2, defaultValue: '*BKUPCY', rule: choice(...YES_NO_BKUPCY), tag: 'K'},
	{
		key: 'useOptimumBlockSize',
		label: 'Use optimum block size',
		hint: '*YES, *NO, *BKUPCY',
		page: 2,
		defaultValue: '*BKUPCY',
		rule: choice(...YES_NO_BKUPCY),
		tag: 'K',
	},
	{
		key: 'targetRelease',
		label: 'Target release',
		hint: '*CURRENT, *PRV, ...',
		page: 2,
		defaultValue: '*CURRENT',
		rule: {kind: 'release', specials: ['*CURRENT', '*PRV']},
		tag: 'K',
	},
	{key: 'clear', label: 'Clear', hint: '*NONE, *ALL, *AFTER..', page: 2, defaultValue: '*NONE', rule: choice('*NONE', '*ALL', '*AFTER', '*REPLACE'), tag: 'K'},
	// brms.md §10.3 [V: IBM 7.2 figure in "Using Missed Object Policies"]: three save-active wait
	// times (the figure shows 120 for each, the default here); where on the pages they stand is
	// brms-tui's reading [K] (the figure was not available to transcribe cell by cell).
	...(
		[
			['saveActiveWaitObjectLocks', 'Object locks', '0-99999, *NOMAX', ['*NOMAX']],
			['saveActiveWaitPendingRecords', 'Pending record changes', '0-99999, *NOCMTBDY, *NOMAX', ['*NOCMTBDY', '*NOMAX']],
			['saveActiveWaitOtherPending', 'Other pending changes', '0-99999, *NOMAX', ['*NOMAX']],
		] as const
	).map(
		([key, label, hint, specials]): AttributeDefinition => ({
			key,
			label,
			heading: 'Save active wait time',
			hint,
			page: 3,
			defaultValue: '120',
			rule: {kind: 'number', min: 0, max: 99_999, specials},
			tag: 'V',
		}),
	),
	// Its values were not verified (brms.md §4.2 #25): *YES/*NO/*BKUPCY is an assumption [?].
	{key: 'endTcpIpServers', label: 'End TCP/IP servers', hint: '*YES, *NO, *BKUPCY', page: 3, defaultValue: '*BKUPCY', rule: choice(...YES_NO_BKUPCY), tag: '?'},
	{key: 'endLotusServers', label: 'End Lotus servers', hint: '*YES, *NO, *BKUPCY', page: 3, defaultValue: '*BKUPCY', rule: choice(...YES_NO_BKUPCY), tag: 'K'},
	{
		key: 'endServerWaitTime',
		label: 'End server wait time',
		hint: 'Seconds, *NOMAX, ...',
		page: 3,
		defaultValue: '*BKUPCY',
		rule: {kind: 'number', min: 0, max: 999_999, specials: ['*NOMAX', '*BKUPCY']},
		tag: '?',
	},
	{
		key: 'unmountUserDefinedFileSystems',
		label: 'Unmount user-defined file systems',
		hint: '*YES, *NO, *BKUPCY',
		page: 3,
		defaultValue: '*BKUPCY',
		rule: choice(...YES_NO_BKUPCY),
		tag: 'K',
	},
	// Backup item exit program (brms.md §10.3 [V]): name, *NONE or *BKUPCY, its library, and the
	// format BRMS passes it (BKUI0100; BKUI0200 also exists, brms.md §5.5). Defaults [K].
	{
		key: 'backupItemExitProgram',
		label: 'Backup item exit program',
		hint: 'Name, *NONE, *BKUPCY',
		page: 3,
		defaultValue: '*BKUPCY',
		rule: {kind: 'name', specials: ['*NONE', '*BKUPCY']},
		tag: 'V',
	},
	{
		key: 'backupItemExitProgramLibrary',
		label: 'Library',
		heading: 'Backup item exit program',
		hint: 'Name, *LIBL, *CURLIB',
		page: 3,
		defaultValue: '*LIBL',
		rule: {kind: 'name', specials: ['*LIBL', '*CURLIB']},
		tag: 'K',
	},
	{
		key: 'backupItemExitProgramFormat',
		label: 'Format',
		heading: 'Backup item exit program',
		hint: 'BKUI0100, BKUI0200',
		page: 3,
		defaultValue: 'BKUI0100',
		rule: choice('BKUI0100', 'BKUI0200'),
		tag: 'V',
	},
	{
		key: 'missedObjectPolicy',
		label: 'Missed object policy',
		hint: 'Name, *NONE, F4',
		page: 3,
		defaultValue: '*NONE',
		rule: {kind: 'name', specials: ['*NONE']},
		tag: 'V',
	},
	{key: 'clearMissedObjects', label: 'Clear missed objects', hint: '*YES, *NO', page: 3, defaultValue: '*NO', rule: choice('*YES', '*NO'), tag: 'V'},
	{key: 'iplAfterBackup', label: 'IPL after backup', hint: '*YES, *NO, *BKUPCY', page: 4, defaultValue: '*BKUPCY', rule: choice(...YES_NO_BKUPCY), tag: 'V'},
	{
		key: 'iplHowToEnd',
		label: 'How to end',
		hint: '*CNTRLD,*IMMED,*BKUPCY',
		page: 4,
		defaultValue: '*BKUPCY',
		rule: choice('*CNTRLD', '*IMMED', '*BKUPCY'),
		tag: 'V',
	},
	{
		key: 'iplDelayTime',
		label: 'Delay time, if *CNTRLD',
		hint: 'Seconds, *NOLIMIT',
		page: 4,
		defaultValue: '*BKUPCY',
		rule: {kind: 'number', min: 1, max: 999_999, specials: ['*NOLIMIT', '*BKUPCY']},
		tag: 'V',
	},
	{
		key: 'iplRestartAfterPowerDown',
		label: 'Restart after power down',
		// *BKUPCY: brms.md §10.3 [V] corrects §4.2's hint.
		hint: '*YES, *NO, *BKUPCY',
		page: 4,
		defaultValue: '*BKUPCY',
		rule: choice(...YES_NO_BKUPCY),
		tag: 'V',
	},
	{key: 'iplSource', label: 'IPL source', hint: '*PANEL, A, B, ...', page: 4, defaultValue: '*BKUPCY', rule: choice('*PANEL', 'A', 'B', '*BKUPCY'), tag: 'K'},
	// brms.md §10.3 [V]: hint *FULL, *IPLA, *SYS ...; the figure shows *IPLA for *BKUGRP. The
	// fourth value behind "..." is taken to be *BKUPCY, the default, as for the other IPL fields [K].
	{
		key: 'iplRestartType',
		label: 'IPL restart type',
		hint: '*FULL, *IPLA, *SYS ...',
		page: 4,
		defaultValue: '*BKUPCY',
		rule: choice('*FULL', '*IPLA', '*SYS', '*BKUPCY'),
		tag: 'V',
	},
];

/** The IPL's details: they belong to IPL after backup (the panels nest them under it). */
export const IPL_DETAILS: ReadonlySet<string> = new Set(['iplHowToEnd', 'iplDelayTime', 'iplRestartAfterPowerDown', 'iplSource', 'iplRestartType']);

/** An attribute's name where it stands alone (change sheet, messages): its heading, then its label. */
export function attributeTitle(definition: AttributeDefinition): string {
	return definition.heading ? `${definition.heading}: ${definition.label}` : definition.label;
}

export function attributeDefinition(key: string): AttributeDefinition | undefined {
	return ATTRIBUTE_DEFINITIONS.find(definition => definition.key === key);
}

/** The attributes of a new group, with the given values laid over the defaults. */
export function withDefaultAttributes(values: Partial<Attributes> = {}): Attributes {
	const attributes: Record<string, string | string[] | null> = {};
	for (const definition of ATTRIBUTE_DEFINITIONS) {
		attributes[definition.key] = Array.isArray(definition.defaultValue) ? [...definition.defaultValue] : definition.defaultValue;
	}
	for (const [key, value] of Object.entries(values)) {
		if (value !== undefined) attributes[key] = value;
	}
	return attributes as Attributes;
}

// The BRMS backup control group as brms-tui keeps it. Field names are the ones `show --json`
// prints (shared/spec/product.md); values are BRMS spellings (*DFTACT, *ERR, *LIB …) and an
// empty column is null, never "".

/** One line of a control group: what to save and how (WRKCTLGBRM option 2). */
export type Entry = {
	/** Sequence number, 1-9999; BRMS keeps entries in steps of 10. */
	seq: number;
	/** Backup item: a library, a generic name (PAY*), a BRMS list name or a special value. */
	item: string;
	/** *LNK, *OBJ, *FLR, *SPL when the item is a BRMS list; null otherwise. */
	listType: string | null;
	/** *SYSBAS, an IASP device name …; null where BRMS leaves the column blank. */
	aspDevice: string | null;
	/** Weekly activity: *DFTACT or seven positions S M T W T F S of F, I or blank. */
	activity: string;
	retainObjectDetail: string | null;
	saveWhileActive: string | null;
	swaMessageQueue: string | null;
	syncId: string | null;
	/** The CL command of an *EXIT entry (null when empty); absent for other items. */
	exitCommand?: string | null;
};

/** An entry with every column blank and the weekly activity *DFTACT, then `values` over it. */
export function newEntry(seq: number, item: string, values: Partial<Omit<Entry, 'seq' | 'item'>> = {}): Entry {
	return {
		seq,
		item,
		listType: null,
		aspDevice: null,
		activity: '*DFTACT',
		retainObjectDetail: null,
		saveWhileActive: null,
		swaMessageQueue: null,
		syncId: null,
		...values,
	};
}

/** A subsystem ended before the entries run (option 9). */
export type SubsystemEntry = {
	seq: number;
	subsystem: string;
	library: string | null;
	restart: string;
	endOption: string | null;
	delay: string | null;
};

/** A job queue held before the save and released after it (option 10). */
export type JobQueueEntry = {
	seq: number;
	jobQueue: string;
	library: string | null;
	hold: string;
	release: string;
};

/**
 * Control-group attributes (option 8). Nearly every one defaults to *BKUPCY (take it from the
 * backup policy); the attribute table in attributes.ts says which keys exist and what they allow.
 */
export type Attributes = {
	fullMediaPolicy: string;
	incrMediaPolicy: string;
	/** A blank attribute (e.g. Maximum resources) is null. */
	[key: string]: string | string[] | null;
};

export type ControlGroup = {
	name: string;
	/** WRKCTLGBRM TYPE: brms-tui handles backup groups only. */
	type: '*BKU';
	text: string;
	/** *BKUPCY or a seven-position SMTWTFS pattern. */
	defaultActivity: string;
	attributes: Attributes;
	entries: Entry[];
	subsystems: SubsystemEntry[];
	jobQueues: JobQueueEntry[];
};

export const EXIT_ITEM = '*EXIT';

/** Control groups in the order WRKCTLGBRM lists them: by name, as EBCDIC would sort them. */
export function sortControlGroups<T extends {name: string}>(groups: readonly T[]): T[] {
	return [...groups].sort((a, b) => compareNames(a.name, b.name));
}

/**
 * EBCDIC collating order for names: special characters (. $ * _ # @) before letters,
 * letters before digits. An ASCII sort would put digits first.
 */
export function compareNames(a: string, b: string): number {
	const length = Math.max(a.length, b.length);
	for (let index = 0; index < length; index++) {
		const difference = ebcdicRank(a[index]) - ebcdicRank(b[index]);
		if (difference !== 0) return difference;
	}
	return 0;
}

// Code page 37 order (blank 40, . 4B, $ 5B, * 5C, _ 6D, # 7B, @ 7C, a-z, A-Z, 0-9 F0-F9) of
// the characters an IBM i name can hold; shorter names sort before longer ones.
const EBCDIC_ORDER = ' .$*_#@abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

function ebcdicRank(character: string | undefined): number {
	if (character === undefined) return -1;
	const rank = EBCDIC_ORDER.indexOf(character);
	return rank === -1 ? EBCDIC_ORDER.length + character.charCodeAt(0) : rank;
}

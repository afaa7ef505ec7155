// The local store of one system's control groups: JSON checked against a schema on every read
// and write, written so that it cannot tear (durable-file.ts), one file per system.
// A corrupt file, or one from a newer brms-tui, stops the app with a message naming it and is
// never overwritten. Each save carries the revision of the group it started from; a save over
// a newer revision is refused, never merged.

import {statSync} from 'node:fs';
import {dirname} from 'node:path';
import {type ControlGroup, sortControlGroups} from '../domain/control-group.js';
import {ensureFolder, type FileIo, readFileAndStats, removeLeftoverTempFiles, writeFileDurably} from './durable-file.js';
import {type HeldLock, withFileLock} from './file-lock.js';
import {validate} from './generated/store-validator.js';
import {storeFilePath} from './location.js';
import {schemaProblems} from './schema-problems.js';
import {migrate, STORE_FORMAT, STORE_VERSION, type StoreDocument, StoreFormatError} from './store-document.js';

export type ControlGroupStoreOptions = {
	/** The system's id in the store (e.g. "demo"): one file per system. */
	systemId: string;
	/** The groups a new store starts with. */
	seed: () => ControlGroup[];
	/**
	 * The seed is what the host holds (the demo system): a new store records it as applied. For a
	 * real IBM i the seed is only what BRMS ships, so nothing is claimed applied.
	 */
	seedIsOnHost?: boolean;
	env?: NodeJS.ProcessEnv;
	/** The file-system calls a save makes (tests inject a full disk here). */
	io?: FileIo;
	/**
	 * False for a command whose first use of the store is a save (import): the save reads and
	 * checks the newest file under the lock anyway, and with a read on opening as well the 3.6 MB
	 * of a 1,000-group store was read and checked twice whenever another copy saved in between (50
	 * imports at once: 36-37 → 30-34 s of CPU, 20 → 17-18 s; README, Tests). A damaged file is
	 * then refused by that save instead.
	 */
	readOnOpen?: boolean;
};

/** What identifies one version of the file: every write is a rename, so a new inode and mtime. */
type FileIdentity = {ino: number; size: number; mtimeMs: number; ctimeMs: number};

const sameFile = (a: FileIdentity | undefined, b: FileIdentity | undefined) =>
	a !== undefined && b !== undefined && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs;

export class StoreConflictError extends Error {
	constructor(
		readonly groupName: string,
		readonly reason: 'changed' | 'exists' | 'deleted',
	) {
		super(
			`Control group ${groupName} ${reason === 'exists' ? 'already exists' : reason === 'deleted' ? 'was deleted' : 'was changed'} by another brms-tui session.`,
		);
	}
}

/** A group as read, with the revision a later save must name. */
export type StoredControlGroup = {group: ControlGroup; revision: number};

export class ControlGroupStore {
	readonly path: string;
	private readonly io: FileIo | undefined;
	/** The document as last read or written, while the file is still that version (see read). */
	private cached: {identity: FileIdentity; document: StoreDocument} | undefined;

	constructor({systemId, seed, seedIsOnHost = false, env, io, readOnOpen = true}: ControlGroupStoreOptions) {
		this.path = storeFilePath(systemId, env);
		this.io = io;
		// Reading needs no lock (writes are atomic renames); creating the file does. Opening never
		// writes an existing file: an older format is migrated in memory and written by the next
		// save, so read-only commands leave the file as it is.
		if (this.identity() === undefined) {
			ensureFolder(dirname(this.path));
			withFileLock(this.path, lock => {
				if (this.identity() === undefined) this.write(newDocument(seed(), seedIsOnHost), lock);
			});
		}
		if (readOnOpen) this.read();
	}

	/**
	 * The whole document, checked against the schema. Parsing a thousand groups on every access
	 * would be most of a panel switch (npm run bench), so the parsed
	 * document is kept while the file is the same version — another running copy's save is a new
	 * file and is read anew. Kept documents are frozen: nothing may change them in place.
	 */
	private read(): StoreDocument {
		if (this.cached && sameFile(this.cached.identity, this.identity())) return this.cached.document;
		const {document, identity} = this.readFromDisk();
		this.cached = {identity, document: deepFreeze(document)};
		return document;
	}

	/** The file as it is now: parsed, accepted as ours, migrated in memory, checked. A new copy each time. */
	private readFromDisk(): {document: StoreDocument; identity: FileIdentity} {
		const read = readFileAndStats(this.path);
		if (read === undefined) throw new StoreFormatError('corrupt', this.path, 'the file was removed');
		const {document} = migrate(parseObject(read.text, this.path), this.path);
		checkSchema(document, this.path);
		const {ino, size, mtimeMs, ctimeMs} = read.stats;
		return {document: document as StoreDocument, identity: {ino, size, mtimeMs, ctimeMs}};
	}

	/**
	 * Writes the whole document; only while `lock` is still ours. `checked`: groups already checked
	 * against the schema and frozen since (read from this file, or kept from it), which are not
	 * checked again.
	 */
	private write(document: StoreDocument, lock: HeldLock, checked: ReadonlySet<ControlGroup> = new Set()): void {
		checkSchema(document, this.path, checked);
		// No parse of what is read back: it is compared byte for byte with JSON.stringify's output.
		writeFileDurably(this.path, JSON.stringify(document, undefined, '\t'), {io: this.io, beforeRename: lock.check});
	}

	private identity(): FileIdentity | undefined {
		try {
			const {ino, size, mtimeMs, ctimeMs} = statSync(this.path);
			return {ino, size, mtimeMs, ctimeMs};
		} catch {
			return undefined;
		}
	}

	/** Every group, in the order WRKCTLGBRM lists them. */
	list(): ControlGroup[] {
		return sortControlGroups(this.read().controlGroups);
	}

	get(name: string): StoredControlGroup | undefined {
		const document = this.read();
		const group = document.controlGroups.find(each => each.name === name);
		return group ? {group, revision: document.revisions[name] ?? 0} : undefined;
	}

	/**
	 * Saves one group. `startedFrom` is the revision it was read at, or null for a new group.
	 * Refused with StoreConflictError when the stored group moved on in the meantime.
	 */
	save(group: ControlGroup, startedFrom: number | null): number {
		return this.update(document => {
			const index = document.controlGroups.findIndex(each => each.name === group.name);
			const current = document.revisions[group.name] ?? 0;
			if (startedFrom === null && index !== -1) throw new StoreConflictError(group.name, 'exists');
			if (startedFrom !== null && index === -1) throw new StoreConflictError(group.name, 'deleted');
			if (startedFrom !== null && current !== startedFrom) throw new StoreConflictError(group.name, 'changed');
			if (index === -1) document.controlGroups.push(group);
			else document.controlGroups[index] = group;
			document.revisions[group.name] = current + 1;
			return current + 1;
		});
	}

	delete(name: string, startedFrom: number): void {
		this.update(document => {
			const index = document.controlGroups.findIndex(each => each.name === name);
			if (index === -1) throw new StoreConflictError(name, 'deleted');
			if ((document.revisions[name] ?? 0) !== startedFrom) throw new StoreConflictError(name, 'changed');
			document.controlGroups.splice(index, 1);
			document.revisions[name] = startedFrom + 1;
		});
	}

	/** Adds or replaces several groups in one write: all of them are stored, or none. */
	replaceGroups(groups: readonly ControlGroup[]): void {
		this.update(document => {
			for (const group of groups) {
				const index = document.controlGroups.findIndex(each => each.name === group.name);
				if (index === -1) document.controlGroups.push(group);
				else document.controlGroups[index] = group;
				document.revisions[group.name] = (document.revisions[group.name] ?? 0) + 1;
			}
		});
	}

	/** The group as last applied on the host; undefined when the host is not known to hold it. */
	applied(name: string): ControlGroup | undefined {
		return this.read().applied[name];
	}

	/** Every group as the host is known to hold it (the demo system's own BRMS). */
	appliedGroups(): ControlGroup[] {
		return sortControlGroups(Object.values(this.read().applied));
	}

	/** The operator applied the local group on the host (or the app created it there). */
	markApplied(name: string): void {
		this.update(document => {
			const group = document.controlGroups.find(each => each.name === name);
			if (!group) throw new StoreConflictError(name, 'deleted');
			document.applied[name] = structuredClone(group);
		});
	}

	private update<T>(change: (document: StoreDocument) => T): T {
		return withFileLock(this.path, lock => {
			removeLeftoverTempFiles(this.path);
			// Under the lock, the newest version, as a copy of our own to change: the document kept
			// while the file is still the one it was read from or written as (a copy, not read and
			// checked again: 110 of 450 ms of an import into 1,000 groups), else the file itself.
			const kept = this.cached && sameFile(this.cached.identity, this.identity()) ? this.cached.document : undefined;
			const current = kept ?? deepFreeze(this.readFromDisk().document);
			// Its groups were checked when it was read and are frozen: only what the change puts in is
			// checked before the write (the whole file was 35-40 ms of an import into 1,000 groups).
			const checked = new Set([...current.controlGroups, ...Object.values(current.applied)]);
			const document = changeableCopy(current);
			const result = change(document);
			this.write(document, lock, checked);
			const identity = this.identity();
			this.cached = identity ? {identity, document: deepFreeze(document)} : undefined;
			return result;
		});
	}
}

function newDocument(groups: ControlGroup[], seedIsOnHost: boolean): StoreDocument {
	return {
		format: STORE_FORMAT,
		version: STORE_VERSION,
		controlGroups: groups,
		revisions: Object.fromEntries(groups.map(group => [group.name, 1])),
		// Only what the host is known to hold is applied there.
		applied: seedIsOnHost ? Object.fromEntries(groups.map(group => [group.name, structuredClone(group)])) : {},
	};
}

/**
 * The file's document against STORE_SCHEMA; the message lists every problem. Groups in `checked`
 * (already checked, and frozen since) are left out; a problem's path still names a group by its
 * place in the whole document.
 */
function checkSchema(document: unknown, path: string, checked: ReadonlySet<ControlGroup> = new Set()): void {
	const {rest, places} = checked.size === 0 ? {rest: document, places: undefined} : withoutGroups(document as StoreDocument, checked);
	const wholeDocumentPointer = (pointer: string) => pointer.replace(/^\/controlGroups\/(\d+)/, (_, place) => `/controlGroups/${places?.[Number(place)]}`);
	const problems = schemaProblems(validate, rest, places && wholeDocumentPointer);
	if (problems) throw new StoreFormatError('corrupt', path, problems);
}

/** The document without the groups in `leave`; `places`: where each group left in was in the whole list. */
function withoutGroups(document: StoreDocument, leave: ReadonlySet<ControlGroup>): {rest: StoreDocument; places: number[]} {
	const places = document.controlGroups.flatMap((group, place) => (leave.has(group) ? [] : [place]));
	return {
		rest: {
			...document,
			controlGroups: places.map(place => document.controlGroups[place]!),
			applied: Object.fromEntries(Object.entries(document.applied).filter(([, group]) => !leave.has(group))),
		},
		places,
	};
}

/**
 * A copy of a kept (frozen) document that a change may add to, replace in and remove from: new
 * lists and maps at the top, the groups themselves shared. A change only ever puts whole groups
 * in; one that changed a shared group in place would throw (they are frozen), never alter the
 * kept document. structuredClone of 1,000 groups cost 45 ms of an import's 500.
 */
function changeableCopy(kept: StoreDocument): StoreDocument {
	return {...kept, controlGroups: [...kept.controlGroups], revisions: {...kept.revisions}, applied: {...kept.applied}};
}

function deepFreeze<T>(value: T): T {
	if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
		Object.freeze(value);
		for (const each of Object.values(value)) deepFreeze(each);
	}
	return value;
}

/** The file's document; a file that is not a JSON object is damaged. */
function parseObject(text: string, path: string): Record<string, unknown> {
	try {
		const parsed: unknown = JSON.parse(text);
		if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not a JSON object');
		return parsed as Record<string, unknown>;
	} catch (error) {
		throw new StoreFormatError('corrupt', path, (error as Error).message);
	}
}

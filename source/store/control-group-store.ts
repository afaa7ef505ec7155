// The local store of one system's control groups, kept with conf: JSON checked against a
// schema on every read and write, written atomically (temp file + rename), one file per system.
// A corrupt file, or one from a newer brms-tui, stops the app with a message naming it and is
// never overwritten. Each save carries the revision of the group it started from; a save over
// a newer revision is refused, never merged.

import {readFileSync, statSync} from 'node:fs';
import Conf from 'conf';
import {type ControlGroup, sortControlGroups} from '../domain/control-group.js';
import {withFileLock} from './file-lock.js';
import {validate} from './generated/store-validator.js';
import {storeLocation} from './location.js';
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
};

/** What identifies one version of the file: every write is a rename, so a new inode and mtime. */
type FileIdentity = {ino: number; size: number; mtimeMs: number};

const sameFile = (a: FileIdentity | undefined, b: FileIdentity | undefined) =>
	a !== undefined && b !== undefined && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs;

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
	private readonly conf: Conf<StoreDocument>;
	/** The document as last read or written, while the file is still that version (see read). */
	private cached: {identity: FileIdentity; document: StoreDocument} | undefined;

	constructor({systemId, seed, seedIsOnHost = false, env}: ControlGroupStoreOptions) {
		const location = {...storeLocation(env), configName: `system-${systemId}`, clearInvalidConfig: false, configFileMode: 0o600};
		// A plain Conf only to learn the path and to write a first or migrated file: it reads
		// nothing (conf reads the file in its constructor; this one's reading is thrown away).
		const plain = new Conf<Record<string, unknown>>({...location, deserialize: () => ({})});
		const path = plain.path;
		// Reading needs no lock (writes are atomic renames); creating or migrating the file does.
		let opened = readRaw(path);
		if (opened === undefined || migrate(opened.document, path).migrated) {
			opened = undefined;
			withFileLock(path, () => {
				const raw = readRaw(path)?.document;
				if (raw === undefined) plain.store = newDocument(seed(), seedIsOnHost);
				else {
					const {document, migrated} = migrate(raw, path);
					if (migrated) plain.store = document;
				}
			});
		}
		// conf reads the file in its constructor, and read() reads it once more: while the store
		// opens, the same text is parsed once (a thousand groups are megabytes of JSON: start-up
		// time and peak memory, npm run bench). Afterwards every read parses what is on disk.
		let opening: {text: string; document: unknown} | undefined | null = opened;
		const deserialize = (text: string): StoreDocument => {
			if (opening?.text === text) return opening.document as StoreDocument;
			const document: unknown = JSON.parse(text);
			if (opening !== null) opening = {text, document};
			return document as StoreDocument;
		};
		// The schema is checked here, with the validator compiled ahead of time (scripts/generate-validators.ts).
		this.conf = new Conf<StoreDocument>({...location, deserialize});
		this.read();
		opening = null;
	}

	get path(): string {
		return this.conf.path;
	}

	/**
	 * The whole document, checked against the schema. conf reads and parses the file on every
	 * access; with a thousand groups that is most of a panel switch (npm run bench), so the parsed
	 * document is kept while the file is the same version — another running copy's save is a new
	 * file and is read anew. Kept documents are frozen: nothing may change them in place.
	 */
	private read(): StoreDocument {
		const identity = this.identity();
		if (this.cached && sameFile(this.cached.identity, identity)) return this.cached.document;
		const document = this.readFromDisk();
		if (identity) this.cached = {identity, document: deepFreeze(document)};
		return document;
	}

	private readFromDisk(): StoreDocument {
		let document: unknown;
		try {
			document = this.conf.store;
		} catch (error) {
			throw new StoreFormatError('corrupt', this.conf.path, (error as Error).message);
		}
		checkSchema(document, this.conf.path);
		return document as StoreDocument;
	}

	private identity(): FileIdentity | undefined {
		try {
			const {ino, size, mtimeMs} = statSync(this.conf.path);
			return {ino, size, mtimeMs};
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
		return withFileLock(this.conf.path, () => {
			// Under the lock, from the file itself: the newest version, and a copy of our own to change.
			const document = this.readFromDisk();
			const result = change(document);
			checkSchema(document, this.conf.path);
			this.conf.store = document;
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

/** The file's document against STORE_SCHEMA; the message lists every problem. */
function checkSchema(document: unknown, path: string): void {
	const problems = schemaProblems(validate, document);
	if (problems) throw new StoreFormatError('corrupt', path, problems);
}

function deepFreeze<T>(value: T): T {
	if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
		Object.freeze(value);
		for (const each of Object.values(value)) deepFreeze(each);
	}
	return value;
}

/** The file's text and document, or undefined when there is none; a file that is not a JSON object is corrupt. */
function readRaw(path: string): {text: string; document: Record<string, unknown>} | undefined {
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw error;
	}
	try {
		const parsed: unknown = JSON.parse(text);
		if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not a JSON object');
		return {text, document: parsed as Record<string, unknown>};
	} catch (error) {
		throw new StoreFormatError('corrupt', path, (error as Error).message);
	}
}

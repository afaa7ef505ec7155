// The lock between running copies of brms-tui: a save reads, checks and writes the store file
// while holding it, so two copies never interleave.
//
// The lock is the file `<store>.lock`, made whole in one step (a hard link of a finished temp
// file, so it never exists half-written) and naming its holder: process id, host, boot id and
// the process's start time. It is never taken over while that process lives, however long the
// save takes — a save is synchronous, so nothing could refresh a lock on a timer while it runs
// (proper-lockfile's 2 s staleness handed a 3 s save's lock to another copy: lost updates). It is
// taken over at once when its holder is gone (a killed process, a reboot, a reused pid). A lock
// of another host is never taken over: the message names it. Just before the store file is
// replaced, the holder checks that the lock is still its own (heldBy), so a save never lands
// without it.

import {linkSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync} from 'node:fs';
import {hostname} from 'node:os';
import {basename, dirname, join} from 'node:path';
import {ensureFolder, FILE_MODE, fileAccessError, processIsRunning, readTextFile, writeFileDurably} from './durable-file.js';

/**
 * A waiting copy looks again after 25-50 ms, then twice as long each time up to 100-200 ms: each
 * look makes and links a file, so 50 copies looking every 25-50 ms for the whole queue cost
 * seconds of CPU the holder lacked; with many waiting, one of them still looks within a few ms
 * of the lock's release, and one copy alone waits at most ~200 ms more (50 imports at once,
 * with the store read once: 30-34 → 27-30 s of CPU; 200-400 ms did no better; README, Tests).
 */
const WAIT_STEP_MS = 25;
const MAX_WAIT_STEP_MS = 100;
/**
 * How long a save waits for another copy's: a save of a 1,000-group store (3.6 MB) holds the lock
 * for a fraction of a second; 50 at once queued for 16-18 s in all here (test/faults/locks.test.ts),
 * each waiting only for those ahead of it.
 */
export const LOCK_WAIT_MS = 30_000;
/** A lock file that is not (yet) a brms-tui lock gets this long before it is called foreign. */
const UNREADABLE_GRACE_MS = 2000;

export type LockHolder = {pid: number; host: string; boot: string; started: string; token: string; since: string};

/** Another running brms-tui holds the lock, and kept it longer than we waited. */
export class StoreLockedError extends Error {
	constructor(
		readonly lockPath: string,
		readonly holder: LockHolder | undefined,
	) {
		super(
			`${lockPath.replace(/\.lock$/, '')} is locked by another brms-tui${holder ? ` (process ${holder.pid} on ${holder.host}, since ${holder.since})` : ''}; the change was not stored. Try again.${
				holder && holder.host !== hostname() ? ` If that process is gone, remove ${lockPath}.` : ''
			}`,
		);
	}
}

/** The lock file cannot be used: it is not brms-tui's, cannot be read or made, or was lost. */
export class StoreLockUnusableError extends Error {
	constructor(
		readonly lockPath: string,
		readonly detail: string,
	) {
		super(`The store's lock ${lockPath} cannot be used: ${detail}; the change was not stored.`);
	}
}

const readOptional = (path: string) => {
	try {
		return readFileSync(path, 'utf8').trim();
	} catch {
		return '';
	}
};

const BOOT_ID = readOptional('/proc/sys/kernel/random/boot_id');

/** A process's start time in clock ticks since boot (Linux), to tell a reused pid; '' elsewhere. */
function startTimeOf(pid: number): string {
	const stat = readOptional(`/proc/${pid}/stat`);
	// Fields after the command name (which may hold spaces) in parentheses; starttime is field 22.
	return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? '';
}

function errorCode(error: unknown): string {
	return (error as NodeJS.ErrnoException).code ?? 'EIO';
}

function sleep(milliseconds: number): void {
	Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, milliseconds);
}

let lockCounter = 0;

/** A temp file of the lock, named as durable-file.ts names the store's (removed when its process is gone). */
const hiddenBeside = (lockPath: string, name: string) => join(dirname(lockPath), `.${basename(lockPath).replace(/\.lock$/, '')}.${name}`);

/** What is in the lock file now: a holder, nothing, or something that is not a brms-tui lock. */
type Found = {state: 'free'} | {state: 'held'; holder: LockHolder} | {state: 'foreign'; detail: string} | {state: 'young'};

function look(lockPath: string): Found {
	let text: string;
	try {
		text = readFileSync(lockPath, 'utf8');
	} catch (error) {
		const code = errorCode(error);
		if (code === 'ENOENT') return {state: 'free'};
		if (code === 'EISDIR')
			return {state: 'foreign', detail: 'it is a folder, not a brms-tui lock (an old brms-tui made folders: if none is running, remove it)'};
		if (code === 'EACCES' || code === 'EPERM') return {state: 'foreign', detail: `it cannot be read (permission denied, ${code})`};
		return {state: 'foreign', detail: `it cannot be read (${code})`};
	}
	const holder = parseHolder(text);
	if (holder) return {state: 'held', holder};
	// Only the fallback for file systems without hard links writes a lock in two steps.
	let age = Number.POSITIVE_INFINITY;
	try {
		age = Date.now() - statSync(lockPath).mtimeMs;
	} catch {}
	return age < UNREADABLE_GRACE_MS ? {state: 'young'} : {state: 'foreign', detail: 'it is a file brms-tui did not write; if no brms-tui is running, remove it'};
}

function parseHolder(text: string): LockHolder | undefined {
	try {
		const holder = JSON.parse(text) as Partial<LockHolder>;
		if (typeof holder.pid === 'number' && typeof holder.host === 'string' && typeof holder.token === 'string') {
			return {boot: '', started: '', since: '', ...holder} as LockHolder;
		}
	} catch {}
	return undefined;
}

/** The holder is gone for certain: a process of this host that has ended, or of an earlier boot. */
function holderIsGone(holder: LockHolder): boolean {
	if (holder.host !== hostname()) return false;
	if (holder.boot && BOOT_ID && holder.boot !== BOOT_ID) return true;
	if (!processIsRunning(holder.pid)) return true;
	const started = startTimeOf(holder.pid);
	return Boolean(holder.started && started && holder.started !== started);
}

/** Makes the lock file, whole, or returns false when one is there. */
function tryCreate(lockPath: string, holder: LockHolder): boolean {
	const temp = hiddenBeside(lockPath, `${holder.pid}.${++lockCounter}.lock.tmp`);
	const text = `${JSON.stringify(holder)}\n`;
	try {
		writeFileSync(temp, text, {mode: FILE_MODE, flag: 'wx'});
	} catch (error) {
		try {
			unlinkSync(temp);
		} catch {}
		// A full disk is said as such, naming the store: the save was refused for want of room.
		const code = errorCode(error);
		if (code === 'ENOSPC' || code === 'EDQUOT') throw fileAccessError(lockPath.replace(/\.lock$/, ''), 'write', error);
		throw new StoreLockUnusableError(lockPath, `it cannot be made (${code}: ${(error as Error).message})`);
	}
	try {
		linkSync(temp, lockPath);
		return true;
	} catch (error) {
		const code = errorCode(error);
		if (code === 'EEXIST') return false;
		if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS')
			throw new StoreLockUnusableError(lockPath, `it cannot be made (${code}: ${(error as Error).message})`);
		// No hard links on this file system: create it exclusively, then write it.
		try {
			writeFileSync(lockPath, text, {mode: FILE_MODE, flag: 'wx'});
			return true;
		} catch (fallbackError) {
			if (errorCode(fallbackError) === 'EEXIST') return false;
			throw new StoreLockUnusableError(lockPath, `it cannot be made (${errorCode(fallbackError)})`);
		}
	} finally {
		try {
			unlinkSync(temp);
		} catch {}
	}
}

/**
 * Removes a lock whose holder is gone. The lock is first moved aside (one atomic rename, which
 * only one copy can win); if what was moved is not the lock judged gone — another copy took it
 * over and a live process made a new one in between — it is put back.
 */
function removeGoneLock(lockPath: string, gone: LockHolder): void {
	const aside = hiddenBeside(lockPath, `${process.pid}.${++lockCounter}.gone.tmp`);
	try {
		renameSync(lockPath, aside);
	} catch {
		return;
	}
	const moved = parseHolder(readOptional(aside));
	if (moved && moved.token !== gone.token) {
		try {
			linkSync(aside, lockPath);
		} catch {}
	}
	try {
		unlinkSync(aside);
	} catch {}
}

export type HeldLock = {
	/** Throws StoreLockUnusableError unless the lock file is still this holder's. */
	check(): void;
};

/** Runs `work` holding the lock of `path`, waiting up to `timeoutMs` for another holder. */
export function withFileLock<T>(path: string, work: (lock: HeldLock) => T, timeoutMs = LOCK_WAIT_MS): T {
	const lockPath = `${path}.lock`;
	const holder: LockHolder = {
		pid: process.pid,
		host: hostname(),
		boot: BOOT_ID,
		started: startTimeOf(process.pid),
		token: `${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`,
		since: new Date().toISOString(),
	};
	const deadline = Date.now() + timeoutMs;
	let lastSeen: LockHolder | undefined;
	let step = WAIT_STEP_MS;
	while (!tryCreate(lockPath, holder)) {
		const found = look(lockPath);
		if (found.state === 'foreign') throw new StoreLockUnusableError(lockPath, found.detail);
		if (found.state === 'held') {
			lastSeen = found.holder;
			if (holderIsGone(found.holder)) {
				removeGoneLock(lockPath, found.holder);
				continue;
			}
		}
		if (Date.now() > deadline) throw new StoreLockedError(lockPath, lastSeen);
		sleep(step + Math.floor(Math.random() * step));
		step = Math.min(step * 2, MAX_WAIT_STEP_MS);
	}
	const isOurs = () => {
		const found = look(lockPath);
		return found.state === 'held' && found.holder.token === holder.token;
	};
	try {
		return work({
			check: () => {
				if (!isOurs()) throw new StoreLockUnusableError(lockPath, 'another brms-tui took it over while this save ran');
			},
		});
	} finally {
		if (isOurs()) {
			try {
				unlinkSync(lockPath);
			} catch {}
		}
	}
}

/**
 * Changes a JSON file whole under its lock: `change` gets its text as it is now (undefined while
 * there is none) and returns the new text, written as the stores are (durable-file.ts) and
 * checked to parse before it replaces the file.
 */
export function changeJsonFile(path: string, change: (current: string | undefined) => string): void {
	ensureFolder(dirname(path));
	withFileLock(path, () => writeFileDurably(path, change(readTextFile(path)), {verify: text => JSON.parse(text)}));
}

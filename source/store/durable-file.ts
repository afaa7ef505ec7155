// Reading and writing brms-tui's files so that a full disk, a crash or an odd file never tears
// one or hangs the program. conf's atomic writer (atomically) writes the temp file with one call
// and never checks how much was written: with 12-20 KB free it renamed a file cut at 12,288
// bytes over the store and reported success. Here the temp file is written whole (every byte
// count checked), flushed (fsync), read back and compared with what was meant, then renamed over
// the file, and the folder is flushed. On any failure the file is untouched, the temp file
// removed, and the error names the file and the reason.

import {isAscii} from 'node:buffer';
import * as fs from 'node:fs';
import {basename, dirname, join} from 'node:path';

/** The file-system calls a write makes; tests inject short writes and ENOSPC here. */
export type FileIo = Pick<typeof fs, 'openSync' | 'writeSync' | 'fsyncSync' | 'closeSync' | 'renameSync' | 'unlinkSync' | 'readFileSync'>;

export const NODE_FILE_IO: FileIo = fs;

/** Files brms-tui writes are the user's own; so are the folders it makes. */
export const FILE_MODE = 0o600;
export const FOLDER_MODE = 0o700;

/** What the file system refused, reading or writing one of brms-tui's files: one line, naming it. */
export class FileAccessError extends Error {
	constructor(
		readonly path: string,
		readonly operation: 'read' | 'write',
		/** errno code (ENOSPC, EACCES …), or NOTFILE for a FIFO, a folder, a device. */
		readonly code: string,
		detail: string,
	) {
		super(`${operation === 'write' ? `${path} was not changed` : `Cannot read ${path}`}: ${detail}`);
	}

	get noSpace(): boolean {
		return this.code === 'ENOSPC' || this.code === 'EDQUOT';
	}
}

/** A file-system error as a FileAccessError naming `path` (the file the operator knows). */
export function fileAccessError(path: string, operation: 'read' | 'write', error: unknown): FileAccessError {
	const {code, detail} = reason(error, path);
	return new FileAccessError(path, operation, code, detail);
}

function reason(error: unknown, path: string): {code: string; detail: string} {
	const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
	switch (code) {
		case 'ENOSPC':
			return {code, detail: `no space left on the file system of ${dirname(path)} (ENOSPC)`};
		case 'EDQUOT':
			return {code, detail: `the disk quota on the file system of ${dirname(path)} is used up (EDQUOT)`};
		case 'EACCES':
		case 'EPERM':
			return {code, detail: `permission denied (${code})`};
		case 'EROFS':
			return {code, detail: 'the file system is read-only (EROFS)'};
		default:
			return {code, detail: (error as Error).message ?? String(error)};
	}
}

const kindOf = (stats: fs.Stats) =>
	stats.isDirectory()
		? 'a folder'
		: stats.isFIFO()
			? 'a FIFO'
			: stats.isSocket()
				? 'a socket'
				: stats.isCharacterDevice() || stats.isBlockDevice()
					? 'a device'
					: 'not a regular file';

/**
 * The file's text, or undefined when there is none. Opened without blocking and checked to be a
 * regular file before reading: a FIFO in its place would block the read (and SIGTERM with it).
 */
export function readTextFile(path: string): string | undefined {
	return readFileAndStats(path)?.text;
}

/** readTextFile, with the stats of the very file read (its identity: inode, size, mtime). */
export function readFileAndStats(path: string): {text: string; stats: fs.Stats} | undefined {
	let fd: number;
	try {
		fd = fs.openSync(path, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		const {code, detail} = reason(error, path);
		throw new FileAccessError(path, 'read', code, detail);
	}
	try {
		const stats = fs.fstatSync(fd);
		if (!stats.isFile()) throw new FileAccessError(path, 'read', 'NOTFILE', `it is ${kindOf(stats)}, not a file`);
		return {text: decodeText(fs.readFileSync(fd)), stats};
	} catch (error) {
		if (error instanceof FileAccessError) throw error;
		const {code, detail} = reason(error, path);
		throw new FileAccessError(path, 'read', code, detail);
	} finally {
		fs.closeSync(fd);
	}
}

/**
 * For files read by conf (systems.json, keys.json, the demo's job schedule): conf reads with a
 * blocking call, so a FIFO or a folder in a file's place is refused before conf opens it.
 */
export function assertFileOrAbsent(path: string): void {
	let stats: fs.Stats;
	try {
		stats = fs.statSync(path);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT' || code === 'ENOTDIR') return;
		const {detail} = reason(error, path);
		throw new FileAccessError(path, 'read', code ?? 'EIO', detail);
	}
	if (!stats.isFile()) throw new FileAccessError(path, 'read', 'NOTFILE', `it is ${kindOf(stats)}, not a file`);
}

/** Makes `folder` (and its parents) 0700 where they do not exist; existing ones are left as they are. */
export function ensureFolder(folder: string): void {
	try {
		fs.mkdirSync(folder, {recursive: true, mode: FOLDER_MODE});
	} catch (error) {
		const {code, detail} = reason(error, folder);
		throw new FileAccessError(folder, 'write', code, `cannot make the folder: ${detail}`);
	}
}

class Refusal {
	constructor(readonly cause: unknown) {}
}

let tempCounter = 0;
const TEMP_SUFFIX = '.tmp';

/** The temp file a write goes through: hidden, beside the file, named by the writing process. */
function tempPathFor(path: string): string {
	tempCounter++;
	return join(dirname(path), `.${basename(path)}.${process.pid}.${tempCounter}${Math.random().toString(36).slice(2, 8)}${TEMP_SUFFIX}`);
}

/**
 * Writes `text` to `path` so that the file holds either its old content or all of the new:
 * temp file (mode 0600), every byte count checked, fsync, read back and compared (and `verify`,
 * e.g. that it parses), rename, fsync of the folder. Throws FileAccessError; the file is then
 * untouched and no temp file is left.
 */
export function writeFileDurably(path: string, text: string, options: {io?: FileIo; verify?: (text: string) => void; beforeRename?: () => void} = {}): void {
	const io = options.io ?? NODE_FILE_IO;
	const bytes = Buffer.from(text, 'utf8');
	ensureFolder(dirname(path));
	const temp = tempPathFor(path);
	let fd: number | undefined;
	let created = false;
	try {
		fd = io.openSync(temp, 'wx', FILE_MODE);
		created = true;
		for (let offset = 0; offset < bytes.length; ) {
			const written = io.writeSync(fd, bytes, offset, bytes.length - offset);
			// A write that takes nothing makes no progress: the file system is full (or lies).
			if (!(written > 0)) throw Object.assign(new Error(`the file system took 0 of ${bytes.length - offset} bytes`), {code: 'ENOSPC'});
			offset += written;
		}
		io.fsyncSync(fd);
		io.closeSync(fd);
		fd = undefined;
		const back = io.readFileSync(temp);
		if (!Buffer.isBuffer(back) || !back.equals(bytes)) throw Object.assign(new Error('what was read back differs from what was written'), {code: 'EIO'});
		options.verify?.(back.toString('utf8'));
		try {
			options.beforeRename?.();
		} catch (cause) {
			throw new Refusal(cause);
		}
		io.renameSync(temp, path);
		created = false;
	} catch (error) {
		if (fd !== undefined) {
			try {
				io.closeSync(fd);
			} catch {}
		}
		if (created) {
			try {
				io.unlinkSync(temp);
			} catch {}
		}
		// The caller's own refusal (beforeRename: the lock was lost) is passed on as it is.
		if (error instanceof Refusal) throw error.cause;
		const {code, detail} = reason(error, path);
		throw new FileAccessError(path, 'write', code, detail);
	}
	syncFolder(dirname(path), io);
}

/** The rename is durable only once the folder is flushed; file systems that cannot say so are passed. */
function syncFolder(folder: string, io: FileIo): void {
	let fd: number | undefined;
	try {
		fd = io.openSync(folder, 'r');
		io.fsyncSync(fd);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code !== 'EINVAL' && code !== 'ENOTSUP' && code !== 'EISDIR' && code !== 'EPERM') {
			const {detail} = reason(error, folder);
			throw new FileAccessError(folder, 'write', code ?? 'EIO', `the new file is in place, but flushing the folder failed: ${detail}`);
		}
	} finally {
		if (fd !== undefined) io.closeSync(fd);
	}
}

/** Whether a process of this machine is running (EPERM: it is, another user's). */
export function processIsRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/**
 * Removes temp files of `path` left by writers that were killed (kill -9 between open and
 * rename leaves a 0-byte or partial one). Only files named as ours, of processes not running.
 */
export function removeLeftoverTempFiles(path: string): void {
	const prefix = `.${basename(path)}.`;
	let names: string[];
	try {
		names = fs.readdirSync(dirname(path));
	} catch {
		return;
	}
	for (const name of names) {
		if (!name.startsWith(prefix) || !name.endsWith(TEMP_SUFFIX)) continue;
		const pid = Number(name.slice(prefix.length).split('.')[0]);
		if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || processIsRunning(pid)) continue;
		try {
			fs.unlinkSync(join(dirname(path), name));
		} catch {}
	}
}

/**
 * UTF-8 bytes as text. An all-ASCII file (a store usually is) is taken byte for byte, which is
 * several times faster than decoding it: 3.6 MB of 1,000 control groups read in ~5 ms, not ~35
 * (node 20's readFileSync(…, 'utf8'); README, Benchmarks: start levers).
 */
export function decodeText(bytes: Buffer): string {
	return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

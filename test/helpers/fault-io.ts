// A file-system layer for the store that fails the way a full or failing disk does: it gives a
// write at most the bytes left (a short write), then ENOSPC, or a write that takes 0 bytes; it
// can fail fsync, close, rename, or hand back other bytes than were written. The store takes it
// through ControlGroupStoreOptions.io (source/store/durable-file.ts).

import * as fs from 'node:fs';
import type {FileIo} from '../../source/store/durable-file.js';

export type Fault =
	/** The file system has `free` bytes: a write gets what is left (short), the next one ENOSPC. */
	| {kind: 'full'; free: number}
	/** As full, but a write with no room returns 0 instead of failing. */
	| {kind: 'zero'; free: number}
	/** Every write takes at most `chunk` bytes (legal short writes), on a disk with room. */
	| {kind: 'short'; chunk: number}
	| {kind: 'fsync' | 'close' | 'rename'; code: string}
	/** What is read back differs from what was written at byte `at` (negative: from the end). */
	| {kind: 'readback'; at: number};

const errno = (code: string, call: string) => Object.assign(new Error(`${code}: injected, ${call}`), {code, syscall: call});

export function faultyIo(fault: Fault): FileIo & {written: () => number} {
	let total = 0;
	const temps = new Set<number>();
	return {
		written: () => total,
		openSync: ((path: fs.PathLike, flags: fs.OpenMode = 'r', mode?: fs.Mode) => {
			const fd = fs.openSync(path, flags, mode);
			if (flags === 'wx') temps.add(fd);
			return fd;
		}) as FileIo['openSync'],
		writeSync: ((fd: number, buffer: Buffer, offsetGiven?: number, lengthGiven?: number) => {
			const offset = offsetGiven ?? 0;
			let length = lengthGiven ?? buffer.length - offset;
			if (fault.kind === 'full' || fault.kind === 'zero') {
				const room = fault.free - total;
				if (room <= 0) {
					if (fault.kind === 'zero') return 0;
					throw errno('ENOSPC', 'write');
				}
				length = Math.min(length, room);
			}
			if (fault.kind === 'short') length = Math.min(length, fault.chunk);
			const written = fs.writeSync(fd, buffer, offset, length);
			total += written;
			return written;
		}) as FileIo['writeSync'],
		fsyncSync: fd => {
			if (fault.kind === 'fsync' && temps.has(fd)) throw errno(fault.code, 'fsync');
			fs.fsyncSync(fd);
		},
		closeSync: fd => {
			const temp = temps.delete(fd);
			fs.closeSync(fd);
			if (fault.kind === 'close' && temp) throw errno(fault.code, 'close');
		},
		renameSync: (from, to) => {
			if (fault.kind === 'rename') throw errno(fault.code, 'rename');
			fs.renameSync(from, to);
		},
		unlinkSync: path => fs.unlinkSync(path),
		readFileSync: ((path: fs.PathOrFileDescriptor, options?: unknown) => {
			const bytes = fs.readFileSync(path, options as never) as Buffer | string;
			if (fault.kind !== 'readback' || typeof bytes === 'string') return bytes;
			const at = fault.at < 0 ? bytes.length + fault.at : fault.at;
			const changed = Buffer.from(bytes);
			changed[at] = changed[at]! ^ 0x20;
			return changed;
		}) as FileIo['readFileSync'],
	};
}

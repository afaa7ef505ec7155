// The first frame of the last start, kept to be painted at once on the next start while nothing
// it was drawn from has changed: the store folder's files (each one's inode, size and change
// times), the terminal's size, theme and colour settings, the build and the day. WRKCTLGBRM with
// 1,000 groups is then on the screen before the 3.6 MB store is read (README, Benchmarks). It is
// only a head start: first-frame.ts still opens the store and draws the frame, and when that
// frame differs from the one kept (something the key does not see), the difference is written
// at once, before any key is read. A cache failure is never an error: the start is as before.

import {mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {storeFolder} from '../store/location.js';
import type {PaintedFrame} from '../ui/screen/early-paint.js';
import type {Theme} from '../ui/screen/theme.js';
import {userCacheFolder} from './user-cache.js';

/** Store folders remembered at once (a trainer's or admin's several homes), newest first. */
const KEPT = 8;
/** What else decides how a frame is drawn. */
const SETTINGS = ['TERM', 'COLORTERM', 'FORCE_COLOR', 'NO_COLOR'];

type Entry = {folder: string; key: string; frame: PaintedFrame};

export type LastFrame = {
	/** The frame kept for this start, if everything it was drawn from is as it was. */
	read(): PaintedFrame | undefined;
	/** Keeps `frame` as this start's. */
	write(frame: PaintedFrame): void;
};

/** The kept frame of this store folder, terminal and theme; undefined when run from source (no build id). */
export function lastFrame({rows, cols, theme}: {rows: number; cols: number; theme: Theme}, env: NodeJS.ProcessEnv = process.env): LastFrame | undefined {
	const build = (globalThis as Record<symbol, unknown>)[Symbol.for('brms-tui.buildId')];
	if (typeof build !== 'string') return undefined;
	const folder = storeFolder(env);
	const file = join(userCacheFolder(env), 'first-frames.json');
	// Made when read and again when written: the start in between may have made the store.
	const keyNow = () => {
		try {
			const files = readdirSync(folder)
				.sort()
				.map(name => {
					const {ino, size, mtimeMs, ctimeMs} = statSync(join(folder, name));
					return [name, ino, size, mtimeMs, ctimeMs];
				});
			const settings = Object.keys(env)
				.filter(name => SETTINGS.includes(name) || name.startsWith('BRMS_TUI_'))
				.sort()
				.map(name => [name, env[name]]);
			return JSON.stringify({build, day: new Date().toDateString(), rows, cols, theme, settings, files});
		} catch {
			return undefined;
		}
	};
	const entries = (): Entry[] => {
		try {
			const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
			return Array.isArray(parsed) ? (parsed as Entry[]) : [];
		} catch {
			return [];
		}
	};
	return {
		read() {
			const key = keyNow();
			if (key === undefined) return undefined;
			const entry = entries().find(each => each.folder === folder && each.key === key);
			return entry && isFrame(entry.frame, rows, cols) ? entry.frame : undefined;
		},
		write(frame) {
			const key = keyNow();
			if (key === undefined) return;
			const temporary = `${file}.${process.pid}.tmp`;
			try {
				const kept = [{folder, key, frame}, ...entries().filter(each => each.folder !== folder)].slice(0, KEPT);
				mkdirSync(join(file, '..'), {recursive: true});
				writeFileSync(temporary, JSON.stringify(kept));
				renameSync(temporary, file);
			} catch {
				try {
					unlinkSync(temporary);
				} catch {
					// Never written.
				}
			}
		},
	};
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: a kept frame may hold no control character but newlines and SGR sequences
const FRAME_TEXT = /^(?:[^\u0000-\u001f\u007f]|\n|\u001B\[[0-9;]*m)*$/;

/** Text, newlines and colour changes only, no more lines than the terminal has, the cursor on it: nothing else is written raw to the terminal. */
function isFrame(frame: PaintedFrame | undefined, rows: number, cols: number): frame is PaintedFrame {
	if (typeof frame?.output !== 'string' || !FRAME_TEXT.test(frame.output)) return false;
	if (frame.output.split('\n').length > rows + 1) return false;
	const {cursor} = frame;
	return (
		cursor === undefined || (Number.isInteger(cursor.x) && Number.isInteger(cursor.y) && cursor.x >= 0 && cursor.x < cols && cursor.y >= 0 && cursor.y < rows)
	);
}

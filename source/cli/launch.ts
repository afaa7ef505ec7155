#!/usr/bin/env -S MALLOC_ARENA_MAX=1 node
// The installed bin (bundled to dist/brms-tui.cjs): runs the program's bundle
// (dist/brms-tui-main.cjs, from bin.ts) with V8's code cache, so a start does not parse and
// compile 1.2 MB of minified JavaScript again (README, Benchmarks: "Start: faster than the Ink
// hello world").
//
// MALLOC_ARENA_MAX=1: glibc gives each thread that allocates (V8's compiler and collector
// helpers, libuv's pool) a malloc arena of its own, and each keeps megabytes resident: one
// arena for all took peak RSS from ~98 to ~86 MiB (npm run bench), at no measurable cost for a
// program whose work is on one thread. glibc reads it before any code runs, so it is set where
// the program is started (env -S; npm's shims on Windows read the same line); elsewhere it is
// ignored.
//
// The cache: V8's bytecode for the bundle, made after the first frame (so the functions compiled
// lazily while starting are in it) or at exit, kept beside the bundle, or in the user's cache
// folder when dist/ cannot be written (a global install by another user), or nowhere. It is used
// only when made for this very bundle (its build id, size and modification time) by this node
// (version, architecture); V8 checks the rest (its version and flags) and says when it rejects
// it, and a rejected or missing cache is made again. Nothing here may stop the program: any
// failure of the cache is a start without it.
//
// One cache per command (its first argument; the full screen without one): each holds the
// functions its own command ran, so `submit` does not compile ssh2's client on every run because
// the cache was made by the full screen, nor takes Ink's functions it never runs (a submit's
// cache made by submit: ~20 ms less than one made by another command; README, Benchmarks). A
// command's cache is made at exit only when the command ended well, so a mistyped command
// leaves no file behind.
//
// The bin is CommonJS: an ES module entry makes node set up its ES module loader first (13 more
// of node's own modules compiled, ~25 ms of CPU for every command: README, Benchmarks).

import {isAscii} from 'node:buffer';
import {closeSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {setFlagsFromString} from 'node:v8';
import {Script} from 'node:vm';
import {processIsRunning} from '../store/durable-file.js';
import {userCacheFolder} from './user-cache.js';

/** The bundle's content hash, written in by the build (scripts/build.ts). */
declare const BRMS_TUI_BUILD_ID: string;

// Bundled as CommonJS (scripts/build.ts): __dirname is the bin's folder.
const BUNDLE = join(__dirname, 'brms-tui-main.cjs');
const FIRST_FRAME = Symbol.for('brms-tui.firstFrame');

/** The command this run is: its first argument when that is a word, `option` when it is an option, none for the full screen. */
function commandOf(argument: string | undefined): string {
	if (argument === undefined) return '';
	return /^[a-z][a-z0-9-]{0,23}$/.test(argument) ? `.${argument}` : '.option';
}
const COMMAND = commandOf(process.argv[2]);

// Peak memory of the full screen (npm run bench: 1,000 groups, a 999-entry panel). V8 doubles the
// young generation whenever much of it survives a scavenge, and lets the old generation grow to
// several times its live size before a full collection, so each panel switch left megabytes of
// garbage resident (peak RSS 135-150 MiB). Growing neither the young generation nor the old one
// by more than 10% keeps what is resident near the live data (some 20 MiB): about 98 MiB, 84 MiB
// with one malloc arena (above), for a few ms more at start and on a panel switch. The collector
// reads both flags whenever it sizes the heap, so setting them first thing works (set after the
// first frame, they came too late: peak RSS stayed at 96 MiB; --max-semi-space-size is fixed
// with the heap). Only for what may run full screen (no command, an option first, `learn`,
// `keys`): a script's command is over before its heap matters, and its collections cost ~17 ms
// less without them (README, Benchmarks: submit). Set here, before the bundle is compiled: V8
// keys a code cache to its flags, so a cache made after they changed is rejected by every next
// start (set later, in the bundle, they made the full screen compile its bundle anew each time).
if (['', '.option', '.learn', '.keys'].includes(COMMAND)) setFlagsFromString('--semi-space-growth-factor=1 --heap-growing-percent=10');
const BESIDE = join(dirname(BUNDLE), `brms-tui-main${COMMAND}.cache`);

function userCacheFile(): string {
	return join(userCacheFolder(), `${BRMS_TUI_BUILD_ID}${COMMAND}.cache`);
}

/** A cache file: this key, one byte saying when it was made (F: after a frame, E: at exit), V8's data. */
function readCache(file: string, key: Buffer): {data: Buffer; afterFrame: boolean} | undefined {
	try {
		const bytes = readFileSync(file);
		if (bytes.length <= key.length + 1 || !bytes.subarray(0, key.length).equals(key)) return undefined;
		return {data: bytes.subarray(key.length + 1), afterFrame: bytes[key.length] === 0x46};
	} catch {
		return undefined;
	}
}

/** Written whole or not at all (a temporary file renamed), beside the bundle or else in the user's cache folder. */
function writeCache(key: Buffer, afterFrame: boolean, data: Buffer): void {
	const bytes = Buffer.concat([key, Buffer.from(afterFrame ? 'F' : 'E'), data]);
	for (const file of [BESIDE, userCacheFile()]) {
		const temporary = `${file}.${process.pid}.tmp`;
		try {
			mkdirSync(dirname(file), {recursive: true});
			writeFileSync(temporary, bytes);
			renameSync(temporary, file);
			removeLeftovers(dirname(file), file !== BESIDE);
			return;
		} catch {
			try {
				unlinkSync(temporary);
			} catch {
				// Never written.
			}
		}
	}
}

/**
 * What a cache folder no longer needs, in one pass: the temporary files of copies that were
 * ended (a signal, a kill) between writing a cache and renaming it (about 1 MB each, beside the
 * bundle of an installed program, for good otherwise; one whose process still runs is being
 * written), and in the user's cache folder (`otherBuilds`), which keeps the caches of the
 * installed build only, those of other builds.
 */
function removeLeftovers(folder: string, otherBuilds: boolean): void {
	const abandoned = (name: string) => {
		const writer = Number(/\.cache\.(\d+)\.tmp$/.exec(name)?.[1]);
		return writer > 0 && writer !== process.pid && !processIsRunning(writer);
	};
	const ofOtherBuild = (name: string) => otherBuilds && name.endsWith('.cache') && !name.startsWith(`${BRMS_TUI_BUILD_ID}.`);
	for (const name of readdirSync(folder))
		if (abandoned(name) || ofOtherBuild(name))
			try {
				unlinkSync(join(folder, name));
			} catch {
				// Another user's, or gone.
			}
}

const descriptor = openSync(BUNDLE, 'r');
const stat = fstatSync(descriptor);
const bytes = readFileSync(descriptor);
closeSync(descriptor);
// The bundle is ASCII (scripts/build.ts): taken byte for byte, not decoded (~25 ms saved).
const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
const key = Buffer.from(`brms-tui ${BRMS_TUI_BUILD_ID} ${stat.size} ${stat.mtimeMs} node ${process.version} ${process.arch}\n`);
const cached = readCache(BESIDE, key) ?? readCache(userCacheFile(), key);

// The bundle runs as CommonJS does, with require and import.meta.url (yoga's loader) given to
// it, and in strict mode as the ES modules it was made of.
const wrapper = `(function (exports, require, module, __filename, __dirname, __bundleUrl) {'use strict';${source}\n})`;
const script = new Script(wrapper, {
	filename: BUNDLE,
	cachedData: cached?.data,
});

let saved = false;
const save = (afterFrame: boolean) => {
	if (saved) return;
	saved = true;
	try {
		writeCache(key, afterFrame, script.createCachedData());
	} catch {
		// No cache this time.
	}
};
const stale = cached === undefined || script.cachedDataRejected === true;
let frameDrawn = false;
// The full-screen app says when its first frame is on its way: the cache is made right after
// it, with what drawing it compiled, unless the one used was made that way already.
(globalThis as Record<symbol, unknown>)[FIRST_FRAME] = () => {
	frameDrawn = true;
	if (stale || !cached.afterFrame) setImmediate(() => save(true));
};
process.once('exit', code => {
	if (stale && (frameDrawn || code === 0)) save(frameDrawn);
});

// The program keys what it keeps between starts to this build (cli/last-frame.ts).
(globalThis as Record<symbol, unknown>)[Symbol.for('brms-tui.buildId')] = BRMS_TUI_BUILD_ID;
const module = {exports: {}};
script.runInThisContext()(module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE), pathToFileURL(BUNDLE).href);

// V8's code cache of the bundle (source/cli/launch.ts), on a copy of dist/: made on the first
// run and used as it is after; made again when the bundle changes or V8 rejects it; one per
// command, none for a command that failed; kept in the user's cache folder when it cannot be
// written beside the bundle; and when it can be written nowhere, the program runs all the same
// and says nothing about it.

import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {appendFileSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {spawnInPty} from '../helpers/pty.js';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'brms-tui-code-cache-'));
after(() => rmSync(scratch, {recursive: true, force: true}));

/** A copy of the built program (bin and bundle), without a cache. */
function copyOfDist(): string {
	const folder = mkdtempSync(join(scratch, 'dist-'));
	for (const file of ['brms-tui.cjs', 'brms-tui-main.cjs']) copyFileSync(join(DIST, file), join(folder, file));
	return folder;
}

function brmsTui(folder: string, args: string[], env: Record<string, string> = {}) {
	const home = mkdtempSync(join(scratch, 'home-'));
	return spawnSync(process.execPath, [join(folder, 'brms-tui.cjs'), ...args], {
		encoding: 'utf8',
		env: {...process.env, BRMS_TUI_HOME: home, XDG_CACHE_HOME: join(scratch, 'no-user-cache'), ...env},
	});
}

function list(folder: string, env: Record<string, string> = {}) {
	const run = brmsTui(folder, ['list'], env);
	assert.equal(run.stderr, '');
	assert.equal(run.status, 0);
	assert.match(run.stdout, /\nSYSWODOM\s+FULL\s+INCR/);
	return run;
}

test('made beside the bundle on the first run, used unchanged by the next, made again when the bundle changes', () => {
	const folder = copyOfDist();
	const cache = join(folder, 'brms-tui-main.list.cache');
	list(folder);
	assert.ok(existsSync(cache), 'no cache after the first run');
	const made = readFileSync(cache);
	const {mtimeMs} = statSync(cache);
	list(folder);
	assert.equal(statSync(cache).mtimeMs, mtimeMs, 'a good cache was written again');
	// Another bundle (here: a line more): the cache is for the old one, and is made again.
	appendFileSync(join(folder, 'brms-tui-main.cjs'), '\n// another build\n');
	list(folder);
	assert.notDeepEqual(readFileSync(cache), made);
});

test("each command its own cache, made by the command's run; none for a command that failed", () => {
	const folder = copyOfDist();
	const caches = () =>
		readdirSync(folder)
			.filter(name => name.endsWith('.cache'))
			.sort();
	list(folder);
	const listCache = readFileSync(join(folder, 'brms-tui-main.list.cache'));
	const shown = brmsTui(folder, ['show', 'SYSWODOM', '--json']);
	assert.equal(shown.status, 0, shown.stderr);
	assert.deepEqual(caches(), ['brms-tui-main.list.cache', 'brms-tui-main.show.cache']);
	assert.deepEqual(readFileSync(join(folder, 'brms-tui-main.list.cache')), listCache, "show changed list's cache");
	assert.notDeepEqual(readFileSync(join(folder, 'brms-tui-main.show.cache')), listCache);
	// An option first (--version): one cache for every run that starts with an option.
	assert.equal(brmsTui(folder, ['--version']).status, 0);
	assert.ok(caches().includes('brms-tui-main.option.cache'));
	// A mistyped command, and the full screen refused without a terminal: no cache left behind.
	assert.notEqual(brmsTui(folder, ['lisst']).status, 0);
	assert.notEqual(brmsTui(folder, []).status, 0);
	assert.deepEqual(caches(), ['brms-tui-main.list.cache', 'brms-tui-main.option.cache', 'brms-tui-main.show.cache']);
});

// The full screen sets V8's heap flags (launch.ts): a cache made with other flags than the next
// start has is rejected by V8, and the bundle was compiled anew at every start.
for (const args of [[], ['--system', 'demo']])
	test(`the full screen${args.length > 0 ? ` (${args.join(' ')})` : ''} takes its cache as it is on the next start`, async () => {
		const folder = copyOfDist();
		const home = mkdtempSync(join(scratch, 'home-'));
		const cache = join(folder, args.length > 0 ? 'brms-tui-main.option.cache' : 'brms-tui-main.cache');
		const start = async () => {
			const session = spawnInPty(join(folder, 'brms-tui.cjs'), args, {env: {BRMS_TUI_HOME: home, XDG_CACHE_HOME: join(scratch, 'no-user-cache')}});
			try {
				await session.waitForText('Work with Backup Control Groups', 20_000);
				await session.type('\u001BOR');
				assert.equal((await session.waitForExit(20_000)).exitCode, 0);
			} finally {
				await session.kill();
			}
		};
		await start();
		const made = readFileSync(cache);
		const {mtimeMs} = statSync(cache);
		await start();
		assert.equal(statSync(cache).mtimeMs, mtimeMs, 'the cache was made again: V8 rejected it');
		assert.deepEqual(readFileSync(cache), made);
	});

/** The pid of a process that has ended. */
const goneProcessId = () => spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {encoding: 'utf8'}).stdout;

test("a cache's temporary file left by a copy that was killed while writing it is removed by the next cache written there; one still being written is kept", () => {
	const folder = copyOfDist();
	const abandoned = join(folder, `brms-tui-main.list.cache.${goneProcessId()}.tmp`);
	const beingWritten = join(folder, `brms-tui-main.show.cache.${process.pid}.tmp`);
	const notOurs = join(folder, 'notes.1.tmp');
	for (const file of [abandoned, beingWritten, notOurs]) writeFileSync(file, Buffer.alloc(1 << 20));
	list(folder);
	assert.ok(existsSync(join(folder, 'brms-tui-main.list.cache')));
	assert.equal(existsSync(abandoned), false, 'the abandoned temporary file is still there');
	assert.ok(existsSync(beingWritten), "a running copy's temporary file was removed");
	assert.ok(existsSync(notOurs));
});

test('a cache V8 rejects (damaged) is made again', () => {
	const folder = copyOfDist();
	const cache = join(folder, 'brms-tui-main.list.cache');
	list(folder);
	const bytes = readFileSync(cache);
	// The key line stays (it is for this bundle); V8's data after it is damaged.
	const damaged = Buffer.from(bytes);
	for (let at = bytes.indexOf(0x0a) + 2; at < damaged.length; at += 7) damaged[at] = damaged[at]! ^ 0xff;
	writeFileSync(cache, damaged);
	list(folder);
	const remade = readFileSync(cache);
	assert.notDeepEqual(remade, damaged);
	assert.deepEqual(remade.subarray(0, remade.indexOf(0x0a)), bytes.subarray(0, bytes.indexOf(0x0a)), 'made for the same bundle');
	// And V8 takes the new one: the next run leaves it as it is.
	const {mtimeMs} = statSync(cache);
	list(folder);
	assert.equal(statSync(cache).mtimeMs, mtimeMs);
});

test("dist/ not writable: the cache goes to the user's cache folder; writable nowhere: no cache, no word", () => {
	const folder = copyOfDist();
	// A folder where the cache file would go: it can be neither read nor written (as a read-only dist/ for another user).
	mkdirSync(join(folder, 'brms-tui-main.list.cache'));
	const userCache = join(scratch, 'user-cache');
	// Left there by another build, and by a copy killed while it wrote: gone once a cache is written.
	mkdirSync(join(userCache, 'brms-tui'), {recursive: true});
	writeFileSync(join(userCache, 'brms-tui', '0123456789abcdef.list.cache'), 'another build');
	writeFileSync(join(userCache, 'brms-tui', `0123456789abcdef.list.cache.${goneProcessId()}.tmp`), 'abandoned');
	list(folder, {XDG_CACHE_HOME: userCache});
	const kept = readdirSync(join(userCache, 'brms-tui'));
	assert.equal(kept.length, 1);
	assert.match(kept[0]!, /^[0-9a-f]{16}\.list\.cache$/);
	const {mtimeMs} = statSync(join(userCache, 'brms-tui', kept[0]!));
	list(folder, {XDG_CACHE_HOME: userCache});
	assert.equal(statSync(join(userCache, 'brms-tui', kept[0]!)).mtimeMs, mtimeMs, 'the user cache was not used');
	// The user's cache folder a file: nowhere to keep a cache.
	const notAFolder = join(scratch, 'a-file');
	writeFileSync(notAFolder, '');
	list(folder, {XDG_CACHE_HOME: notAFolder});
	list(folder, {XDG_CACHE_HOME: notAFolder});
});

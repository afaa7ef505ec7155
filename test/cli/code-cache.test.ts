// V8's code cache of the bundle (source/cli/launch.ts), on a copy of dist/: made on the first
// run and used as it is after; made again when the bundle changes or V8 rejects it; kept in the
// user's cache folder when it cannot be written beside the bundle; and when it can be written
// nowhere, the program runs all the same and says nothing about it.

import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {appendFileSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, test} from 'node:test';
import {fileURLToPath} from 'node:url';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'brms-tui-code-cache-'));
after(() => rmSync(scratch, {recursive: true, force: true}));

/** A copy of the built program (bin and bundle), without a cache. */
function copyOfDist(): string {
	const folder = mkdtempSync(join(scratch, 'dist-'));
	for (const file of ['brms-tui.js', 'brms-tui-main.cjs']) copyFileSync(join(DIST, file), join(folder, file));
	return folder;
}

function list(folder: string, env: Record<string, string> = {}) {
	const home = mkdtempSync(join(scratch, 'home-'));
	const run = spawnSync(process.execPath, [join(folder, 'brms-tui.js'), 'list'], {
		encoding: 'utf8',
		env: {...process.env, BRMS_TUI_HOME: home, XDG_CACHE_HOME: join(scratch, 'no-user-cache'), ...env},
	});
	assert.equal(run.stderr, '');
	assert.equal(run.status, 0);
	assert.match(run.stdout, /\nSYSWODOM\s+FULL\s+INCR/);
	return run;
}

test('made beside the bundle on the first run, used unchanged by the next, made again when the bundle changes', () => {
	const folder = copyOfDist();
	const cache = join(folder, 'brms-tui-main.cache');
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

test('a cache V8 rejects (damaged) is made again', () => {
	const folder = copyOfDist();
	const cache = join(folder, 'brms-tui-main.cache');
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
	mkdirSync(join(folder, 'brms-tui-main.cache'));
	const userCache = join(scratch, 'user-cache');
	list(folder, {XDG_CACHE_HOME: userCache});
	const kept = readdirSync(join(userCache, 'brms-tui'));
	assert.equal(kept.length, 1);
	assert.match(kept[0]!, /^[0-9a-f]{16}\.cache$/);
	const {mtimeMs} = statSync(join(userCache, 'brms-tui', kept[0]!));
	list(folder, {XDG_CACHE_HOME: userCache});
	assert.equal(statSync(join(userCache, 'brms-tui', kept[0]!)).mtimeMs, mtimeMs, 'the user cache was not used');
	// The user's cache folder a file: nowhere to keep a cache.
	const notAFolder = join(scratch, 'a-file');
	writeFileSync(notAFolder, '');
	list(folder, {XDG_CACHE_HOME: notAFolder});
	list(folder, {XDG_CACHE_HOME: notAFolder});
});

// Issue 19, item 1: a save on a file system that fills up never tears the store and never says
// it was done. Two ways: a real small tmpfs filled to many sizes of free space (where the machine
// lets the test mount one), and always an injected write layer that runs out of room at every
// class of byte offset (test/helpers/fault-io.ts).

import assert from 'node:assert/strict';
import {spawn, spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statfsSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {systemServices} from '../../source/cli/services.js';
import {openSystem} from '../../source/cli/system.js';
import {demoControlGroups} from '../../source/domain/catalog.js';
import {failureMessage} from '../../source/panels/effects.js';
import {ControlGroupStore} from '../../source/store/control-group-store.js';
import {FileAccessError, type FileIo} from '../../source/store/durable-file.js';
import {type Fault, faultyIo} from '../helpers/fault-io.js';
import {random, reportSeed, seedOr} from '../helpers/seed.js';

const BIN = fileURLToPath(new URL('../../dist/brms-tui.cjs', import.meta.url));

function open(home: string, io?: FileIo): ControlGroupStore {
	return new ControlGroupStore({systemId: 'demo', seed: demoControlGroups, env: {BRMS_TUI_HOME: home}, ...(io ? {io} : {})});
}

/** Files in the folder other than the store (a temp file left over, a lock). */
const strays = (home: string) => readdirSync(home).filter(name => name !== 'system-demo.json');

/** One save through `io`: either it is stored whole and reported, or refused and the file untouched. */
function saveThrough(home: string, io: FileIo, text: string): {ok: true} | {ok: false; error: FileAccessError} {
	const store = open(home, io);
	const current = store.get('SYSWODOM')!;
	try {
		store.save({...current.group, text}, current.revision);
		return {ok: true};
	} catch (error) {
		assert.ok(error instanceof FileAccessError, `not a FileAccessError: ${String(error)}`);
		return {ok: false, error};
	}
}

test('an injected full disk at every class of byte offset: refused with the reason, the store untouched, no temp file left', t => {
	const seed = seedOr();
	reportSeed(t, seed, 'full-disk offsets');
	const next = random(seed);
	const home = mkdtempSync(join(tmpdir(), 'brms-tui-fault-'));
	open(home);
	const before = readFileSync(join(home, 'system-demo.json'));
	const size = before.length;
	// Every offset of the first bytes, both sides of every page boundary, the very end, and a seeded sample.
	const offsets = new Set<number>();
	for (let offset = 0; offset <= 16; offset++) offsets.add(offset);
	for (let page = 512; page < size + 4096; page += 512) for (const delta of [-1, 0, 1]) offsets.add(page + delta);
	for (const end of [size - 2, size - 1]) offsets.add(end);
	for (let sample = 0; sample < 64; sample++) offsets.add(Math.floor(next() * size));
	let refused = 0;
	let stored = 0;
	for (const free of [...offsets].filter(each => each >= 0).sort((a, b) => a - b)) {
		for (const kind of ['full', 'zero'] as const) {
			const text = `save ${kind} ${free}`.slice(0, 50);
			const result = saveThrough(home, faultyIo({kind, free}), text);
			const after = readFileSync(join(home, 'system-demo.json'));
			// The serialised store changes length with the text: it fits when free >= its size.
			if (result.ok) {
				stored++;
				assert.ok(free > size - 100, `${kind} ${free}: stored with no room for it`);
				assert.equal(open(home).get('SYSWODOM')!.group.text, text, `${kind} ${free}: reported stored`);
				writeFileSync(join(home, 'system-demo.json'), before);
			} else {
				refused++;
				assert.equal(result.error.code, 'ENOSPC', `${kind} ${free}`);
				assert.match(result.error.message, /no space left on the file system of /);
				assert.deepEqual(after, before, `${kind} ${free}: the store changed though the save was refused`);
			}
			assert.deepEqual(strays(home), [], `${kind} ${free}: left behind`);
		}
	}
	// The text's length moves the file's size by a few bytes: well below it nothing fits, well above it all does.
	assert.ok(refused >= 2 * [...offsets].filter(each => each < size - 100).length, `refused ${refused}`);
	t.diagnostic(`${offsets.size} free-space sizes x 2 ways (short write then ENOSPC, a write of 0 bytes): ${refused} refused, ${stored} stored`);
});

test('short writes are completed; a failing fsync, close or rename, or bytes read back wrong, refuse the save and keep the store', () => {
	const home = mkdtempSync(join(tmpdir(), 'brms-tui-fault-'));
	open(home);
	const path = join(home, 'system-demo.json');
	for (const chunk of [1, 7, 4095, 4096]) {
		assert.deepEqual(saveThrough(home, faultyIo({kind: 'short', chunk}), `chunks of ${chunk}`), {ok: true});
		assert.equal(open(home).get('SYSWODOM')!.group.text, `chunks of ${chunk}`);
	}
	const before = readFileSync(path);
	const faults: Fault[] = [
		{kind: 'fsync', code: 'EIO'},
		{kind: 'fsync', code: 'ENOSPC'},
		{kind: 'close', code: 'EIO'},
		{kind: 'rename', code: 'EACCES'},
		{kind: 'readback', at: 0},
		{kind: 'readback', at: 12_288},
		{kind: 'readback', at: -1},
	];
	for (const fault of faults) {
		const result = saveThrough(home, faultyIo(fault), 'must not land');
		assert.equal(result.ok, false, JSON.stringify(fault));
		assert.deepEqual(readFileSync(path), before, JSON.stringify(fault));
		assert.deepEqual(strays(home), [], JSON.stringify(fault));
	}
});

test('in the panels a full disk is one message (TUI0239) and the edit is not stored', () => {
	const home = mkdtempSync(join(tmpdir(), 'brms-tui-fault-'));
	const env = {BRMS_TUI_HOME: home};
	const opened = openSystem('demo', env);
	const full = {...opened, store: open(home, faultyIo({kind: 'full', free: 12_288}))};
	const services = systemServices(full, {env, setAsk: () => {}, switchSystem: () => {}});
	const stored = services.readGroup('SYSWODOM')!;
	const saved = services.saveGroup({...stored.group, text: 'no room'}, stored.revision);
	assert.equal(saved.ok, false);
	if (saved.ok) return;
	assert.deepEqual(saved.failure, {kind: 'noSpace', folder: home});
	const shown = failureMessage(saved.failure);
	assert.equal(shown.id, 'TUI0239');
	assert.equal(shown.help.cause, `The file system of ${home} is full: the store was not written and is as it was.`);
	assert.match(shown.text, /^No space left on the file system of the store; change not stored\.$/);
	assert.equal(services.readGroup('SYSWODOM')!.group.text, stored.group.text);
});

test('temp files left by a writer killed with SIGKILL (0 bytes, or cut) do not break later runs, and go', async () => {
	const home = mkdtempSync(join(tmpdir(), 'brms-tui-fault-'));
	open(home);
	// A process that is gone: its pid names the leftovers.
	const gone = spawn(process.execPath, ['-e', '0']);
	await new Promise(resolve => gone.on('exit', resolve));
	const empty = join(home, `.system-demo.json.${gone.pid}.1abc.tmp`);
	const cut = join(home, `.system-demo.json.${gone.pid}.2def.tmp`);
	writeFileSync(empty, '');
	writeFileSync(cut, readFileSync(join(home, 'system-demo.json')).subarray(0, 12_288));
	const list = spawnSync(process.execPath, [BIN, 'list', '--json'], {env: {...process.env, BRMS_TUI_HOME: home}, encoding: 'utf8'});
	assert.equal(list.status, 0, list.stderr);
	const store = open(home);
	const current = store.get('SYSWODOM')!;
	store.save({...current.group, text: 'after the leftovers'}, current.revision);
	assert.equal(open(home).get('SYSWODOM')!.group.text, 'after the leftovers');
	assert.equal(existsSync(empty), false);
	assert.equal(existsSync(cut), false);
});

// --- A real file system that fills up -----------------------------------------------------------

/** Mounts a tmpfs of `size` bytes, or says why it cannot. */
function mountTmpfs(size: number): {dir: string; unmount: () => void} | {refused: string} {
	const dir = mkdtempSync(join(tmpdir(), 'brms-tui-tmpfs-'));
	const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0700`, 'tmpfs', dir], {encoding: 'utf8'});
	if (mounted.status !== 0) {
		rmSync(dir, {recursive: true, force: true});
		return {refused: `mount -t tmpfs was refused: ${(mounted.stderr || mounted.error?.message || '').trim()}`};
	}
	return {
		dir,
		unmount: () => {
			spawnSync('umount', [dir]);
			rmSync(dir, {recursive: true, force: true});
		},
	};
}

const freeBytes = (dir: string) => {
	const stats = statfsSync(dir);
	return stats.bavail * stats.bsize;
};

/** Leaves `target` bytes free (to the page) with a filler file; returns what is free then. */
function fillTo(dir: string, target: number): number {
	const filler = join(dir, 'filler');
	rmSync(filler, {force: true});
	const size = freeBytes(dir) - target;
	if (size > 0) {
		try {
			writeFileSync(filler, Buffer.alloc(size));
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
		}
	}
	return freeBytes(dir);
}

test('a real tmpfs filled to every page count from 0 to past the store size: every save is whole or refused', t => {
	const mount = mountTmpfs(4 * 1024 * 1024);
	if ('refused' in mount) return t.skip(mount.refused);
	try {
		const home = join(mount.dir, 'home');
		const store = open(home);
		// A bigger store, so that many page counts lie below its size.
		const template = store.get('SYSWODOM')!.group;
		store.replaceGroups(Array.from({length: 60}, (_, index) => ({...template, name: `FILL${String(index).padStart(3, '0')}`})));
		const path = join(home, 'system-demo.json');
		const size = readFileSync(path).length;
		const sizes = new Set<number>();
		let refused = 0;
		let stored = 0;
		for (let target = 0; target <= size + 4 * 4096; target += 2048) {
			const before = readFileSync(path);
			const free = fillTo(mount.dir, target);
			sizes.add(free);
			const text = `free ${target}`;
			const result = saveThrough(home, NODE_IO, text);
			const after = readFileSync(path);
			if (result.ok) {
				stored++;
				assert.equal(JSON.parse(after.toString()).controlGroups.find((group: {name: string}) => group.name === 'SYSWODOM').text, text);
			} else {
				refused++;
				assert.equal(result.error.code, 'ENOSPC', `${free} free: ${result.error.message}`);
				assert.deepEqual(after, before, `${free} bytes free: refused, yet the store changed`);
			}
			assert.deepEqual(
				readdirSync(home).filter(name => name !== 'system-demo.json'),
				[],
				`${free} bytes free`,
			);
		}
		assert.ok(refused > 10 && stored > 0, `refused ${refused}, stored ${stored}`);
		t.diagnostic(`store of ${size} bytes; ${sizes.size} distinct sizes of free space (0 to ${Math.max(...sizes)} bytes): ${refused} refused, ${stored} stored`);
	} finally {
		mount.unmount();
	}
});

const NODE_IO: FileIo = {...(await import('node:fs'))};

test('brms-tui import on a nearly full tmpfs: exit 1 with "no space left on …" and the store untouched, or exit 0 and stored', t => {
	const mount = mountTmpfs(256 * 1024);
	if ('refused' in mount) return t.skip(mount.refused);
	try {
		const home = join(mount.dir, 'home');
		const env = {...process.env, BRMS_TUI_HOME: home};
		const exported = spawnSync(process.execPath, [BIN, 'export', 'SYSWODOM'], {env, encoding: 'utf8'});
		const document = JSON.parse(exported.stdout);
		document.controlGroups[0].name = 'NEWGROUP';
		const one = join(tmpdir(), `brms-tui-one-${process.pid}.json`);
		writeFileSync(one, JSON.stringify(document));
		const path = join(home, 'system-demo.json');
		const sizes = new Set<number>();
		let refused = 0;
		for (let target = 0; target <= 48 * 1024; target += 4096) {
			const before = readFileSync(path);
			sizes.add(fillTo(mount.dir, target));
			const run = spawnSync(process.execPath, [BIN, 'import', one], {env, encoding: 'utf8'});
			assert.doesNotMatch(run.stderr, /\n\s+at /, 'a stack trace');
			if (run.status === 0) {
				assert.match(run.stdout, /1 control group imported/);
				assert.ok(JSON.parse(readFileSync(path, 'utf8')).controlGroups.some((group: {name: string}) => group.name === 'NEWGROUP'));
				// Back to the store without it, for the next size.
				writeFileSync(path, before);
			} else {
				refused++;
				assert.equal(run.status, 1, run.stderr);
				assert.equal(run.stdout, '');
				assert.match(run.stderr, /^brms-tui: .*system-demo\.json was not changed: no space left on the file system of .*\n$/);
				assert.deepEqual(readFileSync(path), before);
			}
		}
		assert.ok(refused >= 3, `refused ${refused}`);
		t.diagnostic(`brms-tui import at ${sizes.size} sizes of free space: ${refused} refused with exit 1`);
	} finally {
		mount.unmount();
	}
});

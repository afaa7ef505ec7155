// Issue 19, item 2: locks that hold. A save that runs longer than proper-lockfile's 2 s
// staleness kept its lock no longer (lost updates: 58 of 117 imports reported stored were gone);
// a lock that was a plain file, or unreadable, read as "locked by another brms-tui".

import assert from 'node:assert/strict';
import {type ChildProcess, spawn} from 'node:child_process';
import {chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {hostname, tmpdir} from 'node:os';
import {join} from 'node:path';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {largeStore} from '../../bench/large-store.js';
import {storeFailure} from '../../source/cli/services.js';
import {demoControlGroups} from '../../source/domain/catalog.js';
import {failureMessage} from '../../source/panels/effects.js';
import {ControlGroupStore} from '../../source/store/control-group-store.js';
import {StoreLockedError, StoreLockUnusableError, withFileLock} from '../../source/store/file-lock.js';
import {testProgram} from '../helpers/test-program.js';

const BIN = fileURLToPath(new URL('../../dist/brms-tui.cjs', import.meta.url));
const HOLD_LOCK = fileURLToPath(new URL('fixtures/hold-lock.ts', import.meta.url));
const SAVE_GROUP = fileURLToPath(new URL('fixtures/save-group.ts', import.meta.url));

function open(home: string): ControlGroupStore {
	return new ControlGroupStore({systemId: 'demo', seed: demoControlGroups, env: {BRMS_TUI_HOME: home}});
}

function finished(child: ChildProcess): Promise<{code: number | null; stdout: string; stderr: string}> {
	let stdout = '';
	let stderr = '';
	child.stdout?.on('data', chunk => (stdout += chunk));
	child.stderr?.on('data', chunk => (stderr += chunk));
	return new Promise(resolve => child.on('close', code => resolve({code, stdout, stderr})));
}

test('a save that holds the lock longer than 2 s keeps it: the next one waits until it lets go', async () => {
	const home = mkdtempSync(join(tmpdir(), 'brms-tui-lock-'));
	const store = open(home);
	const holder = spawn(process.execPath, [...testProgram(HOLD_LOCK), store.path, '3500'], {stdio: ['ignore', 'pipe', 'inherit']});
	const done = finished(holder);
	await new Promise<void>(resolve => holder.stdout!.on('data', chunk => String(chunk).includes('in ') && resolve()));
	let entered = 0;
	// The same wait a save makes; in it, the holder must have let go already.
	withFileLock(store.path, () => (entered = Date.now()));
	const {stdout} = await done;
	const out = Number(/out (\d+)/.exec(stdout)?.[1]);
	assert.ok(out > 0, stdout);
	assert.ok(entered >= out, `entered ${entered - out} ms before the holder let go`);
});

test('the lock names its holder; a holder that is gone (killed, or its pid reused) is taken over at once, one of another host never', async () => {
	const home = mkdtempSync(join(tmpdir(), 'brms-tui-lock-'));
	const store = open(home);
	const lock = `${store.path}.lock`;
	const gone = spawn(process.execPath, ['-e', '0']);
	await new Promise(resolve => gone.on('exit', resolve));
	const holder = (fields: object) =>
		JSON.stringify({pid: gone.pid, host: hostname(), boot: '', started: '', token: 't', since: '2026-12-01T00:00:00Z', ...fields});
	for (const fields of [{}, {pid: process.pid, started: 'not this process'}]) {
		writeFileSync(lock, holder(fields));
		const started = Date.now();
		const current = store.get('SYSWODOM')!;
		store.save({...current.group, text: `over ${JSON.stringify(fields)}`}, current.revision);
		assert.ok(Date.now() - started < 1000, 'taken over at once');
		assert.equal(existsSync(lock), false);
	}
	writeFileSync(lock, holder({host: 'elsewhere.example', pid: 1}));
	const current = store.get('SYSWODOM')!;
	assert.throws(
		() => withFileLock(store.path, () => {}, 300),
		(error: unknown) => {
			assert.ok(error instanceof StoreLockedError);
			assert.match(
				error.message,
				/locked by another brms-tui \(process 1 on elsewhere\.example, since .*\); the change was not stored\. Try again\. If that process is gone, remove .*system-demo\.json\.lock\.$/,
			);
			return true;
		},
	);
	assert.equal(store.get('SYSWODOM')!.revision, current.revision);
});

test('a lock that is a plain file, a folder, or unreadable gets its own message, not "locked by another brms-tui"', async () => {
	const home = mkdtempSync(join(tmpdir(), 'brms-tui-lock-'));
	const store = open(home);
	const lock = `${store.path}.lock`;
	const before = readFileSync(store.path);
	const run = () => finished(spawn(process.execPath, [BIN, 'import', '/dev/null'], {env: {...process.env, BRMS_TUI_HOME: home}}));
	const save = () => {
		const current = store.get('SYSWODOM')!;
		store.save({...current.group, text: 'x'}, current.revision);
	};
	writeFileSync(lock, 'hello');
	const oneHourAgo = new Date(Date.now() - 3600_000);
	const {utimesSync, rmSync} = await import('node:fs');
	utimesSync(lock, oneHourAgo, oneHourAgo);
	assert.throws(save, (error: unknown) => error instanceof StoreLockUnusableError && /a file brms-tui did not write/.test(error.message));
	const failure = storeFailure(assertThrown(save));
	assert.equal(failureMessage(failure).id, 'TUI0237');
	rmSync(lock);
	mkdirSync(lock);
	writeFileSync(join(lock, 'something'), '');
	assert.throws(save, (error: unknown) => error instanceof StoreLockUnusableError && /it is a folder/.test(error.message));
	rmSync(lock, {recursive: true});
	assert.deepEqual(readFileSync(store.path), before);
	// Unreadable: for root, permissions do not apply, so the CLI runs as nobody then.
	writeFileSync(lock, holderText());
	chmodSync(lock, 0o000);
	const asRoot = process.getuid?.() === 0;
	if (asRoot) {
		chmodSync(home, 0o777);
		chmodSync(store.path, 0o644);
		chownSync(lock, 0, 0);
	}
	const imported = asRoot
		? await finished(spawn(process.execPath, [BIN, 'import', IMPORT_ONE(home)], {env: {...process.env, BRMS_TUI_HOME: home}, uid: 65534, gid: 65534}))
		: await run();
	assert.equal(imported.code, 1, imported.stderr);
	assert.match(
		imported.stderr,
		/^brms-tui: The store's lock .*system-demo\.json\.lock cannot be used: it cannot be read \(permission denied, EACCES\); the change was not stored\.\n$/,
	);
	assert.deepEqual(readFileSync(store.path), before);
});

function assertThrown(work: () => void): unknown {
	try {
		work();
	} catch (error) {
		return error;
	}
	assert.fail('did not throw');
}

const holderText = () => JSON.stringify({pid: process.pid, host: hostname(), boot: '', started: '', token: 'live', since: ''});

/** A one-group import file readable by anyone. */
function IMPORT_ONE(home: string): string {
	const file = join(home, 'one.json');
	const group = open(home).get('SYSWODOM')!.group;
	writeFileSync(file, JSON.stringify({format: 'brms-tui/1', controlGroups: [{...exportable(group), name: 'ONE'}]}), {mode: 0o644});
	return file;
}

function exportable(group: object) {
	const {type: _type, ...rest} = group as {type?: string};
	return rest;
}

test('50 parallel brms-tui imports of different groups into a 1,000-group store: every reported success is stored, every failure reported', async t => {
	const home = largeStore();
	const env = {...process.env, BRMS_TUI_HOME: home};
	const template = JSON.parse(
		await new Promise<string>(resolve => {
			const child = spawn(process.execPath, [BIN, 'export', 'BENCH0001'], {env});
			finished(child).then(({stdout}) => resolve(stdout));
		}),
	);
	const names = Array.from({length: 50}, (_, index) => `PAR${String(index).padStart(3, '0')}`);
	const files = names.map(name => {
		const file = join(home, `${name}.json`);
		writeFileSync(file, JSON.stringify({...template, controlGroups: [{...template.controlGroups[0], name, text: `imported as ${name}`}]}));
		return file;
	});
	const started = Date.now();
	const runs = await Promise.all(files.map(file => finished(spawn(process.execPath, [BIN, 'import', file], {env}))));
	const seconds = (Date.now() - started) / 1000;
	const stored = new Set(JSON.parse(readFileSync(join(home, 'system-demo.json'), 'utf8')).controlGroups.map((group: {name: string}) => group.name));
	let succeeded = 0;
	runs.forEach((run, index) => {
		const name = names[index]!;
		if (run.code === 0) {
			succeeded++;
			assert.match(run.stdout, new RegExp(`1 control group imported into system demo: ${name}\\.`));
			assert.ok(stored.has(name), `${name} was reported imported but is not in the store`);
		} else {
			// A failure is said, in one line, and stores nothing.
			assert.equal(run.code, 1, run.stderr);
			assert.match(run.stderr, /^brms-tui: .*locked by another brms-tui.*\n$/);
			assert.ok(!stored.has(name), `${name} failed, yet is stored`);
		}
	});
	assert.equal(stored.size, 1000 + succeeded);
	// How many get the lock within its 30 s wait depends on the machine's load (all 50 on a quiet
	// 2-core machine, in 16-18 s; 43-49 with the rest of the test suite beside it, and about half
	// with four whole suites): a speed figure for the bench, not a rule. The rules are above: every
	// success stored, every failure said and not stored.
	assert.ok(succeeded >= 1, 'no import stored at all');
	t.diagnostic(`50 parallel imports into 1,000 groups: ${succeeded} stored, ${50 - succeeded} refused as locked, in ${seconds.toFixed(1)} s`);
});

test('8 copies saving one group through the store API: every stored save has its own revision, the last one is what the file holds, every conflict is reported', async t => {
	const home = mkdtempSync(join(tmpdir(), 'brms-tui-lock-'));
	open(home);
	const copies = Array.from({length: 8}, (_, index) =>
		spawn(process.execPath, [...testProgram(SAVE_GROUP), `copy${index}`, '6'], {
			env: {...process.env, BRMS_TUI_HOME: home},
			stdio: ['pipe', 'pipe', 'pipe'],
		}),
	);
	const results = copies.map(finished);
	// All of them loaded; then they start together.
	await new Promise(resolve => setTimeout(resolve, 1500));
	for (const copy of copies) copy.stdin!.end();
	const runs = await Promise.all(results);
	const saves: Array<{revision: number; text: string}> = [];
	let conflicts = 0;
	for (const run of runs) {
		assert.equal(run.code, 0, run.stderr);
		for (const line of run.stdout.split('\n').filter(Boolean)) {
			const match = /^stored (\d+) (.*)$/.exec(line);
			if (match) saves.push({revision: Number(match[1]), text: match[2]!});
			else {
				assert.match(line, /^conflict Control group SYSWODOM was changed by another brms-tui session\.$/);
				conflicts++;
			}
		}
	}
	assert.equal(saves.length, 48);
	const revisions = saves.map(save => save.revision).sort((a, b) => a - b);
	// 48 saves, each one on top of the one before: revisions 2 to 49, none twice (none lost).
	assert.deepEqual(
		revisions,
		Array.from({length: 48}, (_, index) => index + 2),
	);
	const last = saves.find(save => save.revision === 49)!;
	const stored = open(home).get('SYSWODOM')!;
	assert.equal(stored.revision, 49);
	assert.equal(stored.group.text, last.text);
	t.diagnostic(`8 copies, 48 saves stored, ${conflicts} conflicts reported`);
});

// Issue 19, item 3: only our own files are rewritten. A store file whose `version` was missing
// or a string was taken for version 1 and rewritten — even by `list` and `diff` (the applied
// state of 7 groups reset) — and another program's JSON in its place became an empty store.
// Now a file is migrated only with our format tag and a numeric version older than ours (or in
// exactly the first builds' shape), and read-only commands write nothing at all.

import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {demoControlGroups} from '../../source/domain/catalog.js';

const BIN = fileURLToPath(new URL('../../dist/brms-tui.cjs', import.meta.url));

const brms = (home: string, ...args: string[]) => spawnSync(process.execPath, [BIN, ...args], {env: {...process.env, BRMS_TUI_HOME: home}, encoding: 'utf8'});

/** Every file in the folder with its bytes and modification time. */
function snapshot(home: string) {
	return readdirSync(home)
		.sort()
		.map(name => ({name, bytes: readFileSync(join(home, name)).toString('base64'), mtimeMs: statSync(join(home, name)).mtimeMs}));
}

function home(): string {
	return mkdtempSync(join(tmpdir(), 'brms-tui-files-'));
}

const current = () => {
	const folder = home();
	brms(folder, 'list');
	return JSON.parse(readFileSync(join(folder, 'system-demo.json'), 'utf8'));
};

test('a store file that is not ours, or whose version is missing or not a number, is refused by every command and kept as it is', () => {
	const ours = current();
	const {version: _version, ...withoutVersion} = ours;
	const cases: Array<[string, unknown, RegExp]> = [
		['version missing', withoutVersion, /is damaged \(its format version is missing\)/],
		['version a string', {...ours, version: '4'}, /is damaged \(its format version is "4", not a whole number\)/],
		['version a fraction', {...ours, version: 2.5}, /is damaged \(its format version is 2\.5, not a whole number\)/],
		['another format tag', {...ours, format: 'other-tool/1'}, /is not a brms-tui store \(its format is "other-tool\/1"/],
		['another program', {name: 'my settings', theme: 'dark'}, /is not a brms-tui store \(it carries no brms-tui format tag\)/],
		['version 1 shape with more keys', {revision: 3, controlGroups: [], other: true}, /is not a brms-tui store/],
		['an array', [1, 2, 3], /is damaged \(not a JSON object\)/],
	];
	const one = join(home(), 'one.json');
	writeFileSync(one, JSON.stringify({format: 'brms-tui/1', controlGroups: []}));
	for (const [what, document, expected] of cases) {
		const folder = home();
		const path = join(folder, 'system-demo.json');
		writeFileSync(path, JSON.stringify(document, null, 2));
		const before = snapshot(folder);
		for (const args of [['list'], ['show', 'SYSWODOM'], ['diff', 'SYSWODOM'], ['export'], ['import', one], ['applied', 'SYSWODOM']]) {
			const run = brms(folder, ...args);
			assert.equal(run.status, 1, `${what}, ${args[0]}: ${run.stderr}`);
			assert.match(run.stderr, expected, `${what}, ${args[0]}`);
			assert.match(run.stderr, /^brms-tui: The store file .*system-demo\.json .* It was left as it is; move it away or repair it\.\n$/);
			assert.deepEqual(snapshot(folder), before, `${what}: ${args[0]} changed the folder`);
		}
	}
});

test('list, show, export and diff write nothing: bytes, times and the folder stay as they were (current, older and version-1 files)', () => {
	const ours = current();
	const version3 = {format: 'brms-tui/store', version: 3, controlGroups: ours.controlGroups, revisions: ours.revisions};
	const version1 = {revision: 2, controlGroups: demoControlGroups()};
	for (const [what, document] of [
		['current', ours],
		['version 3', version3],
		['version 1', version1],
	] as const) {
		const folder = home();
		writeFileSync(join(folder, 'system-demo.json'), JSON.stringify(document));
		const before = snapshot(folder);
		for (const args of [
			['list'],
			['list', '--json'],
			['show', 'SYSWODOM'],
			['show', 'SYSWODOM', '--json'],
			['export'],
			['diff', 'SYSWODOM'],
			['diff', 'SYSWODOM', '--json'],
		]) {
			const run = brms(folder, ...args);
			assert.equal(run.status, 0, `${what}, ${args.join(' ')}: ${run.stderr}`);
			assert.deepEqual(snapshot(folder), before, `${what}: ${args.join(' ')} wrote`);
		}
		// The first save writes the current format.
		assert.equal(brms(folder, 'applied', 'SYSWODOM').status, 0);
		assert.equal(JSON.parse(readFileSync(join(folder, 'system-demo.json'), 'utf8')).version, ours.version);
	}
});

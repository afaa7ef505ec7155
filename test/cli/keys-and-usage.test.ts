import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';
import packageJson from '../../package.json' with {type: 'json'};

const PROGRAM = fileURLToPath(new URL('../../dist/brms-tui.js', import.meta.url));

function run(args: string[], home = mkdtempSync(join(tmpdir(), 'brms-tui-cli-'))) {
	const result = spawnSync(process.execPath, [PROGRAM, ...args], {encoding: 'utf8', env: {...process.env, BRMS_TUI_HOME: home}});
	return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}

test('--version prints the package version; --help the usage', () => {
	assert.deepEqual(run(['--version']), {status: 0, stdout: `${packageJson.version}\n`, stderr: ''});
	const help = run(['--help']);
	assert.equal(help.status, 0);
	assert.match(help.stdout, /^Usage: brms-tui/);
	assert.match(help.stdout, /brms-tui keys \[--test\]/);
});

test('bad usage exits 2 with a one-line reason and the usage, never a stack trace', () => {
	for (const args of [['frobnicate'], ['--no-such-option'], ['keys', 'extra'], ['--system', 'PROD400']]) {
		const result = run(args);
		assert.equal(result.status, 2, args.join(' '));
		assert.match(result.stderr, /^brms-tui: /);
		assert.doesNotMatch(result.stderr, /\n\s+at /);
	}
});

test('brms-tui keys prints every 5250 key with its keys and fallbacks', () => {
	const {status, stdout} = run(['keys']);
	assert.equal(status, 0);
	const line = (start: string) => stdout.split('\n').find(each => each.startsWith(start)) ?? '';
	assert.match(line('F3 '), /F3, Esc 3$/);
	assert.match(line('F13 '), /Shift\+F1, F13, Esc !$/);
	assert.match(line('F24 '), /Shift\+F12, .*Esc \+$/);
	assert.match(line('Field Exit'), /Ctrl\+K/);
	assert.match(line('Roll Up'), /PageDown/);
	assert.match(line('Reset'), /Ctrl\+R, Esc R/);
	assert.match(stdout, /keys\.json/);
});

test('rows in keys.json are added to the map and replace rows with the same bytes', () => {
	const home = mkdtempSync(join(tmpdir(), 'brms-tui-cli-'));
	writeFileSync(
		join(home, 'keys.json'),
		JSON.stringify({
			bindings: [
				{sequence: '\u001b[25~', key: 'F15', label: 'Shift+F3 (PuTTY)'},
				{afterEsc: 'k', key: 'FieldExit'},
			],
		}),
	);
	const {status, stdout} = run(['keys'], home);
	assert.equal(status, 0);
	const line = (start: string) => stdout.split('\n').find(each => each.startsWith(start)) ?? '';
	assert.match(line('F15 '), /Shift\+F3 \(PuTTY\)/);
	assert.match(line('Field Exit'), /Esc k/);
});

test('a keys.json with an unknown key name is refused with a message naming the file', () => {
	const home = mkdtempSync(join(tmpdir(), 'brms-tui-cli-'));
	writeFileSync(join(home, 'keys.json'), JSON.stringify({bindings: [{sequence: 'x', key: 'F99'}]}));
	const result = run(['keys'], home);
	assert.equal(result.status, 2);
	assert.match(result.stderr, /keys\.json, binding 1: key must be one of/);
});

test('the bin runs by its own #! line, with one malloc arena (peak memory: npm run bench)', () => {
	// A program that prints its environment's MALLOC_ARENA_MAX stands in for node on PATH.
	const bin = mkdtempSync(join(tmpdir(), 'brms-tui-bin-'));
	writeFileSync(join(bin, 'node'), '#!/bin/sh\nprintf "%s %s\\n" "$MALLOC_ARENA_MAX" "$1"\n', {mode: 0o755});
	const shown = spawnSync(PROGRAM, ['--version'], {encoding: 'utf8', env: {...process.env, PATH: `${bin}:${process.env['PATH']}`}});
	assert.equal(shown.stdout, `1 ${PROGRAM}\n`);
	const real = spawnSync(PROGRAM, ['--version'], {encoding: 'utf8'});
	assert.deepEqual([real.status, real.stdout], [0, `${packageJson.version}\n`]);
});

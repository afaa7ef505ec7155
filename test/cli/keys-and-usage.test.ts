import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';
import packageJson from '../../package.json' with {type: 'json'};

const PROGRAM = fileURLToPath(new URL('../../dist/brms-tui.cjs', import.meta.url));

function run(args: string[], home = mkdtempSync(join(tmpdir(), 'brms-tui-cli-'))) {
	const result = spawnSync(process.execPath, [PROGRAM, ...args], {encoding: 'utf8', env: {...process.env, BRMS_TUI_HOME: home}});
	return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}

test('--version prints the package version; --help every command in a line; COMMAND --help its own usage', () => {
	assert.deepEqual(run(['--version']), {status: 0, stdout: `${packageJson.version}\n`, stderr: ''});
	const help = run(['--help']);
	assert.equal(help.status, 0);
	assert.match(help.stdout, /^Usage: brms-tui/);
	for (const command of [
		'list',
		'show GROUP',
		'export \\[GROUP…\\]',
		'import FILE',
		'diff GROUP',
		'applied GROUP',
		'submit GROUP…',
		'schedule GROUP',
		'status \\[GROUP…\\]',
		'system add NAME',
		'system list',
		'system remove NAME',
		'keys',
	]) {
		assert.match(help.stdout, new RegExp(`^ {2}brms-tui ${command} `, 'm'), command);
	}
	const list = run(['list', '--help']);
	assert.equal(list.status, 0);
	assert.match(list.stdout, /^Usage: brms-tui list \[--system NAME\] \[--json\]\n/);
	assert.doesNotMatch(list.stdout, /--sbmjob|--host/);
	const submit = run(['submit', '--help']).stdout;
	assert.match(submit, /^ {2}--retention TYPE \[N\] +RETENTION:/m);
	assert.match(submit, /^ {2}--strseq N \[M\] +STRSEQ:/m);
	assert.match(run(['system', 'add', '--help']).stdout, /^Usage: brms-tui system add NAME \[--host H\] \[--port N\] \[--user U\]/);
	// Help fits an 80-column terminal.
	for (const args of [['--help'], ['list', '--help'], ['submit', '--help'], ['schedule', '--help'], ['system', 'add', '--help']]) {
		for (const line of run(args).stdout.split('\n')) assert.ok([...line].length <= 80, `${args.join(' ')}: ${line}`);
	}
});

test("bad usage: one line that says where the usage is, exit 2, never the parser's texts or a stack trace", () => {
	const cases: Array<[string[], string]> = [
		[['frobnicate'], 'brms-tui: unknown command frobnicate; see brms-tui --help\n'],
		[['--no-such-option', 'list'], 'brms-tui: list has no option --no-such-option; see brms-tui list --help\n'],
		// An option of another command is an error.
		[['list', '--host', 'h'], 'brms-tui: list has no option --host; see brms-tui list --help\n'],
		[['show', 'SYSWODOM', '--sbmjob', '*NO'], 'brms-tui: show has no option --sbmjob; see brms-tui show --help\n'],
		[['system', 'list', '--user', 'U'], 'brms-tui: system list has no option --user; see brms-tui system list --help\n'],
		[['keys', 'extra'], 'brms-tui: keys takes no arguments; see brms-tui keys --help\n'],
		[['show'], 'brms-tui: show takes one GROUP; see brms-tui show --help\n'],
		[['system'], 'brms-tui: system takes add, list or remove; see brms-tui --help\n'],
		[['list', '--json=yes'], 'brms-tui: --json takes no value; see brms-tui list --help\n'],
		[['export', '--output'], 'brms-tui: --output needs a value (FILE); see brms-tui export --help\n'],
		[['system', 'add', 'P1', '--user', 'U'], 'brms-tui: system add needs --host and --user; see brms-tui system add --help\n'],
		// A value that starts with a dash is the option's value, refused by its own check.
		[['system', 'add', 'P1', '--host', 'h', '--user', 'U', '--port', '-1'], 'brms-tui: Port -1 not valid; use 1-65535.\n'],
		[['list', '--system', 'PROD400'], 'brms-tui: System PROD400 is not defined; add it with brms-tui system add.\n'],
	];
	for (const [args, stderr] of cases) assert.deepEqual(run(args), {status: 2, stdout: '', stderr}, args.join(' '));
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

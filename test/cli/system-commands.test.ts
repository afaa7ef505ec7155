import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';

const PROGRAM = fileURLToPath(new URL('../../dist/brms-tui.cjs', import.meta.url));

function run(args: string[], home: string) {
	const result = spawnSync(process.execPath, [PROGRAM, ...args], {encoding: 'utf8', env: {...process.env, BRMS_TUI_HOME: home}});
	return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}

test('system add, list and remove keep host profiles, mode 0600, with no password anywhere', () => {
	const home = mkdtempSync(join(tmpdir(), 'brms-tui-systems-'));
	const key = join(home, 'id_ed25519');
	writeFileSync(key, 'not a real key');
	const added = run(['system', 'add', 'PROD400', '--host', 'prod400.example.com', '--user', 'qsecofr', '--key', key], home);
	assert.equal(added.status, 0, added.stderr);
	assert.match(added.stdout, /System PROD400 added: qsecofr@prod400\.example\.com:22, key /);
	assert.equal(run(['system', 'add', 'TEST400', '--host', '10.1.2.3', '--port', '2222', '--user', 'OPER'], home).status, 0);
	const listed = JSON.parse(run(['system', 'list', '--json'], home).stdout);
	assert.deepEqual(listed, [
		{name: 'PROD400', host: 'prod400.example.com', port: 22, user: 'qsecofr', keyPath: key},
		{name: 'TEST400', host: '10.1.2.3', port: 2222, user: 'OPER'},
	]);
	const file = join(home, 'systems.json');
	assert.equal(statSync(file).mode & 0o777, 0o600);
	assert.doesNotMatch(readFileSync(file, 'utf8'), /password|passphrase/i);
	const plain = run(['system', 'list'], home).stdout;
	assert.match(plain, /^demo\s+\(built in\)/m);
	assert.match(plain, /^TEST400\s+10\.1\.2\.3\s+2222\s+OPER\s+\(agent\)/m);
	assert.equal(run(['system', 'remove', 'test400'], home).status, 0);
	assert.deepEqual(
		JSON.parse(run(['system', 'list', '--json'], home).stdout).map((each: {name: string}) => each.name),
		['PROD400'],
	);
	const again = run(['system', 'remove', 'TEST400'], home);
	assert.equal(again.status, 2);
	assert.match(again.stderr, /System TEST400 is not defined/);
});

test('system add refuses what it cannot use, with exit code 2 and nothing stored', () => {
	const home = mkdtempSync(join(tmpdir(), 'brms-tui-systems-'));
	const cases: Array<[string[], RegExp]> = [
		[['system', 'add', 'demo', '--host', 'h', '--user', 'U'], /belongs to the built-in demo system/],
		[['system', 'add', '9LIVES', '--host', 'h', '--user', 'U'], /System name 9LIVES not valid/],
		[['system', 'add', 'P1', '--host', 'bad host;rm', '--user', 'U'], /Host bad host;rm not valid/],
		[['system', 'add', 'P1', '--host', 'h', '--port', '70000', '--user', 'U'], /Port 70000 not valid/],
		[['system', 'add', 'P1', '--host', 'h', '--user', 'TOOLONGUSER1'], /not an IBM i user profile name/],
		[['system', 'add', 'P1', '--host', 'h'], /needs --host and --user/],
		[['system', 'add', 'P1', '--host', 'h', '--user', 'U', '--key', '/no/such/key'], /--key \/no\/such\/key: no such file/],
	];
	for (const [args, message] of cases) {
		const result = run(args, home);
		assert.equal(result.status, 2, args.join(' '));
		assert.match(result.stderr, message);
	}
	assert.equal(run(['system', 'add', 'P1', '--host', 'h', '--user', 'U'], home).status, 0);
	assert.match(run(['system', 'add', 'p1', '--host', 'h', '--user', 'U'], home).stderr, /System p1 already exists/);
	assert.equal(JSON.parse(run(['system', 'list', '--json'], home).stdout).length, 1);
});

test("--system NAME works on that system's own store, which starts with the groups BRMS ships", () => {
	const home = mkdtempSync(join(tmpdir(), 'brms-tui-systems-'));
	run(['system', 'add', 'PROD400', '--host', '127.0.0.1', '--user', 'OPER'], home);
	const groups = JSON.parse(run(['--system', 'PROD400', 'list', '--json'], home).stdout);
	assert.deepEqual(
		groups.map((group: {name: string}) => group.name),
		['*BKUGRP', '*SYSGRP', '*SYSTEM'],
	);
	assert.equal(JSON.parse(run(['list', '--json'], home).stdout).length, 8, 'the demo store is a different one');
	// Nothing is known of what the host holds until the operator marks a group applied.
	const sheet = JSON.parse(run(['--system', 'PROD400', 'diff', '*SYSTEM', '--json'], home).stdout);
	assert.equal(sheet.knownOnHost, false);
	// BRMS ships *SYSTEM on every host: it is there, only what it holds is not known.
	assert.equal(sheet.steps[0].option, 2);
	assert.match(sheet.steps[0].change, /^The host's content is not known: compare it with WRKCTLGBRM option 5 on the host/);
});

test('a damaged systems.json is named, reported without a stack trace, and left as it is', () => {
	const home = mkdtempSync(join(tmpdir(), 'brms-tui-systems-'));
	const file = join(home, 'systems.json');
	for (const damaged of ['{bad', '{"systems":[{"name":1}]}']) {
		writeFileSync(file, damaged);
		for (const args of [
			['system', 'list'],
			['system', 'add', 'X', '--host', 'h', '--user', 'u'],
			['submit', 'SYSWODOM', '--system', 'X'],
		]) {
			const result = run(args, home);
			assert.equal(result.status, 1, args.join(' '));
			assert.match(
				result.stderr,
				new RegExp(`^brms-tui: The store file ${file.replace(/[.]/g, '\\.')} is damaged \\(.+\\)\\. It was left as it is; move it away or repair it\\.\\n$`),
			);
			assert.equal(readFileSync(file, 'utf8'), damaged);
		}
	}
});

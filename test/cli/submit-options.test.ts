// brms-tui submit's STRBKUBRM parameters from the command line, on the demo system: every one
// reaches the command only checked; bad values are refused with exit code 2 and nothing runs.
// And the demo host runs its own (applied) definition, not the local edits.

import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';

const PROGRAM = fileURLToPath(new URL('../../dist/brms-tui.cjs', import.meta.url));
const freshHome = () => mkdtempSync(join(tmpdir(), 'brms-tui-submit-'));

function run(args: string[], home: string) {
	const result = spawnSync(process.execPath, [PROGRAM, ...args], {encoding: 'utf8', env: {...process.env, BRMS_TUI_HOME: home}});
	return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}

test('RETENTION, APPEND and OMITS from the command line reach STRBKUBRM checked', () => {
	const home = freshHome();
	const result = run(
		['submit', 'SYSWODOM', '--retention', '*days 35', '--append', '*no', '--omits', '*ignore', '--strseq', '20 *last', '--no-follow', '--json'],
		home,
	);
	assert.equal(result.status, 0, result.stderr);
	assert.equal(JSON.parse(result.stdout).command, 'STRBKUBRM CTLGRP(SYSWODOM) SBMJOB(*YES) STRSEQ(20 *LAST) RETENTION(*DAYS 35) APPEND(*NO) OMITS(*IGNORE)');
});

test("the README's forms: --retention TYPE N and --strseq N [M] as separate words", () => {
	const home = freshHome();
	for (const [args, command] of [
		[['--retention', '*DAYS', '35'], 'STRBKUBRM CTLGRP(SYSWODOM) SBMJOB(*YES) RETENTION(*DAYS 35)'],
		[['--retention', '*PERM'], 'STRBKUBRM CTLGRP(SYSWODOM) SBMJOB(*YES) RETENTION(*PERM)'],
		[['--strseq', '30'], 'STRBKUBRM CTLGRP(SYSWODOM) SBMJOB(*YES) STRSEQ(30 *LAST)'],
		[['--strseq', '30', '40'], 'STRBKUBRM CTLGRP(SYSWODOM) SBMJOB(*YES) STRSEQ(30 40)'],
		[['--strseq', '30', '*last'], 'STRBKUBRM CTLGRP(SYSWODOM) SBMJOB(*YES) STRSEQ(30 *LAST)'],
	] as const) {
		// The group after the options too: the second word of an option is taken only when it is one.
		for (const line of [
			['submit', 'SYSWODOM', ...args],
			['submit', ...args, 'SYSWODOM'],
		]) {
			const result = run([...line, '--no-follow', '--json'], home);
			assert.equal(result.status, 0, `${line.join(' ')}: ${result.stderr}`);
			assert.equal(JSON.parse(result.stdout).command, command, line.join(' '));
		}
	}
});

test('bad values are refused with exit code 2, a one-line message and nothing run', () => {
	const home = freshHome();
	for (const [args, said] of [
		[['--strseq', '10 50 70'], /^brms-tui: TUI0504: STRSEQ: Starting sequence takes two values/],
		[['--retention', '*PERM 5'], /^brms-tui: TUI0504: RETENTION: Retention type \*PERM takes no value/],
		[['--retention', '*DAYS 5 6'], /^brms-tui: TUI0504: RETENTION: Retention \*DAYS 5 6 not valid/],
		[['--append', '*SOMETIMES'], /^brms-tui: TUI0504: APPEND: Append to media \*SOMETIMES not valid/],
		[['--omits', '*SKIP'], /^brms-tui: TUI0504: OMITS: Process object omits \*SKIP not valid/],
		[['--jobq', "Q') CMD(DLTLIB"], /^brms-tui: TUI0504: JOBQ: Job queue Q'\) CMD\(DLTLIB not valid/],
	] as const) {
		const result = run(['submit', 'SYSWODOM', ...args], home);
		assert.equal(result.status, 2, `${args.join(' ')}: ${result.stderr}`);
		assert.match(result.stderr, said);
		assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
		assert.equal(result.stdout, '');
	}
});

test('the demo host runs what was applied on it: local edits not applied are not run, a group never applied is not there', () => {
	const home = freshHome();
	const document = JSON.parse(run(['export', 'SYSWODOM'], home).stdout);
	const group = document.controlGroups[0];
	group.entries = group.entries.filter((entry: {item: string}) => entry.item !== '*ALLDLO');
	writeFileSync(join(home, 'changed.json'), JSON.stringify({...document, controlGroups: [group, {...group, name: 'NEWGRP'}]}));
	assert.equal(run(['import', join(home, 'changed.json')], home).status, 0);
	const before = run(['submit', 'SYSWODOM', '--sbmjob', '*NO'], home);
	assert.equal(before.status, 0, before.stderr);
	assert.match(before.stderr, /changes not applied/);
	const followed = JSON.parse(run(['submit', 'SYSWODOM', '--json'], home).stdout);
	assert.ok(
		followed.followed.some((step: {line?: string}) => step.line?.includes('*ALLDLO')),
		'the host still holds *ALLDLO',
	);
	assert.equal(run(['applied', 'SYSWODOM'], home).status, 0);
	const after = JSON.parse(run(['submit', 'SYSWODOM', '--json'], home).stdout);
	assert.ok(!after.followed.some((step: {line?: string}) => step.line?.includes('*ALLDLO')), 'applied: the host runs the new definition');
	const missing = run(['submit', 'NEWGRP', '--json'], home);
	assert.equal(missing.status, 1);
	assert.equal(JSON.parse(missing.stdout).exitCode, 1);
});

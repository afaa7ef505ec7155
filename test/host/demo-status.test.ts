// The demo system's BRMS log: a history of past nights on a fresh store (so `status` shows every
// group with a verdict at once), the tape library's two drives (two jobs side by side, a third
// waits for a drive), and `brms-tui status` reading it — the runs a trainee submits included.

import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {demoControlGroups} from '../../source/domain/catalog.js';
import type {JobsEvent} from '../../source/domain/job-follow.js';
import {submittedJob} from '../../source/domain/strbkubrm.js';
import {demoHistory} from '../../source/host/demo/demo-history.js';
import {demoLastRuns, memoryBrmsLog} from '../../source/host/demo/demo-log.js';
import {createDemoSystem} from '../../source/host/demo/demo-system.js';

const PROGRAM = fileURLToPath(new URL('../../dist/brms-tui.cjs', import.meta.url));
const DAY = new Date(2026, 11, 4);

function cli(args: string[], home: string) {
	const env = {...process.env, BRMS_TUI_HOME: home, BRMS_TUI_DEMO_HISTORY_DATE: '2026-12-04', BRMS_TUI_DEMO_STEP_MS: '0'};
	const result = spawnSync(process.execPath, [PROGRAM, ...args], {encoding: 'utf8', env});
	return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}

test('a fresh demo log: every demo group has a last run, some completed, two with errors, one ended abnormally', () => {
	const rows = demoLastRuns(demoHistory(DAY), {groups: []}, DAY.getTime());
	assert.deepEqual(
		rows.map(row => row.group),
		demoControlGroups().map(group => group.name),
	);
	const byGroup = Object.fromEntries(rows.map(row => [row.group, row]));
	assert.deepEqual([byGroup['QLTSSVR']!.endMessage, byGroup['QLTSSVR']!.errors], ['BRM10A1', 2]);
	// Last night DOM2 refused its incremental save in QLTSDOM02's own run.
	assert.deepEqual([byGroup['QLTSDOM02']!.endMessage, byGroup['QLTSDOM02']!.errors], ['BRM10A1', 2]);
	assert.deepEqual([byGroup['*BKUGRP']!.endMessage, byGroup['*BKUGRP']!.errors], ['BRM1820', 1]);
	assert.deepEqual([byGroup['SYSWODOM']!.endMessage, byGroup['SYSWODOM']!.started], ['BRM1049', '2026-12-03-21.05.00.000000']);
	// Before last night's runs started, the night before is the last one; --since leaves older runs out.
	const earlier = demoLastRuns(demoHistory(DAY), {groups: ['SYSWODOM'], sinceSeconds: 3 * 3600}, new Date(2026, 11, 3, 21, 20).getTime());
	assert.deepEqual(
		earlier.map(row => [row.group, row.endMessage, row.jobStatus]),
		[['SYSWODOM', null, '*ACTIVE']],
	);
	assert.deepEqual(demoLastRuns(demoHistory(DAY), {groups: [], sinceSeconds: 3600}, DAY.getTime()), []);
});

test('the tape library has two drives: three tape groups submitted together — two run side by side, the third waits for a drive', async () => {
	process.env['BRMS_TUI_DEMO_STEP_MS'] = '20';
	const log = memoryBrmsLog();
	const host = createDemoSystem(demoControlGroups, undefined, log);
	const jobs: string[] = [];
	for (const group of ['QLTSDOM01', 'QLTSSVR', 'SYSWODOM'])
		jobs.push(submittedJob((await host.runCommand(`STRBKUBRM CTLGRP(${group}) SBMJOB(*YES)`)).messages)!);
	const [dom1, svr, wodom] = log.jobs().map(job => job.drive!);
	assert.deepEqual([dom1!.drive, svr!.drive], ['TAP01', 'TAP02']);
	assert.ok(dom1!.from < svr!.to && svr!.from < dom1!.to, 'the first two hold their drives at the same time');
	assert.equal(wodom!.from, Math.min(dom1!.to, svr!.to), 'the third takes the first drive that is freed');
	assert.equal(wodom!.drive, dom1!.to <= svr!.to ? 'TAP01' : 'TAP02');
	// While they run (the third has started and waits for its drive), status says running; followed together, each ends with its verdict.
	assert.deepEqual(
		demoLastRuns(log.jobs(), {groups: []}, Date.now() + 30).map(row => [row.group, row.endMessage, row.jobStatus]),
		[
			['QLTSDOM01', null, '*ACTIVE'],
			['QLTSSVR', null, '*ACTIVE'],
			['SYSWODOM', null, '*ACTIVE'],
		],
	);
	const events: JobsEvent[] = [];
	await host.followJobs(jobs, event => events.push(event));
	const lines = (job: string) => events.flatMap(event => (event.job === job && 'step' in event ? [event.step.line] : []));
	assert.ok(
		lines(jobs[2]!).some(line => /^Waiting for a tape drive of TAPMLB01: in use \(TAP01 by job \S+QLTSDOM01, TAP02 by job \S+QLTSSVR\)\.$/.test(line ?? '')),
		lines(jobs[2]!).join('\n'),
	);
	assert.deepEqual(events.flatMap(event => ('end' in event ? [[event.job, event.end.outcome]] : [])).sort(), jobs.map(job => [job, 'completed']).sort());
	// Ends come in the order the jobs end: the waiting one last.
	assert.equal(events.filter(event => 'end' in event).at(-1)!.job, jobs[2]);
});

test('brms-tui status on a fresh demo store: every group with a verdict; a run submitted since is the last run; exit codes', () => {
	const home = mkdtempSync(join(tmpdir(), 'brms-tui-demo-status-'));
	const fresh = cli(['status', '--json'], home);
	assert.equal(fresh.status, 1, fresh.stderr);
	const rows = JSON.parse(fresh.stdout) as Array<{system: string; group: string; lastRun: {verdict: string; start: string}}>;
	assert.deepEqual(
		rows.map(row => [row.system, row.group, row.lastRun.verdict]),
		[
			['DEMO', '*BKUGRP', 'endedAbnormally'],
			['DEMO', '*SYSGRP', 'completed'],
			['DEMO', '*SYSTEM', 'completed'],
			['DEMO', 'QLTSDOM01', 'completed'],
			['DEMO', 'QLTSDOM02', 'completedWithErrors'],
			['DEMO', 'QLTSSVR', 'completedWithErrors'],
			['DEMO', 'RESTRICTED', 'completed'],
			['DEMO', 'SYSWODOM', 'completed'],
		],
	);
	const clean = cli(['status', 'SYSWODOM', 'QLTSDOM01'], home);
	assert.equal(clean.status, 0, clean.stderr);
	// SYSWODOM waited for a drive while QLTSDOM01 and QLTSDOM02 held both.
	assert.match(clean.stdout, /^DEMO {4}SYSWODOM {3}2026-12-03T21:05:00 {2}2026-12-03T22:10:00 {2}completed {2}0 {7}654214\/OPER\/SYSWODOM$/m);
	// A run in the session (SBMJOB(*NO)) on the demo host goes into its BRMS log: status reads it.
	const submitted = cli(['submit', '*BKUGRP', '--sbmjob', '*NO', '--json'], home);
	assert.equal(submitted.status, 0, submitted.stderr);
	const after = JSON.parse(cli(['status', '*BKUGRP', '--json'], home).stdout);
	assert.equal(after[0].lastRun.verdict, 'completed');
	assert.match(after[0].lastRun.job, /^654321\/OPER\/QP0ZSPWP$/);
	assert.notEqual(after[0].lastRun.start.slice(0, 10), '2026-11-25');
	// Bad usage: exit 2, nothing asked.
	for (const args of [
		['status', '--since', 'yesterday'],
		['status', '--all', '--system', 'demo'],
		['status', '--timeout', '0'],
		['status', 'NOT A NAME'],
	]) {
		const refused = cli(args, home);
		assert.equal(refused.status, 2, args.join(' '));
		assert.match(refused.stderr, /^brms-tui: .+; see brms-tui status --help\n$/);
	}
});

test('a damaged demo BRMS log is left as it is and named in one line, exit 1; commands that do not read it work', () => {
	const home = mkdtempSync(join(tmpdir(), 'brms-tui-demo-log-'));
	writeFileSync(join(home, 'demo-brms-log.json'), '{"format": "something else"}');
	const status = cli(['status'], home);
	assert.equal(status.status, 1);
	assert.equal(
		status.stderr,
		`brms-tui: The demo system's BRMS log ${join(home, 'demo-brms-log.json')} is damaged. It was left as it is; move it away and the demo starts a new one.\n`,
	);
	assert.equal(readFileSync(join(home, 'demo-brms-log.json'), 'utf8'), '{"format": "something else"}');
	assert.equal(cli(['list'], home).status, 0);
});

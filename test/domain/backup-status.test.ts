// The last run of each control group and BRMS's verdict on it (brms.md §10.1): end message first,
// then whether the job is still there; the groups a system shows; the exit code; --since.

import assert from 'node:assert/strict';
import {test} from 'node:test';
import {groupStatuses, isoTime, type LastRunRow, lastRunVerdict, parseDuration, statusExitCode} from '../../source/domain/backup-status.js';

const row = (group: string, endMessage: string | null, jobStatus: string | null = null): LastRunRow => ({
	group,
	job: `100001/QBRMS/${group.replace(/^\*/, 'Q')}`,
	started: '2027-01-01-21.00.05.123456',
	ended: endMessage ? '2027-01-01-21.40.10.000000' : null,
	endMessage,
	jobStatus,
	errors: endMessage === 'BRM10A1' ? 2 : 0,
});

test('the verdict is read from BRM1049 / BRM10A1 / BRM1820; without one, running while the job is there, else unknown — never completed', () => {
	assert.equal(lastRunVerdict('BRM1049', null), 'completed');
	assert.equal(lastRunVerdict('BRM10A1', null), 'completedWithErrors');
	assert.equal(lastRunVerdict('BRM1820', '*ACTIVE'), 'endedAbnormally');
	assert.equal(lastRunVerdict(null, '*ACTIVE'), 'running');
	assert.equal(lastRunVerdict(null, '*JOBQ'), 'running');
	assert.equal(lastRunVerdict(null, '*OUTQ'), 'unknown');
	assert.equal(lastRunVerdict(null, null), 'unknown');
	assert.equal(lastRunVerdict('CPF9999', null), 'unknown');
});

test('groups shown: every group with a run, in WRKCTLGBRM order; groups named are shown each, run or not, in the order named', () => {
	const rows = [row('SYSWODOM', 'BRM1049'), row('*SYSTEM', 'BRM10A1'), row('QLTSDOM01', null, '*ACTIVE')];
	const all = groupStatuses('DEMO', rows, []);
	assert.deepEqual(
		all.map(each => [each.group, each.lastRun?.verdict]),
		[
			['*SYSTEM', 'completedWithErrors'],
			['QLTSDOM01', 'running'],
			['SYSWODOM', 'completed'],
		],
	);
	assert.deepEqual(all[0]!.lastRun, {
		start: '2027-01-01T21:00:05',
		end: '2027-01-01T21:40:10',
		verdict: 'completedWithErrors',
		job: '100001/QBRMS/QSYSTEM',
		errors: 2,
	});
	const named = groupStatuses('DEMO', rows, ['SYSWODOM', 'NEVERRUN', 'SYSWODOM']);
	assert.deepEqual(
		named.map(each => [each.group, each.lastRun?.verdict ?? null]),
		[
			['SYSWODOM', 'completed'],
			['NEVERRUN', null],
		],
	);
});

test('exit code: 0 only when every group shown completed; a group without a run, a running one or a system not asked is 1', () => {
	const ok = {system: 'A', groups: groupStatuses('A', [row('SYSWODOM', 'BRM1049')], [])};
	assert.equal(statusExitCode([ok]), 0);
	assert.equal(statusExitCode([ok, {system: 'B', groups: groupStatuses('B', [row('X', null, '*ACTIVE')], [])}]), 1);
	assert.equal(statusExitCode([ok, {system: 'B', groups: groupStatuses('B', [], ['SYSWODOM'])}]), 1);
	assert.equal(statusExitCode([ok, {system: 'B', problem: {kind: 'unreachable', text: 'Cannot connect'}}]), 1);
});

test('--since takes a whole number and s, m, h, d or w; anything else is not a duration', () => {
	assert.equal(parseDuration('24h'), 86_400);
	assert.equal(parseDuration('7D'), 604_800);
	assert.equal(parseDuration('90m'), 5400);
	assert.equal(parseDuration('2w'), 1_209_600);
	for (const wrong of ['', '24', 'h', '0h', '-1d', '1.5h', '1y', '24 h x', "1d'"]) assert.equal(parseDuration(wrong), undefined, wrong);
	assert.equal(isoTime('2027-01-01-21.00.05.123456'), '2027-01-01T21:00:05');
});

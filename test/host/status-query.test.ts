// The last-runs statement on QUSRBRM.BRMS_LOG_INFO and the reading of its answer (db2's table
// format from test/fixtures/ibmi): one statement for every group, only checked names and a whole
// number of seconds in it; an answer brms-tui cannot read, or SQL0204, is a problem, never a run.

import assert from 'node:assert/strict';
import {test} from 'node:test';
import {lastRunsScript, lastRunsSql, readLastRuns} from '../../source/host/ibmi/status-query.js';
import {db2CliError, db2Table} from '../fixtures/ibmi/formats.js';
import {LAST_RUN_COLUMNS, LAST_RUNS} from '../fixtures/ibmi/stand-in.js';

test('one statement for all groups; names and --since checked before they go in', () => {
	const all = lastRunsSql({groups: []});
	assert.match(all, /^WITH STARTS AS \(SELECT CONTROL_GROUP, QUALIFIED_JOB_NAME, MESSAGE_TIMESTAMP, ROW_NUMBER\(\) OVER \(PARTITION BY CONTROL_GROUP/);
	assert.doesNotMatch(all, /CONTROL_GROUP IN|CURRENT TIMESTAMP/);
	assert.match(all, /MESSAGE_ID IN \('BRM1049', 'BRM10A1', 'BRM1820'\)/);
	const some = lastRunsSql({groups: ['SYSWODOM', '*SYSTEM'], sinceSeconds: 3600});
	assert.match(some, /CONTROL_GROUP IN \('SYSWODOM', '\*SYSTEM'\)/);
	assert.match(some, /MESSAGE_TIMESTAMP >= CURRENT TIMESTAMP - 3600 SECONDS/);
	assert.equal(lastRunsScript({groups: []}).split('\n').filter(Boolean).length, 1);
	assert.throws(() => lastRunsSql({groups: ["X') OR 1=1 --"]}), /Not a control group name/);
	assert.throws(() => lastRunsSql({groups: [], sinceSeconds: 1.5}), /Not a number of seconds/);
	assert.throws(() => lastRunsSql({groups: [], sinceSeconds: 0}), /Not a number of seconds/);
});

test('the answer: a row per group with its end message, job status and error count', () => {
	const answer = readLastRuns(db2Table(LAST_RUN_COLUMNS, LAST_RUNS), 'TESTI');
	assert.ok('rows' in answer, JSON.stringify(answer));
	assert.deepEqual(answer.rows[1], {
		group: 'QLTSDOM02',
		job: '100202/QBRMS/QLTSDOM02',
		started: '2027-01-01-21.00.06.000000',
		ended: null,
		endMessage: null,
		jobStatus: '*ACTIVE',
		errors: 0,
	});
	assert.deepEqual(
		answer.rows.map(row => [row.group, row.endMessage, row.errors]),
		[
			['QLTSDOM01', 'BRM10A1', 2],
			['QLTSDOM02', null, 0],
			['SYSWODOM', 'BRM1049', 0],
		],
	);
	assert.deepEqual(readLastRuns(db2Table(LAST_RUN_COLUMNS, []), 'TESTI'), {rows: []});
});

test('SQL0204 is "BRMS log not readable" with the set-up command; other errors and unreadable rows are problems too', () => {
	const missing = readLastRuns(db2CliError('42704', -204, 'BRMS_LOG_INFO in QUSRBRM type *FILE not found.'), 'TESTI');
	assert.ok('problem' in missing);
	assert.equal(missing.problem.kind, 'logNotReadable');
	assert.match(missing.problem.text, /^BRMS log not readable on TESTI - run INZBRM OPTION\(\*SQLSRVINZ\)/);
	const denied = readLastRuns(db2CliError('42501', -551, 'Not authorized to object BRMS_LOG_INFO in QUSRBRM type *FILE.'), 'TESTI');
	assert.ok('problem' in denied);
	assert.equal(denied.problem.kind, 'queryFailed');
	// An end message brms-tui does not know, a job name that is not one, a count that is not a number.
	for (const wrong of [
		['SYSWODOM', '100203/QBRMS/SYSWODOM', '2027-01-01-22.00.05.000000', null, 'CPF1164', null, 0],
		['SYSWODOM', 'SYSWODOM', '2027-01-01-22.00.05.000000', null, null, null, 0],
		['SYSWODOM', '100203/QBRMS/SYSWODOM', '2027-01-01-22.00.05.000000', null, null, null, 'many'],
	] as const) {
		const read = readLastRuns(db2Table(LAST_RUN_COLUMNS, [wrong]), 'TESTI');
		assert.ok('problem' in read, JSON.stringify(wrong));
		assert.equal(read.problem.kind, 'queryFailed');
	}
	// Other columns than asked for: the answers do not line up.
	const shifted = readLastRuns(db2Table(LAST_RUN_COLUMNS.slice(1), [LAST_RUNS[0]!.slice(1)]), 'TESTI');
	assert.ok('problem' in shifted);
});

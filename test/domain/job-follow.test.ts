// BRMS's verdict on a followed run, read from rows (domain/job-follow.ts): the BRMS log paged
// without skipping or repeating rows that share a timestamp, the job's status walk, a BRMS log
// that cannot be read said once, and the verdict — from the BRMS log, else the job log, else the
// end code, each said as such.

import assert from 'node:assert/strict';
import {test} from 'node:test';
import {
	type BrmsLogRow,
	type EndAnswer,
	endedWell,
	type FollowState,
	newLogRows,
	type PollAnswer,
	readEnd,
	readPoll,
	readSoFar,
	startFollowing,
	verdictMessage,
} from '../../source/domain/job-follow.js';

const JOB = '123456/OPER/SYS$WODOM';
const at = (second: number) => `2027-01-02-02.10.${String(second).padStart(2, '0')}.000000`;
const row = (second: number, id: string, text: string): BrmsLogRow => ({at: at(second), id, text});

test('the BRMS log is paged on its timestamp: a row that arrives late with a timestamp already read is shown once, none twice', () => {
	let state: Pick<FollowState, 'logFrom' | 'seenAtLogFrom'> = {seenAtLogFrom: {}};
	const shown: string[] = [];
	// What a `>= last timestamp` query returns at each poll (the host keeps no unique key).
	const answers = [
		[row(0, 'BRM1380', 'started'), row(5, 'CPC3722', '412 objects saved from library QUSRSYS.')],
		[row(5, 'CPC3722', '412 objects saved from library QUSRSYS.'), row(5, 'CPC3722', '35 objects saved from library QGPL.')],
		[
			row(5, 'CPC3722', '412 objects saved from library QUSRSYS.'),
			row(5, 'CPC3722', '35 objects saved from library QGPL.'),
			row(5, 'CPC3722', '35 objects saved from library QGPL.'),
		],
		[],
		[
			row(5, 'CPC3722', '412 objects saved from library QUSRSYS.'),
			row(5, 'CPC3722', '35 objects saved from library QGPL.'),
			row(5, 'CPC3722', '35 objects saved from library QGPL.'),
			row(9, 'BRM1049', 'complete'),
		],
	];
	for (const rows of answers) {
		const read = newLogRows(state, rows);
		shown.push(...read.fresh.map(each => `${each.at.slice(-9, -7)} ${each.text}`));
		state = read;
	}
	assert.deepEqual(shown, [
		'00 started',
		'05 412 objects saved from library QUSRSYS.',
		'05 35 objects saved from library QGPL.',
		// The same text again at the same second is a row of its own (two saves of QGPL), shown once.
		'05 35 objects saved from library QGPL.',
		'09 complete',
	]);
	assert.equal(state.logFrom, at(9));
});

const status = (value: string | null, active: string | null = null): PollAnswer['status'] => ({rows: {status: value, active}});
const noRows = {rows: []};

function poll(state: FollowState, answer: Partial<PollAnswer>) {
	const reading = readPoll(state, {status: status('*ACTIVE'), brmsLog: noRows, jobLog: noRows, ...answer});
	assert.ok(!('problem' in reading));
	return reading;
}

test('the job walks JOBQ → ACTIVE → MSGW → gone; each change said once; the paging keys move on', () => {
	let state = startFollowing(JOB, 'PROD1');
	const lines = (answer: Partial<PollAnswer>) => {
		const reading = poll(state, answer);
		state = reading.state;
		return {lines: reading.steps.map(step => `${step.status} ${step.line}`), left: reading.left};
	};
	assert.deepEqual(lines({status: status('*JOBQ')}), {lines: [`*JOBQ Job ${JOB} is waiting on its job queue.`], left: false});
	assert.deepEqual(lines({status: status('*JOBQ')}), {lines: [], left: false});
	assert.deepEqual(lines({status: status('*ACTIVE', 'RUN'), brmsLog: {rows: [row(0, 'BRM1380', 'started.')]}}), {
		lines: [`*ACTIVE Job ${JOB} is active.`, '*ACTIVE BRM1380: started.'],
		left: false,
	});
	assert.deepEqual(lines({status: status('*ACTIVE', 'MSGW')}).lines, [
		`*ACTIVE Job ${JOB} is waiting for an operator reply (MSGW): answer it on the host (WRKMSGQ QSYSOPR).`,
	]);
	assert.deepEqual(lines({jobLog: {rows: [{at: 41, id: 'CPF3741', type: 'ESCAPE', text: 'Object not saved.'}]}}).lines, [
		'*ACTIVE Job log: CPF3741 (escape): Object not saved.',
	]);
	assert.deepEqual(readSoFar(state), {logFrom: at(0), jobLogAfter: 41});
	assert.deepEqual(lines({status: status(null)}), {lines: [], left: true});
	const unreadable = readPoll(state, {status: {problem: {sqlState: '42501', nativeError: -551, text: 'Not authorized.'}}, brmsLog: noRows, jobLog: noRows});
	assert.deepEqual(unreadable, {problem: {sqlState: '42501', nativeError: -551, text: 'Not authorized.'}});
});

test('BRMS SQL services missing (SQL0204 on BRMS_LOG_INFO): said once, with the set-up command; following goes on', () => {
	let state = startFollowing(JOB, 'PROD1');
	const missing = {problem: {sqlState: '42704', nativeError: -204, text: 'BRMS_LOG_INFO in QUSRBRM type *FILE not found.'}};
	const first = poll(state, {brmsLog: missing});
	state = first.state;
	assert.deepEqual(
		first.steps.map(step => step.line),
		[
			`Job ${JOB} is active.`,
			'BRMS log not readable on PROD1 - run INZBRM OPTION(*SQLSRVINZ) (SQL0204, SQLSTATE 42704: BRMS_LOG_INFO in QUSRBRM type *FILE not found.)',
		],
	);
	const second = poll(state, {brmsLog: missing});
	assert.deepEqual(second.steps, [], 'said once');
	assert.equal(second.left, false);
	const other = poll(startFollowing(JOB, 'PROD1'), {brmsLog: {problem: {sqlState: '42501', nativeError: -551, text: 'Not authorized.'}}});
	assert.match(other.steps.at(-1)!.line!, /^The BRMS log could not be read on PROD1: SQL0551, SQLSTATE 42501: Not authorized\.$/);
});

function end(answer: Partial<EndAnswer>, before: (state: FollowState) => FollowState = state => state) {
	const state = before(startFollowing(JOB, 'PROD1'));
	return readEnd(state, {brmsLog: noRows, jobLog: noRows, endCode: {rows: {endCode: 0, from: 'ENDED_JOB_INFO'}}, ...answer}).end;
}

test("the verdict is BRMS's: BRM1049, BRM10A1, BRM1820 read by ID from the BRMS log rows of the job", () => {
	const completed = end({brmsLog: {rows: [row(0, 'BRM1380', 'started'), row(9, 'BRM1049', 'complete')]}});
	assert.deepEqual(completed, {
		outcome: 'completed',
		verdictFrom: 'brmsLog',
		messageId: 'BRM1049',
		endCode: 0,
		summary: `Job ${JOB}: control group processing completed (BRM1049 in the BRMS log); the job ended with end code 0.`,
	});
	assert.equal(endedWell(completed), true);
	// Line 24 in an operator's words; the whole summary is its cause (F1 on it).
	const {id, text, help} = verdictMessage(completed);
	assert.deepEqual({id, text, cause: help.cause}, {id: 'TUI0508', text: 'The backup completed normally.', cause: completed.summary});
	// End code 0 after BRM10A1: still "completed with errors", never a success.
	const withErrors = end({brmsLog: {rows: [row(7, 'CPF3781', 'Library NOSUCHLIB not found.'), row(9, 'BRM10A1', 'completed with errors')]}});
	assert.deepEqual([withErrors.outcome, withErrors.messageId, withErrors.endCode, endedWell(withErrors)], ['completedWithErrors', 'BRM10A1', 0, false]);
	assert.match(withErrors.summary, /completed with errors: some entries were not saved \(BRM10A1 in the BRMS log\).*DSPLOGBRM/);
	assert.equal(verdictMessage(withErrors).id, 'TUI0509');
	const abnormal = end({brmsLog: {rows: [row(9, 'BRM1820', 'ended abnormally')]}, endCode: {rows: {endCode: 20, from: 'CPF1164'}}});
	assert.deepEqual([abnormal.outcome, abnormal.messageId, abnormal.endCode, endedWell(abnormal)], ['endedAbnormally', 'BRM1820', 20, false]);
	assert.equal(verdictMessage(abnormal).text, 'The backup ended abnormally: not every item was processed.');
	// Seen during the polls counts as much as in the end script.
	const seenEarlier = end({}, state => poll(state, {brmsLog: {rows: [row(9, 'BRM10A1', 'with errors')]}}).state);
	assert.equal(seenEarlier.outcome, 'completedWithErrors');
});

test('a readable BRMS log without an end message is "unknown", whatever the end code', () => {
	const unknown = end({brmsLog: {rows: [row(0, 'BRM1380', 'started')]}});
	assert.equal(unknown.outcome, 'unknown');
	assert.equal(unknown.endCode, 0);
	assert.match(
		unknown.summary,
		/^Outcome unknown \(job .*\): the BRMS log of the job holds no end message \(BRM1049, BRM10A1 or BRM1820\); the job ended with end code 0\./,
	);
	assert.equal(endedWell(unknown), false);
});

test('without a readable BRMS log: the job log, else the end code — said as such; else unknown', () => {
	const missing = {problem: {nativeError: -204, sqlState: '42704', text: 'not found'}};
	const fromJobLog = end({brmsLog: missing, jobLog: {rows: [{at: 23, id: 'BRM10A1', type: 'ESCAPE', text: 'with errors'}]}});
	assert.deepEqual([fromJobLog.outcome, fromJobLog.verdictFrom], ['completedWithErrors', 'jobLog']);
	assert.match(fromJobLog.summary, /\(BRM10A1 in the job log; the BRMS log could not be read\)/);
	const normal = end({brmsLog: missing, jobLog: {problem: {text: 'job not found'}}, endCode: {rows: {endCode: 10, from: 'CPF1164'}}});
	assert.deepEqual([normal.outcome, normal.verdictFrom, normal.endCode, endedWell(normal)], ['completed', 'endCode', 10, true]);
	assert.match(normal.summary, /ended normally during a controlled end \(end code 10\)\. BRMS's own verdict could not be read \(no BRMS log\)/);
	assert.equal(verdictMessage(normal).id, 'TUI0512');
	const abnormal = end({brmsLog: missing, endCode: {rows: {endCode: 30, from: 'ENDED_JOB_INFO'}}});
	assert.deepEqual([abnormal.outcome, abnormal.verdictFrom], ['endedAbnormally', 'endCode']);
	const nothing = end({brmsLog: missing, endCode: {problem: {nativeError: -204, sqlState: '42704', text: 'ENDED_JOB_INFO in SYSTOOLS type *N not found.'}}});
	assert.equal(nothing.outcome, 'unknown');
	assert.match(nothing.summary, /neither BRMS's verdict nor its end code could be read \(SQL0204/);
	assert.equal(verdictMessage(nothing).id, 'TUI0511');
});

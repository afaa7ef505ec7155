import assert from 'node:assert/strict';
import {test} from 'node:test';
import {
	endCodeOf,
	endedWell,
	endScript,
	isQualifiedJobName,
	type PollAnswer,
	parsePollAnswer,
	pollScript,
	qshDoubleQuoted,
	readEnd,
	readPoll,
	startFollowing,
} from '../../source/domain/job-follow.js';
import {db2Output} from '../helpers/ibmi-ssh-server.js';

const JOB = '123456/OPER/SYS$WODOM';

test('the poll script: two db2 lines, the job name an SQL literal, $ kept from QSH', () => {
	assert.equal(
		pollScript(JOB, {logSeen: 3, jobLogSeen: 17}),
		[
			`db2 -S "SELECT JSON_OBJECT('kind' VALUE 'status', 'status' VALUE V_JOB_STATUS, 'active' VALUE V_ACTIVE_JOB_STATUS) FROM SYSIBM.SYSDUMMY1 LEFT OUTER JOIN TABLE(QSYS2.GET_JOB_INFO('123456/OPER/SYS\\$WODOM', IGNORE_ERRORS => 'YES')) J ON 1 = 1"`,
			`db2 -S "SELECT JSON_OBJECT('kind' VALUE 'log', 'id' VALUE MESSAGE_ID, 'text' VALUE MESSAGE_TEXT) FROM QUSRBRM.BRMS_LOG_INFO WHERE QUALIFIED_JOB_NAME = '123456/OPER/SYS\\$WODOM' ORDER BY MESSAGE_TIMESTAMP OFFSET 3 ROWS"`,
			`db2 -S "SELECT JSON_OBJECT('kind' VALUE 'joblog', 'at' VALUE ORDINAL_POSITION, 'id' VALUE MESSAGE_ID, 'type' VALUE MESSAGE_TYPE, 'text' VALUE MESSAGE_TEXT) FROM TABLE(QSYS2.JOBLOG_INFO('123456/OPER/SYS\\$WODOM')) L WHERE ORDINAL_POSITION > 17 AND SEVERITY >= 30 ORDER BY ORDINAL_POSITION"`,
			'',
		].join('\n'),
	);
	assert.match(endScript(JOB, {logSeen: 0, jobLogSeen: 0}), /FROM_JOB = '123456\/OPER\/SYS\\\$WODOM' AND MESSAGE_ID IN \('CPF1164', 'CPF1124'\)/);
	assert.doesNotMatch(endScript(JOB, {logSeen: 0, jobLogSeen: 0}), /OFFSET/);
});

test('nothing but a qualified job name goes into the SQL', () => {
	for (const bad of ["123456/OPER/X'; DROP TABLE T", '12345/OPER/X', '123456/OPER', '123456/OP ER/X', '123456/OPER/"X"']) {
		assert.equal(isQualifiedJobName(bad), false, bad);
		assert.throws(() => pollScript(bad, {logSeen: 0, jobLogSeen: 0}));
	}
	assert.equal(isQualifiedJobName('059446/Q#USER@/NODE_RED.1'), true);
	assert.equal(qshDoubleQuoted('a"b\\c`d$e'), '"a\\"b\\\\c\\`d\\$e"');
});

test('db2 answers: JSON rows read, headings ignored, SQL errors kept', () => {
	const answer = parsePollAnswer(
		db2Output([{kind: 'status', status: '*ACTIVE', active: 'MSGW'}]) +
			'SQL0204  QUSRBRM.BRMS_LOG_INFO in QUSRBRM type *FILE not found.\n' +
			db2Output([{kind: 'log', id: 'BRM1380', text: 'Control group SYSWODOM type *BKU processing started.  '}]) +
			db2Output([
				{kind: 'joblog', at: 12, id: 'CPF3771', type: 'DIAGNOSTIC', text: '3 objects saved, 1 not saved.'},
				{kind: 'joblog', at: '13; DROP', id: 'X', type: 'X', text: 'not a position'},
			]),
	);
	assert.deepEqual(
		answer.jobLog,
		[{at: 12, id: 'CPF3771', type: 'DIAGNOSTIC', text: '3 objects saved, 1 not saved.'}],
		'an ordinal that is not an integer is dropped',
	);
	assert.deepEqual(answer.status, {status: '*ACTIVE', active: 'MSGW'});
	assert.deepEqual(answer.log, [{id: 'BRM1380', text: 'Control group SYSWODOM type *BKU processing started.'}]);
	assert.deepEqual(answer.sqlErrors, ['SQL0204  QUSRBRM.BRMS_LOG_INFO in QUSRBRM type *FILE not found.']);
	assert.equal(parsePollAnswer('qsh: 001-0019 Error found searching for command db2.').status, undefined);
});

test('the job walks JOBQ → ACTIVE → MSGW → gone; each change said once, log lines counted', () => {
	let state = startFollowing(JOB);
	const poll = (status: string | null, active: string | null, log: Array<{id: string; text: string}> = [], jobLog: PollAnswer['jobLog'] = []) => {
		const read = readPoll(state, {status: {status, active}, log, jobLog, sqlErrors: []});
		state = read.state;
		return {lines: read.steps.map(step => `${step.status} ${step.line}`), left: read.left};
	};
	assert.deepEqual(poll('*JOBQ', null), {lines: [`*JOBQ Job ${JOB} is waiting on its job queue.`], left: false});
	assert.deepEqual(poll('*JOBQ', null), {lines: [], left: false});
	assert.deepEqual(poll('*ACTIVE', 'RUN', [{id: 'BRM1380', text: 'started.'}]), {
		lines: [`*ACTIVE Job ${JOB} is active.`, '*ACTIVE BRM1380: started.'],
		left: false,
	});
	assert.deepEqual(poll('*ACTIVE', 'MSGW').lines, [`*ACTIVE Job ${JOB} is waiting for an operator reply (MSGW): answer it on the host (WRKMSGQ QSYSOPR).`]);
	assert.deepEqual(poll('*ACTIVE', 'MSGW', [], [{at: 41, id: 'CPF3741', type: 'ESCAPE', text: 'Object not saved.'}]).lines, [
		'*ACTIVE Job log: CPF3741 (escape): Object not saved.',
	]);
	assert.deepEqual([state.logSeen, state.jobLogSeen], [1, 41]);
	assert.deepEqual(poll(null, null), {lines: [], left: true});
});

test('the end: CPF1164 end code read; no CPF1164 is not a success', () => {
	assert.equal(endCodeOf('Job 900002/QUSER/QZDASOINIT ended on 26/08/07 at 09:45:00; 33.5 seconds used; end code 10 .'), 10);
	const state = startFollowing(JOB);
	const normal = readEnd(state, {log: [{id: 'BRM1049', text: 'complete.'}], jobLog: [], end: {id: 'CPF1164', text: 'ended; end code 0 .'}, sqlErrors: []});
	assert.deepEqual(normal.end, {outcome: 'ended', endCode: 0, summary: `Job ${JOB} ended normally (end code 0).`});
	assert.deepEqual(normal.steps, [{status: '*OUTQ', line: 'BRM1049: complete.'}]);
	assert.equal(endedWell(normal.end), true);
	const abnormal = readEnd(state, {log: [], jobLog: [], end: {id: 'CPF1164', text: 'end code 30'}, sqlErrors: []}).end;
	assert.equal(abnormal.summary, `Job ${JOB} ended abnormally (end code 30).`);
	assert.equal(endedWell(abnormal), false);
	const unread = readEnd(state, {log: [], jobLog: [], sqlErrors: ['SQL0551 Not authorized to HISTORY_LOG_INFO.']}).end;
	assert.equal(unread.endCode, undefined);
	assert.match(unread.summary, /could not be read \(SQL0551/);
	assert.equal(endedWell(unread), false);
});

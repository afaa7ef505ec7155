// What brms-tui sends an IBM i for SQL and how it reads the answers (source/host/ibmi): the QSH db2
// script (only checked values in it, no OFFSET), db2's table layout and CLI ERROR blocks (a
// warning skipped, an error kept, anything else an error too), CPF1164's message data by
// position, and the shell check's echo.

import assert from 'node:assert/strict';
import {test} from 'node:test';
import {describeProblem} from '../../source/domain/job-follow.js';
import {db2Line, parseDb2Answers, qshDoubleQuoted} from '../../source/host/ibmi/db2.js';
import {endCodeFromTokens, endScript, pollScript, readEndAnswer, readPollAnswer} from '../../source/host/ibmi/job-queries.js';
import {SHELL_CHECK_LINE, SHELL_CHECK_MARKER, shellOutputProblem} from '../../source/host/ibmi/shell-check.js';
import {cpf1164TokensHex, db2CliError, db2Table} from '../fixtures/ibmi/formats.js';

const JOB = '123456/OPER/SYS$WODOM';

test('the poll script: one db2 line per statement, the job an SQL literal with $ kept from QSH, the BRMS log paged on its timestamp', () => {
	const script = pollScript(JOB, {logFrom: '2027-01-02-02.10.05.000000', jobLogAfter: 17});
	const lines = script.split('\n');
	assert.equal(lines.length, 4);
	assert.equal(lines[3], '');
	assert.ok(lines.every(line => line === '' || line.startsWith('db2 "')));
	assert.match(lines[0]!, /GET_JOB_INFO\('123456\/OPER\/SYS\\\$WODOM', IGNORE_ERRORS => 'YES'\)/);
	assert.match(
		lines[1]!,
		/QUALIFIED_JOB_NAME = '123456\/OPER\/SYS\\\$WODOM' AND MESSAGE_TIMESTAMP >= TIMESTAMP\('2027-01-02-02\.10\.05\.000000'\) ORDER BY MESSAGE_TIMESTAMP"$/,
	);
	assert.match(
		lines[2]!,
		/JOBLOG_INFO\('123456\/OPER\/SYS\\\$WODOM'\)\) L WHERE ORDINAL_POSITION > 17 AND \(SEVERITY >= 30 OR MESSAGE_ID IN \('BRM1049', 'BRM10A1', 'BRM1820'\)\)/,
	);
	assert.doesNotMatch(script, /OFFSET/);
	assert.doesNotMatch(pollScript(JOB, {jobLogAfter: 0}), /MESSAGE_TIMESTAMP >=/, 'the first read asks for every row');
	const end = endScript(JOB, {jobLogAfter: 0});
	assert.match(end, /SYSTOOLS\.ENDED_JOB_INFO\(\)\) E WHERE FROM_JOB = '123456\/OPER\/SYS\\\$WODOM'/);
	assert.match(end, /HEX\(SUBSTR\(MESSAGE_TOKENS, 1, 64\)\).*MESSAGE_ID = 'CPF1164'/);
	assert.doesNotMatch(end, /MESSAGE_TEXT FROM TABLE\(QSYS2\.HISTORY/, 'CPF1164 is never read by its text');
});

test('nothing but checked values goes into the SQL', () => {
	for (const bad of ["123456/OPER/X'; DROP TABLE T", '12345/OPER/X', '123456/OPER', '123456/OP ER/X', '123456/oper/x']) {
		assert.throws(() => pollScript(bad, {jobLogAfter: 0}), /qualified job name/, bad);
	}
	assert.throws(() => pollScript(JOB, {logFrom: "2027-01-02'); DROP", jobLogAfter: 0}), /timestamp/);
	assert.match(pollScript(JOB, {jobLogAfter: Number.NaN}), /ORDINAL_POSITION > 0 /);
	assert.equal(qshDoubleQuoted('a"b\\c`d$e'), '"a\\"b\\\\c\\`d\\$e"');
	assert.throws(() => db2Line('SELECT 1\nrm -rf /'), /control characters/);
});

test("db2's answers: tables by their dash runs (NULL as -, numbers right-aligned), CLI ERROR blocks, warnings skipped", () => {
	const output =
		db2Table(
			[
				{name: 'STATUS', width: 10},
				{name: 'ACTIVE', width: 4},
			],
			[['*ACTIVE', null]],
		) +
		db2CliError('01H52', 0, 'A warning before the answer.') +
		db2Table(
			[
				{name: 'ORDINAL', width: 11, right: true},
				{name: 'MESSAGE_TEXT', width: 40},
			],
			[
				[7, 'Library NOSUCHLIB not found.'],
				[12, '- dashes inside a text stay'],
			],
		) +
		db2CliError('42704', -204, 'BRMS_LOG_INFO in QUSRBRM type *FILE not found.');
	const answers = parseDb2Answers(output, 3);
	assert.deepEqual(answers[0], {ok: true, columns: ['STATUS', 'ACTIVE'], rows: [['*ACTIVE', null]], warnings: []});
	assert.deepEqual(answers[1], {
		ok: true,
		columns: ['ORDINAL', 'MESSAGE_TEXT'],
		rows: [
			['7', 'Library NOSUCHLIB not found.'],
			['12', '- dashes inside a text stay'],
		],
		warnings: [{sqlState: '01H52', nativeError: 0, text: 'A warning before the answer.'}],
	});
	assert.deepEqual(answers[2], {ok: false, problem: {sqlState: '42704', nativeError: -204, text: 'BRMS_LOG_INFO in QUSRBRM type *FILE not found.'}});
	assert.equal(describeProblem((answers[2] as {problem: {text: string}}).problem), 'SQL0204, SQLSTATE 42704: BRMS_LOG_INFO in QUSRBRM type *FILE not found.');
});

test('an answer that reads as neither a table nor a CLI ERROR block is an error, and so is everything after it', () => {
	const answers = parseDb2Answers(`${db2Table([{name: 'A', width: 3}], [['x']])}qsh: 001-0019 Error found searching for command db2.\n`, 3);
	assert.equal(answers[0]!.ok, true);
	for (const answer of answers.slice(1)) assert.match((answer as {problem: {text: string}}).problem.text, /cannot read \("qsh: 001-0019/);
	// A record count that does not match the rows, a table cut short, no output at all.
	assert.equal(parseDb2Answers('\nA\n-\nx\ny\n\n  1 RECORD(S) SELECTED.\n', 1)[0]!.ok, false);
	assert.equal(parseDb2Answers('\nA\n-\nx\n', 1)[0]!.ok, false);
	assert.match((parseDb2Answers('', 2)[1] as {problem: {text: string}}).problem.text, /no output/);
	// A login banner before the answers: the first is not readable, nor anything after.
	assert.deepEqual(
		parseDb2Answers(`Welcome to PROD1\n${db2Table([{name: 'A', width: 3}], [['x']])}`, 1).map(each => each.ok),
		[false],
	);
});

test('answers are read by the columns asked for; a status answer that is not exactly one row is a problem', () => {
	const status = (rows: Array<[string | null, string | null]>) =>
		db2Table(
			[
				{name: 'STATUS', width: 10},
				{name: 'ACTIVE', width: 4},
			],
			rows,
		);
	const empty = db2Table(
		[
			{name: 'LOGGED', width: 26},
			{name: 'MESSAGE_ID', width: 7},
			{name: 'MESSAGE_TEXT', width: 40},
		],
		[],
	);
	const jobLog = db2Table(
		[
			{name: 'ORDINAL', width: 11, right: true},
			{name: 'MESSAGE_ID', width: 7},
			{name: 'MESSAGE_TYPE', width: 13},
			{name: 'MESSAGE_TEXT', width: 40},
		],
		[],
	);
	assert.deepEqual(readPollAnswer(status([['*JOBQ', null]]) + empty + jobLog), {
		status: {rows: {status: '*JOBQ', active: null}},
		brmsLog: {rows: []},
		jobLog: {rows: []},
	});
	assert.match((readPollAnswer(status([]) + empty + jobLog).status as {problem: {text: string}}).problem.text, /0 status rows/);
	// The answers do not line up (the log's table where the status was asked for): not read.
	const shifted = readPollAnswer(empty + empty + jobLog);
	assert.match((shifted.status as {problem: {text: string}}).problem.text, /columns LOGGED, MESSAGE_ID, MESSAGE_TEXT where STATUS, ACTIVE were asked for/);
	// A log row whose timestamp is not one: not taken (it would be put back into SQL).
	const badLog = db2Table(
		[
			{name: 'LOGGED', width: 26},
			{name: 'MESSAGE_ID', width: 7},
			{name: 'MESSAGE_TEXT', width: 40},
		],
		[["x') OR 1=1 --", 'BRM1049', 'complete']],
	);
	assert.ok('problem' in readPollAnswer(status([['*ACTIVE', 'RUN']]) + badLog + jobLog).brmsLog);
});

test("the end code: ENDED_JOB_INFO where the host has it, else CPF1164's message data by position — checked against the job", () => {
	const logs = db2Table(
		[
			{name: 'LOGGED', width: 26},
			{name: 'MESSAGE_ID', width: 7},
			{name: 'MESSAGE_TEXT', width: 40},
		],
		[],
	);
	const jobLog = db2CliError('38501', -443, 'Job not found.');
	const code = (rows: number[]) =>
		db2Table(
			[{name: 'JOB_END_CODE', width: 6, right: true}],
			rows.map(each => [each]),
		);
	const tokens = (rows: string[]) =>
		db2Table(
			[{name: 'TOKENS', width: 128}],
			rows.map(each => [each]),
		);
	assert.deepEqual(readEndAnswer(logs + jobLog + code([20]) + tokens([]), JOB).endCode, {rows: {endCode: 20, from: 'ENDED_JOB_INFO'}});
	const missing = db2CliError('42704', -204, 'ENDED_JOB_INFO in SYSTOOLS type *N not found.');
	assert.deepEqual(readEndAnswer(logs + jobLog + missing + tokens([cpf1164TokensHex(JOB, 10)]), JOB).endCode, {rows: {endCode: 10, from: 'CPF1164'}});
	assert.equal(endCodeFromTokens(cpf1164TokensHex(JOB, 30), JOB), 30);
	assert.equal(endCodeFromTokens(cpf1164TokensHex('654321/OPER/SYSWODOM', 0), JOB), undefined, "another job's CPF1164");
	assert.equal(endCodeFromTokens(cpf1164TokensHex(JOB, 7), JOB), undefined, 'not an end code: the layout is not what brms-tui assumes');
	assert.equal(endCodeFromTokens('not hex', JOB), undefined);
	assert.match(
		(readEndAnswer(logs + jobLog + missing + tokens([cpf1164TokensHex(JOB, 3)]), JOB).endCode as {problem: {text: string}}).problem.text,
		/did not read as brms-tui expects/,
	);
	assert.match((readEndAnswer(logs + jobLog + missing + tokens([]), JOB).endCode as {problem: {text: string}}).problem.text, /no CPF1164/);
});

test('the shell check: the echo alone is fine; a banner on stdout is refused, naming the fix', () => {
	assert.equal(SHELL_CHECK_LINE, `echo '${SHELL_CHECK_MARKER}'`);
	const where = {user: 'OPER', host: 'prod1.example.com'};
	assert.equal(shellOutputProblem(`${SHELL_CHECK_MARKER}\n`, where), undefined);
	const banner = shellOutputProblem(`Welcome to PROD1 - authorized use only\n${SHELL_CHECK_MARKER}\n`, where)!;
	assert.match(banner, /^The shell of OPER on prod1\.example\.com writes to standard output when it starts \("Welcome to PROD1 - authorized use only"\)/);
	assert.match(
		banner,
		/Nothing was run\. Fix: remove the echo or banner from the login profile \(~\/\.profile, ~\/\.bashrc or \/QOpenSys\/etc\/profile\), or send it to standard error \(>&2\)\./,
	);
	assert.match(shellOutputProblem('', where)!, /did not answer a plain echo/);
});

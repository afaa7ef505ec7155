import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {test} from 'node:test';
import {checkStrbkubrm, DEFAULT_REQUEST, parseStartingSequence, requestFromCommand, strbkubrmCommand, submittedJob} from '../../source/domain/strbkubrm.js';
import {parseMessages, shellQuote, systemExecLine} from '../../source/host/ibmi/system-utility.js';

test('the command leaves parameters at their defaults out, and always says SBMJOB', () => {
	assert.equal(strbkubrmCommand({...DEFAULT_REQUEST, controlGroup: 'SYSWODOM'}), 'STRBKUBRM CTLGRP(SYSWODOM) SBMJOB(*YES)');
	assert.equal(
		strbkubrmCommand({
			controlGroup: 'RESTRICTED',
			scheduleTime: '230000',
			submitJob: '*CTLSBS',
			startingSequence: {start: '20', end: '*LAST'},
			activity: '*FULL',
			retention: {type: '*DAYS', value: '35'},
			append: '*NO',
			jobDescription: 'QGPL/BKUJOBD',
			jobQueue: 'QGPL/QBATCH',
			omits: '*IGNORE',
		}),
		'STRBKUBRM CTLGRP(RESTRICTED) SCDTIME(230000) SBMJOB(*CTLSBS) STRSEQ(20 *LAST) ACTIVITY(*FULL) RETENTION(*DAYS 35) APPEND(*NO) JOBD(QGPL/BKUJOBD) JOBQ(QGPL/QBATCH) OMITS(*IGNORE)',
	);
	assert.equal(
		strbkubrmCommand({...DEFAULT_REQUEST, controlGroup: 'X', retention: {type: '*PERM', value: ''}}),
		'STRBKUBRM CTLGRP(X) SBMJOB(*YES) RETENTION(*PERM)',
	);
	assert.equal(strbkubrmCommand({...DEFAULT_REQUEST, controlGroup: '*SYSGRP', submitJob: '*NO'}), 'STRBKUBRM CTLGRP(*SYSGRP) SBMJOB(*NO)');
});

test('every parameter is checked; nothing unchecked reaches the command', () => {
	const keywords = (overrides: object) => checkStrbkubrm({...DEFAULT_REQUEST, controlGroup: 'SYSWODOM', ...overrides}).map(each => each.keyword);
	assert.deepEqual(keywords({}), []);
	assert.deepEqual(keywords({controlGroup: "X') DLTLIB(QGPL"}), ['CTLGRP']);
	assert.deepEqual(keywords({scheduleTime: '2500'}), ['SCDTIME']);
	assert.deepEqual(keywords({scheduleTime: '246000'}), ['SCDTIME']);
	assert.deepEqual(keywords({submitJob: '*MAYBE'}), ['SBMJOB']);
	assert.deepEqual(keywords({startingSequence: {start: '0', end: '*LAST'}}), ['STRSEQ']);
	assert.deepEqual(keywords({startingSequence: {start: '50', end: '40'}}), ['STRSEQ']);
	assert.deepEqual(keywords({activity: '*CUML'}), ['ACTIVITY']);
	assert.deepEqual(keywords({jobDescription: 'A/B/C'}), ['JOBD']);
	assert.deepEqual(keywords({jobQueue: 'Q BATCH'}), ['JOBQ']);
	// A CL qualified name takes *LIBL or *CURLIB for its library, never for its name.
	assert.deepEqual(keywords({jobDescription: '*LIBL/QBATCH', jobQueue: '*CURLIB/QBATCH'}), []);
	assert.deepEqual(keywords({jobDescription: 'QGPL/*LIBL', jobQueue: '*ALL/QBATCH'}), ['JOBD', 'JOBQ']);
	assert.match(checkStrbkubrm({...DEFAULT_REQUEST, controlGroup: 'SYSWODOM', jobDescription: ''})[0]!.text, /^Job description ' ' not valid; use \*USRPRF/);
	assert.deepEqual(keywords({retention: {type: '*DAYS', value: ''}}), ['RETENTION']);
	assert.deepEqual(keywords({retention: {type: '*DAYS', value: '0'}}), ['RETENTION']);
	assert.deepEqual(keywords({retention: {type: '*PERM', value: '5'}}), ['RETENTION']);
	assert.deepEqual(keywords({retention: {type: '*FOREVER', value: ''}}), ['RETENTION']);
	assert.deepEqual(keywords({append: '*MAYBE'}), ['APPEND']);
	assert.deepEqual(keywords({omits: '*SKIP'}), ['OMITS']);
	// Each problem names the element at fault, so the prompt can put the cursor on it.
	const elements = (overrides: object) => checkStrbkubrm({...DEFAULT_REQUEST, controlGroup: 'SYSWODOM', ...overrides}).map(each => each.element);
	assert.deepEqual(elements({startingSequence: {start: '50', end: '40'}}), ['end']);
	assert.deepEqual(elements({retention: {type: '*VERSION', value: 'x'}}), ['value']);
	assert.throws(() => strbkubrmCommand({...DEFAULT_REQUEST, controlGroup: 'BAD NAME'}), /checked values only/);
});

test('STRSEQ as typed takes at most a start and an end', () => {
	assert.deepEqual(parseStartingSequence(''), {start: '*FIRST', end: '*LAST'});
	assert.deepEqual(parseStartingSequence(' 10  *last '), {start: '10', end: '*LAST'});
	assert.equal((parseStartingSequence('10 50 70') as {keyword: string}).keyword, 'STRSEQ');
});

test('the exec line passes the CL command to the system utility as one shell word, whatever it holds', () => {
	const command = "SNDMSG MSG('It''s done; $HOME `x` *ALL \\\\ \"q\" !') TOUSR(QSYSOPR)";
	const line = systemExecLine(command);
	assert.ok(line.startsWith("/QOpenSys/usr/bin/system '"));
	// A real POSIX shell must hand the stand-in exactly one argument, unchanged.
	const shell = spawnSync('sh', ['-c', line.replace('/QOpenSys/usr/bin/system', 'printf "%s\\n"')], {encoding: 'utf8', env: {HOME: '/nowhere'}});
	assert.equal(shell.stdout, `${command}\n`);
	assert.equal(shellQuote("a'b"), `'a'\\''b'`);
	assert.throws(() => systemExecLine('STRBKUBRM CTLGRP(X)\n; rm -rf /'), /control characters/);
});

test('messages are read as MSGID: text lines; CPC1221 gives the submitted job', () => {
	const stdout = 'CPC1221: Job 123456/OPERATOR/SYSWODOM submitted to job queue QBATCH in library QGPL.\nsome spooled line\n';
	const messages = parseMessages(stdout, 'stdout');
	assert.deepEqual(messages, [{id: 'CPC1221', text: 'Job 123456/OPERATOR/SYSWODOM submitted to job queue QBATCH in library QGPL.', stream: 'stdout'}]);
	assert.equal(submittedJob(messages), '123456/OPERATOR/SYSWODOM');
	const stderr = parseMessages('CPD0043: Keyword CTLGRP not valid.\r\nCPF0001: Error found on STRBKUBRM command.\n', 'stderr');
	assert.deepEqual(
		stderr.map(each => each.id),
		['CPD0043', 'CPF0001'],
	);
	assert.equal(submittedJob(stderr), undefined);
	// Names may end in $, # or @: the whole token is the job, not up to a word boundary.
	assert.equal(submittedJob(parseMessages('CPC1221: Job 123456/OPER/PAY$ submitted to job queue QBATCH in library QGPL.', 'stdout')), '123456/OPER/PAY$');
	assert.equal(submittedJob(parseMessages('CPC1221: Job 000042/#OPER/@NIGHT# submitted to job queue Q in library L.', 'stdout')), '000042/#OPER/@NIGHT#');
	assert.deepEqual(
		parseMessages('BRM10A1: informational\nBRM1049: Control group SYSWODOM type *BKU processing is complete.', 'stdout').map(each => each.id),
		['BRM10A1', 'BRM1049'],
	);
});

test("a typed STRBKUBRM command (a schedule entry's Command to run) is read keyword by keyword, checked, and rebuilt", () => {
	const read = (text: string) => {
		const result = requestFromCommand(text);
		return 'request' in result ? strbkubrmCommand(result.request) : result.problem.text;
	};
	assert.equal(read('STRBKUBRM CTLGRP(SYSWODOM) SBMJOB(*NO)'), 'STRBKUBRM CTLGRP(SYSWODOM) SBMJOB(*NO)');
	assert.equal(read('  strbkubrm   syswodom  sbmjob(*ctlsbs) strseq(30 40) '), 'STRBKUBRM CTLGRP(SYSWODOM) SBMJOB(*CTLSBS) STRSEQ(30 40)');
	assert.equal(read('STRBKUBRM CTLGRP(SYSWODOM)'), 'STRBKUBRM CTLGRP(SYSWODOM) SBMJOB(*YES)', "SBMJOB's default");
	assert.equal(read('DLTLIB LIB(QGPL)'), 'Command to run not valid: brms-tui schedules STRBKUBRM only.');
	assert.equal(read('STRBKUBRM CTLGRP(X) CMD(DLTLIB)'), 'Command to run not valid: STRBKUBRM has no keyword CMD.');
	assert.equal(read("STRBKUBRM CTLGRP(X) SBMJOB(*NO) ') CMD(DLTLIB"), `Command to run not valid: "') CMD(DLTLIB" is not a KEYWORD(value).`);
	assert.equal(read('STRBKUBRM CTLGRP(X) SBMJOB(*NO) SBMJOB(*YES)'), 'Command to run not valid: SBMJOB is given twice.');
	assert.equal(read('STRBKUBRM CTLGRP(BAD NAME)'), 'Control group BAD NAME not valid.');
	assert.equal(read("STRBKUBRM CTLGRP(X) JOBQ(Q')"), "Job queue Q' not valid; use *JOBD or [LIB/]NAME.");
	// A value longer than the prompt's field is refused as such, so the message fits line 24.
	assert.equal(read(`STRBKUBRM ${'A'.repeat(11)}`), 'Command to run not valid: CTLGRP takes at most 10 characters.');
	assert.equal(read(`STRBKUBRM CTLGRP(X) JOBQ(QGPL/${'Q'.repeat(20)})`), 'Command to run not valid: JOBQ takes at most 21 characters.');
	assert.equal(read('STRBKUBRM CTLGRP(X) JOBQ(QGPL/QBATCH) RETENTION(*DAYS 35)'), 'STRBKUBRM CTLGRP(X) SBMJOB(*YES) RETENTION(*DAYS 35) JOBQ(QGPL/QBATCH)');
});

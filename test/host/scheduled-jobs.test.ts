// F7 over SSH: the BRMS jobs of a real IBM i's job schedule, read with QSYS2.SCHEDULED_JOB_INFO
// through db2 in QSH (host/ibmi/scheduled-jobs.ts) — the exact script the host received, the rows
// as db2 prints them, nulls where the user lacks *JOBCTL, and an SQL error said, never a list.

import assert from 'node:assert/strict';
import {test} from 'node:test';
import {addJobScheduleEntryCommand, defaultScheduleEntry, scheduledJobOf} from '../../source/domain/job-schedule.js';
import {SCHEDULED_JOB_COLUMNS} from '../../source/host/ibmi/scheduled-jobs.js';
import {sshSystem} from '../../source/host/ssh-system.js';
import {type Db2Column, db2CliError, db2Table} from '../fixtures/ibmi/formats.js';
import {fakeIbmiClient, withFakeIbmi} from '../helpers/ibmi-ssh-server.js';

const COLUMNS: Db2Column[] = SCHEDULED_JOB_COLUMNS.map(name => ({name, width: name === 'COMMAND_STRING' ? 80 : name === 'DESCRIPTION' ? 50 : 14}));

async function listOn(answer: string) {
	let scripts: string[] = [];
	let listed: unknown;
	await withFakeIbmi({reply: () => ({stdout: ''}), qsh: () => ({stdout: answer})}, async (server, trust) => {
		const host = sshSystem(
			{name: 'prod1'},
			{target: {host: '127.0.0.1', port: server.port, user: 'OPER', keyPath: fakeIbmiClient.keyPath}, trust, secrets: {}},
		);
		try {
			listed = await host.listScheduledJobs();
		} finally {
			host.close();
		}
		scripts = [...server.scripts];
	});
	return {scripts, listed};
}

test('over SSH, F7 asks SCHEDULED_JOB_INFO for the entries whose command is STRBKUBRM and reads the rows db2 prints', async () => {
	const rows = [
		[
			'NIGHTLY',
			'SCHEDULED',
			'*WEEKLY',
			'SCHEDULED_DAYS',
			'*MON,*WED,*FRI',
			'22:00:00',
			'2026-12-07',
			'Nightly user save',
			'STRBKUBRM CTLGRP(SYSWODOM) SBMJOB(*NO)',
		],
		['RESTRICT', 'HELD', '*MONTHLY', '*MONTHEND', null, '01:30:00', null, null, 'STRBKUBRM CTLGRP(RESTRICTED) SBMJOB(*CTLSBS)'],
	];
	const {scripts, listed} = await listOn(db2Table(COLUMNS, rows));
	assert.deepEqual(scripts, [
		`db2 "SELECT ${SCHEDULED_JOB_COLUMNS.join(', ')} FROM QSYS2.SCHEDULED_JOB_INFO WHERE UPPER(COMMAND_STRING) LIKE '%STRBKUBRM%' ORDER BY SCHEDULED_JOB_NAME"\n`,
	]);
	assert.deepEqual(listed, {
		ok: true,
		jobs: [
			{
				job: 'NIGHTLY',
				status: 'SCHEDULED',
				frequency: '*WEEKLY',
				date: 'SCHEDULED_DAYS',
				days: '*MON,*WED,*FRI',
				time: '22:00:00',
				nextSubmission: '2026-12-07',
				text: 'Nightly user save',
				command: 'STRBKUBRM CTLGRP(SYSWODOM) SBMJOB(*NO)',
			},
			{
				job: 'RESTRICT',
				status: 'HELD',
				frequency: '*MONTHLY',
				date: '*MONTHEND',
				days: '',
				time: '01:30:00',
				nextSubmission: null,
				text: '',
				command: 'STRBKUBRM CTLGRP(RESTRICTED) SBMJOB(*CTLSBS)',
			},
		],
	});
});

test('an SQL error is the answer, not an empty schedule', async () => {
	const {listed} = await listOn(db2CliError('42704', -204, 'SCHEDULED_JOB_INFO in QSYS2 type *FILE not found.'));
	assert.deepEqual(listed, {ok: false, problem: 'SQL0204, SQLSTATE 42704: SCHEDULED_JOB_INFO in QSYS2 type *FILE not found.'});
	const {listed: other} = await listOn(db2Table([{name: 'JOB_NAME', width: 10}], [['X']]));
	assert.equal((other as {ok: boolean}).ok, false, 'columns other than those asked for are not read');
});

test("the demo host's schedule reads back what ADDJOBSCDE added, quotes in the text undone", () => {
	const entry = {...defaultScheduleEntry('SYSWODOM'), scheduleDays: ['*MON', '*FRI'], scheduleTime: '0130', text: "Nightly 'user' save"};
	assert.deepEqual(scheduledJobOf(addJobScheduleEntryCommand(entry)), {
		job: 'SYSWODOM',
		status: 'SCHEDULED',
		frequency: '*WEEKLY',
		date: 'SCHEDULED_DAYS',
		days: '*MON,*FRI',
		time: '01:30:00',
		nextSubmission: null,
		command: 'STRBKUBRM CTLGRP(SYSWODOM) SBMJOB(*NO)',
		text: "Nightly 'user' save",
	});
});

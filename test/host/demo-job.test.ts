// The demo system's simulated STRBKUBRM job honours the submitted command's STRSEQ (only the
// entries in the range, brms.md §5.1) and SCDTIME (shown as scheduled on the job queue, then
// released at once in the demo).

import assert from 'node:assert/strict';
import {existsSync, mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {test} from 'node:test';
import {withDefaultAttributes} from '../../source/domain/attributes.js';
import {demoControlGroups} from '../../source/domain/catalog.js';
import type {JobEnd} from '../../source/domain/job-follow.js';
import {defaultScheduleEntry} from '../../source/domain/job-schedule.js';
import {DEFAULT_REQUEST, strbkubrmCommand, submittedJob} from '../../source/domain/strbkubrm.js';
import {demoRunOf} from '../../source/host/demo/demo-job.js';
import {createDemoSystem} from '../../source/host/demo/demo-system.js';
import {demoJobSchedule} from '../../source/host/demo/job-schedule.js';

process.env['BRMS_TUI_DEMO_STEP_MS'] = '0';

/** Submits the command to a fresh demo system and follows its job: the job and its lines. */
async function submitAndFollow(command: string, groups = demoControlGroups()): Promise<{job: string; lines: string[]; summary: string; end: JobEnd}> {
	const host = createDemoSystem(() => groups);
	const run = await host.runCommand(command);
	const job = submittedJob(run.messages);
	assert.ok(job, `no job submitted: ${JSON.stringify(run.messages)}`);
	const lines: string[] = [];
	const end = await host.followJob(job, step => lines.push(`${step.status} ${step.line ?? ''}`));
	return {job, lines, summary: end.summary, end};
}

const START = '*ACTIVE BRM1380: Control group SYSWODOM type *BKU processing started.';
const COMPLETE = '*OUTQ BRM1049: Control group SYSWODOM type *BKU processing is complete.';
/** A job takes a drive of the demo's tape library at its first entry that writes to tape. */
const DRIVE = '*ACTIVE Tape drive TAP01 of TAPMLB01 allocated.';

test('STRSEQ(30 40) walks only Seq 30 to 40 of SYSWODOM', async () => {
	const {job, lines, summary} = await submitAndFollow('STRBKUBRM CTLGRP(SYSWODOM) SBMJOB(*YES) STRSEQ(30 40)');
	assert.deepEqual(lines, [
		`*JOBQ Job ${job} is waiting on job queue QBATCH.`,
		START,
		DRIVE,
		'*ACTIVE Seq 30: *SAVCFG saved.',
		'*ACTIVE Seq 40: *ALLUSR saved.',
		COMPLETE,
	]);
	assert.equal(summary, `Job ${job}: control group processing completed (BRM1049 in the BRMS log); the job ended with end code 0.`);
});

test('without STRSEQ (*FIRST *LAST) every entry of SYSWODOM is walked', async () => {
	const {job, lines} = await submitAndFollow('STRBKUBRM CTLGRP(SYSWODOM) SBMJOB(*YES)');
	assert.deepEqual(lines, [
		`*JOBQ Job ${job} is waiting on job queue QBATCH.`,
		START,
		'*ACTIVE Seq 10: Exit (no command) processed.',
		DRIVE,
		'*ACTIVE Seq 20: *SAVSECDTA saved.',
		'*ACTIVE Seq 30: *SAVCFG saved.',
		'*ACTIVE Seq 40: *ALLUSR saved.',
		'*ACTIVE Seq 50: *ALLDLO saved.',
		'*ACTIVE Seq 60: QLTSEXCL (*LNK) saved.',
		'*ACTIVE Seq 70: Exit (no command) processed.',
		COMPLETE,
	]);
});

test('a single STRSEQ value is the start; the end stays *LAST', async () => {
	const {job, lines} = await submitAndFollow('STRBKUBRM CTLGRP(SYSWODOM) SBMJOB(*YES) STRSEQ(60)');
	assert.deepEqual(lines, [
		`*JOBQ Job ${job} is waiting on job queue QBATCH.`,
		START,
		DRIVE,
		'*ACTIVE Seq 60: QLTSEXCL (*LNK) saved.',
		'*ACTIVE Seq 70: Exit (no command) processed.',
		COMPLETE,
	]);
});

test('STRSEQ(*FIRST 20) and STRSEQ(35 45) take the bounds as a range, not as entry numbers', async () => {
	const first = await submitAndFollow('STRBKUBRM CTLGRP(SYSWODOM) SBMJOB(*YES) STRSEQ(*FIRST 20)');
	assert.deepEqual(first.lines.slice(2, -1), ['*ACTIVE Seq 10: Exit (no command) processed.', DRIVE, '*ACTIVE Seq 20: *SAVSECDTA saved.']);
	const between = await submitAndFollow('STRBKUBRM CTLGRP(SYSWODOM) SBMJOB(*YES) STRSEQ(35 45)');
	assert.deepEqual(between.lines.slice(2, -1), [DRIVE, '*ACTIVE Seq 40: *ALLUSR saved.']);
});

test('SCDTIME shows the job as scheduled on the job queue, then the demo runs it at once', async () => {
	const command = strbkubrmCommand({...DEFAULT_REQUEST, controlGroup: 'SYSWODOM', scheduleTime: '230000', startingSequence: {start: '30', end: '40'}});
	assert.equal(command, 'STRBKUBRM CTLGRP(SYSWODOM) SCDTIME(230000) SBMJOB(*YES) STRSEQ(30 40)');
	const {job, lines, summary} = await submitAndFollow(command);
	assert.deepEqual(lines, [
		`*JOBQ Job ${job} is scheduled to start at 23:00:00 on job queue QBATCH; the demo system starts it now.`,
		START,
		DRIVE,
		'*ACTIVE Seq 30: *SAVCFG saved.',
		'*ACTIVE Seq 40: *ALLUSR saved.',
		COMPLETE,
	]);
	assert.equal(summary, `Job ${job}: control group processing completed (BRM1049 in the BRMS log); the job ended with end code 0.`);
});

test('each submitted job keeps its own STRSEQ and SCDTIME', async () => {
	const host = createDemoSystem();
	const jobOf = async (command: string) => submittedJob((await host.runCommand(command)).messages)!;
	const ranged = await jobOf('STRBKUBRM CTLGRP(SYSWODOM) SCDTIME(0130) SBMJOB(*YES) STRSEQ(70 *LAST)');
	const whole = await jobOf('STRBKUBRM CTLGRP(SYSWODOM) SBMJOB(*YES)');
	const follow = async (job: string) => {
		const lines: string[] = [];
		await host.followJob(job, step => lines.push(`${step.status} ${step.line ?? ''}`));
		return lines;
	};
	assert.equal((await follow(whole)).length, 11);
	assert.deepEqual(await follow(ranged), [
		`*JOBQ Job ${ranged} is scheduled to start at 01:30:00 on job queue QBATCH; the demo system starts it now.`,
		START,
		'*ACTIVE Seq 70: Exit (no command) processed.',
		COMPLETE,
	]);
});

test('demoRunOf reads STRSEQ and SCDTIME from the CL text', () => {
	assert.deepEqual(demoRunOf('STRBKUBRM CTLGRP(SYSWODOM) SBMJOB(*YES)'), {sequence: {start: 1, end: 9999}});
	assert.deepEqual(demoRunOf('STRBKUBRM CTLGRP(SYSWODOM) SCDTIME(*IMMED) SBMJOB(*YES) STRSEQ(*FIRST *LAST)'), {sequence: {start: 1, end: 9999}});
	assert.deepEqual(demoRunOf('STRBKUBRM CTLGRP(SYSWODOM) SCDTIME(093015) SBMJOB(*YES) STRSEQ(30)'), {
		sequence: {start: 30, end: 9999},
		scheduledAt: '09:30:15',
	});
	assert.deepEqual(demoRunOf("STRBKUBRM CTLGRP(SYSWODOM) SCDTIME('23:45:00') SBMJOB(*YES)"), {sequence: {start: 1, end: 9999}, scheduledAt: '23:45:00'});
	assert.deepEqual(demoRunOf('STRBKUBRM CTLGRP(SYSWODOM) SCDTIME(2500) SBMJOB(*YES)'), {sequence: {start: 1, end: 9999}});
});

/** SYSWODOM as a trainer changed it (and applied it on the demo host). */
function syswodomWith(change: (group: ReturnType<typeof demoControlGroups>[number]) => ReturnType<typeof demoControlGroups>[number]) {
	return demoControlGroups().map(group => (group.name === 'SYSWODOM' ? change(group) : group));
}

test('the demo gives all three verdicts: an item the demo system does not have makes BRM10A1; a backup device it does not have, BRM1820', async () => {
	const missingLibrary = syswodomWith(group => ({
		...group,
		entries: [...group.entries, {...group.entries[1]!, seq: 65, item: 'NOSUCHLIB', retainObjectDetail: '*ERR'}],
	}));
	const errors = await submitAndFollow('STRBKUBRM CTLGRP(SYSWODOM) SBMJOB(*YES)', missingLibrary);
	assert.ok(errors.lines.includes('*ACTIVE CPF3781: Library NOSUCHLIB not found.'), errors.lines.join('\n'));
	assert.equal(errors.lines.at(-1), '*OUTQ BRM10A1: Control group SYSWODOM type *BKU completed with errors.');
	assert.deepEqual([errors.end.outcome, errors.end.messageId, errors.end.endCode], ['completedWithErrors', 'BRM10A1', 0]);
	// A library the demo system has, and a generic name matching one, save as usual.
	const known = await submitAndFollow(
		'STRBKUBRM CTLGRP(SYSWODOM) SBMJOB(*YES)',
		syswodomWith(group => ({...group, entries: [...group.entries, {...group.entries[1]!, seq: 65, item: 'PAY*'}]})),
	);
	assert.equal(known.end.outcome, 'completed');
	const missingDevice = syswodomWith(group => ({...group, attributes: withDefaultAttributes({...group.attributes, backupDevices: ['TAP99']})}));
	const abnormal = await submitAndFollow('STRBKUBRM CTLGRP(SYSWODOM) SBMJOB(*YES)', missingDevice);
	assert.deepEqual(abnormal.lines.slice(-3), [
		'*ACTIVE Seq 10: Exit (no command) processed.',
		'*ACTIVE CPF9814: Device TAP99 not found.',
		'*OUTQ BRM1820: Control group SYSWODOM type *BKU ended abnormally.',
	]);
	assert.deepEqual([abnormal.end.outcome, abnormal.end.messageId, abnormal.end.endCode], ['endedAbnormally', 'BRM1820', 20]);
	const known2 = await submitAndFollow(
		'STRBKUBRM CTLGRP(SYSWODOM) SBMJOB(*YES)',
		syswodomWith(group => ({...group, attributes: withDefaultAttributes({...group.attributes, backupDevices: ['TAPMLB01']})})),
	);
	assert.equal(known2.end.outcome, 'completed');
});

test("the demo host adds a job schedule entry to its own scheduler, with the host's completion message; a group it lacks is refused", async () => {
	const folder = mkdtempSync(join(tmpdir(), 'brms-tui-demo-schedule-'));
	const schedule = demoJobSchedule({cwd: folder});
	const host = createDemoSystem(demoControlGroups, schedule);
	const run = await host.addJobScheduleEntry(defaultScheduleEntry('SYSWODOM'));
	assert.equal(
		run.command,
		"ADDJOBSCDE JOB(SYSWODOM) CMD(STRBKUBRM CTLGRP(SYSWODOM) SBMJOB(*NO)) FRQ(*WEEKLY) SCDDATE(*NONE) SCDDAY(*ALL) SCDTIME(2200) TEXT('Backup control group SYSWODOM')",
	);
	assert.deepEqual([run.exitCode, run.messages], [0, [{id: 'CPC1238', text: 'Job schedule entry SYSWODOM number 000001 added.', stream: 'stdout'}]]);
	assert.deepEqual(
		schedule.list().map(each => each.command),
		[run.command],
	);
	assert.ok(existsSync(join(folder, 'demo-job-schedule.json')));
	const refused = await host.addJobScheduleEntry(defaultScheduleEntry('NOGROUP'));
	assert.deepEqual([refused.exitCode, refused.messages[0]?.id, refused.messages[0]?.stream], [1, 'TUI0502', 'stderr']);
	assert.equal(schedule.list().length, 1);
});

// Following a submitted job over SSH against the in-process IBM i: the QSH scripts it received,
// one connection for the submit and every poll, the end code, a dropped connection, a status
// query that keeps failing, and the operator stopping the wait.

import assert from 'node:assert/strict';
import {test} from 'node:test';
import {FollowingStopped, type JobProgress, pollScript} from '../../source/domain/job-follow.js';
import {sshSystem} from '../../source/host/ssh-system.js';
import type {SshTrust} from '../../source/host/ssh-transport.js';
import {type FakeIbmi, fakeIbmiClient, type Reply, scriptedJob, withFakeIbmi} from '../helpers/ibmi-ssh-server.js';

const JOB = '123456/OPER/SYSWODOM';
const SUBMITTED = {stdout: `CPC1221: Job ${JOB} submitted to job queue QBATCH in library QGPL.\n`};
const fast = {pollMs: 5, commandMs: 2000, failuresAllowed: 3};

function host(server: FakeIbmi, trust: SshTrust) {
	return sshSystem(
		{name: 'prod1'},
		{target: {host: '127.0.0.1', port: server.port, user: 'OPER', keyPath: fakeIbmiClient.keyPath}, trust, secrets: {}, follow: fast},
	);
}

async function submitAndFollow(qsh: (script: string) => Reply, signal?: AbortSignal) {
	const steps: JobProgress[] = [];
	let result: {end?: Awaited<ReturnType<ReturnType<typeof sshSystem>['followJob']>>; error?: unknown; scripts: string[]; connections: number} = {
		scripts: [],
		connections: 0,
	};
	await withFakeIbmi({reply: () => SUBMITTED, qsh}, async (server, trust) => {
		const system = host(server, trust);
		try {
			const run = await system.runCommand('STRBKUBRM CTLGRP(SYSWODOM) SBMJOB(*YES)');
			assert.equal(run.exitCode, 0);
			result.end = await system.followJob(JOB, step => steps.push(step), signal);
		} catch (error) {
			result.error = error;
		} finally {
			system.close();
		}
		result = {...result, scripts: [...server.scripts], connections: server.connections()};
	});
	return {...result, lines: steps.map(step => `${step.status} ${step.line}`)};
}

test('a submitted job followed to its end over the same connection: status, BRMS log lines, end code', async () => {
	const job = scriptedJob(
		JOB,
		[
			{status: '*JOBQ'},
			{status: '*ACTIVE', active: 'RUN', log: ['BRM1380: Control group SYSWODOM type *BKU processing started.']},
			{status: '*ACTIVE', active: 'MSGW'},
			{status: '*ACTIVE', active: 'RUN', log: ['CPC3722: 412 objects saved from library QUSRSYS.']},
			{status: null, log: ['BRM1049: Control group SYSWODOM type *BKU processing is complete.']},
		],
		0,
	);
	const {end, lines, scripts, connections} = await submitAndFollow(job);
	assert.deepEqual(end, {outcome: 'ended', endCode: 0, summary: `Job ${JOB} ended normally (end code 0).`});
	assert.deepEqual(lines, [
		`*JOBQ Job ${JOB} is waiting on its job queue.`,
		`*ACTIVE Job ${JOB} is active.`,
		'*ACTIVE BRM1380: Control group SYSWODOM type *BKU processing started.',
		`*ACTIVE Job ${JOB} is waiting for an operator reply (MSGW): answer it on the host (WRKMSGQ QSYSOPR).`,
		'*ACTIVE CPC3722: 412 objects saved from library QUSRSYS.',
		'*OUTQ BRM1049: Control group SYSWODOM type *BKU processing is complete.',
	]);
	assert.equal(connections, 1, 'the submit and every poll share one connection');
	assert.equal(scripts.length, 6, 'five polls and the end script');
	assert.equal(scripts[0], pollScript(JOB, {logSeen: 0, jobLogSeen: 0}));
	assert.equal(scripts[4], pollScript(JOB, {logSeen: 2, jobLogSeen: 0}), 'only log lines not yet read are asked for');
	assert.match(scripts[5]!, /HISTORY_LOG_INFO.*FROM_JOB = '123456\/OPER\/SYSWODOM'/);
});

test('an abnormal end is reported with its end code', async () => {
	const {end} = await submitAndFollow(scriptedJob(JOB, [{status: '*ACTIVE'}, {status: '*OUTQ'}], 30));
	assert.deepEqual([end?.outcome, end?.endCode], ['ended', 30]);
	assert.match(end!.summary, /ended abnormally \(end code 30\)/);
});

test('the connection dropped while following: outcome unknown, with the job name — never success', async () => {
	let polls = 0;
	const {end, lines} = await submitAndFollow(script => (++polls === 2 ? {drop: true} : scriptedJob(JOB, [{status: '*ACTIVE'}], 0)(script)));
	assert.equal(end?.outcome, 'unknown');
	assert.equal(end?.endCode, undefined);
	assert.match(end!.summary, /^Outcome unknown \(job 123456\/OPER\/SYSWODOM\): /);
	assert.deepEqual(lines, [`*ACTIVE Job ${JOB} is active.`]);
});

test('a status query that keeps failing gives up after a few tries with the SQL message', async () => {
	const {end, scripts} = await submitAndFollow(() => ({stderr: 'SQL0443  Trigger program or external routine detected an error.\n', exitCode: 1}));
	assert.equal(end?.outcome, 'unknown');
	assert.match(end!.summary, /job status could not be read \(SQL0443/);
	assert.equal(scripts.length, 3);
});

test('stopping the wait stops the polls, not the job', async () => {
	const controller = new AbortController();
	let polls = 0;
	const {error, scripts} = await submitAndFollow(script => {
		if (++polls === 2) controller.abort();
		return scriptedJob(JOB, [{status: '*ACTIVE'}], 0)(script);
	}, controller.signal);
	assert.ok(error instanceof FollowingStopped);
	assert.equal(scripts.length, 2);
});

// Following a submitted job over SSH against the in-process IBM i: the QSH scripts it received,
// one connection for the submit and every poll, the end code, a dropped connection, a status
// query that keeps failing, and the operator stopping the wait.

import assert from 'node:assert/strict';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {type AddressInfo, connect, createServer, type Socket} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {test} from 'node:test';
import {FollowingStopped, type JobProgress} from '../../source/domain/job-follow.js';
import {pollScript} from '../../source/host/ibmi/job-queries.js';
import {sshSystem} from '../../source/host/ssh-system.js';
import type {SshTrust} from '../../source/host/ssh-transport.js';
import {db2CliError} from '../fixtures/ibmi/formats.js';
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

test('a submitted job followed to its end over the same connection: status, BRMS log lines, BRMS verdict', async () => {
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
	assert.deepEqual(end, {
		outcome: 'completed',
		verdictFrom: 'brmsLog',
		messageId: 'BRM1049',
		endCode: 0,
		summary: `Job ${JOB}: control group processing completed (BRM1049 in the BRMS log); the job ended with end code 0.`,
	});
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
	assert.equal(scripts[0], pollScript(JOB, {jobLogAfter: 0}));
	assert.equal(scripts[4], pollScript(JOB, {logFrom: '2027-01-02-02.10.01.000000', jobLogAfter: 0}), 'the log is read from the last timestamp on');
	assert.match(scripts[5]!, /SYSTOOLS\.ENDED_JOB_INFO\(\)\) E WHERE FROM_JOB = '123456\/OPER\/SYSWODOM'/);
});

test('a BRMS log with no end message is no verdict, whatever the end code', async () => {
	const {end} = await submitAndFollow(scriptedJob(JOB, [{status: '*ACTIVE'}, {status: '*OUTQ'}], 0));
	assert.deepEqual([end?.outcome, end?.endCode], ['unknown', 0]);
	assert.match(end!.summary, /holds no end message/);
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
	const {end, scripts} = await submitAndFollow(() => ({
		stdout: db2CliError('38501', -443, 'Trigger program or external routine detected an error.'),
		exitCode: 0,
	}));
	assert.equal(end?.outcome, 'unknown');
	assert.match(end!.summary, /job status could not be read \(SQL0443, SQLSTATE 38501: Trigger program/);
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

test('keepalive on a long follow: a connection that goes silent (no FIN) ends the following as "outcome unknown", not a hang', async () => {
	await withFakeIbmi({reply: () => SUBMITTED, qsh: scriptedJob(JOB, [{status: '*ACTIVE'}], 0)}, async (server, trust) => {
		// A TCP relay that can stop passing bytes either way, as a NAT or firewall that drops an idle flow.
		let frozen = false;
		const sockets: Socket[] = [];
		const relay = createServer(client => {
			const upstream = connect(server.port, '127.0.0.1');
			sockets.push(client, upstream);
			client.on('data', chunk => frozen || upstream.write(chunk));
			upstream.on('data', chunk => frozen || client.write(chunk));
			client.on('error', () => {});
			upstream.on('error', () => {});
		});
		await new Promise<void>(resolve => relay.listen(0, '127.0.0.1', resolve));
		const port = (relay.address() as AddressInfo).port;
		const knownHosts = join(mkdtempSync(join(tmpdir(), 'brms-tui-keepalive-')), 'known_hosts');
		writeFileSync(knownHosts, `${server.knownHostsLine.replace(`[127.0.0.1]:${server.port}`, `[127.0.0.1]:${port}`)}\n`);
		const system = sshSystem(
			{name: 'prod1'},
			{
				target: {host: '127.0.0.1', port, user: 'OPER', keyPath: fakeIbmiClient.keyPath},
				trust: {...trust, knownHostsFiles: [knownHosts]},
				secrets: {},
				timeouts: {keepaliveMs: 100},
				follow: {pollMs: 50, commandMs: 60_000, failuresAllowed: 3},
			},
		);
		try {
			assert.equal((await system.runCommand('STRBKUBRM CTLGRP(SYSWODOM) SBMJOB(*YES)')).exitCode, 0);
			const started = Date.now();
			const end = await system.followJob(JOB, () => {
				frozen = true;
			});
			assert.equal(end.outcome, 'unknown');
			assert.match(end.summary, /^Outcome unknown \(job 123456\/OPER\/SYSWODOM\): the connection ended/);
			assert.ok(Date.now() - started < 5_000, 'keepalive, not the 60 s command timeout, ended it');
		} finally {
			system.close();
			for (const socket of sockets) socket.destroy();
			await new Promise(resolve => relay.close(resolve));
		}
	});
});

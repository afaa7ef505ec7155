// Submit over SSH, timed as whole commands: `brms-tui submit` to the in-process ssh2 server that
// plays an IBM i and to a real OpenSSH sshd on 127.0.0.1, beside OpenSSH's own `ssh host cmd`
// sending the same command line to the same sshd. All started here, all stopped by us.

import {execFile} from 'node:child_process';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {performance} from 'node:perf_hooks';
import {promisify} from 'node:util';
import {systemExecLine} from '../source/host/ibmi/system-utility.js';
import {fakeIbmiClient, startFakeIbmi} from '../test/helpers/ibmi-ssh-server.js';
import {startSshd} from '../test/helpers/sshd.js';
import {type Summary, summary} from './statistics.js';
import {isExecutableScript} from './terminal-session.js';

const run = promisify(execFile);
const COMMAND = 'STRBKUBRM CTLGRP(SYSWODOM) SBMJOB(*YES)';

export type SubmitFigures = {
	brmsTuiToInProcessMs: Summary;
	brmsTuiToSshdMs: Summary;
	opensshToSshdMs: Summary;
	/** `brms-tui --version`: what starting the program costs before any SSH. */
	brmsTuiVersionMs: Summary;
};

async function timed(file: string, args: string[], env: NodeJS.ProcessEnv, check: (stdout: string) => void): Promise<number> {
	const started = performance.now();
	const {stdout} = await run(file, args, {env, encoding: 'utf8'});
	const elapsed = performance.now() - started;
	check(stdout);
	return elapsed;
}

function sentCommand(stdout: string) {
	const result = JSON.parse(stdout) as {command: string; messages: Array<{id: string}>};
	if (result.command !== COMMAND || result.messages[0]?.id !== 'CPC1221') throw new Error(`Unexpected submit answer: ${stdout}`);
}

export async function measureSubmit({app, runs}: {app: string; runs: number}): Promise<SubmitFigures> {
	const home = mkdtempSync(join(tmpdir(), 'brms-tui-bench-ssh-'));
	const env: NodeJS.ProcessEnv = {...process.env, BRMS_TUI_HOME: home, HOME: home};
	delete env['SSH_AUTH_SOCK'];
	delete env['CI'];
	// As a user runs it: the bin through its #! line.
	const cli = (args: string[], check: (stdout: string) => void = () => {}) =>
		isExecutableScript(app) ? timed(app, args, env, check) : timed(process.execPath, [app, ...args], env, check);

	const fake = await startFakeIbmi({
		clientPublicKey: fakeIbmiClient.publicKey,
		reply: () => ({stdout: 'CPC1221: Job 123456/BENCH/SYSWODOM submitted to job queue QBATCH in library QGPL.\n'}),
	});
	const sshd = await startSshd({loginShellStartup: true});
	try {
		const fakeKnownHosts = join(home, 'fake_known_hosts');
		writeFileSync(fakeKnownHosts, `${fake.knownHostsLine}\n`);
		await cli([
			'system',
			'add',
			'INPROC',
			'--host',
			'127.0.0.1',
			'--port',
			String(fake.port),
			'--user',
			'bench',
			'--key',
			fakeIbmiClient.keyPath,
			'--known-hosts',
			fakeKnownHosts,
		]);
		await cli(sshd.systemAdd('SSHD'));
		const submit = (system: string) => ['submit', 'SYSWODOM', '--system', system, '--json', '--no-follow'];
		const ssh = [
			'-q',
			'-p',
			String(sshd.port),
			'-i',
			sshd.clientKey,
			'-o',
			`UserKnownHostsFile=${sshd.knownHosts}`,
			'-o',
			'StrictHostKeyChecking=yes',
			'-o',
			'BatchMode=yes',
			'-o',
			'IdentitiesOnly=yes',
			`${sshd.user}@127.0.0.1`,
			systemExecLine(COMMAND),
		];
		const opensshAnswered = (stdout: string) => {
			if (!stdout.startsWith('CPC1221')) throw new Error(`ssh got: ${stdout}`);
		};
		const samples = {brmsTuiToInProcessMs: [] as number[], brmsTuiToSshdMs: [] as number[], opensshToSshdMs: [] as number[], brmsTuiVersionMs: [] as number[]};
		for (let round = 0; round < runs; round++) {
			samples.brmsTuiVersionMs.push(await cli(['--version']));
			samples.brmsTuiToInProcessMs.push(await cli(submit('INPROC'), sentCommand));
			samples.brmsTuiToSshdMs.push(await cli(submit('SSHD'), sentCommand));
			samples.opensshToSshdMs.push(await timed('ssh', ssh, env, opensshAnswered));
		}
		return {
			brmsTuiToInProcessMs: summary(samples.brmsTuiToInProcessMs),
			brmsTuiToSshdMs: summary(samples.brmsTuiToSshdMs),
			opensshToSshdMs: summary(samples.opensshToSshdMs),
			brmsTuiVersionMs: summary(samples.brmsTuiVersionMs),
		};
	} finally {
		await sshd.stop();
		await fake.close();
	}
}

// Submit over SSH, timed as whole commands: `brms-tui submit` to the in-process ssh2 server that
// plays an IBM i and to a real OpenSSH sshd on 127.0.0.1, beside OpenSSH's own `ssh host cmd`
// sending the same command line to the same sshd. All started here, all stopped by us.

import {execFile} from 'node:child_process';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {performance} from 'node:perf_hooks';
import {promisify} from 'node:util';
import {SHELL_CHECK_LINE} from '../source/host/ibmi/shell-check.js';
import {systemExecLine} from '../source/host/ibmi/system-utility.js';
import {fakeIbmiClient, startFakeIbmi} from '../test/helpers/ibmi-ssh-server.js';
import {startSshd} from '../test/helpers/sshd.js';
import {type Summary, summary} from './statistics.js';
import {isExecutableScript} from './terminal-session.js';

const run = promisify(execFile);
// Issue 18: `submit … --sbmjob '*NO'`: the control group runs in the SSH session itself, so the
// command's answer is BRMS's own end message (no job to follow).
const COMMAND = 'STRBKUBRM CTLGRP(SYSWODOM) SBMJOB(*NO)';
const ENDED = 'BRM1049';

export type SubmitFigures = {
	brmsTuiToInProcessMs: Summary;
	brmsTuiToSshdMs: Summary;
	opensshToSshdMs: Summary;
	/** `ssh host echo …`: a connection with one exec of brms-tui's shell check (a shell started, its profile read). */
	opensshShellCheckMs: Summary;
	/** `brms-tui --version`: what starting the program costs before any SSH. */
	brmsTuiVersionMs: Summary;
	/**
	 * The submit to sshd again without NODE_EXTRA_CA_CERTS, when the machine sets it: node reads and
	 * parses the whole file at every start (35 ms of CPU here), which OpenSSH's ssh never does. A
	 * figure of the machine's set-up, beside the budget's, not instead of it.
	 */
	brmsTuiToSshdWithoutExtraCaMs?: Summary;
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
	if (result.command !== COMMAND || !result.messages.some(message => message.id === ENDED)) throw new Error(`Unexpected submit answer: ${stdout}`);
}

export async function measureSubmit({app, runs}: {app: string; runs: number}): Promise<SubmitFigures> {
	const home = mkdtempSync(join(tmpdir(), 'brms-tui-bench-ssh-'));
	const env: NodeJS.ProcessEnv = {...process.env, BRMS_TUI_HOME: home, HOME: home};
	delete env['SSH_AUTH_SOCK'];
	delete env['CI'];
	// As a user runs it: the bin through its #! line.
	const cli = (args: string[], check: (stdout: string) => void = () => {}, cliEnv = env) =>
		isExecutableScript(app) ? timed(app, args, cliEnv, check) : timed(process.execPath, [app, ...args], cliEnv, check);
	const {NODE_EXTRA_CA_CERTS: extraCa, ...withoutExtraCa} = env;

	const fake = await startFakeIbmi({
		clientPublicKey: fakeIbmiClient.publicKey,
		reply: () => ({stdout: 'BRM1049: Control group SYSWODOM type *BKU processing is complete.\n'}),
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
		const submit = (system: string) => ['submit', 'SYSWODOM', '--system', system, '--sbmjob', '*NO', '--json', '--no-follow'];
		const ssh = (commandLine: string) => [
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
			commandLine,
		];
		const opensshAnswered = (stdout: string) => {
			if (!stdout.includes(ENDED)) throw new Error(`ssh got: ${stdout}`);
		};
		const samples = {
			brmsTuiToInProcessMs: [] as number[],
			brmsTuiToSshdMs: [] as number[],
			opensshToSshdMs: [] as number[],
			opensshShellCheckMs: [] as number[],
			brmsTuiVersionMs: [] as number[],
			brmsTuiToSshdWithoutExtraCaMs: [] as number[],
		};
		for (let round = 0; round < runs; round++) {
			samples.brmsTuiVersionMs.push(await cli(['--version']));
			samples.brmsTuiToInProcessMs.push(await cli(submit('INPROC'), sentCommand));
			samples.brmsTuiToSshdMs.push(await cli(submit('SSHD'), sentCommand));
			if (extraCa) samples.brmsTuiToSshdWithoutExtraCaMs.push(await cli(submit('SSHD'), sentCommand, withoutExtraCa));
			samples.opensshToSshdMs.push(await timed('ssh', ssh(systemExecLine(COMMAND)), env, opensshAnswered));
			// What brms-tui's shell check costs the host: the same echo, as its own ssh.
			samples.opensshShellCheckMs.push(await timed('ssh', ssh(SHELL_CHECK_LINE), env, () => {}));
		}
		return {
			brmsTuiToInProcessMs: summary(samples.brmsTuiToInProcessMs),
			brmsTuiToSshdMs: summary(samples.brmsTuiToSshdMs),
			opensshToSshdMs: summary(samples.opensshToSshdMs),
			opensshShellCheckMs: summary(samples.opensshShellCheckMs),
			brmsTuiVersionMs: summary(samples.brmsTuiVersionMs),
			...(extraCa ? {brmsTuiToSshdWithoutExtraCaMs: summary(samples.brmsTuiToSshdWithoutExtraCaMs)} : {}),
		};
	} finally {
		await sshd.stop();
		await fake.close();
	}
}

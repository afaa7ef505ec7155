// brms-tui submit and schedule against a real OpenSSH sshd on 127.0.0.1 (Debian openssh-server;
// .ci/run installs it and sets BRMS_TUI_REQUIRE_SSHD=1 so CI cannot skip this) with the stand-in
// IBM i of test/fixtures/ibmi behind it: the exact command line the server received, the argv the
// system utility got, exit-status mapping, host-key refusal, BRMS's verdict on a followed run
// (BRM1049 / BRM10A1 / BRM1820, SQL that fails, BRMS SQL services missing), a login banner.

import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {pollScript} from '../../source/host/ibmi/job-queries.js';
import {systemExecLine} from '../../source/host/ibmi/system-utility.js';
import {runOverSsh} from '../../source/host/ssh-transport.js';
import {spawnInPty} from '../helpers/pty.js';
import {SSHD, startSshd} from '../helpers/sshd.js';

const PROGRAM = fileURLToPath(new URL('../../dist/brms-tui.cjs', import.meta.url));
const available = existsSync(SSHD);
if (!available && process.env['BRMS_TUI_REQUIRE_SSHD']) throw new Error(`${SSHD} is missing: install openssh-server`);
const skip = available ? false : `${SSHD} is not installed (Debian openssh-server); CI installs it`;

let sshd: Awaited<ReturnType<typeof startSshd>> | undefined;
const home = mkdtempSync(join(tmpdir(), 'brms-tui-sshd-home-'));

function cli(args: string[], at = home) {
	const env: NodeJS.ProcessEnv = {...process.env, BRMS_TUI_HOME: at, HOME: at, BRMS_TUI_FOLLOW_POLL_MS: '10'};
	delete env['SSH_AUTH_SOCK'];
	const result = spawnSync(process.execPath, [PROGRAM, ...args], {encoding: 'utf8', env, input: ''});
	return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}

before(async () => {
	if (skip) return;
	sshd = await startSshd();
	const added = cli(sshd.systemAdd('TESTI'));
	assert.equal(added.status, 0, added.stderr);
});

after(async () => {
	await sshd?.stop();
});

/** The first command on a connection carries the shell check in its exec (shell-check.ts, checkedLine). */
const CHECKED = "echo 'brms-tui: this should be the only text' && read go && ";
const systemLines = () =>
	sshd!
		.commands()
		.map(line => line.replace(CHECKED, ''))
		.filter(line => line.startsWith('/QOpenSys/usr/bin/system '));

test("submit SYSWODOM --system NAME --json: the exact command line on the server, one argv for system, parsed messages, the job followed to BRMS's verdict", {
	skip,
}, () => {
	sshd!.scenario({});
	const scriptsBefore = sshd!.scripts().length;
	const result = cli(['submit', 'SYSWODOM', '--system', 'TESTI', '--json']);
	assert.equal(result.status, 0, result.stderr);
	const output = JSON.parse(result.stdout);
	assert.equal(output.command, 'STRBKUBRM CTLGRP(SYSWODOM) SBMJOB(*YES)');
	assert.equal(output.exitCode, 0);
	assert.deepEqual(systemLines().at(-1), "/QOpenSys/usr/bin/system 'STRBKUBRM CTLGRP(SYSWODOM) SBMJOB(*YES)'");
	assert.deepEqual(sshd!.argv(), ['1', 'STRBKUBRM CTLGRP(SYSWODOM) SBMJOB(*YES)']);
	assert.equal(output.messages.length, 1);
	assert.equal(output.messages[0].id, 'CPC1221');
	assert.equal(output.messages[0].type, 'completion');
	assert.match(output.job, /^123456\/\w+\/SYSWODOM$/);
	// One connection: the command with the shell check in its own exec, four polls through qsh's stdin, the end script.
	assert.deepEqual(sshd!.commands().slice(-6), [
		`${CHECKED}/QOpenSys/usr/bin/system 'STRBKUBRM CTLGRP(SYSWODOM) SBMJOB(*YES)'`,
		...Array(5).fill('/QOpenSys/usr/bin/qsh'),
	]);
	const scripts = sshd!.scripts().slice(scriptsBefore);
	assert.equal(scripts.length, 5);
	assert.equal(`${scripts[0]}\n`, pollScript(output.job, {jobLogAfter: 0}), 'the stand-in keeps the script less its last newline');
	// The QGPL save shares its timestamp with the QUSRSYS one and comes a poll later: shown once, in its place.
	assert.deepEqual(
		output.followed.map((step: {status: string; line: string}) => `${step.status} ${step.line}`),
		[
			`*JOBQ Job ${output.job} is waiting on its job queue.`,
			`*ACTIVE Job ${output.job} is active.`,
			'*ACTIVE BRM1380: Control group SYSWODOM type *BKU processing started.',
			'*ACTIVE CPC3722: 412 objects saved from library QUSRSYS.',
			'*ACTIVE CPC3722: 35 objects saved from library QGPL.',
			'*OUTQ BRM1049: Control group SYSWODOM type *BKU processing is complete.',
		],
	);
	assert.deepEqual(output.jobEnd, {
		outcome: 'completed',
		verdictFrom: 'brmsLog',
		messageId: 'BRM1049',
		endCode: 0,
		summary: `Job ${output.job}: control group processing completed (BRM1049 in the BRMS log); the job ended with end code 0.`,
	});
	const plain = cli(['submit', 'SYSWODOM', '--system', 'TESTI']);
	assert.equal(plain.status, 0, plain.stderr);
	assert.match(plain.stdout, /^\*ACTIVE {2}BRM1380: Control group SYSWODOM type \*BKU processing started\.$/m);
	assert.match(plain.stdout, /control group processing completed \(BRM1049 in the BRMS log\); the job ended with end code 0\.\n$/);
});

test("SBMJOB(*YES) runs ending in BRM10A1 and BRM1820 exit 1 with BRMS's verdict, whatever the end code", {skip}, () => {
	sshd!.scenario({run: 'BRM10A1'});
	const withErrors = cli(['submit', 'SYSWODOM', '--system', 'TESTI', '--json']);
	assert.equal(withErrors.status, 1, withErrors.stderr);
	const errors = JSON.parse(withErrors.stdout);
	assert.deepEqual([errors.jobEnd.outcome, errors.jobEnd.messageId, errors.jobEnd.endCode], ['completedWithErrors', 'BRM10A1', 0]);
	assert.ok(errors.followed.some((step: {line: string}) => step.line === 'CPF3781: Library NOSUCHLIB not found.'));
	assert.ok(errors.followed.some((step: {line: string}) => step.line === 'Job log: CPF3781 (diagnostic): Library NOSUCHLIB not found.'));
	sshd!.scenario({run: 'BRM1820'});
	const abnormal = cli(['submit', 'SYSWODOM', '--system', 'TESTI']);
	assert.equal(abnormal.status, 1, abnormal.stderr);
	assert.match(abnormal.stdout, /CPF9814: Device TAP99 not found\./);
	assert.match(
		abnormal.stdout,
		/the control group ended abnormally before all its entries were processed \(BRM1820 in the BRMS log\); the job ended with end code 20\./,
	);
});

test('every query answered with a CLI ERROR block: outcome unknown, exit 1, never success', {skip}, () => {
	sshd!.scenario({sql: 'cliError'});
	const result = cli(['submit', 'SYSWODOM', '--system', 'TESTI', '--json']);
	assert.equal(result.status, 1, result.stderr);
	const output = JSON.parse(result.stdout);
	assert.equal(output.jobEnd.outcome, 'unknown');
	assert.match(
		output.jobEnd.summary,
		/^Outcome unknown \(job \d{6}\/\w+\/SYSWODOM\): the job status could not be read \(SQL0551, SQLSTATE 42501: Not authorized/,
	);
	assert.deepEqual(output.followed, []);
});

test('BRMS SQL services missing: said once with INZBRM; the verdict then from the job log, else the end code (said so; CPF1164 by its tokens)', {skip}, () => {
	sshd!.scenario({sql: 'noBrmsLog', run: 'BRM10A1', jobLogAfterEnd: true});
	const fromJobLog = JSON.parse(cli(['submit', 'SYSWODOM', '--system', 'TESTI', '--json']).stdout);
	const said = fromJobLog.followed.filter((step: {line: string}) => step.line.startsWith('BRMS log not readable on TESTI - run INZBRM OPTION(*SQLSRVINZ)'));
	assert.equal(said.length, 1, JSON.stringify(fromJobLog.followed));
	assert.deepEqual([fromJobLog.jobEnd.outcome, fromJobLog.jobEnd.verdictFrom], ['completedWithErrors', 'jobLog']);
	// The job vanished with its job log, and the host has no ENDED_JOB_INFO: CPF1164's end code, said as such.
	sshd!.scenario({sql: 'noBrmsLog', run: 'BRM1049', endedJobInfo: false});
	const result = cli(['submit', 'SYSWODOM', '--system', 'TESTI', '--json']);
	assert.equal(result.status, 0, result.stderr);
	const output = JSON.parse(result.stdout);
	assert.deepEqual([output.jobEnd.outcome, output.jobEnd.verdictFrom, output.jobEnd.endCode], ['completed', 'endCode', 0]);
	assert.match(output.jobEnd.summary, /ended normally \(end code 0\)\. BRMS's own verdict could not be read \(no BRMS log\)/);
	assert.match(sshd!.scripts().at(-1)!, /HISTORY_LOG_INFO/);
});

test('a login profile that prints a banner: refused with one message naming the fix; no CL command run', {skip}, () => {
	sshd!.scenario({banner: 'Welcome to TESTI - authorized use only'});
	const before = sshd!.systemRuns().length;
	const received = systemLines().length;
	try {
		const result = cli(['submit', 'SYSWODOM', '--system', 'TESTI', '--json']);
		assert.equal(result.status, 1);
		assert.equal(result.stdout, '');
		assert.match(
			result.stderr,
			/writes to standard output when it starts \("Welcome to TESTI - authorized use only"\).*Nothing was run\. Fix: remove the echo or banner/,
		);
		assert.equal(cli(['schedule', 'SYSWODOM', '--system', 'TESTI']).status, 1);
		// Each command line reached the host with the check in front; neither command ran.
		assert.equal(systemLines().length, received + 2);
		assert.deepEqual(sshd!.systemRuns().slice(before), []);
	} finally {
		sshd!.scenario({});
	}
});

test("schedule SYSWODOM --system NAME --json: exactly the ADDJOBSCDE command on the server, the host's answer, nothing recorded locally", {skip}, () => {
	sshd!.scenario({});
	const result = cli(['schedule', 'SYSWODOM', '--system', 'TESTI', '--json']);
	assert.equal(result.status, 0, result.stderr);
	const command =
		"ADDJOBSCDE JOB(SYSWODOM) CMD(STRBKUBRM CTLGRP(SYSWODOM) SBMJOB(*NO)) FRQ(*WEEKLY) SCDDATE(*NONE) SCDDAY(*ALL) SCDTIME(2200) TEXT('Backup control group SYSWODOM')";
	assert.equal(systemLines().at(-1), `/QOpenSys/usr/bin/system '${command.replaceAll("'", `'\\''`)}'`);
	assert.deepEqual(sshd!.argv(), ['1', command]);
	assert.deepEqual(JSON.parse(result.stdout), {
		command,
		exitCode: 0,
		messages: [{id: 'CPC1238', type: 'completion', text: 'Job schedule entry SYSWODOM number 000001 added.'}],
	});
	const weekly = cli(['schedule', 'syswodom', '--system', 'TESTI', '--days', '*mon,*fri', '--time', '01:30', '--job', 'nightly', '--frequency', '*weekly']);
	assert.equal(weekly.status, 0, weekly.stderr);
	assert.equal(
		weekly.stdout,
		"ADDJOBSCDE JOB(NIGHTLY) CMD(STRBKUBRM CTLGRP(SYSWODOM) SBMJOB(*NO)) FRQ(*WEEKLY) SCDDATE(*NONE) SCDDAY(*MON *FRI) SCDTIME(0130) TEXT('Backup control group SYSWODOM')\nCPC1238: Job schedule entry NIGHTLY number 000002 added.\n",
	);
	sshd!.scenario({refuseSchedule: true});
	const refused = cli(['schedule', 'SYSWODOM', '--system', 'TESTI', '--json']);
	assert.equal(refused.status, 1);
	assert.deepEqual(
		JSON.parse(refused.stdout).messages.map((each: {id: string; type: string}) => `${each.id} ${each.type}`),
		['CPF2189 diagnostic', 'CPF0001 escape'],
	);
	// The connection drops before the host's answer: outcome unknown, exit 1, never "added".
	sshd!.scenario({});
	sshd!.dropNextRun();
	const dropped = cli(['schedule', 'SYSWODOM', '--system', 'TESTI', '--json']);
	assert.equal(dropped.status, 1);
	assert.deepEqual(JSON.parse(dropped.stdout).outcome, 'unknown');
	assert.match(dropped.stderr, /outcome unknown on testi: .*Check the job schedule on the host \(WRKJOBSCDE\)/);
	const bad = cli(['schedule', 'SYSWODOM', '--system', 'TESTI', '--time', '2575']);
	assert.equal(bad.status, 2);
	assert.match(bad.stderr, /TUI0227: scheduleTime: Schedule time 2575 not valid/);
	// Only the demo host keeps a schedule of its own; nothing about TESTI was written beside the store.
	assert.equal(existsSync(join(home, 'demo-job-schedule.json')), false);
	sshd!.scenario({});
});

test("option 6 in the real program on an SSH system: exactly ADDJOBSCDE reaches the sshd, the host's answer is shown, nothing recorded locally", {
	skip,
}, async () => {
	sshd!.scenario({});
	const app = spawnInPty(process.execPath, [PROGRAM, '--system', 'TESTI'], {env: {BRMS_TUI_HOME: home, HOME: home, SSH_AUTH_SOCK: undefined}});
	try {
		await app.waitForText('Work with Backup Control Groups');
		// The cursor starts on the first Opt field: *BKUGRP.
		await app.type('6\r');
		await app.waitForText('Add Job Schedule Entry (ADDJOBSCDE)');
		await app.type('\r');
		await app.waitForText('CPC1238: Job schedule entry BKUGRP number 000001 added.', 10_000);
		const command =
			"ADDJOBSCDE JOB(BKUGRP) CMD(STRBKUBRM CTLGRP(*BKUGRP) SBMJOB(*NO)) FRQ(*WEEKLY) SCDDATE(*NONE) SCDDAY(*ALL) SCDTIME(2200) TEXT('Backup control group *BKUGRP')";
		assert.equal(systemLines().at(-1), `/QOpenSys/usr/bin/system '${command.replaceAll("'", `'\\''`)}'`);
		assert.deepEqual(sshd!.argv(), ['1', command]);
		await app.type('\r');
		await app.waitForText('Job schedule entry BKUGRP added on system TESTI.');
		assert.equal(existsSync(join(home, 'demo-job-schedule.json')), false);
		// F7: the host's job schedule, read with QSYS2.SCHEDULED_JOB_INFO through qsh on the sshd.
		await app.type('\u001B[18~');
		await app.waitForText('BKUGRP      SCD    *ALL      22:00:00  *WEEKLY   2026-12-07', 10_000);
	} finally {
		await app.kill();
	}
});

test('a CL failure on the host: escape message, exit status 1, CLI exit code 1', {skip}, () => {
	const result = cli(['submit', 'FAIL', '--system', 'TESTI', '--sbmjob', '*NO', '--json']);
	assert.equal(result.status, 1);
	const output = JSON.parse(result.stdout);
	assert.equal(output.exitCode, 1);
	assert.deepEqual(
		output.messages.map((each: {id: string; type: string}) => `${each.id} ${each.type}`),
		['CPD0043 diagnostic', 'CPF0001 escape'],
	);
	const plain = cli(['submit', 'FAIL', '--system', 'TESTI', '--sbmjob', '*NO']);
	assert.equal(plain.stdout, 'STRBKUBRM CTLGRP(FAIL) SBMJOB(*NO)\nCPD0043: Control group FAIL not found.\nCPF0001: Error found on STRBKUBRM command.\n');
});

test('apostrophes and shell characters reach the real system utility unchanged', {skip}, async () => {
	const cl = "SNDMSG MSG('It''s done; $HOME `x` *ALL \"q\"') TOUSR(QSYSOPR)";
	const run = await runOverSsh(
		{host: '127.0.0.1', port: sshd!.port, user: sshd!.user, keyPath: sshd!.clientKey},
		{knownHostsFiles: [sshd!.knownHosts], ownKnownHosts: join(home, 'own'), acceptUnknownKey: async () => false},
		{},
		systemExecLine(cl),
	);
	assert.equal(run.exitCode, 0);
	assert.deepEqual(sshd!.argv(), ['1', cl]);
});

test('a changed host key is refused and nothing reaches the host; an unknown one needs --accept-host-key', {skip}, () => {
	const before = sshd!.commands().length;
	const wrong = join(home, 'wrong_known_hosts');
	const other = join(home, 'otherkey');
	spawnSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', other]);
	const [type, key] = spawnSync('cat', [`${other}.pub`], {encoding: 'utf8'}).stdout.split(' ');
	writeFileSync(wrong, `[127.0.0.1]:${sshd!.port} ${type} ${key}\n`);
	cli(['system', 'remove', 'TESTI2']);
	cli(['system', 'add', 'TESTI2', '--host', '127.0.0.1', '--port', String(sshd!.port), '--user', sshd!.user, '--key', sshd!.clientKey, '--known-hosts', wrong]);
	const changed = cli(['submit', 'SYSWODOM', '--system', 'TESTI2']);
	assert.equal(changed.status, 1);
	assert.match(changed.stderr, /host key of 127\.0\.0\.1 has CHANGED/);
	assert.equal(sshd!.commands().length, before);

	cli(['system', 'add', 'TESTI3', '--host', '127.0.0.1', '--port', String(sshd!.port), '--user', sshd!.user, '--key', sshd!.clientKey]);
	const unknown = cli(['submit', 'SYSWODOM', '--system', 'TESTI3']);
	assert.equal(unknown.status, 1);
	const fingerprint = /(SHA256:[A-Za-z0-9+/]{43})/.exec(unknown.stderr)?.[1];
	assert.ok(fingerprint, unknown.stderr);
	assert.equal(sshd!.commands().length, before);
	assert.equal(cli(['submit', 'SYSWODOM', '--system', 'TESTI3', '--accept-host-key', 'SHA256:wrong']).status, 1);
	const accepted = cli(['submit', 'SYSWODOM', '--system', 'TESTI3', '--accept-host-key', fingerprint!]);
	assert.equal(accepted.status, 0, accepted.stderr);
	assert.equal(cli(['submit', 'SYSWODOM', '--system', 'TESTI3']).status, 0, 'remembered');
});

test('a wrong key is a refused sign-on, exit code 1', {skip}, () => {
	const wrongKey = join(home, 'wrongclient');
	spawnSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', wrongKey]);
	cli([
		'system',
		'add',
		'TESTI4',
		'--host',
		'127.0.0.1',
		'--port',
		String(sshd!.port),
		'--user',
		sshd!.user,
		'--key',
		wrongKey,
		'--known-hosts',
		sshd!.knownHosts,
	]);
	const result = cli(['submit', 'SYSWODOM', '--system', 'TESTI4']);
	assert.equal(result.status, 1);
	assert.match(result.stderr, /Sign-on to .*@127\.0\.0\.1 was refused/);
});

test('a host with two keys presents the one known_hosts holds (RSA here), as OpenSSH asks for it', {skip}, () => {
	// A home of its own: no key accepted by the other tests is remembered there.
	const fresh = mkdtempSync(join(tmpdir(), 'brms-tui-sshd-rsa-'));
	cli(
		[
			'system',
			'add',
			'TESTRSA',
			'--host',
			'127.0.0.1',
			'--port',
			String(sshd!.port),
			'--user',
			sshd!.user,
			'--key',
			sshd!.clientKey,
			'--known-hosts',
			sshd!.rsaOnlyKnownHosts,
		],
		fresh,
	);
	const result = cli(['submit', 'SYSWODOM', '--system', 'TESTRSA', '--no-follow'], fresh);
	assert.equal(result.status, 0, result.stderr);
	assert.doesNotMatch(result.stderr, /not known/);
	assert.equal(systemLines().at(-1), "/QOpenSys/usr/bin/system 'STRBKUBRM CTLGRP(SYSWODOM) SBMJOB(*YES)'");
});

test('a connection dropped after the job was submitted: outcome unknown with the job name, never success', {skip}, () => {
	sshd!.dropNextRun();
	const result = cli(['submit', 'SYSWODOM', '--system', 'TESTI', '--json']);
	assert.equal(result.status, 1);
	const output = JSON.parse(result.stdout);
	assert.equal(output.outcome, 'unknown');
	assert.equal(output.exitCode, null);
	assert.match(output.job, /^\d{6}\/\w+\/SYSWODOM$/);
	assert.equal(output.jobEnd, undefined);
	assert.match(result.stderr, new RegExp(`outcome unknown for job ${output.job.replaceAll('/', '\\/')} on TESTI`, 'i'));
});

test('on a terminal, an unknown key is asked about with its fingerprint; yes remembers it, Ctrl+C refuses it and sends nothing', {skip}, async () => {
	const fresh = mkdtempSync(join(tmpdir(), 'brms-tui-sshd-tty-'));
	cli(['system', 'add', 'TTY', '--host', '127.0.0.1', '--port', String(sshd!.port), '--user', sshd!.user, '--key', sshd!.clientKey], fresh);
	const submit = () =>
		spawnInPty(process.execPath, [PROGRAM, 'submit', 'SYSWODOM', '--system', 'TTY', '--no-follow'], {
			cols: 200,
			env: {BRMS_TUI_HOME: fresh, HOME: fresh, SSH_AUTH_SOCK: undefined},
		});
	const before = sshd!.commands().length;
	const refused = submit();
	try {
		// The question stays on the screen (readline's redraw must not erase it).
		await refused.waitForText(/not known: ssh-ed25519 SHA256:\S+\s+Accept this key and remember it\? \(yes\/no\)/);
		await refused.type('\u0003');
		assert.equal((await refused.waitForExit()).exitCode, 1);
		await refused.waitForText(/is not known and wa\n?s not accepted\. Nothing was sent\./);
		assert.equal(sshd!.commands().length, before);
	} finally {
		await refused.kill();
	}
	const accepted = submit();
	try {
		await accepted.waitForText('Accept this key and remember it? (yes/no)');
		await accepted.type('yes\r');
		assert.equal((await accepted.waitForExit()).exitCode, 0);
		await accepted.waitForText(/CPC1221: Job \d{6}\//);
		// One exec: the shell check, then the command in the same shell.
		assert.equal(sshd!.commands().length, before + 1);
	} finally {
		await accepted.kill();
	}
	assert.equal(cli(['submit', 'SYSWODOM', '--system', 'TTY', '--no-follow'], fresh).status, 0, 'remembered');
});

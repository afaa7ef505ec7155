// brms-tui status against a real OpenSSH sshd on 127.0.0.1 with the stand-in IBM i of
// test/fixtures/ibmi behind it: one QSH exec holding one statement per system (no per-group round
// trip), the verdicts read from its answer, the exit codes, BRMS SQL services missing; and
// `status --all` asking a reachable system, one where nothing listens and one that accepts the
// connection but never speaks, all at the same time: every system is a row, the answer comes
// within one system's time limit (not the sum), exit code 1.

import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {existsSync, mkdtempSync} from 'node:fs';
import {createServer, type Server, type Socket} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {SSHD, startSshd} from '../helpers/sshd.js';

const PROGRAM = fileURLToPath(new URL('../../dist/brms-tui.cjs', import.meta.url));
const available = existsSync(SSHD);
if (!available && process.env['BRMS_TUI_REQUIRE_SSHD']) throw new Error(`${SSHD} is missing: install openssh-server`);
const skip = available ? false : `${SSHD} is not installed (Debian openssh-server); CI installs it`;

let sshd: Awaited<ReturnType<typeof startSshd>> | undefined;
/** Accepts connections and never says a word: a host that hangs in the SSH handshake. */
let silent: Server | undefined;
const held: Socket[] = [];
const home = mkdtempSync(join(tmpdir(), 'brms-tui-status-home-'));

/** The program, run without blocking this process (the silent server must go on accepting). */
function cli(args: string[], at = home): Promise<{status: number | null; stdout: string; stderr: string; ms: number}> {
	const env: NodeJS.ProcessEnv = {...process.env, BRMS_TUI_HOME: at, HOME: at, BRMS_TUI_FOLLOW_POLL_MS: '10'};
	delete env['SSH_AUTH_SOCK'];
	const started = Date.now();
	const child = spawn(process.execPath, [PROGRAM, ...args], {env, stdio: ['ignore', 'pipe', 'pipe']});
	let stdout = '';
	let stderr = '';
	child.stdout.on('data', chunk => {
		stdout += chunk;
	});
	child.stderr.on('data', chunk => {
		stderr += chunk;
	});
	return new Promise(resolve => child.on('close', status => resolve({status, stdout, stderr, ms: Date.now() - started})));
}

async function addSystem(name: string, port: number, user: string, key: string, knownHosts: string, at = home) {
	const added = await cli(
		['system', 'add', name, '--host', '127.0.0.1', '--port', String(port), '--user', user, '--key', key, '--known-hosts', knownHosts],
		at,
	);
	assert.equal(added.status, 0, added.stderr);
}

before(async () => {
	if (skip) return;
	sshd = await startSshd();
	await addSystem('TESTI', sshd.port, sshd.user, sshd.clientKey, sshd.knownHosts);
});

after(async () => {
	await sshd?.stop();
	for (const socket of held) socket.destroy();
	await new Promise(resolve => (silent ? silent.close(resolve) : resolve(undefined)));
});

const qshScripts = () => sshd!.scripts();

test('status --system NAME --json: one QSH exec with one statement; verdicts from the end messages; exit 1 while a group did not complete', {
	skip,
}, async () => {
	sshd!.scenario({});
	const before = qshScripts().length;
	const result = await cli(['status', '--system', 'TESTI', '--json']);
	assert.equal(result.status, 1, result.stderr);
	assert.deepEqual(JSON.parse(result.stdout), [
		{
			system: 'TESTI',
			group: 'QLTSDOM01',
			lastRun: {start: '2027-01-01T21:00:05', end: '2027-01-01T21:40:10', verdict: 'completedWithErrors', job: '100201/QBRMS/QLTSDOM01', errors: 2},
		},
		{system: 'TESTI', group: 'QLTSDOM02', lastRun: {start: '2027-01-01T21:00:06', end: null, verdict: 'running', job: '100202/QBRMS/QLTSDOM02', errors: 0}},
		{
			system: 'TESTI',
			group: 'SYSWODOM',
			lastRun: {start: '2027-01-01T22:00:05', end: '2027-01-01T22:52:44', verdict: 'completed', job: '100203/QBRMS/SYSWODOM', errors: 0},
		},
	]);
	// One exec, one db2 statement, whatever the number of groups.
	const scripts = qshScripts().slice(before);
	assert.equal(scripts.length, 1);
	assert.equal(scripts[0]!.split('\n').filter(line => line.startsWith('db2 ')).length, 1);
	assert.match(scripts[0]!, /^db2 "WITH STARTS AS .*FROM QUSRBRM\.BRMS_LOG_INFO WHERE MESSAGE_ID = 'BRM1380'/);
	assert.deepEqual(sshd!.commands().slice(-2), ["echo 'brms-tui: this should be the only text'", '/QOpenSys/usr/bin/qsh']);
});

test('status GROUP --since 24h: the names and the time go into the statement checked; a group that completed exits 0; piped output is plain columns', {
	skip,
}, async () => {
	sshd!.scenario({});
	const result = await cli(['status', 'syswodom', '--system', 'TESTI', '--since', '24h']);
	assert.equal(result.status, 0, result.stderr);
	assert.equal(
		result.stdout,
		[
			'SYSTEM  GROUP     START                END                  VERDICT    ERRORS  JOB                    NOTE',
			'TESTI   SYSWODOM  2027-01-01T22:00:05  2027-01-01T22:52:44  completed  0       100203/QBRMS/SYSWODOM',
			'',
		].join('\n'),
	);
	const script = qshScripts().at(-1)!;
	assert.match(script, /CONTROL_GROUP IN \('SYSWODOM'\)/);
	assert.match(script, /MESSAGE_TIMESTAMP >= CURRENT TIMESTAMP - 86400 SECONDS/);
	// A name that is not one never reaches the host.
	const scriptsBefore = qshScripts().length;
	const refused = await cli(['status', "SYS'WO", '--system', 'TESTI']);
	assert.equal(refused.status, 2);
	assert.match(refused.stderr, /^brms-tui: SYS'WO is not a control group name; see brms-tui status --help\n$/);
	assert.equal(qshScripts().length, scriptsBefore);
});

test('BRMS SQL services not set up (SQL0204 on BRMS_LOG_INFO): a row that says so and how to set them up, exit 1', {skip}, async () => {
	sshd!.scenario({sql: 'noBrmsLog'});
	const result = await cli(['status', '--system', 'TESTI', '--json']);
	assert.equal(result.status, 1, result.stderr);
	const [row, ...more] = JSON.parse(result.stdout);
	assert.deepEqual(more, []);
	assert.deepEqual([row.system, row.group, row.lastRun, row.problem.kind], ['TESTI', null, null, 'logNotReadable']);
	assert.match(row.problem.text, /INZBRM OPTION\(\*SQLSRVINZ\)/);
	assert.match(row.problem.text, /SQLSTATE 42704/);
});

test('status --all: a reachable system, one where nothing listens and one that never answers — three systems, every one a row, within one time limit, exit 1', {
	skip,
}, async () => {
	sshd!.scenario({});
	const at = mkdtempSync(join(tmpdir(), 'brms-tui-status-all-'));
	await addSystem('TESTI', sshd!.port, sshd!.user, sshd!.clientKey, sshd!.knownHosts, at);
	// Nothing listens on a port just closed.
	const closed = createServer();
	await new Promise<void>(resolve => closed.listen(0, '127.0.0.1', resolve));
	const closedPort = (closed.address() as {port: number}).port;
	await new Promise(resolve => closed.close(resolve));
	await addSystem('DOWN', closedPort, sshd!.user, sshd!.clientKey, sshd!.knownHosts, at);
	silent = createServer(socket => void held.push(socket));
	await new Promise<void>(resolve => silent!.listen(0, '127.0.0.1', resolve));
	await addSystem('SILENT', (silent.address() as {port: number}).port, sshd!.user, sshd!.clientKey, sshd!.knownHosts, at);

	// Long enough for the stand-in's answer on a loaded machine (sshd, then node for qsh).
	const limitSeconds = 8;
	const result = await cli(['status', '--all', '--timeout', String(limitSeconds), '--json'], at);
	assert.equal(result.status, 1, result.stderr);
	const rows = JSON.parse(result.stdout) as Array<{system: string; group: string | null; problem?: {kind: string; text: string}}>;
	assert.deepEqual(
		rows.map(row => [row.system, row.group, row.problem?.kind ?? 'answered']),
		[
			['DOWN', null, 'unreachable'],
			['SILENT', null, 'noAnswer'],
			['TESTI', 'QLTSDOM01', 'answered'],
			['TESTI', 'QLTSDOM02', 'answered'],
			['TESTI', 'SYSWODOM', 'answered'],
		],
	);
	assert.match(rows[0]!.problem!.text, /Cannot connect to 127\.0\.0\.1:\d+/);
	assert.match(rows[1]!.problem!.text, /^SILENT did not answer within 8 s; nothing is known of its backups\.$/);
	// The silent system's limit sets the pace; the others do not wait for it, nor it for them.
	assert.ok(result.ms >= limitSeconds * 1000 - 200, `${result.ms} ms: the silent system was not given its time`);
	assert.ok(result.ms < limitSeconds * 1000 + 5000, `${result.ms} ms: more than one time limit and a few seconds`);

	// On a terminal-less pipe, the human form: a row per system, the reasons under the table.
	const plain = await cli(['status', '--all', '--timeout', '8'], at);
	assert.equal(plain.status, 1);
	assert.match(plain.stdout, /^DOWN {4}- +- +- +unreachable +- +- +Cannot connect to 127\.0\.0\.1/m);
	assert.match(plain.stdout, /^SILENT +- +- +- +noAnswer /m);
});

test('submit two groups together: each its own STRBKUBRM and job on one connection, followed together (one QSH exec a round for both), one verdict each', {
	skip,
}, async () => {
	sshd!.scenario({});
	const commandsBefore = sshd!.commands().length;
	const scriptsBefore = qshScripts().length;
	const result = await cli(['submit', 'QLTSDOM01', 'SYSWODOM', '--system', 'TESTI', '--sbmjob', '*YES', '--json'], home);
	assert.equal(result.status, 0, result.stderr);
	const runs = JSON.parse(result.stdout) as Array<{
		group: string;
		command: string;
		job: string;
		jobEnd: {outcome: string; messageId: string};
		followed: unknown[];
	}>;
	assert.deepEqual(
		runs.map(run => [run.group, run.command, run.jobEnd.outcome, run.jobEnd.messageId]),
		[
			['QLTSDOM01', 'STRBKUBRM CTLGRP(QLTSDOM01) SBMJOB(*YES)', 'completed', 'BRM1049'],
			['SYSWODOM', 'STRBKUBRM CTLGRP(SYSWODOM) SBMJOB(*YES)', 'completed', 'BRM1049'],
		],
	);
	assert.match(runs[0]!.job, /^123456\/\w+\/QLTSDOM01$/);
	assert.match(runs[1]!.job, /^123457\/\w+\/SYSWODOM$/);
	// One sign-on (the shell check in the first command's exec), the two commands, then QSH rounds that each ask for both jobs.
	const commands = sshd!.commands().slice(commandsBefore);
	assert.deepEqual(commands.slice(0, 2), [
		"echo 'brms-tui: this should be the only text' && read go && /QOpenSys/usr/bin/system 'STRBKUBRM CTLGRP(QLTSDOM01) SBMJOB(*YES)'",
		"/QOpenSys/usr/bin/system 'STRBKUBRM CTLGRP(SYSWODOM) SBMJOB(*YES)'",
	]);
	assert.ok(commands.slice(2).every(line => line === '/QOpenSys/usr/bin/qsh'));
	const scripts = qshScripts().slice(scriptsBefore);
	assert.equal(scripts.length, 5, 'both jobs advance together: four polls and one end round, not five each');
	for (const script of scripts) {
		assert.match(script, new RegExp(runs[0]!.job.replaceAll('/', '\\/')));
		assert.match(script, new RegExp(runs[1]!.job.replaceAll('/', '\\/')));
	}
	// Piped, each step prefixed by its group, then one verdict per job.
	sshd!.scenario({run: 'BRM10A1'});
	const plain = await cli(['submit', 'QLTSDOM01', 'SYSWODOM', '--system', 'TESTI'], home);
	assert.equal(plain.status, 1, plain.stderr);
	assert.match(plain.stdout, /^QLTSDOM01 {2}\*ACTIVE {2}CPF3781: Library NOSUCHLIB not found\.$/m);
	assert.match(plain.stdout, /^SYSWODOM {3}\*ACTIVE {2}CPF3781: Library NOSUCHLIB not found\.$/m);
	assert.match(
		plain.stdout,
		/\nQLTSDOM01 {2}Job \S+: the control group completed with errors[^\n]*\(BRM10A1 in the BRMS log\)[^\n]*\nSYSWODOM {3}Job \S+: the control group completed with errors[^\n]*\n$/,
	);
});

// The STRBKUBRM prompt in the full-screen app, past the command: a submitted job followed on the
// messages panel (demo system), Ctrl+C stopping the waiting, and — against the in-process IBM i —
// a whole session inside the app: F22 to the system, the unknown host key and the password asked
// in windows over the panel, the command run and its job followed to its end.

import assert from 'node:assert/strict';
import {existsSync, mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, test} from 'node:test';
import {Workplace} from '../../source/cli/workplace.js';
import type {Services} from '../../source/panels/services.js';
import {SystemsStore} from '../../source/store/systems-store.js';
import {KeyDecoder} from '../../source/ui/keys/decoder.js';
import {DEFAULT_KEY_TABLE} from '../../source/ui/keys/key-table.js';
import {demoSystem, workWithGroups} from '../helpers/brms.js';
import {scriptedJob, startFakeIbmi} from '../helpers/ibmi-ssh-server.js';
import {KEY, type RenderedApp, renderApp, renderScreen} from '../helpers/ink-app.js';

let screen: RenderedApp | undefined;
afterEach(() => {
	screen?.unmount();
	screen = undefined;
});

const home = () => ({BRMS_TUI_HOME: mkdtempSync(join(tmpdir(), 'brms-tui-follow-'))});

async function promptFor(overrides: Partial<Services>) {
	const {services} = demoSystem(overrides, home());
	const s = await renderApp(workWithGroups(), services);
	screen = s;
	await s.press(KEY.backTab, KEY.backTab, 'strbkubrm ctlgrp(syswodom)', KEY.enter);
	assert.match(s.row(1), /Start Backup using BRM/);
	return s;
}

test('SBMJOB(*YES) on the demo system: the job followed on the messages panel to its end', async () => {
	const s = await promptFor({});
	await s.press(KEY.enter);
	await s.waitFor(lines => lines[23]!.includes('completed normally'));
	const job = /Job[ .]+: (\d{6}\/\w+\/SYSWODOM)/.exec(s.row(4))?.[1];
	assert.ok(job, s.row(4));
	assert.match(s.row(4), /Status[ .]+: \*OUTQ$/);
	// Line 24: BRMS's verdict in an operator's words; the summary, with the message ID, in the list.
	assert.equal(s.row(24), ' The backup completed normally.');
	// The last page stays in view while lines arrive: the end is on screen, More... above it.
	const lines = s
		.lines()
		.slice(7, 20)
		.map(line => line.trim());
	assert.ok(lines.includes('*OUTQ    BRM1049: Control group SYSWODOM type *BKU processing is complete.'), lines.join('\n'));
	assert.equal(lines.slice(-2).join(' '), `Job ${job}: control group processing completed (BRM1049 in the BRMS log); the job ended with end code 0.`);
	await s.press(KEY.pageUp);
	// A message longer than the line goes on over the next, indented.
	assert.equal(s.row(8), `  CPC1221: Job ${job} submitted to job queue QBATCH in library`);
	assert.equal(s.row(9), '    QGPL.');
	assert.equal(s.row(11).trim(), `Job ${job} was submitted; it is followed here until it ends.`);
	assert.equal(s.row(12).trim(), `*JOBQ    Job ${job} is waiting on job queue QBATCH.`);
	await s.press(KEY.enter);
	assert.match(s.row(1), /Work with Backup Control Groups/);
});

test('Ctrl+C while following stops the waiting (the follower is told), not the job; keys work again', async () => {
	let stopped: AbortSignal | undefined;
	const s = await promptFor({
		followJob: (job, progress, signal) => {
			stopped = signal;
			progress({status: '*ACTIVE', line: `Job ${job} is active.`});
			return new Promise(() => {});
		},
	});
	await s.press(KEY.enter);
	await s.waitFor(lines => lines.some(line => line.includes('is active.')));
	assert.match(s.row(6), /Following the job; Ctrl\+C stops waiting/);
	await s.press(KEY.enter);
	assert.match(s.row(1), /Messages from the Host/, 'the keyboard waits while following');
	await s.press(KEY.ctrlC);
	assert.equal(stopped?.aborted, true);
	assert.equal(s.row(24), ' Stopped waiting. The command may still be running on the host.');
	// The panel no longer says it follows the job, and says where the job went on.
	assert.match(s.row(6), /Press Enter to continue\./);
	const shown = s
		.lines()
		.map(line => line.trim())
		.join(' ');
	assert.match(shown, /Stopped following job (\S+); it goes on on the host \(WRKJOB JOB\(\1\)\)\./);
	await s.press(KEY.enter);
	assert.match(s.row(1), /Work with Backup Control Groups/);
});

test('inside the app: F22 to a real system, its unknown host key and the password asked in windows, the job followed', async () => {
	const JOB = '123456/OPER/SYSWODOM';
	const server = await startFakeIbmi({
		password: 'pa$$ word',
		reply: () => ({stdout: `CPC1221: Job ${JOB} submitted to job queue QBATCH in library QGPL.\n`}),
		qsh: scriptedJob(
			JOB,
			[
				{status: '*ACTIVE', log: ['BRM1380: Control group SYSWODOM type *BKU processing started.']},
				{status: null, log: ['BRM1049: Control group SYSWODOM type *BKU processing is complete.']},
			],
			0,
		),
	});
	const env = {...home(), BRMS_TUI_FOLLOW_POLL_MS: '5'};
	new SystemsStore(env).add({name: 'PROD1', host: '127.0.0.1', port: server.port, user: 'OPER'});
	const agent = process.env['SSH_AUTH_SOCK'];
	delete process.env['SSH_AUTH_SOCK'];
	try {
		const s = await renderScreen(
			<Workplace system={undefined} env={env} theme={{monochrome: false, underscores: false}} decoder={new KeyDecoder(DEFAULT_KEY_TABLE)} />,
		);
		screen = s;
		assert.match(s.row(1), /BRMSDEMO$/);
		assert.equal(s.row(23), ' F9=Change backup policy   F12=Cancel   F23=More options   F24=More keys');
		await s.press(KEY.f24);
		assert.match(s.row(22), /F22=Select system/);
		await s.press(KEY.f22);
		assert.match(s.row(1), /Select System/);
		assert.equal(s.row(8).trim(), 'DEMO      the built-in demo system  (current)');
		assert.equal(s.row(9).trim(), `PROD1     OPER@127.0.0.1:${server.port}`);
		await s.press(KEY.down, '1', KEY.enter);
		await s.waitFor(lines => lines[0]!.includes('Work with Backup Control Groups') && lines[0]!.endsWith('PROD1'));
		await s.press(KEY.backTab, KEY.backTab, 'strbkubrm ctlgrp(syswodom)', KEY.enter, KEY.enter);
		await s.waitFor(lines => lines.some(line => line.includes('Verify Host Key')));
		const fingerprint = /(SHA256:[A-Za-z0-9+/]{43})/.exec(s.lines().join('\n'))?.[1];
		assert.ok(fingerprint, s.lines().join('\n'));
		assert.deepEqual(server.commands, [], 'nothing is sent before the key is accepted');
		await s.press('yes', KEY.enter);
		await s.waitFor(lines => lines.some(line => line.includes('Sign On to PROD1')));
		await s.press('pa$$ word');
		assert.ok(!s.lines().join('\n').includes('pa$$'), 'the password is not shown');
		await s.press(KEY.enter);
		await s.waitFor(lines => lines[23]!.includes('completed normally'), 10_000);
		assert.equal(s.row(24), ' The backup completed normally.');
		assert.ok(s.lines().some(line => line.trim() === '*ACTIVE  BRM1380: Control group SYSWODOM type *BKU processing started.'));
		// The command with the shell check in its own exec (one shell started, not two), then the polls.
		assert.deepEqual(server.commands.slice(0, 2), [
			"echo 'brms-tui: this should be the only text' && read go && /QOpenSys/usr/bin/system 'STRBKUBRM CTLGRP(SYSWODOM) SBMJOB(*YES)'",
			'/QOpenSys/usr/bin/qsh',
		]);
		assert.equal(server.connections(), 1);
		const own = join(env.BRMS_TUI_HOME, 'known_hosts');
		assert.ok(existsSync(own) && readFileSync(own, 'utf8').startsWith('|1|'), 'the accepted key is remembered, hashed');
	} finally {
		if (agent !== undefined) process.env['SSH_AUTH_SOCK'] = agent;
		screen?.unmount();
		screen = undefined;
		await server.close();
	}
});

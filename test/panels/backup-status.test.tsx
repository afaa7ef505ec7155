// Backup Status (F14 on WRKCTLGBRM) and Display Run Log (its option 5) on the demo system, as the
// app wires them: every group's last run with BRMS's verdict at its place on the screen, a run's
// BRMS log lines; and from Select System (F22, then F14) every system at once — a system that
// cannot be reached is a line that says so, and option 5 on it says why.

import assert from 'node:assert/strict';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {test} from 'node:test';
import {Workplace} from '../../source/cli/workplace.js';
import {SystemsStore} from '../../source/store/systems-store.js';
import {KeyDecoder} from '../../source/ui/keys/decoder.js';
import {DEFAULT_KEY_TABLE} from '../../source/ui/keys/key-table.js';
import {db2Table} from '../fixtures/ibmi/formats.js';
import {LAST_RUN_COLUMNS, LAST_RUNS} from '../fixtures/ibmi/stand-in.js';
import {fakeIbmiClient, startFakeIbmi} from '../helpers/ibmi-ssh-server.js';
import {KEY, type RenderedApp, renderScreen} from '../helpers/ink-app.js';

/** A port nothing listens on (one just closed). */
async function closedPort(): Promise<number> {
	const server = createServer();
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	const {port} = server.address() as {port: number};
	await new Promise(resolve => server.close(resolve));
	return port;
}

async function workplace(env: NodeJS.ProcessEnv): Promise<RenderedApp> {
	return renderScreen(<Workplace system="demo" env={env} theme={{monochrome: false, underscores: false}} decoder={new KeyDecoder(DEFAULT_KEY_TABLE)} />);
}

const freshEnv = () => ({BRMS_TUI_HOME: mkdtempSync(join(tmpdir(), 'brms-tui-status-panel-')), BRMS_TUI_DEMO_HISTORY_DATE: '2026-12-04'});

test('F14 on WRKCTLGBRM: Backup Status lists every demo group with its last run and verdict; 5 shows the run log; Enter and F12 return', async () => {
	const s = await workplace(freshEnv());
	try {
		await s.waitFor(lines => /Work with Backup Control Groups/.test(lines[0]!));
		await s.press(KEY.f24);
		assert.match(s.row(22), /^ F14=Backup status {3}F22=Select system {3}F24=More keys/);
		await s.press(KEY.f14);
		await s.waitFor(lines => /QLTSSVR/.test(lines.join('\n')));
		assert.match(s.row(1), /^ +Backup Status +BRMSDEMO$/);
		assert.equal(s.row(6).trimEnd(), '      Control    Last run                                                Error');
		assert.equal(s.row(7).trimEnd(), ' Opt  Group      Started          Ended            Verdict                msgs');
		assert.deepEqual(
			[8, 9, 10, 11, 12, 13, 14, 15].map(row => s.row(row).trimEnd()),
			[
				'      *BKUGRP    2026-11-25 23:05 2026-11-25 23:15 Ended abnormally          1',
				'      *SYSGRP    2026-11-20 01:05 2026-11-20 01:25 Completed                 0',
				'      *SYSTEM    2026-11-06 02:05 2026-11-06 02:45 Completed                 0',
				'      QLTSDOM01  2026-12-03 21:05 2026-12-03 21:35 Completed                 0',
				'      QLTSDOM02  2026-12-03 21:05 2026-12-03 21:35 Completed with errors     2',
				'      QLTSSVR    2026-11-26 21:05 2026-11-26 21:50 Completed with errors     2',
				'      RESTRICTED 2026-11-28 01:05 2026-11-28 01:35 Completed                 0',
				'      SYSWODOM   2026-12-03 21:05 2026-12-03 22:10 Completed                 0',
			],
		);
		assert.match(s.row(20), /Bottom$/);
		assert.equal(s.row(16).trim(), '');
		// 5 next to QLTSSVR (the sixth line).
		await s.press(KEY.down, KEY.down, KEY.down, KEY.down, KEY.down, '5', KEY.enter);
		await s.waitFor(lines => /Display Run Log/.test(lines[0]!) && /BRM10A1/.test(lines.join('\n')));
		assert.match(s.row(3), /^ Control group \. : QLTSSVR$/);
		assert.match(s.row(4), /Job \. .*: 654204\/OPER\/QLTSSVR/);
		const log = Array.from({length: 12}, (_, index) => s.row(9 + index).trimEnd()).join('\n');
		assert.match(log, /^ {2}21:05:00 {2}BRM1380 {2}Control group QLTSSVR type \*BKU processing started\.$/m);
		assert.match(log, /^ {2}21:\d\d:00 {2}LNT0950 {2}Incremental backup of server DOM2 not possible/m);
		assert.match(log, /^ {2}21:50:00 {2}BRM10A1 {2}Control group QLTSSVR type \*BKU completed with errors\.$/m);
		await s.press(KEY.enter);
		await s.waitFor(lines => /Backup Status/.test(lines[0]!));
		// An option other than 5 is refused in place.
		await s.press('4', KEY.enter);
		await s.waitFor(lines => /Option 4 not valid\./.test(lines[23]!));
		await s.press(KEY.reset, ' ', KEY.f12);
		await s.waitFor(lines => /Work with Backup Control Groups/.test(lines[0]!));
	} finally {
		s.unmount();
	}
});

test('Select System, F14: every system at once — the demo groups, and a system where nothing listens as a line that says so; 5 on it says why', async () => {
	const env = freshEnv();
	new SystemsStore(env).add({name: 'PROD9', host: '127.0.0.1', port: await closedPort(), user: 'OPER'});
	const s = await workplace(env);
	try {
		await s.waitFor(lines => /Work with Backup Control Groups/.test(lines[0]!));
		await s.press(KEY.f22);
		await s.waitFor(lines => /Select System/.test(lines[0]!));
		assert.match(s.lines().join('\n'), /F14=Backup status of all/);
		await s.press(KEY.f14);
		await s.waitFor(lines => /PROD9/.test(lines.join('\n')), 10_000);
		assert.equal(s.row(7).trimEnd(), ' Opt  System   Group      Started          Verdict                        msgs');
		assert.equal(s.row(8).trimEnd(), '      DEMO     *BKUGRP    2026-11-25 23:05 Ended abnormally                  1');
		assert.equal(s.row(16).trimEnd(), '      PROD9                                Not reachable');
		await s.press(...Array(8).fill(KEY.down), '5', KEY.enter);
		await s.waitFor(lines => /Display Run Log/.test(lines[0]!));
		assert.match(s.row(3), /^ System {2}\. \. \. \. : PROD9$/);
		assert.match(s.lines().join('\n'), /Cannot connect to 127\.0\.0\.1:\d+/);
	} finally {
		s.unmount();
	}
});

test("F14 on a system reached over SSH (the in-process IBM i): one QSH exec with the last-runs statement; 5 asks that job's BRMS log lines", async () => {
	const logged = [
		['2027-01-01-21.00.05.000000', 'BRM1380', 'Control group QLTSDOM01 type *BKU processing started.'],
		['2027-01-01-21.20.00.000000', 'CPF3781', 'Library NOSUCHLIB not found.'],
		['2027-01-01-21.40.10.000000', 'BRM10A1', 'Control group QLTSDOM01 type *BKU completed with errors.'],
	];
	const server = await startFakeIbmi({
		clientPublicKey: fakeIbmiClient.publicKey,
		reply: () => ({}),
		qsh: script =>
			script.startsWith('db2 "WITH STARTS AS')
				? {stdout: db2Table(LAST_RUN_COLUMNS, LAST_RUNS)}
				: {
						stdout: db2Table(
							[
								{name: 'LOGGED', width: 26},
								{name: 'MESSAGE_ID', width: 7},
								{name: 'MESSAGE_TEXT', width: 80},
							],
							logged,
						),
					},
	});
	const env = freshEnv();
	const knownHosts = join(env.BRMS_TUI_HOME, 'prod1_known_hosts');
	writeFileSync(knownHosts, `${server.knownHostsLine}\n`);
	new SystemsStore(env).add({name: 'PROD1', host: '127.0.0.1', port: server.port, user: 'OPER', keyPath: fakeIbmiClient.keyPath, knownHostsPath: knownHosts});
	const agent = process.env['SSH_AUTH_SOCK'];
	delete process.env['SSH_AUTH_SOCK'];
	let s: RenderedApp | undefined;
	try {
		s = await renderScreen(<Workplace system="prod1" env={env} theme={{monochrome: false, underscores: false}} decoder={new KeyDecoder(DEFAULT_KEY_TABLE)} />);
		await s.waitFor(lines => /Work with Backup Control Groups +PROD1/.test(lines[0]!));
		await s.press(KEY.f14);
		await s.waitFor(lines => /SYSWODOM/.test(lines.join('\n')), 10_000);
		assert.equal(s.row(8).trimEnd(), '      QLTSDOM01  2027-01-01 21:00 2027-01-01 21:40 Completed with errors     2');
		assert.equal(s.row(9).trimEnd(), '      QLTSDOM02  2027-01-01 21:00                  Running                   0');
		assert.equal(s.row(10).trimEnd(), '      SYSWODOM   2027-01-01 22:00 2027-01-01 22:52 Completed                 0');
		assert.equal(server.scripts.length, 1);
		assert.match(server.scripts[0]!, /^db2 "WITH STARTS AS .*QUSRBRM\.BRMS_LOG_INFO/);
		await s.press('5', KEY.enter);
		await s.waitFor(lines => /Display Run Log/.test(lines[0]!) && /BRM10A1/.test(lines.join('\n')), 10_000);
		assert.equal(server.scripts.length, 2);
		assert.match(
			server.scripts[1]!,
			/WHERE QUALIFIED_JOB_NAME = '100201\/QBRMS\/QLTSDOM01' AND MESSAGE_TIMESTAMP >= TIMESTAMP\('2027-01-01-21\.00\.05\.000000'\)/,
		);
		assert.match(s.lines().join('\n'), /^ {2}21:20:00 {2}CPF3781 {2}Library NOSUCHLIB not found\.$/m);
		// One connection served both questions.
		assert.equal(server.connections(), 1);
	} finally {
		s?.unmount();
		if (agent !== undefined) process.env['SSH_AUTH_SOCK'] = agent;
		await server.close();
	}
});

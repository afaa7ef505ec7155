// Several groups from the STRBKUBRM prompt (CTLGRP with several names typed on WRKCTLGBRM's
// command line) on the demo system: each sent as its own STRBKUBRM, then Running Backups follows
// the jobs together — a line per job with status, entry and last log line, updated live (the
// third job waits for one of the tape library's two drives) — to BRMS's verdict on each. Ctrl+C
// stops the following of all and each line says its job goes on.

import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {test} from 'node:test';
import {Workplace} from '../../source/cli/workplace.js';
import type {DemoJobRecord} from '../../source/host/demo/demo-job.js';
import {storeFolder} from '../../source/store/location.js';
import {KeyDecoder} from '../../source/ui/keys/decoder.js';
import {DEFAULT_KEY_TABLE} from '../../source/ui/keys/key-table.js';
import {KEY, type RenderedApp, renderScreen} from '../helpers/ink-app.js';

async function prompted(command: string, env = {BRMS_TUI_HOME: mkdtempSync(join(tmpdir(), 'brms-tui-running-'))}): Promise<RenderedApp> {
	const s = await renderScreen(
		<Workplace system="demo" env={env} theme={{monochrome: false, underscores: false}} decoder={new KeyDecoder(DEFAULT_KEY_TABLE)} />,
	);
	await s.waitFor(lines => /Work with Backup Control Groups/.test(lines[0]!));
	await s.press(KEY.backTab, KEY.backTab, command, KEY.enter);
	await s.waitFor(lines => /Start Backup using BRM/.test(lines[0]!));
	return s;
}

test('STRBKUBRM CTLGRP(QLTSDOM01 QLTSSVR SYSWODOM): three jobs followed on one panel, the third waits for a drive, three verdicts', async () => {
	process.env['BRMS_TUI_DEMO_STEP_MS'] = '80';
	const s = await prompted('strbkubrm ctlgrp(qltsdom01 qltssvr syswodom)');
	try {
		assert.match(s.row(5), /Control group {2}\. .* {2}QLTSDOM01 /);
		assert.equal(
			[13, 14, 15].map(row => s.row(row).trimEnd()).join('\n'),
			[
				'  Command Enter sends:',
				'    STRBKUBRM CTLGRP(QLTSDOM01) SBMJOB(*YES), and the same as a job of its own',
				'    for CTLGRP(QLTSSVR), CTLGRP(SYSWODOM)',
			].join('\n'),
		);
		await s.press(KEY.enter);
		await s.waitFor(lines => /Running Backups/.test(lines[0]!));
		assert.match(s.row(7), /^ QLTSDOM01 {3}654321\/OPER\/QLTSDOM01 /);
		assert.match(s.row(10), /^ QLTSSVR {5}654322\/OPER\/QLTSSVR /);
		assert.match(s.row(13), /^ SYSWODOM {4}654323\/OPER\/SYSWODOM /);
		// Live: the third job's last line says it waits for one of the two drives the others hold.
		await s.waitFor(
			lines =>
				/^ {3}Waiting for a tape drive of TAPMLB01: in use \(TAP01 by job 654321\/OPER\/QLTSDOM01, TAP02 by job 654322\/OPER\/QLTSSVR\)\.$/.test(
					`${lines[13]!.trimEnd()} ${lines[14]!.trim()}`,
				),
			10_000,
		);
		assert.match(s.row(7), /\*ACTIVE +\d+$/);
		await s.waitFor(lines => /All 3 backups completed normally\./.test(lines[23]!), 20_000);
		for (const row of [8, 11, 14])
			assert.match(
				`${s.row(row).trimEnd()} ${s.row(row + 1).trim()}`,
				/^ {3}Job 6543\d\d\/OPER\/\w+: control group processing completed \(BRM1049 in the BRMS log\); the job ended with end code 0\.$/,
			);
		for (const row of [7, 10, 13]) assert.match(s.row(row), /\*OUTQ +\d+$/);
		await s.press(KEY.enter);
		await s.waitFor(lines => /Work with Backup Control Groups/.test(lines[0]!));
	} finally {
		s.unmount();
	}
});

test('STRBKUBRM CTLGRP(QLTSDOM01 QLTSDOM02): the two Domino servers saved at the same time on the two drives, two verdicts', async () => {
	process.env['BRMS_TUI_DEMO_STEP_MS'] = '80';
	const env = {BRMS_TUI_HOME: mkdtempSync(join(tmpdir(), 'brms-tui-running-'))};
	const s = await prompted('strbkubrm ctlgrp(qltsdom01 qltsdom02)', env);
	try {
		await s.press(KEY.enter);
		await s.waitFor(lines => /Running Backups/.test(lines[0]!));
		assert.match(s.row(7), /^ QLTSDOM01 {3}654321\/OPER\/QLTSDOM01 /);
		assert.match(s.row(10), /^ QLTSDOM02 {3}654322\/OPER\/QLTSDOM02 /);
		// Live: both jobs active on one screen, neither waiting for a drive.
		await s.waitFor(lines => /\*ACTIVE/.test(lines[6]!) && /\*ACTIVE/.test(lines[9]!), 10_000);
		assert.doesNotMatch(s.lines().join('\n'), /Waiting for a tape drive/);
		await s.waitFor(lines => /All 2 backups completed normally\./.test(lines[23]!), 20_000);
		for (const [row, job] of [
			[8, '654321/OPER/QLTSDOM01'],
			[11, '654322/OPER/QLTSDOM02'],
		] as const)
			assert.equal(
				`${s.row(row).trimEnd()} ${s.row(row + 1).trim()}`,
				`   Job ${job}: control group processing completed (BRM1049 in the BRMS log); the job ended with end code 0.`,
			);
		for (const row of [7, 10]) assert.match(s.row(row), /\*OUTQ +\d+$/);
		// The demo host's BRMS log: each job held a drive of its own, and the two times overlap.
		const log = JSON.parse(readFileSync(join(storeFolder(env), 'demo-brms-log.json'), 'utf8')) as {jobs: DemoJobRecord[]};
		const [one, two] = ['654321/OPER/QLTSDOM01', '654322/OPER/QLTSDOM02'].map(job => log.jobs.find(each => each.job === job)?.drive);
		assert.ok(one && two, 'both jobs held a drive');
		assert.deepEqual([one.drive, two.drive].sort(), ['TAP01', 'TAP02']);
		assert.ok(one.from < two.to && two.from < one.to, `the drives were held at the same time: ${JSON.stringify([one, two])}`);
	} finally {
		s.unmount();
	}
});

test('Ctrl+C on Running Backups stops the following of all: each line and line 24 say the jobs go on', async () => {
	process.env['BRMS_TUI_DEMO_STEP_MS'] = '400';
	const s = await prompted('strbkubrm ctlgrp(qltsdom01 qltssvr)');
	try {
		await s.press(KEY.enter);
		await s.waitFor(lines => /Running Backups/.test(lines[0]!));
		await s.press(KEY.ctrlC);
		// Line 24 is the display kit's (as for one job); each line says its job goes on.
		await s.waitFor(lines => /Stopped waiting\. The command may still be running on the host\./.test(lines[23]!), 5000);
		assert.match(s.row(8), /^ {3}Not followed any more; the job goes on on the host\.$/);
		assert.match(s.row(11), /^ {3}Not followed any more; the job goes on on the host\.$/);
		assert.match(s.row(3), /^ Press Enter to continue\.$/);
		// Reset clears the kit's message: the panel's own stands under it, naming how many go on.
		await s.press(KEY.reset);
		await s.waitFor(lines => /^ Stopped following 2 jobs; they go on on the host\.$/.test(lines[23]!.trimEnd()));
	} finally {
		s.unmount();
		process.env['BRMS_TUI_DEMO_STEP_MS'] = '5';
	}
});

// Several groups from the STRBKUBRM prompt (CTLGRP with several names typed on WRKCTLGBRM's
// command line) on the demo system: each sent as its own STRBKUBRM, then Running Backups follows
// the jobs together — a line per job with status, entry and last log line, updated live (the
// third job waits for one of the tape library's two drives) — to BRMS's verdict on each. Ctrl+C
// stops the following of all and each line says its job goes on.

import assert from 'node:assert/strict';
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {test} from 'node:test';
import {Workplace} from '../../source/cli/workplace.js';
import {KeyDecoder} from '../../source/ui/keys/decoder.js';
import {DEFAULT_KEY_TABLE} from '../../source/ui/keys/key-table.js';
import {KEY, type RenderedApp, renderScreen} from '../helpers/ink-app.js';

async function prompted(command: string): Promise<RenderedApp> {
	const env = {BRMS_TUI_HOME: mkdtempSync(join(tmpdir(), 'brms-tui-running-'))};
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
		assert.match(s.row(5), /Control group +\. .* {2}QLTSDOM01 /);
		// At the end of the prompt's lines (the prompter's layout), wrapped: the first group's command, then the others.
		assert.equal(
			[13, 14, 15, 16]
				.map(row => s.row(row).trim())
				.join(' ')
				.trim(),
			'Command Enter sends: STRBKUBRM CTLGRP(QLTSDOM01) SBMJOB(*YES), and the same as a job of its own for CTLGRP(QLTSSVR), CTLGRP(SYSWODOM)',
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

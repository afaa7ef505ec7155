// End to end in a real pseudo-terminal: the built program, F14 as terminals send it (xterm's
// Shift+F2, and the Esc-prefixed fallback Esc @), Backup Status of the demo system's history,
// option 5 to a run's log, and several groups typed on the command line followed on Running
// Backups to their verdicts.

import assert from 'node:assert/strict';
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {spawnInPty} from '../helpers/pty.js';

const PROGRAM = fileURLToPath(new URL('../../dist/brms-tui.cjs', import.meta.url));
const ESC = '\u001B';

let session: ReturnType<typeof spawnInPty> | undefined;
afterEach(async () => {
	await session?.kill();
	session = undefined;
});

function start(env: Record<string, string> = {}) {
	session = spawnInPty(process.execPath, [PROGRAM], {
		env: {BRMS_TUI_HOME: mkdtempSync(join(tmpdir(), 'brms-tui-e2e-status-')), BRMS_TUI_DEMO_HISTORY_DATE: '2026-12-04', ...env},
	});
	return session;
}

test('Shift+F2 (F14) opens Backup Status; 5 shows the run log of QLTSSVR; Esc @ (F14 for terminals without Shift+F keys) too', async () => {
	const s = start();
	await s.waitForText('Work with Backup Control Groups');
	await s.type(`${ESC}[1;2Q`);
	await s.waitForText('Completed with errors');
	assert.equal(s.terminal.textAt(1, 34, 13), 'Backup Status');
	assert.equal(s.terminal.textAt(13, 7, 68).trimEnd(), 'QLTSSVR    2026-11-26 21:05 2026-11-26 21:50 Completed with errors');
	await s.type(`${ESC}[B${ESC}[B${ESC}[B${ESC}[B${ESC}[B5\r`);
	await s.waitForText('Display Run Log');
	await s.waitForText('Control group . : QLTSSVR');
	await s.waitForText(/LNT0950 {2}Incremental backup of server DOM2/);
	await s.type('\r');
	await s.waitForText('Backup Status');
	await s.type(`${ESC}[24~`);
	await s.waitForText('Work with Backup Control Groups');
	await s.type(`${ESC}@`);
	await s.waitForText('Completed with errors');
});

test('STRBKUBRM CTLGRP(QLTSDOM01 SYSWODOM) on the command line: two jobs on Running Backups to two verdicts', async () => {
	const s = start({BRMS_TUI_DEMO_STEP_MS: '40'});
	await s.waitForText('Work with Backup Control Groups');
	await s.type(`${ESC}[Z${ESC}[Z`);
	await s.type('strbkubrm ctlgrp(qltsdom01 syswodom)\r');
	await s.waitForText(/and the same as a job of\s+its own\s+for CTLGRP\(SYSWODOM\)/);
	await s.type('\r');
	await s.waitForText('Running Backups');
	await s.waitForText('All 2 backups completed normally.', 15_000);
	assert.match(s.terminal.textAt(7, 2, 60), /^QLTSDOM01 {3}654321\/OPER\/QLTSDOM01 +\*OUTQ/);
	assert.match(s.terminal.textAt(10, 2, 60), /^SYSWODOM {4}654322\/OPER\/SYSWODOM +\*OUTQ/);
});

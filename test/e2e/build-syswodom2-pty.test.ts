// A trainee's exercise, end to end: in the real program, in a real pseudo-terminal, build
// SYSWODOM2 from nothing by keystrokes only, then compare `show SYSWODOM2 --json` with SYSWODOM.

import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {spawnInPty} from '../helpers/pty.js';

const PROGRAM = fileURLToPath(new URL('../../dist/brms-tui.cjs', import.meta.url));
const ESC = '\u001B';
const FIELD_EXIT = '\u000B';
const ENTER = '\r';

// The entry columns in panel order and their lengths (a full field moves the cursor on by itself).
const COLUMN_LENGTHS = [4, 10, 4, 10, 7, 4, 8, 10, 10];

/** The keys for one entry line: each value, then Field Exit unless the value filled its field. */
function line(...values: string[]): string[] {
	return COLUMN_LENGTHS.map((length, index) => {
		const value = values[index] ?? '';
		return value.length === length ? value : value + FIELD_EXIT;
	});
}

function showJson(home: string, group: string) {
	const result = spawnSync(process.execPath, [PROGRAM, 'show', group, '--json'], {encoding: 'utf8', env: {...process.env, BRMS_TUI_HOME: home}});
	assert.equal(result.status, 0, result.stderr);
	return JSON.parse(result.stdout);
}

test('SYSWODOM2, built by keystrokes in the real program, equals SYSWODOM', async () => {
	const home = mkdtempSync(join(tmpdir(), 'brms-tui-trainee-'));
	const session = spawnInPty(process.execPath, [PROGRAM], {env: {BRMS_TUI_HOME: home}});
	try {
		await session.waitForText('Work with Backup Control Groups');
		const type = async (...keys: string[]) => {
			for (const key of keys) await session.type(key);
		};

		// 1=Create: name and text.
		await type('1', ENTER);
		await session.waitForText('Create Backup Control Group');
		await type('syswodom2', FIELD_EXIT, 'Backs up all user data except notes', ENTER);
		await session.waitForText('Create Backup Control Group Entries');

		// Default activity FFFFFFF: Home goes to it; the full field moves the cursor on to Text,
		// and Tab from Text reaches the first entry line.
		await type(`${ESC}[H`, 'FFFFFFF', '\t');
		await session.waitFor(() => session.terminal.cursor().row === 13 && session.terminal.cursor().col === 2, {message: 'cursor on the first entry line'});
		const lines = [
			line('10', '*EXIT', '', '', '*DFTACT'),
			line('20', '*SAVSECDTA', '', '', '*DFTACT', '*NO'),
			line('30', '*SAVCFG', '', '', '*DFTACT', '*NO'),
			line('40', '*ALLUSR', '', '*SYSBAS', '*DFTACT', '*ERR', '*YES', '*LIB', '*NONE'),
			line('50', '*ALLDLO', '', '', '*DFTACT', '*NO', '*YES'),
			line('60', 'QLTSEXCL', '*LNK', '*SYSBAS', '*DFTACT', '*YES', '*YES', '*LIB', '*NONE'),
			line('70', '*EXIT', '', '', '*DFTACT'),
		];
		for (const keys of lines) await type(...keys);
		await session.waitFor(() => session.terminal.textAt(19, 7, 5) === '*EXIT', {message: 'seventh line typed'});
		await type(ENTER);
		await session.waitForText('Control group SYSWODOM2 saved.');

		// Position the list to SYSWODOM2, then 8=Change attributes: the media policies.
		await type(`${ESC}[H`, 'syswodom2', ENTER, '\t', '8', ENTER);
		await session.waitForText('Change Backup Control Group Attributes');
		await type('\u0005', 'FULL', FIELD_EXIT, '\u0005', 'INCR', ENTER);
		await session.waitForText('Control group SYSWODOM2 saved.');

		// 10=Job queues to process: hold QGPL/QBATCH during the save.
		await type('10', ENTER);
		await session.waitForText('Job Queues to Process');
		await type('10', FIELD_EXIT, 'QBATCH', FIELD_EXIT, 'QGPL', FIELD_EXIT, '*YES', '*YES', ENTER);
		await session.waitForText('Control group SYSWODOM2 saved.');

		await type(`${ESC}OR`);
		assert.equal((await session.waitForExit()).exitCode, 0);
	} finally {
		await session.kill();
	}

	const copy = showJson(home, 'SYSWODOM2');
	const original = showJson(home, 'SYSWODOM');
	assert.equal(copy.name, 'SYSWODOM2');
	assert.deepEqual({...copy, name: 'SYSWODOM'}, original);
});

// The panels need a terminal on standard input and output; a script or a pipe gets one line on
// standard error, exit code 2, and never an escape sequence.

import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {spawnInPty} from '../helpers/pty.js';

const PROGRAM = fileURLToPath(new URL('../../dist/brms-tui.cjs', import.meta.url));
const LINE = 'brms-tui: the panels need a terminal; use list, show, export … for scripts\n';

let session: ReturnType<typeof spawnInPty> | undefined;
afterEach(async () => {
	await session?.kill();
	session = undefined;
});

test('echo | brms-tui: one line, exit 2, nothing on standard output', () => {
	for (const args of [[], ['keys', '--test']]) {
		const home = mkdtempSync(join(tmpdir(), 'brms-tui-pipe-'));
		const result = spawnSync(process.execPath, [PROGRAM, ...args], {input: '\n', encoding: 'utf8', env: {...process.env, BRMS_TUI_HOME: home}});
		assert.deepEqual([result.status, result.stdout, result.stderr], [2, '', LINE], args.join(' '));
	}
});

test('brms-tui > file on a terminal: one line on the terminal, exit 2, the file empty', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'brms-tui-pipe-'));
	const file = join(dir, 'out.txt');
	session = spawnInPty('/bin/sh', ['-c', `'${process.execPath}' '${PROGRAM}' > '${file}'`], {env: {BRMS_TUI_HOME: dir}});
	assert.equal((await session.waitForExit(20_000)).exitCode, 2);
	assert.equal(session.output(), LINE.replace('\n', '\r\n'));
	assert.equal(readFileSync(file, 'utf8'), '');
});

// Self-test of spawnInPty: a tiny program in a real pty, read back through the emulator.

import assert from 'node:assert/strict';
import {test} from 'node:test';
import {spawnInPty} from './pty.js';

// Raw mode first, so the key arrives without Enter and is not echoed by the tty; the screen
// text only appears once that is done, so the test knows when it may type.
const PROGRAM = `
process.stdin.setRawMode(true);
process.stdin.once('data', data => {
	process.stdout.write('got:' + data.toString());
	process.exit(7);
});
process.stdout.write('ready\\nCI=' + (process.env.CI ?? 'unset') + ' TERM=' + process.env.TERM + '\\n');
process.stdout.write('\\u001B[5;10H');
`;

test('spawnInPty shows the screen, the cursor cell, a typed key and the exit code', async t => {
	// CI passed explicitly still must not reach the program (Ink would draw nothing).
	const session = spawnInPty(process.execPath, ['-e', PROGRAM], {cols: 40, rows: 10, env: {CI: 'true'}});
	t.after(() => session.kill());

	await session.waitForText('TERM=');
	assert.equal(session.terminal.row(1), 'ready');
	// The pty's line discipline turned "\n" into CR LF: row 2 starts in column 1.
	assert.equal(session.terminal.row(2), 'CI=unset TERM=xterm-256color');
	await session.waitFor(() => session.terminal.cursor().row === 5 && session.terminal.cursor().col === 10, {message: 'cursor at 5,10'});

	await session.type('x');
	await session.waitForText('got:x');
	assert.equal(session.terminal.textAt(5, 10, 5), 'got:x');
	assert.deepEqual(session.terminal.cursor(), {row: 5, col: 15});

	const exit = await session.waitForExit();
	assert.equal(exit.exitCode, 7);
	assert.match(session.output(), /\u001B\[5;10Hgot:x/);
});

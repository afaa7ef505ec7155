// End to end: the built program (dist/brms-tui.cjs) in a real pseudo-terminal, read back through
// a real terminal emulator (@xterm/headless), typed at with the bytes real terminals send.

import assert from 'node:assert/strict';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {demoControlGroups} from '../../source/domain/catalog.js';
import {spawnInPty} from '../helpers/pty.js';

const PROGRAM = fileURLToPath(new URL('../../dist/brms-tui.cjs', import.meta.url));
const ESC = '\u001B';

type Session = ReturnType<typeof spawnInPty>;
let session: Session | undefined;
afterEach(async () => {
	await session?.kill();
	session = undefined;
});

/** A store holding the demo groups and 13 more, so the list has three pages. */
function homeWithGroups(): string {
	const home = mkdtempSync(join(tmpdir(), 'brms-tui-e2e-'));
	const groups = demoControlGroups();
	const extra = Array.from({length: 13}, (_, index) => ({...groups[7]!, name: `USR${String(index + 1).padStart(2, '0')}`, text: `User group ${index + 1}`}));
	writeFileSync(join(home, 'system-demo.json'), JSON.stringify({revision: 1, controlGroups: [...groups, ...extra]}));
	return home;
}

async function start(options: {cols?: number; rows?: number; env?: Record<string, string>; args?: string[]} = {}) {
	session = spawnInPty(process.execPath, [PROGRAM, ...(options.args ?? [])], {
		cols: options.cols ?? 80,
		rows: options.rows ?? 24,
		env: {BRMS_TUI_HOME: homeWithGroups(), ...options.env},
	});
	return session;
}

async function startPanel() {
	const s = await start();
	await s.waitForText('Work with Backup Control Groups');
	await s.waitForText('Bottom', 100).catch(() => undefined);
	return s;
}

const cursorIs = async (s: Session, row: number, col: number) => {
	await s.waitFor(() => s.terminal.cursor().row === row && s.terminal.cursor().col === col, {
		message: `cursor should be at ${row},${col}, is at ${JSON.stringify(s.terminal.cursor())}`,
	});
};

test('starts on the alternate screen with all 24 lines and the cursor in the first Opt field', async () => {
	const s = await startPanel();
	assert.equal(s.terminal.isAlternateScreen(), true);
	assert.equal(s.terminal.textAt(1, 25, 31), 'Work with Backup Control Groups');
	assert.equal(s.terminal.textAt(1, 70, 8), 'BRMSDEMO');
	assert.equal(s.terminal.textAt(11, 7, 7), '*BKUGRP');
	assert.equal(s.terminal.textAt(18, 7, 8), 'SYSWODOM');
	assert.equal(s.terminal.textAt(19, 73, 7), 'More...');
	assert.match(s.terminal.row(22), /^ F3=Exit {3}F5=Refresh/);
	assert.match(s.terminal.row(23), /F24=More keys$/);
	await cursorIs(s, 11, 2);
	assert.equal(s.terminal.cell(11, 2).underline, true);
});

test('after the first frame the 24-row screen is never cleared as a whole (Ink #450 backport)', async () => {
	const s = await startPanel();
	const firstFrameBytes = s.output().length;
	for (const key of ['1', `${ESC}[B`, '2', `${ESC}[6~`, `${ESC}[5~`, `${ESC}[23;2~`]) await s.type(key);
	await s.waitForText('10=Job queues to process');
	const later = s.output().slice(firstFrameBytes);
	assert.ok(later.length > 0);
	assert.equal(later.includes(`${ESC}[2J`), false, 'no ESC[2J after the first frame');
	assert.equal(s.terminal.textAt(1, 25, 31), 'Work with Backup Control Groups', 'line 1 still on row 1');
});

test('an invalid option: reverse image, message on line 24, cursor on the field; Ctrl+R resets', async () => {
	const s = await startPanel();
	await s.type(`${ESC}[B`);
	await s.type('7');
	await s.type('\r');
	await s.waitForText('Option 7 not valid.');
	assert.match(s.terminal.row(24), /^ Option 7 not valid\./);
	assert.equal(s.terminal.cell(12, 2).inverse, true);
	await cursorIs(s, 12, 2);
	await s.type('\u0012');
	await s.waitFor(() => s.terminal.row(24).trim() === '');
	assert.equal(s.terminal.cell(12, 2).inverse, false);
});

test('Tab, Shift+Tab, arrows and Home move the real cursor', async () => {
	const s = await startPanel();
	await s.type('\t');
	await cursorIs(s, 12, 2);
	await s.type(`${ESC}[Z`);
	await cursorIs(s, 11, 2);
	await s.type(`${ESC}[C`);
	await cursorIs(s, 11, 3);
	await s.type(`${ESC}[D`);
	await cursorIs(s, 11, 2);
	await s.type(`${ESC}[B`);
	await cursorIs(s, 12, 2);
	await s.type(`${ESC}[A`);
	await cursorIs(s, 11, 2);
	await s.type(`${ESC}[H`);
	await cursorIs(s, 3, 27);
});

test('the arrows move the 5250 cursor one cell, outside fields too; typing there is operator error 0005', async () => {
	const s = await startPanel();
	await s.type(`${ESC}[D`);
	await cursorIs(s, 11, 1);
	await s.type(`${ESC}[A`);
	await s.type(`${ESC}[A`);
	await cursorIs(s, 9, 1);
	await s.type('x');
	await s.waitForText('Cursor in protected area of display.');
	assert.equal(s.terminal.textAt(9, 1, 6), '      ', 'nothing typed on the panel');
	await s.type('\u0012');
	await s.type(`${ESC}[D`);
	await cursorIs(s, 8, 80);
	assert.equal(s.terminal.row(24).trim(), '');
});

test('on a terminal of 25 rows row 25 is the operator information line; on 24 rows there is none', async () => {
	const s = await start({rows: 25});
	await s.waitForText('Work with Backup Control Groups');
	await s.waitFor(() => s.terminal.row(25).startsWith('5250'), {message: 'row 25 starts with 5250'});
	assert.equal(s.terminal.textAt(25, 73, 7), '002/011');
	await s.type(`${ESC}[D`);
	await s.type('x');
	await s.waitFor(() => s.terminal.textAt(25, 10, 4) === 'X II', {message: `keyboard locked on row 25: ${s.terminal.row(25)}`});
	assert.equal(s.terminal.textAt(25, 73, 7), '001/011');
	await s.type('\u0012');
	await s.type(`${ESC}[2~`);
	await s.waitFor(() => s.terminal.textAt(25, 31, 2) === 'IM', {message: `insert mode on row 25: ${s.terminal.row(25)}`});
	assert.equal(s.terminal.textAt(25, 10, 4), '    ');
	await session?.kill();
	const plain = await startPanel();
	assert.equal(plain.terminal.row(24).trim(), '', 'a 24-row terminal keeps line 24 for messages only');
});

test('typing, Insert, Backspace, Delete and Field Exit edit "Position to"; Enter positions the list', async () => {
	const s = await startPanel();
	await s.type(`${ESC}[H`);
	await s.type('qlxs');
	await s.waitFor(() => s.terminal.textAt(3, 27, 4) === 'QLXS');
	await s.type(`${ESC}[D`); // on S
	await s.type(`${ESC}[D`); // on X
	await s.type(`${ESC}[3~`); // Delete X
	await s.waitFor(() => s.terminal.textAt(3, 27, 4) === 'QLS ');
	await s.type(`${ESC}[2~`); // Insert mode
	await s.type('T');
	await s.waitFor(() => s.terminal.textAt(3, 27, 4) === 'QLTS');
	await s.type('SX');
	await s.type('\u007F'); // Backspace the X
	await s.waitFor(() => s.terminal.textAt(3, 27, 6) === 'QLTSS ');
	await s.type(`${ESC}[2~`); // back to overwrite
	await s.type('ZZ');
	await s.waitFor(() => s.terminal.textAt(3, 27, 7) === 'QLTSZZ ');
	await s.type(`${ESC}[D`);
	await s.type(`${ESC}[D`);
	await s.type('\u000B'); // Field Exit: clear to end, next field
	await s.waitFor(() => s.terminal.textAt(3, 27, 7) === 'QLTS   ');
	await cursorIs(s, 11, 2);
	await s.type('\r');
	await s.waitFor(() => s.terminal.textAt(11, 7, 9) === 'QLTSDOM01');
});

test('PageDown and PageUp roll the list; More... becomes Bottom on the last page', async () => {
	const s = await startPanel();
	await s.type(`${ESC}[6~`);
	await s.waitFor(() => s.terminal.textAt(11, 7, 5) === 'USR01');
	await s.type(`${ESC}[6~`);
	await s.waitFor(() => s.terminal.textAt(11, 7, 5) === 'USR09');
	assert.equal(s.terminal.textAt(19, 74, 6), 'Bottom');
	await s.type(`${ESC}[5~`);
	await s.waitFor(() => s.terminal.textAt(11, 7, 5) === 'USR01');
});

test('F-keys arrive in every terminal encoding and through the Esc prefix', async () => {
	const s = await startPanel();
	const optionPage2 = () => s.terminal.row(6).includes('10=Job queues to process');
	const optionPage1 = () => s.terminal.row(6).includes('1=Create');
	const f23Routes = [
		`${ESC}[23;2~`, // xterm Shift+F11
		`${ESC}[23$`, // rxvt Shift+F11
		`${ESC}[57386u`, // kitty F23
	];
	let onPage2 = false;
	for (const route of f23Routes) {
		await s.type(route);
		onPage2 = !onPage2;
		await s.waitFor(onPage2 ? optionPage2 : optionPage1, {message: `F23 via ${JSON.stringify(route)}`});
	}
	// Esc then F11 is F23; Esc then _ is F23 (tn5250).
	await s.type(ESC);
	await s.type(`${ESC}[23~`);
	await s.waitFor(optionPage1, {message: 'Esc F11'});
	await s.type(ESC);
	await s.type('_');
	await s.waitFor(optionPage2, {message: 'Esc _'});
	// VT220 F13 is decoded (and refused by this panel), not an undefined key.
	await s.type(`${ESC}[25~`);
	await s.waitForText('Function key not allowed.');
	// Linux-console F5 refreshes (and F5 resets the error first).
	await s.type(`${ESC}[[E`);
	await s.waitFor(() => s.terminal.row(24).trim() === '' && optionPage1());
	// Ctrl+C is not an exit.
	await s.type('\u0003');
	await s.waitForText('Ctrl+C does not end brms-tui here');
	// Esc 3 is F3: the program ends and the terminal is back on the normal screen.
	await s.type(ESC);
	await s.type('3');
	const exit = await s.waitForExit();
	assert.equal(exit.exitCode, 0);
	assert.equal(s.terminal.isAlternateScreen(), false);
});

test('F3 (xterm SS3 R) exits with status 0 and leaves the alternate screen', async () => {
	const s = await startPanel();
	await s.type(`${ESC}OR`);
	const exit = await s.waitForExit();
	assert.equal(exit.exitCode, 0);
	assert.equal(s.terminal.isAlternateScreen(), false);
});

test('SIGTERM restores the normal screen and exits 143', async () => {
	const s = await startPanel();
	process.kill(s.pid, 'SIGTERM');
	const exit = await s.waitForExit();
	assert.equal(exit.exitCode, 143);
	assert.equal(s.terminal.isAlternateScreen(), false);
});

test('a terminal smaller than 80x24 gets a clear notice instead of a garbled panel; F3 still leaves', async () => {
	const s = await start({cols: 70, rows: 20});
	await s.waitForText('This terminal is 70x20; brms-tui needs 80x24.');
	assert.equal(s.output().includes('Work with Backup Control Groups'), false);
	await s.type(`${ESC}OR`);
	assert.equal((await s.waitForExit()).exitCode, 0);
});

test('NO_COLOR turns colours off but keeps underlined input fields', async () => {
	const s = await start({env: {NO_COLOR: '1'}});
	await s.waitForText('Work with Backup Control Groups');
	const opt = s.terminal.cell(11, 2);
	assert.equal(opt.underline, true);
	assert.equal(opt.fg, -1);
	assert.equal(s.terminal.cell(5, 2).fg, -1);
});

test('the key-test panel shows the bytes a key sent and what they mean', async () => {
	const s = await start({args: ['keys', '--test']});
	await s.waitForText('Key Test');
	await s.type(`${ESC}[15~`);
	await s.waitForText('ESC [ 1 5 ~');
	assert.match(s.terminal.lines().join('\n'), /ESC \[ 1 5 ~\s+F5/);
	await s.type(`${ESC}OR`);
	assert.equal((await s.waitForExit()).exitCode, 0);
});

test('Ctrl+L draws the screen again: line noise is gone, the typing and the cursor are as they were', async () => {
	const s = await startPanel();
	await s.type('\t');
	await s.type('2');
	await s.waitFor(() => s.terminal.textAt(11, 3, 1) === '2' || s.terminal.lines().some(line => line.startsWith(' 2')));
	const before = s.terminal.lines();
	const cursor = s.terminal.cursor();
	// Line noise, as a slow link garbles it: written onto our terminal, not by the program.
	await s.terminal.write(`${ESC}[3;5H${ESC}[41m~~NOISE~~${ESC}[0m${ESC}[20;1H################${ESC}[${cursor.row};${cursor.col}H`);
	assert.notDeepEqual(s.terminal.lines(), before);
	const sent = s.output().length;
	await s.type('\f');
	await s.waitFor(() => s.terminal.lines().join('\n') === before.join('\n'), {message: 'the screen as it was before the noise'});
	assert.deepEqual(s.terminal.cursor(), cursor);
	assert.ok(s.output().slice(sent).includes(`${ESC}[J`), 'drawn from an erased screen');
});

// The first frame painted before Ink is loaded (source/cli/first-frame.ts), in a real pty: cell
// for cell the frame Ink draws on its own (`--system demo` is the same panel, and any argument
// leaves the painting to Ink), on the demo store and on 1,000 groups, 24 rows and taller (the
// operator information line); Ink, once loaded, sends nothing for it; keys typed before Ink runs
// are kept and acted on; and nothing is painted where Ink would not draw at once (a terminal
// too small, CI=true, no terminal).

import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import pty from 'node-pty';
import {largeStore} from '../../bench/large-store.js';
import {spawnInPty} from '../helpers/pty.js';
import {type CellInfo, VirtualTerminal, waitFor} from '../helpers/virtual-terminal.js';

const PROGRAM = fileURLToPath(new URL('../../dist/brms-tui.cjs', import.meta.url));
const TITLE = 'Work with Backup Control Groups';
const complete = (lines: string[]) => lines[0]!.includes(TITLE) && lines.some(line => line.includes('F24=More keys'));

type Session = ReturnType<typeof spawnInPty>;
type Picture = {cells: CellInfo[][]; cursor: {row: number; col: number}; cursorVisible: boolean};

const scratch = mkdtempSync(join(tmpdir(), 'brms-tui-first-frame-'));
const homes: Record<string, string> = {};

before(() => {
	process.env['TMPDIR'] = scratch;
	homes['demo store'] = mkdtempSync(join(scratch, 'demo-'));
	homes['1,000 groups'] = largeStore();
	// The demo store is written by a first start; the starts measured below read it, as a user's do.
	const listed = spawnSync(process.execPath, [PROGRAM, 'list'], {env: {...process.env, BRMS_TUI_HOME: homes['demo store']}, encoding: 'utf8'});
	assert.equal(listed.status, 0, listed.stderr);
});
after(() => rmSync(scratch, {recursive: true, force: true}));

function picture({terminal}: {terminal: VirtualTerminal}): Picture {
	const cells = Array.from({length: terminal.terminal.rows}, (_, row) => Array.from({length: terminal.cols}, (_, col) => terminal.cell(row + 1, col + 1)));
	return {cells, cursor: terminal.cursor(), cursorVisible: terminal.isCursorVisible()};
}

function assertSamePicture(actual: Picture, expected: Picture, what: string): void {
	for (let row = 0; row < expected.cells.length; row++)
		for (let col = 0; col < expected.cells[row]!.length; col++)
			assert.deepEqual(actual.cells[row]![col], expected.cells[row]![col], `${what}: the cell at row ${row + 1}, column ${col + 1}`);
	assert.deepEqual(actual.cursor, expected.cursor, `${what}: the cursor`);
	assert.equal(actual.cursorVisible, expected.cursorVisible, `${what}: the cursor shown`);
}

async function started(args: string[], home: string, rows: number): Promise<Session> {
	const session = spawnInPty(PROGRAM, args, {rows, env: {BRMS_TUI_HOME: home}});
	await session.waitFor(() => complete(session.terminal.lines()), {timeout: 20_000, message: 'the first complete frame'});
	return session;
}

/** The frame Ink draws when nothing was painted before it: the same panel, with an argument. */
async function inkAlone(home: string, rows: number): Promise<Picture> {
	const session = await started(['--system', 'demo'], home, rows);
	try {
		// Ink writes its first frame in one write: its cursor is placed with it.
		await session.waitFor(() => session.terminal.isCursorVisible(), {message: "Ink's cursor"});
		return picture(session);
	} finally {
		await session.kill();
	}
}

for (const store of ['demo store', '1,000 groups'])
	for (const rows of [24, 25, 30])
		test(`${store}, ${rows} rows: the frame painted before Ink is Ink's own, cell for cell, and Ink sends nothing for it`, async () => {
			const home = homes[store]!;
			const expected = await inkAlone(home, rows);
			const session = await started([], home, rows);
			try {
				// Typed at once, before Ink runs: kept, unechoed, and given to the panel (the Opt field
				// under the cursor takes it), as the only change on the screen.
				await session.type('5');
				const {row, col} = expected.cursor;
				await session.waitFor(() => session.terminal.textAt(row, col, 1) === '5', {timeout: 20_000, message: 'the typed-ahead 5 in the Opt field'});
				// The painted frame is the program's first write, ended by showing the cursor on its field.
				const output = session.output();
				const paintEnd = output.indexOf('\u001B[?25h') + '\u001B[?25h'.length;
				assert.ok(paintEnd > 0 && output.startsWith('\u001B[?1049h'), 'a frame painted on the alternate screen');
				const paintedScreen = new VirtualTerminal({cols: 80, rows});
				await paintedScreen.write(output.slice(0, paintEnd));
				assertSamePicture(picture({terminal: paintedScreen}), expected, 'the painted frame');
				paintedScreen.dispose();
				// What Ink wrote after the painted frame: the echo of one character (and, on row 25, the
				// cursor's new column), some 30-80 bytes, never a frame (1.6 kB and more).
				const afterPaint = output.slice(paintEnd);
				assert.ok(afterPaint.length < 128, `Ink wrote ${afterPaint.length} bytes after the painted frame: ${JSON.stringify(afterPaint)}`);
				const echoed = picture(session);
				expected.cells[row - 1]![col - 1] = {...expected.cells[row - 1]![col - 1]!, char: '5'};
				// Row 25, the operator information line, says where the cursor went (003/011).
				const panelRows = (each: Picture) => ({...each, cells: each.cells.slice(0, 24)});
				assertSamePicture(panelRows(echoed), panelRows({...expected, cursor: {row, col: col + 1}}), 'after the typed-ahead key');
				if (rows > 24) assert.match(session.terminal.row(25), new RegExp(`${String(col + 1).padStart(3, '0')}/${String(row).padStart(3, '0')}$`));
			} finally {
				await session.kill();
			}
		});

test('the frame of the last start is painted at once; one that differs from what is drawn is corrected before a key is read; a changed store folder or a frame with control sequences is never shown', async () => {
	const home = mkdtempSync(join(scratch, 'kept-'));
	const cache = mkdtempSync(join(scratch, 'cache-'));
	const env = {BRMS_TUI_HOME: home, XDG_CACHE_HOME: cache};
	const kept = join(cache, 'brms-tui', 'first-frames.json');
	const listed = spawnSync(process.execPath, [PROGRAM, 'list'], {env: {...process.env, ...env}, encoding: 'utf8'});
	assert.equal(listed.status, 0, listed.stderr);
	const expected = await inkAlone(home, 24);
	const start = async () => {
		const session = spawnInPty(PROGRAM, [], {env});
		await session.waitFor(() => complete(session.terminal.lines()) && session.terminal.lines().join('\n').includes('SYSWODOM'), {
			timeout: 20_000,
			message: 'the frame with SYSWODOM',
		});
		return session;
	};
	/** The frame this start drew is kept: the program writes it just after painting, and a session ended sooner (a loaded machine) keeps nothing. */
	const stop = async (session: Session) => {
		const keptFrame = () => {
			try {
				return readFileSync(kept, 'utf8').includes('SYSWODOM');
			} catch {
				return false;
			}
		};
		try {
			await waitFor(keptFrame, {timeout: 20_000, message: 'the frame kept in first-frames.json'});
		} finally {
			await session.kill();
		}
	};
	/** The kept frame, changed as a frame drawn from something the key does not see would be. */
	const tamper = (replacement = 'XXXXXXXX') => {
		const entries = JSON.parse(readFileSync(kept, 'utf8')) as Array<{frame: {output: string}}>;
		assert.equal(entries.length, 1);
		assert.ok(entries[0]!.frame.output.includes('SYSWODOM'));
		entries[0]!.frame.output = entries[0]!.frame.output.replaceAll('SYSWODOM', replacement);
		writeFileSync(kept, JSON.stringify(entries));
	};
	// The first start keeps its frame.
	let session = await start();
	await stop(session);
	tamper();
	session = await start();
	try {
		// The kept frame was the first thing painted, then corrected: the screen is Ink's own.
		const paintEnd = session.output().indexOf('\u001B[?25h');
		assert.ok(session.output().slice(0, paintEnd).includes('XXXXXXXX'), 'the kept frame was not painted first');
		await session.waitFor(() => session.terminal.isCursorVisible() && !session.terminal.lines().join('\n').includes('XXXXXXXX'), {message: 'the correction'});
		assertSamePicture(picture(session), expected, 'after the correction');
	} finally {
		await stop(session);
	}
	// Anything new in the store folder: the kept frame is not used at all.
	tamper();
	writeFileSync(join(home, 'a-new-file'), '');
	session = await start();
	try {
		assert.equal(session.output().includes('XXXXXXXX'), false, 'a kept frame painted for a changed store folder');
		assertSamePicture(picture(session), expected, 'the frame');
	} finally {
		await stop(session);
	}
	// A kept frame holding anything but text and colours (here a window title) is not painted.
	tamper('\u001B]0;XXXXXXXX\u0007');
	session = await start();
	try {
		assert.equal(session.output().includes('XXXXXXXX'), false, 'a kept frame with a control sequence was painted');
	} finally {
		await session.kill();
	}
});

test('a terminal too small: nothing painted; Ink shows its notice, as without the painting', async () => {
	const home = homes['demo store']!;
	const alone = spawnInPty(PROGRAM, ['--system', 'demo'], {rows: 20, env: {BRMS_TUI_HOME: home}});
	const session = spawnInPty(PROGRAM, [], {rows: 20, env: {BRMS_TUI_HOME: home}});
	try {
		for (const each of [alone, session]) await each.waitForText('brms-tui needs 80x24', 20_000);
		assert.equal(session.output().includes(TITLE), false, 'the panel was painted on a terminal too small for it');
		assertSamePicture(picture(session), picture(alone), 'the notice');
	} finally {
		await alone.kill();
		await session.kill();
	}
});

test('CI=true (Ink draws only at the end): nothing painted', async () => {
	// spawnInPty takes CI away on purpose; here it is the point.
	const env: Record<string, string> = {};
	for (const [key, value] of Object.entries(process.env)) if (value !== undefined && key !== 'FORCE_COLOR') env[key] = value;
	const child = pty.spawn(PROGRAM, [], {
		name: 'xterm-256color',
		cols: 80,
		rows: 24,
		env: {...env, CI: 'true', TERM: 'xterm-256color', BRMS_TUI_HOME: homes['demo store']!},
	});
	let output = '';
	let exited = false;
	child.onData(data => {
		output += data;
	});
	child.onExit(() => {
		exited = true;
	});
	try {
		// F3 at once: Ink, once loaded, ends the program; the full screen is entered and left.
		child.write('\u001BOR');
		await waitFor(() => exited, {timeout: 20_000, message: 'the program to end on F3'});
		assert.match(output, /\u001B\[\?1049l/);
		assert.equal(output.includes(TITLE), false, `painted under CI=true: ${JSON.stringify(output.slice(0, 200))}`);
	} finally {
		if (!exited) process.kill(child.pid, 'SIGKILL');
	}
});

test('painted, then a damaged keys.json: the full screen is left before the one-line message, exit 2', async () => {
	const home = mkdtempSync(join(scratch, 'keys-'));
	writeFileSync(join(home, 'keys.json'), '{"F3": ');
	const session = spawnInPty(PROGRAM, [], {env: {BRMS_TUI_HOME: home}});
	try {
		const {exitCode} = await session.waitForExit(20_000);
		assert.equal(exitCode, 2);
		assert.ok(session.output().includes(TITLE), 'the first frame was painted');
		assert.equal(session.terminal.isAlternateScreen(), false, 'left on the alternate screen');
		assert.equal(session.terminal.isCursorVisible(), true);
		// Wrapped lines joined: a long temporary folder's path wraps the message at 80 columns.
		assert.match(session.terminal.mainScreenHistory().join('\n'), /brms-tui: .*keys\.json/);
	} finally {
		await session.kill();
	}
});

test('no terminal: nothing painted, the one-line refusal', () => {
	const run = spawnSync(process.execPath, [PROGRAM], {env: {...process.env, BRMS_TUI_HOME: homes['demo store']!}, encoding: 'utf8', input: ''});
	assert.equal(run.status, 2);
	assert.equal(run.stdout, '');
	assert.equal(run.stderr, 'brms-tui: the panels need a terminal; use list, show, export … for scripts\n');
});

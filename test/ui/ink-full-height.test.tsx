// Proves our Ink 6.8.0 patch (patches/ink+6.8.0.patch) with Ink's REAL renderer drawing into a
// real terminal emulator of 80x24 (not ink-testing-library, whose debug mode skips all of this):
//  - backport of Ink 7 commit 32d96a6: a frame exactly as tall as the terminal is redrawn in
//    place; unpatched 6.8.0 writes ESC[2J ESC[3J ESC[H before every frame after the first;
//  - our cursor fix: useCursor's position lands on the requested cell when the frame has no
//    trailing newline (full height); unpatched it lands one row too high.
// The 23-line cases guard the ordinary (non-full-height) path against regressions.

import assert from 'node:assert/strict';
import {type TestContext, test} from 'node:test';
import {useEffect, useState} from 'react';
import {createTtyStdin, createTtyStdout, VirtualTerminal, waitFor} from '../helpers/virtual-terminal.js';

// Under CI=true Ink draws nothing until unmount; is-in-ci reads the env when Ink is first
// imported, hence the dynamic import after the delete (test/run.js unsets CI as well).
delete process.env['CI'];
delete process.env['CONTINUOUS_INTEGRATION'];
const {render, Box, Text, useCursor} = await import('ink');

const COLS = 80;
const ROWS = 24;
const CLEAR_SCREEN = '\u001B[2J';

type Cursor = {x: number; y: number};
type State = {tick: number; cursor: Cursor};

/** Line `line` (1-based) of frame `tick`: full width, so the last column is in play too. */
const label = (line: number, tick: number) => `${`L${String(line).padStart(2, '0')} tick=${tick} `.padEnd(COLS - 1, '.')}|`;

function Screen({height, control}: {height: number; control: {set?: (state: State) => void}}) {
	const [state, setState] = useState<State>({tick: 0, cursor: {x: 10, y: 3}});
	useEffect(() => {
		control.set = setState;
	}, [control]);
	const {setCursorPosition} = useCursor();
	setCursorPosition(state.cursor);
	return (
		<Box flexDirection="column" width={COLS} height={height}>
			{Array.from({length: height}, (_, index) => (
				// biome-ignore lint/suspicious/noArrayIndexKey: a row's place on the screen is its identity.
				<Text key={index}>{label(index + 1, state.tick)}</Text>
			))}
		</Box>
	);
}

/** Mounts <Screen/> with Ink's real renderer on an emulated 80x24 TTY. */
async function mount(t: TestContext, height: number) {
	const terminal = new VirtualTerminal({cols: COLS, rows: ROWS});
	const stdout = createTtyStdout(terminal, {columns: COLS, rows: ROWS});
	const stdin = createTtyStdin();
	const control: {set?: (state: State) => void} = {};
	const app = render(<Screen height={height} control={control} />, {
		stdout: stdout as unknown as NodeJS.WriteStream,
		stdin: stdin as unknown as NodeJS.ReadStream,
		patchConsole: false,
		exitOnCtrlC: false,
	});
	t.after(() => {
		app.unmount();
		app.cleanup();
		terminal.dispose();
	});

	/** Waits until the emulator has parsed all output and `ready` holds. */
	const until = (ready: () => boolean, message: string) =>
		waitFor(
			async () => {
				await stdout.flushed();
				return ready();
			},
			{message, screen: terminal},
		);
	/** True when rows 1..height show frame `tick`. */
	const shows = (tick: number) => terminal.row(1) === label(1, tick) && terminal.row(height) === label(height, tick);

	await until(() => shows(0) && control.set !== undefined, 'the first frame');
	const firstFrameWrites = stdout.writes.length;

	return {
		terminal,
		stdout,
		/** Re-renders with `state` and waits for the frame on screen. */
		async show(state: State) {
			control.set!(state);
			await until(() => shows(state.tick), `frame ${state.tick}`);
		},
		/** Moves only the cursor; waits for Ink to write the move (it ends with "show cursor"). */
		async moveCursor(state: State) {
			const before = stdout.writes.length;
			control.set!(state);
			await until(() => stdout.writes.slice(before).join('').includes('\u001B[?25h'), `cursor move to ${JSON.stringify(state.cursor)}`);
		},
		/** Number of whole-screen clears written after the first frame. */
		clearsAfterFirstFrame: () => stdout.writes.slice(firstFrameWrites).join('').split(CLEAR_SCREEN).length - 1,
	};
}

/** Screen cell (1-based) a 0-based useCursor position should land on: Ink's origin is row 1. */
const cellOf = ({x, y}: Cursor) => ({row: y + 1, col: x + 1});

function assertAllLines(terminal: VirtualTerminal, height: number, tick: number) {
	for (let line = 1; line <= height; line++) assert.equal(terminal.row(line), label(line, tick), `row ${line}`);
	for (let line = height + 1; line <= ROWS; line++) assert.equal(terminal.row(line), '', `row ${line} is blank`);
	assert.equal(terminal.scrolledOff(), 0, 'no line scrolled off the top');
}

test('a 24-line frame on 24 rows is redrawn in place: no ESC[2J across 6 updates, all 24 lines on screen', async t => {
	const screen = await mount(t, 24);
	assert.equal(screen.stdout.output().includes(CLEAR_SCREEN), false, 'first frame has no clear');
	assertAllLines(screen.terminal, 24, 0);

	for (let tick = 1; tick <= 6; tick++) {
		await screen.show({tick, cursor: {x: 10, y: 3}});
		assertAllLines(screen.terminal, 24, tick);
	}
	t.diagnostic(`24/24: ESC[2J written after the first frame: ${screen.clearsAfterFirstFrame()}`);
	// Unpatched Ink 6.8.0 clears the whole terminal (and its scrollback) once per update here.
	assert.equal(screen.clearsAfterFirstFrame(), 0);
	assert.equal(screen.terminal.row(24).length, COLS, 'row 24 is used to the last column');
});

// Cursor positions visited: inside, top-left corner, bottom-right corner (the last cell of a
// full-height frame), then cursor-only moves with the text unchanged.
const CURSOR_STEPS: {tick: number; cursor: Cursor}[] = [
	{tick: 1, cursor: {x: 10, y: 3}},
	{tick: 2, cursor: {x: 0, y: 0}},
	{tick: 3, cursor: {x: 79, y: 22}},
];
const CURSOR_ONLY: Cursor[] = [
	{x: 5, y: 12},
	{x: 1, y: 20},
	{x: 10, y: 3},
];

for (const height of [24, 23]) {
	test(`useCursor puts the real cursor on the requested cell in a ${height}-line frame on 24 rows`, async t => {
		const screen = await mount(t, height);
		const {terminal} = screen;
		t.diagnostic(`${height}/24: requested (10,3), cursor at ${JSON.stringify(terminal.cursor())} after the first frame`);
		assert.deepEqual(terminal.cursor(), {row: 4, col: 11}, 'after the first frame');
		assert.equal(terminal.isCursorVisible(), true);

		const steps = height === 24 ? [...CURSOR_STEPS, {tick: 4, cursor: {x: 79, y: 23}}] : CURSOR_STEPS;
		for (const step of steps) {
			await screen.show(step);
			assert.deepEqual(terminal.cursor(), cellOf(step.cursor), `after frame ${step.tick}`);
			assertAllLines(terminal, height, step.tick);
		}
		const tick = steps.at(-1)!.tick;
		for (const cursor of CURSOR_ONLY) {
			await screen.moveCursor({tick, cursor});
			assert.deepEqual(terminal.cursor(), cellOf(cursor), `after moving only the cursor to ${JSON.stringify(cursor)}`);
			assertAllLines(terminal, height, tick);
		}
		assert.equal(terminal.isCursorVisible(), true);
		assert.equal(screen.clearsAfterFirstFrame(), 0);
	});
}

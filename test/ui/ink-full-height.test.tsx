// The Ink 6.8 backport (patches/ink+6.8.0.patch), proven with Ink's real renderer (not the
// debug renderer ink-testing-library uses) on an emulated 80x24 terminal: a 24-line frame is
// redrawn without clearing the whole screen, and the real cursor lands on the exact cell.

import assert from 'node:assert/strict';
import {EventEmitter} from 'node:events';
import {test} from 'node:test';
import {useState, useEffect} from 'react';
import {createTtyStdout, VirtualTerminal, waitFor} from '../helpers/virtual-terminal.js';

// Under CI=true Ink's real renderer writes nothing until unmount (test/run.js unsets it too).
delete process.env['CI'];
const {Box, Text, render, useCursor} = await import('ink');

const CLEAR_SCREEN = '\u001B[2J';

type Controls = {setTick: (tick: number) => void; setCursor: (cursor: {x: number; y: number}) => void};

function Frame({lines, controls}: {lines: number; controls: Controls}) {
	const [tick, setTick] = useState(0);
	const [cursor, setCursor] = useState({x: 10, y: 3});
	const {setCursorPosition} = useCursor();
	setCursorPosition(cursor);
	useEffect(() => {
		controls.setTick = setTick;
		controls.setCursor = setCursor;
	}, [controls]);
	return (
		<Box flexDirection="column" width={80} height={lines}>
			{Array.from({length: lines}, (_, index) => (
				<Text key={index}>{`line ${index + 1} tick ${tick}`}</Text>
			))}
		</Box>
	);
}

async function renderFrame(lines: number) {
	const terminal = new VirtualTerminal({cols: 80, rows: 24});
	const stdout = createTtyStdout(terminal, {columns: 80, rows: 24});
	const stdin = Object.assign(new EventEmitter(), {isTTY: false, setEncoding() {}, ref() {}, unref() {}, read: () => null});
	const controls: Controls = {setTick() {}, setCursor() {}};
	const app = render(<Frame lines={lines} controls={controls} />, {
		stdout: stdout as unknown as NodeJS.WriteStream,
		stdin: stdin as unknown as NodeJS.ReadStream,
		patchConsole: false,
		exitOnCtrlC: false,
	});
	const screen = () => terminal.lines();
	await waitFor(() => terminal.row(1).startsWith('line 1 tick 0'), {message: 'first frame', screen});
	return {terminal, stdout, controls, app, screen};
}

test('a 24-line frame on a 24-row terminal is redrawn in place: no ESC[2J after the first frame, no line lost', async () => {
	const {terminal, stdout, controls, app, screen} = await renderFrame(24);
	const firstFrameWrites = stdout.writes.length;
	for (let tick = 1; tick <= 6; tick++) {
		controls.setTick(tick);
		await waitFor(() => terminal.row(24) === `line 24 tick ${tick}`, {message: `tick ${tick}`, screen});
	}
	const later = stdout.writes.slice(firstFrameWrites).join('');
	assert.equal(later.split(CLEAR_SCREEN).length - 1, 0, 'whole-screen clears after the first frame');
	assert.equal(terminal.row(1), 'line 1 tick 6');
	assert.equal(terminal.row(24), 'line 24 tick 6');
	app.unmount();
	terminal.dispose();
});

test('the real cursor sits on the exact requested cell at full height, also when only the cursor moves', async () => {
	const {terminal, controls, app, screen} = await renderFrame(24);
	// x=10, y=3 (0-based) is row 4, column 11.
	await waitFor(() => terminal.cursor().row === 4 && terminal.cursor().col === 11, {message: `cursor at 4,11 (is ${JSON.stringify(terminal.cursor())})`, screen});
	controls.setTick(1);
	await waitFor(() => terminal.row(1) === 'line 1 tick 1', {screen});
	assert.deepEqual(terminal.cursor(), {row: 4, col: 11});
	controls.setCursor({x: 1, y: 23});
	await waitFor(() => terminal.cursor().row === 24 && terminal.cursor().col === 2, {message: `cursor at 24,2 (is ${JSON.stringify(terminal.cursor())})`, screen});
	controls.setCursor({x: 0, y: 0});
	await waitFor(() => terminal.cursor().row === 1 && terminal.cursor().col === 1, {message: 'cursor at 1,1', screen});
	assert.equal(terminal.row(1), 'line 1 tick 1', 'moving the cursor does not scroll the screen');
	app.unmount();
	terminal.dispose();
});

test('a 23-line frame keeps the cursor exact too (the ordinary path)', async () => {
	const {terminal, controls, app, screen} = await renderFrame(23);
	await waitFor(() => terminal.cursor().row === 4 && terminal.cursor().col === 11, {message: 'cursor at 4,11', screen});
	controls.setTick(2);
	controls.setCursor({x: 5, y: 22});
	await waitFor(() => terminal.row(23) === 'line 23 tick 2' && terminal.cursor().row === 23 && terminal.cursor().col === 6, {
		message: `cursor at 23,6 (is ${JSON.stringify(terminal.cursor())})`,
		screen,
	});
	app.unmount();
	terminal.dispose();
});

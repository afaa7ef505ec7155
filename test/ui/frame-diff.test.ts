// The cell-by-cell frame writer, proven on a real terminal emulator: after the previous frame,
// the diff's bytes must leave exactly the next frame on the screen (every cell's character,
// colour, underline and reverse image) and the cursor where asked — over thousands of seeded
// random frame pairs — and they must be few for a one-cell change.

import assert from 'node:assert/strict';
import {test} from 'node:test';
import {inkFrameText} from '../../source/ui/screen/early-paint.js';
import {type CursorPosition, frameDiff, frameShown, redrawWholeScreen} from '../../source/ui/screen/frame-diff.js';
import {SCREEN_24X80} from '../../source/ui/screen/model.js';

import {drivePanels, optionOn, type Step} from '../helpers/panel-driver.js';
import {random, reportSeed, seedsOr} from '../helpers/seed.js';
import {VirtualTerminal} from '../helpers/virtual-terminal.js';

const ROWS = 24;
const COLS = 80;
type Cell = {char: string; color: number; underline: boolean; reverse: boolean};

const BLANK: Cell = {char: ' ', color: -1, underline: false, reverse: false};
const COLORS = [-1, 2, 15, 12, 9];

/** A line as Ink writes it: SGR codes as chalk emits them, trailing blanks left out. */
function lineOf(cells: Cell[]): string {
	let end = cells.length;
	while (end > 0 && cells[end - 1]!.char === ' ' && cells[end - 1]!.color === -1 && !cells[end - 1]!.underline && !cells[end - 1]!.reverse) end--;
	return cells
		.slice(0, end)
		.map(cell => {
			let text = cell.char;
			if (cell.color !== -1) text = `\u001B[38;5;${cell.color}m${text}\u001B[39m`;
			if (cell.underline) text = `\u001B[4m${text}\u001B[24m`;
			if (cell.reverse) text = `\u001B[7m${text}\u001B[27m`;
			return text;
		})
		.join('');
}

function randomScreen(next: () => number): Cell[][] {
	return Array.from({length: ROWS}, () => {
		const length = Math.floor(next() * (COLS + 1));
		return Array.from({length: COLS}, (_, col) =>
			col >= length
				? BLANK
				: {
						char: next() < 0.3 ? ' ' : String.fromCharCode(33 + Math.floor(next() * 90)),
						color: COLORS[Math.floor(next() * COLORS.length)]!,
						underline: next() < 0.2,
						reverse: next() < 0.05,
					},
		);
	});
}

/** A few edits of `screen`: single cells, runs, whole lines blanked or shortened. */
function edited(screen: Cell[][], next: () => number): Cell[][] {
	const copy = screen.map(row => [...row]);
	const edits = 1 + Math.floor(next() * 6);
	for (let edit = 0; edit < edits; edit++) {
		const row = Math.floor(next() * ROWS);
		const col = Math.floor(next() * COLS);
		const kind = next();
		if (kind < 0.5)
			copy[row]![col] = {
				char: String.fromCharCode(33 + Math.floor(next() * 90)),
				color: COLORS[Math.floor(next() * COLORS.length)]!,
				underline: next() < 0.5,
				reverse: next() < 0.1,
			};
		else if (kind < 0.7) for (let c = col; c < COLS; c++) copy[row]![c] = BLANK;
		else if (kind < 0.85) copy[row] = Array.from({length: COLS}, () => BLANK);
		else for (let c = col; c < Math.min(COLS, col + 12); c++) copy[row]![c] = {...copy[row]![c]!, underline: !copy[row]![c]!.underline};
	}
	return copy;
}

async function showFrame(terminal: VirtualTerminal, lines: string[], cursor: CursorPosition | undefined) {
	// As Ink writes a full-height frame: lines joined by CR LF, then the cursor moved up onto its cell.
	await terminal.write(`\u001B[H${lines.join('\r\n')}`);
	if (!cursor) return;
	const up = ROWS - 1 - cursor.y;
	await terminal.write(`${up > 0 ? `\u001B[${up}A` : ''}\u001B[${cursor.x + 1}G\u001B[?25h`);
}

function assertScreen(terminal: VirtualTerminal, expected: Cell[][], context: string) {
	for (let row = 0; row < ROWS; row++) {
		for (let col = 0; col < COLS; col++) {
			const cell = terminal.cell(row + 1, col + 1);
			const want = expected[row]![col]!;
			const got = {char: cell.char, color: cell.fg, underline: cell.underline, reverse: cell.inverse};
			if (got.char !== want.char || got.color !== want.color || got.underline !== want.underline || got.reverse !== want.reverse) {
				assert.fail(`${context}: row ${row + 1}, column ${col + 1}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}\n${terminal.dump()}`);
			}
		}
	}
}

test('after any diff the terminal shows exactly the next frame, and the cursor is where it was asked to be', async t => {
	const seeds = seedsOr(Array.from({length: 150}, (_, index) => index + 1));
	reportSeed(t, seeds, 'frame-diff');
	for (const seed of seeds) {
		const next = random(seed);
		const terminal = new VirtualTerminal({cols: COLS, rows: ROWS});
		let screen = randomScreen(next);
		let lines = screen.map(lineOf);
		let cursor: CursorPosition | undefined = {x: Math.floor(next() * COLS), y: Math.floor(next() * ROWS)};
		await showFrame(terminal, lines, cursor);
		for (let step = 0; step < 8; step++) {
			// Mostly a few edits (typing, a message); now and then a whole new screen (another panel).
			const nextScreen = next() < 0.1 ? randomScreen(next) : edited(screen, next);
			const nextLines = nextScreen.map(lineOf);
			const nextCursor: CursorPosition | undefined = next() < 0.1 ? undefined : {x: Math.floor(next() * COLS), y: Math.floor(next() * ROWS)};
			const diff = frameDiff({previousLines: lines, nextLines, previousCursor: cursor, nextCursor, cursorShown: cursor !== undefined});
			// Never dearer than drawing the next frame from blank (what Ctrl+L sends for it, which
			// starts from the next cursor's cell, not the previous one's: a cursor move and the
			// cursor's hide and show may differ, a dozen bytes at most).
			const fromBlank = redrawWholeScreen().length;
			assert.ok(diff.length <= fromBlank + 12, `seed ${seed}, step ${step}: ${diff.length} bytes, from blank ${fromBlank}`);
			await terminal.write(diff);
			assertScreen(terminal, nextScreen, `seed ${seed}, step ${step}`);
			const at = terminal.cursor();
			if (nextCursor) assert.deepEqual(at, {row: nextCursor.y + 1, col: nextCursor.x + 1}, `seed ${seed}, step ${step}: cursor`);
			else assert.deepEqual(at, {row: ROWS, col: 1}, `seed ${seed}, step ${step}: no cursor, at the bottom line`);
			assert.equal(terminal.isCursorVisible(), nextCursor !== undefined, `seed ${seed}, step ${step}: cursor shown`);
			assert.equal(terminal.scrolledOff(), 0, 'nothing scrolls');
			screen = nextScreen;
			lines = nextLines;
			cursor = nextCursor;
		}
		terminal.dispose();
	}
});

test('one typed character in an underlined field is a handful of bytes', () => {
	const field = (text: string) =>
		`\u001B[32m Opt \u001B[39m\u001B[4m\u001B[32m${text}\u001B[39m\u001B[24m\u001B[32m  SYSWODOM    FULL        INCR        Backs up all user data except notes\u001B[39m`;
	const previous = Array.from({length: ROWS}, (_, row) => (row === 10 ? field('  ') : `\u001B[34mline ${row}\u001B[39m`));
	const next = previous.map((line, row) => (row === 10 ? field('2 ') : line));
	const bytes = frameDiff({previousLines: previous, nextLines: next, previousCursor: {x: 5, y: 10}, nextCursor: {x: 6, y: 10}, cursorShown: true});
	// Move to the cell, the field's colour and underline, the character, reset, move on.
	assert.equal(bytes, '\u001B[4m\u001B[32m2\u001B[39m\u001B[24m');
	assert.ok(Buffer.byteLength(bytes) <= 20, `${Buffer.byteLength(bytes)} bytes`);
	// The cursor only: one move.
	assert.equal(
		frameDiff({previousLines: previous, nextLines: previous, previousCursor: {x: 5, y: 10}, nextCursor: {x: 5, y: 3}, cursorShown: true}),
		'\u001B[7A',
	);
});

test('Ctrl+L draws the frame on the terminal again from blank: a garbled screen is whole again, the cursor where it was', async t => {
	const seeds = seedsOr([11, 12, 13, 14, 15]);
	reportSeed(t, seeds, 'frame-diff');
	for (const seed of seeds) {
		const next = random(seed);
		const terminal = new VirtualTerminal({cols: COLS, rows: ROWS});
		const screen = randomScreen(next);
		const lines = screen.map(lineOf);
		const cursor = {x: Math.floor(next() * COLS), y: Math.floor(next() * ROWS)};
		await showFrame(terminal, lines, cursor);
		frameShown(lines, cursor);
		// Line noise: text and colours where the frame has none.
		await terminal.write('\u001B[5;10H\u001B[41mGARBAGE\u001B[0m\u001B[20;1H~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~');
		await terminal.write(`\u001B[${cursor.y + 1};${cursor.x + 1}H`);
		await terminal.write(redrawWholeScreen());
		assertScreen(terminal, screen, `seed ${seed}`);
		assert.deepEqual(terminal.cursor(), {row: cursor.y + 1, col: cursor.x + 1});
		terminal.dispose();
	}
});

test('a switch between real panels sends no more than drawing the new panel from blank, and leaves exactly it', async () => {
	const panels = drivePanels();
	const frame = () => {
		const model = panels.screen();
		return {
			lines: inkFrameText(model, {monochrome: false, underscores: false}, SCREEN_24X80.rows).split('\n'),
			cursor: model.cursor ? {x: model.cursor.col - 1, y: model.cursor.row - 1} : undefined,
		};
	};
	const switches: Array<[string, Step[]]> = [
		['option 2, the entries', optionOn('SYSWODOM', 2)],
		['F12 back to the list', ['F12']],
		['option 8, the attributes', optionOn('SYSWODOM', 8)],
		['F12 back to the list', ['F12']],
		['F1, the help window', ['F1']],
		['Enter, the window closed', ['Enter']],
		['option 5, display entries', optionOn('QLTSSVR', 5)],
	];
	const terminal = new VirtualTerminal({cols: COLS, rows: ROWS});
	let shown = frame();
	await showFrame(terminal, shown.lines, shown.cursor);
	frameShown(shown.lines, shown.cursor);
	for (const [name, steps] of switches) {
		panels.press(...steps);
		const next = frame();
		const diff = frameDiff({
			previousLines: shown.lines,
			nextLines: next.lines,
			previousCursor: shown.cursor,
			nextCursor: next.cursor,
			cursorShown: shown.cursor !== undefined,
		});
		const fromBlank = redrawWholeScreen();
		assert.ok(Buffer.byteLength(diff) <= Buffer.byteLength(fromBlank), `${name}: ${Buffer.byteLength(diff)} bytes, from blank ${Buffer.byteLength(fromBlank)}`);
		await terminal.write(diff);
		const onTerminal = terminal.lines().map(line => line.trimEnd());
		const expected = panels.rows().map(line => line.trimEnd());
		assert.deepEqual(onTerminal, expected, name);
		shown = next;
	}
	terminal.dispose();
});

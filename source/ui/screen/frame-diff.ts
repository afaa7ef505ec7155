// The bytes that turn the frame on the terminal into the next one, cell by cell. Ink's own
// incremental rendering rewrites every changed line whole and steps over each unchanged one;
// a keystroke in a 5250 field changes one cell, so over a slow SSH link brms-tui sends only the
// changed cells (npm run bench: bytes per typed character). Ink calls this through the
// `frameDiff` render option that patches/ink+6.8.0.patch adds, for frames of the same height.

import {type AnsiCode, ansiCodesToString, diffAnsiCodes, type StyledChar, styledCharsFromTokens} from '@alcalzone/ansi-tokenize';
import {tokenizeLine} from './ansi-tokens.js';

export type CursorPosition = {x: number; y: number};

export type FrameDiffInput = {
	previousLines: readonly string[];
	nextLines: readonly string[];
	/** Where the terminal cursor is: the previous frame's cursor, or (undefined) the bottom line. */
	previousCursor: CursorPosition | undefined;
	/** Where it must be left (and shown); undefined: at the bottom line, column 0, hidden. */
	nextCursor: CursorPosition | undefined;
	/** Whether the cursor is shown now. */
	cursorShown: boolean;
};

const CSI = '\u001B[';
const HIDE_CURSOR = `${CSI}?25l`;
const SHOW_CURSOR = `${CSI}?25h`;
const ERASE_TO_END_OF_LINE = `${CSI}K`;
const ERASE_TO_END_OF_SCREEN = `${CSI}J`;
// Synchronized output (mode 2026): a terminal that knows it paints a larger update at once.
const BEGIN_SYNC = `${CSI}?2026h`;
const END_SYNC = `${CSI}?2026l`;
/** Unchanged cells shorter than this between two changes are rewritten rather than jumped over. */
const JOIN_GAP = 5;

type Cell = {value: string; styles: AnsiCode[]; key: string; fullWidth: boolean};

const BLANK: Cell = {value: ' ', styles: [], key: ' ', fullWidth: false};

function toCells(line: string): Cell[] {
	return styledCharsFromTokens(tokenizeLine(line)).map((char: StyledChar) => ({
		value: char.value,
		styles: char.styles,
		key: `${char.value}\u0000${ansiCodesToString(char.styles)}`,
		fullWidth: char.fullWidth,
	}));
}

/**
 * The cells of the lines of the last frame that were read into cells: a line typed in changes
 * again with the next key, and its cells are then the "before" side. Only lines of the newest
 * frame are kept.
 */
let lastFrameCells = new Map<string, Cell[]>();

const isBlank = (cell: Cell) => cell.value === ' ' && cell.styles.length === 0;

/** Spans [start, end) of cells that differ, with short unchanged gaps joined in. */
function changedSpans(before: readonly Cell[], after: readonly Cell[]): Array<[number, number]> {
	const width = Math.max(before.length, after.length);
	const spans: Array<[number, number]> = [];
	for (let col = 0; col < width; col++) {
		if ((before[col] ?? BLANK).key === (after[col] ?? BLANK).key) continue;
		const last = spans.at(-1);
		if (last && col - last[1] < JOIN_GAP) last[1] = col + 1;
		else spans.push([col, col + 1]);
	}
	return spans;
}

/** Writes the terminal's moves, styles and characters, keeping track of where it stands. */
class TerminalWriter {
	out = '';
	private styles: AnsiCode[] = [];

	constructor(
		private y: number,
		/** Undefined while the column is not known (after the bottom line was written). */
		private x: number | undefined,
	) {}

	/** A copy that goes on from here: two ways of writing the same thing can be tried and the shorter kept. */
	fork(): TerminalWriter {
		const copy = new TerminalWriter(this.y, this.x);
		copy.out = this.out;
		copy.styles = this.styles;
		return copy;
	}

	moveTo(y: number, x: number): void {
		if (y < this.y) this.out += `${CSI}${this.y - y === 1 ? '' : this.y - y}A`;
		else if (y > this.y) this.out += `${CSI}${y - this.y === 1 ? '' : y - this.y}B`;
		if (x !== this.x) this.out += x === 0 ? '\r' : `${CSI}${x + 1}G`;
		this.y = y;
		this.x = x;
	}

	write(cells: readonly Cell[]): void {
		for (const cell of cells) {
			this.style(cell.styles);
			this.out += cell.value;
		}
		this.x = (this.x ?? 0) + cells.length;
	}

	/** ESC[K, or ESC[J (this line's rest and every line below). */
	erase(what: 'line' | 'screen'): void {
		// Erasing fills with the current background: reset first.
		this.style([]);
		this.out += what === 'line' ? ERASE_TO_END_OF_LINE : ERASE_TO_END_OF_SCREEN;
	}

	private style(next: AnsiCode[]): void {
		this.out += ansiCodesToString(diffAnsiCodes(this.styles, next));
		this.styles = next;
	}

	text(): string {
		this.style([]);
		return this.out;
	}
}

const shorter = (a: TerminalWriter, b: TerminalWriter) => (b.out.length < a.out.length ? b : a);

/** The cells of `after` from `start` to `end` (blanks past its end), what is blank at the end of the line erased instead. */
function writeCells(writer: TerminalWriter, row: number, afterCells: readonly Cell[], start: number, end: number, blankBeyond: boolean): void {
	writer.moveTo(row, start);
	let last = end;
	if (end >= afterCells.length) while (last > start && isBlank(afterCells[last - 1] ?? BLANK)) last--;
	writer.write(Array.from({length: last - start}, (_, index) => afterCells[start + index] ?? BLANK));
	if (last < end && !blankBeyond) writer.erase('line');
}

/**
 * One line changed from `before` to `after`, written the cheaper way: the spans that differ
 * (jumping over what is the same), or the line rewritten from its first change to its end.
 * `blankBeyond`: the terminal is already blank there (after ESC[J), so nothing needs erasing.
 */
function writeLine(writer: TerminalWriter, row: number, beforeCells: readonly Cell[], afterCells: readonly Cell[], blankBeyond = false): TerminalWriter {
	// Wide characters make columns and cells differ: rewrite such a line whole.
	if (afterCells.some(cell => cell.fullWidth) || beforeCells.some(cell => cell.fullWidth)) {
		writer.moveTo(row, 0);
		writer.write(afterCells);
		writer.erase('line');
		return writer;
	}
	const spans = changedSpans(beforeCells, afterCells);
	if (spans.length === 0) return writer;
	const bySpans = writer.fork();
	for (const [start, end] of spans) writeCells(bySpans, row, afterCells, start, end, blankBeyond);
	if (spans.length === 1) return bySpans;
	const whole = writer.fork();
	writeCells(whole, row, afterCells, spans[0]![0], Math.max(beforeCells.length, afterCells.length), blankBeyond);
	return shorter(bySpans, whole);
}

/** Cells of the lines of the last frame, by line text (see lastFrameCells). */
function cellsOf(line: string, thisFrame: Map<string, Cell[]>): Cell[] {
	const cells = thisFrame.get(line) ?? lastFrameCells.get(line) ?? toCells(line);
	thisFrame.set(line, cells);
	return cells;
}

/** A full redraw is worked out too once this many lines change (typing changes one). */
const FULL_REDRAW_FROM_ROWS = 3;

/** The frame on the terminal now (for Ctrl+L); undefined until one has been diffed or painted. */
let frameOnTerminal: {lines: readonly string[]; cursor: CursorPosition | undefined} | undefined;

/** A frame written by someone else (the first, painted before Ink: early-paint.ts) is the one on the terminal now. */
export function frameShown(lines: readonly string[], cursor: CursorPosition | undefined): void {
	frameOnTerminal = {lines, cursor};
}

/** The bytes from the previous frame to the next; both have the same number of lines. */
export function frameDiff({previousLines, nextLines, previousCursor, nextCursor, cursorShown}: FrameDiffInput): string {
	const bottom = nextLines.length - 1;
	let writer = new TerminalWriter(previousCursor?.y ?? bottom, previousCursor?.x);
	let changedRows = 0;
	const thisFrame = new Map<string, Cell[]>();
	for (let row = 0; row < nextLines.length; row++) {
		const before = previousLines[row] ?? '';
		const after = nextLines[row] ?? '';
		if (before === after) continue;
		changedRows++;
		writer = writeLine(writer, row, lastFrameCells.get(before) ?? toCells(before), cellsOf(after, thisFrame));
	}
	// A new panel changes most lines: drawing it from blank may cost less than changing the old one.
	if (changedRows >= FULL_REDRAW_FROM_ROWS) writer = shorter(writer, fullRedraw(nextLines, previousCursor, bottom, thisFrame));
	// The cells known of lines still on the screen are kept (reading a line into cells is the dear part).
	for (const line of nextLines) {
		const known = lastFrameCells.get(line);
		if (known && !thisFrame.has(line)) thisFrame.set(line, known);
	}
	lastFrameCells = thisFrame;
	frameOnTerminal = {lines: nextLines, cursor: nextCursor};
	return finish(writer, {changedRows, nextCursor, cursorShown, bottom});
}

/** The whole frame from blank: home, erase the screen, then every cell that is not a plain blank. */
function fullRedraw(lines: readonly string[], cursor: CursorPosition | undefined, bottom: number, thisFrame: Map<string, Cell[]>): TerminalWriter {
	let writer = new TerminalWriter(cursor?.y ?? bottom, cursor?.x);
	writer.moveTo(0, 0);
	writer.erase('screen');
	lines.forEach((line, row) => {
		writer = writeLine(writer, row, [], cellsOf(line, thisFrame), true);
	});
	return writer;
}

/**
 * Ctrl+L: the frame on the terminal drawn again from blank (line noise on a slow link, a
 * terminal that was reset), the cursor left where it was. Nothing before the first frame.
 */
export function redrawWholeScreen(): string {
	if (!frameOnTerminal) return '';
	const {lines, cursor} = frameOnTerminal;
	const bottom = lines.length - 1;
	const writer = fullRedraw(lines, cursor, bottom, new Map());
	return finish(writer, {changedRows: lines.length, nextCursor: cursor, cursorShown: cursor !== undefined, bottom});
}

function finish(
	writer: TerminalWriter,
	{changedRows, nextCursor, cursorShown, bottom}: {changedRows: number; nextCursor: CursorPosition | undefined; cursorShown: boolean; bottom: number},
): string {
	if (nextCursor) writer.moveTo(nextCursor.y, nextCursor.x);
	else writer.moveTo(bottom, 0);
	const body = writer.text();
	// A change of several lines is painted at once, with the cursor out of the way.
	const large = changedRows > 1;
	const hide = large && cursorShown ? HIDE_CURSOR : '';
	const show = nextCursor && (large || !cursorShown) ? SHOW_CURSOR : !nextCursor && cursorShown && !large ? HIDE_CURSOR : '';
	return large ? `${BEGIN_SYNC}${hide}${body}${show}${END_SYNC}` : `${hide}${body}${show}`;
}

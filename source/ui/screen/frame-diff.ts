// The bytes that turn the frame on the terminal into the next one, cell by cell. Ink's own
// incremental rendering rewrites every changed line whole and steps over each unchanged one;
// a keystroke in a 5250 field changes one cell, so over a slow SSH link brms-tui sends only the
// changed cells (npm run bench: bytes per typed character). Ink calls this through the
// `frameDiff` render option that patches/ink+6.8.0.patch adds, for frames of the same height.

import {type AnsiCode, ansiCodesToString, diffAnsiCodes, type StyledChar, styledCharsFromTokens, tokenize} from '@alcalzone/ansi-tokenize';

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
// Synchronized output (mode 2026): a terminal that knows it paints a larger update at once.
const BEGIN_SYNC = `${CSI}?2026h`;
const END_SYNC = `${CSI}?2026l`;
/** Unchanged cells shorter than this between two changes are rewritten rather than jumped over. */
const JOIN_GAP = 5;

type Cell = {value: string; styles: AnsiCode[]; key: string; fullWidth: boolean};

const BLANK: Cell = {value: ' ', styles: [], key: ' ', fullWidth: false};

function toCells(line: string): Cell[] {
	return styledCharsFromTokens(tokenize(line)).map((char: StyledChar) => ({
		value: char.value,
		styles: char.styles,
		key: `${char.value}\u0000${ansiCodesToString(char.styles)}`,
		fullWidth: char.fullWidth,
	}));
}

/**
 * The cells of the lines the last frame changed: a line typed in changes again with the next
 * key, and its cells are then the "before" side. Only the newest frame's lines are kept.
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
	private out = '';
	private styles: AnsiCode[] = [];

	constructor(
		private y: number,
		/** Undefined while the column is not known (after the bottom line was written). */
		private x: number | undefined,
	) {}

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

	eraseToEndOfLine(): void {
		// Erasing fills with the current background: reset first.
		this.style([]);
		this.out += ERASE_TO_END_OF_LINE;
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

/** The bytes from the previous frame to the next; both have the same number of lines. */
export function frameDiff({previousLines, nextLines, previousCursor, nextCursor, cursorShown}: FrameDiffInput): string {
	const bottom = nextLines.length - 1;
	const writer = new TerminalWriter(previousCursor?.y ?? bottom, previousCursor?.x);
	let changedRows = 0;
	const thisFrame = new Map<string, Cell[]>();
	for (let row = 0; row < nextLines.length; row++) {
		const before = previousLines[row] ?? '';
		const after = nextLines[row] ?? '';
		if (before === after) continue;
		changedRows++;
		const afterCells = thisFrame.get(after) ?? lastFrameCells.get(after) ?? toCells(after);
		thisFrame.set(after, afterCells);
		const beforeCells = lastFrameCells.get(before) ?? toCells(before);
		// Wide characters make columns and cells differ: rewrite such a line whole.
		if (afterCells.some(cell => cell.fullWidth) || beforeCells.some(cell => cell.fullWidth)) {
			writer.moveTo(row, 0);
			writer.write(afterCells);
			writer.eraseToEndOfLine();
			continue;
		}
		for (const [start, end] of changedSpans(beforeCells, afterCells)) {
			writer.moveTo(row, start);
			// What is blank from some cell to the end of the line is erased, not written.
			let last = end;
			if (end >= afterCells.length) while (last > start && isBlank(afterCells[last - 1] ?? BLANK)) last--;
			writer.write(Array.from({length: last - start}, (_, index) => afterCells[start + index] ?? BLANK));
			if (last < end) writer.eraseToEndOfLine();
		}
	}
	lastFrameCells = thisFrame;
	if (nextCursor) writer.moveTo(nextCursor.y, nextCursor.x);
	else writer.moveTo(bottom, 0);
	const body = writer.text();
	// A change of several lines is painted at once, with the cursor out of the way.
	const large = changedRows > 1;
	const hide = large && cursorShown ? HIDE_CURSOR : '';
	const show = nextCursor && (large || !cursorShown) ? SHOW_CURSOR : !nextCursor && cursorShown && !large ? HIDE_CURSOR : '';
	return large ? `${BEGIN_SYNC}${hide}${body}${show}${END_SYNC}` : `${hide}${body}${show}`;
}

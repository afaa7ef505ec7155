// The screen as data (tn5250j's model): text runs placed at 1-based row/column with 5250
// display attributes. Panels build a ScreenModel; drawing it is separate (screen.tsx, and the
// SVG screenshots), so layout can be tested cell by cell without a terminal.

import {safeText} from './safe-text.js';

/** The seven 5250 colours (keys-5250.md §2). */
export type Color = 'green' | 'white' | 'red' | 'turquoise' | 'yellow' | 'pink' | 'blue';

export type Attributes = {
	color: Color;
	underline?: boolean;
	reverse?: boolean;
	/** Non-display (DSPATR ND): the cells are drawn as blanks. */
	hidden?: boolean;
};

export type Run = {row: number; col: number; text: string; attributes: Attributes};

export type ScreenModel = {
	rows: number;
	cols: number;
	runs: Run[];
	/** Where the 5250 cursor is (1-based); the real terminal cursor is put there. */
	cursor?: {row: number; col: number};
};

export type Cell = {char: string; attributes: Attributes};

export type Segment = {text: string; attributes: Attributes};

const BLANK: Attributes = {color: 'green'};

export const SCREEN_24X80 = {rows: 24, cols: 80} as const;

/**
 * Lays the runs onto a rows x cols grid, as flat arrays of characters and attributes (built on
 * every frame: no object per cell); later runs overwrite earlier ones; text past the edge is cut.
 */
function layRuns(model: ScreenModel): {chars: string[][]; attributes: Attributes[][]} {
	const chars: string[][] = Array.from({length: model.rows}, () => Array<string>(model.cols).fill(' '));
	const attributes: Attributes[][] = Array.from({length: model.rows}, () => Array<Attributes>(model.cols).fill(BLANK));
	for (const run of model.runs) {
		const rowChars = chars[run.row - 1];
		const rowAttributes = attributes[run.row - 1];
		if (!rowChars || !rowAttributes) continue;
		let col = run.col - 1;
		// Stored and host text may hold control characters: drawn as U+FFFD, never sent raw.
		for (const character of safeText(run.text)) {
			if (col >= model.cols) break;
			if (col >= 0) {
				rowChars[col] = run.attributes.hidden ? ' ' : character;
				rowAttributes[col] = run.attributes;
			}
			col++;
		}
	}
	return {chars, attributes};
}

/** The grid as cells: each position's character and attributes. */
export function toCells(model: ScreenModel): Cell[][] {
	const {chars, attributes} = layRuns(model);
	return chars.map((line, row) => line.map((char, col) => ({char, attributes: attributes[row]![col]!})));
}

function sameAttributes(a: Attributes, b: Attributes): boolean {
	return a.color === b.color && Boolean(a.underline) === Boolean(b.underline) && Boolean(a.reverse) === Boolean(b.reverse);
}

function isVisible(cell: Cell): boolean {
	return cell.char !== ' ' || Boolean(cell.attributes.underline) || Boolean(cell.attributes.reverse);
}

/**
 * Each row as runs of cells with the same attributes: what a renderer draws. Blank cells after
 * the last visible one are left out, so a renderer writes nothing for them.
 */
export function toSegments(model: ScreenModel): Segment[][] {
	const {chars, attributes} = layRuns(model);
	return chars.map((line, row) => {
		const styles = attributes[row]!;
		let end = line.length;
		while (end > 0 && !isVisible({char: line[end - 1]!, attributes: styles[end - 1]!})) end--;
		const segments: Segment[] = [];
		let start = 0;
		for (let col = 1; col <= end; col++) {
			if (col < end && (styles[col] === styles[start] || sameAttributes(styles[col]!, styles[start]!))) continue;
			segments.push({text: line.slice(start, col).join(''), attributes: styles[start]!});
			start = col;
		}
		return segments;
	});
}

/** The screen as plain text, one string per row (right-trimmed): for tests and `--dump`. */
export function toText(model: ScreenModel): string[] {
	return layRuns(model).chars.map(line => line.join('').trimEnd());
}

// The screen as data (tn5250j's model): text runs placed at 1-based row/column with 5250
// display attributes. Panels build a ScreenModel; drawing it is separate (screen.tsx, and the
// SVG screenshots), so layout can be tested cell by cell without a terminal.

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

/** Lays the runs onto a rows x cols grid; later runs overwrite earlier ones; text past the edge is cut. */
export function toCells(model: ScreenModel): Cell[][] {
	const grid: Cell[][] = Array.from({length: model.rows}, () =>
		Array.from({length: model.cols}, () => ({char: ' ', attributes: BLANK})),
	);
	for (const run of model.runs) {
		const line = grid[run.row - 1];
		if (!line) continue;
		let col = run.col - 1;
		for (const character of run.text) {
			if (col >= model.cols) break;
			if (col >= 0) line[col] = {char: run.attributes.hidden ? ' ' : character, attributes: run.attributes};
			col++;
		}
	}
	return grid;
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
	return toCells(model).map(line => {
		const segments: Segment[] = [];
		let end = line.length;
		while (end > 0 && !isVisible(line[end - 1]!)) end--;
		for (const cell of line.slice(0, end)) {
			const last = segments.at(-1);
			if (last && sameAttributes(last.attributes, cell.attributes)) last.text += cell.char;
			else segments.push({text: cell.char, attributes: cell.attributes});
		}
		return segments;
	});
}

/** The screen as plain text, one string per row (right-trimmed): for tests and `--dump`. */
export function toText(model: ScreenModel): string[] {
	return toCells(model).map(line => line.map(cell => cell.char).join('').trimEnd());
}

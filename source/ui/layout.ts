// The parts every IBM i panel has, at the places IBM puts them (keys-5250.md §1.2):
// title centred on line 1 with the system name at the right, blue instructions and function
// keys, white headings, the message line at the bottom.

import type {Attributes, Run} from './screen/model.js';

export const WHITE: Attributes = {color: 'white'};
export const BLUE: Attributes = {color: 'blue'};
export const GREEN: Attributes = {color: 'green'};

export type PanelSize = {rows: number; cols: number};

/**
 * Line 1: the title and the system name. IBM's panels are not centred to the cell (the Edit
 * entries panel starts at column 21, the Display one at 20): a panel whose figure is known
 * gives its column; otherwise the title is centred.
 */
export function titleRuns(title: string, systemName: string, size: PanelSize, column?: number): Run[] {
	const start = column ?? Math.floor((size.cols - title.length) / 2) + 1;
	// BRMS figures put the system name at column 70 on a 24x80 panel (brms.md §0.1).
	return [
		{row: 1, col: start, text: title, attributes: WHITE},
		{row: 1, col: size.cols - 10, text: systemName.slice(0, 8), attributes: WHITE},
	];
}

export function textRun(row: number, col: number, text: string, attributes: Attributes = GREEN): Run {
	return {row, col, text, attributes};
}

/**
 * A label with dot leaders, `Group . . . . :` style: dots on alternate columns up to `width`.
 * IBM's panels differ in where the dots fall: by default they stand on even offsets from the
 * label (the entries panels); with `startCol`, on even screen columns (the attributes panel).
 */
export function dottedLabel(label: string, width: number, terminator: ':' | '.' = '.', startCol = 0): string {
	let text = `${label} `;
	if ((startCol + text.length) % 2 === 1) text += ' ';
	while (text.length < width - 2) text += '. ';
	return (text + (terminator === ':' ? ':' : '.')).slice(0, width);
}

export type FunctionKeyLabel = {
	key: string;
	label: string;
	/** Start a new legend line with this key, as the panel's figure breaks it. */
	newLine?: boolean;
};

const MORE_KEYS: FunctionKeyLabel = {key: 'F24', label: 'More keys'};

/**
 * Packs the function-key legend into pages of `lines` lines (greedy, three spaces apart, as IBM
 * double-spaces them). When the keys do not fit, every page ends with F24=More keys.
 */
export function legendPages(keys: readonly FunctionKeyLabel[], width = 78, lines = 2): string[][] {
	const listed = keys.filter(each => each.key !== 'F24');
	const items = listed.map(each => `${each.key}=${each.label}`);
	const breaksBefore = new Set(listed.flatMap((each, index) => (each.newLine ? [index] : [])));
	const pack = (reserve: string | undefined): string[][] => {
		const pages: string[][] = [];
		let page: string[] = [];
		let line = '';
		const flushLine = () => {
			page.push(line);
			line = '';
			if (page.length === lines) {
				pages.push(page);
				page = [];
			}
		};
		for (const [index, item] of items.entries()) {
			if (breaksBefore.has(index) && line !== '') {
				if (page.length === lines - 1 && reserve) line = `${line}   ${reserve}`;
				flushLine();
			}
			const lastLineOfPage = page.length === lines - 1;
			const room = lastLineOfPage && reserve ? width - reserve.length - 3 : width;
			const candidate = line === '' ? item : `${line}   ${item}`;
			if (candidate.length <= room) {
				line = candidate;
				continue;
			}
			if (lastLineOfPage && reserve) line = line === '' ? reserve : `${line}   ${reserve}`;
			flushLine();
			line = item;
		}
		if (line !== '' || page.length > 0) {
			if (reserve) line = line === '' ? reserve : `${line}   ${reserve}`;
			page.push(line);
			pages.push(page);
		}
		return pages;
	};
	const single = pack(undefined);
	const hasF24 = keys.some(each => each.key === 'F24');
	if (single.length <= 1 && !hasF24) return single.length === 0 ? [[]] : single;
	return pack(`${MORE_KEYS.key}=${MORE_KEYS.label}`);
}

export function legendRuns(page: readonly string[], firstRow: number): Run[] {
	return page.map((line, index) => ({row: firstRow + index, col: 2, text: line, attributes: BLUE}));
}

export type LineMessage = {id: string; text: string};

/**
 * The message line: the message's text, as IBM i shows it (white, column 2 to column 79); its ID
 * is in the F1 window. Every text fits (a test over every message); the cut is a last resort.
 */
export function messageRun(message: LineMessage | undefined, size: PanelSize): Run[] {
	if (!message) return [];
	return [{row: size.rows, col: 2, text: message.text.slice(0, size.cols - 2), attributes: WHITE}];
}

/** "More..." or "Bottom" right-aligned at the lower right of a list (SFLEND(*MORE)). */
export function scrollIndicatorRun(row: number, more: boolean, rightColumn = 79): Run {
	const text = more ? 'More...' : 'Bottom';
	return {row, col: rightColumn - text.length + 1, text, attributes: WHITE};
}

/** Splits text into lines of at most `width` at spaces (a word longer than that stands alone). */
export function wrapText(line: string, width: number): string[] {
	if (line.length <= width) return [line];
	const words = line.split(' ');
	const lines: string[] = [];
	let current = '';
	for (const word of words) {
		if (current !== '' && current.length + 1 + word.length > width) {
			lines.push(current);
			current = word;
		} else current = current === '' ? word : `${current} ${word}`;
	}
	if (current !== '') lines.push(current);
	return lines;
}

/**
 * Text longer than `width` goes on over the next lines, indented by `indent` more columns than
 * its own leading blanks.
 */
export function wrapIndented(text: string, width: number, indent: number): string[] {
	const lead = /^ */.exec(text)![0];
	const [first = '', ...rest] = wrapText(text.slice(lead.length), width - lead.length);
	const more = lead + ' '.repeat(indent);
	return [lead + first, ...(rest.length > 0 ? wrapText(rest.join(' '), width - more.length).map(line => more + line) : [])];
}

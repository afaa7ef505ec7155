// The option legend of "Work with Backup Control Groups" (rows 6-7), laid out from the options
// the registry lists (brms.md §1.2): options in order, three blanks apart, a line broken before
// an option that asks for it or that would not fit, two lines a page (F23=More options shows the
// next), a trailing "..." when more follows.

/** What the legend needs of an option. */
export type LegendOption = {value: number; label: string; newLine?: boolean | undefined};

/** Room for the text of a legend line: columns 3-80, less " ..." at its end. */
const WIDTH = 78 - 4;
const LINES = 2;

export function optionLegendPages(options: readonly LegendOption[]): string[][] {
	const lines: string[] = [];
	for (const option of options) {
		const text = `${option.value}=${option.label}`;
		const last = lines.at(-1);
		if (last === undefined || option.newLine || last.length + 3 + text.length > WIDTH) lines.push(text);
		else lines[lines.length - 1] = `${last}   ${text}`;
	}
	const pages: string[][] = [];
	for (let first = 0; first < lines.length; first += LINES) {
		const page = lines.slice(first, first + LINES);
		while (page.length < LINES) page.push('');
		if (first + LINES < lines.length) page[LINES - 1] = `${page[LINES - 1]} ...`;
		pages.push(page);
	}
	return pages.length > 0 ? pages : [Array<string>(LINES).fill('')];
}

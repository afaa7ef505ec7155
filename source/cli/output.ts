// Human output of the non-interactive commands: a bordered table (@alcalzone/ink-table) on a
// terminal, plain aligned columns when piped (so scripts can cut and grep it).

import {safeStrings, safeText} from '../ui/screen/safe-text.js';
import {loadWithInk} from './ink-loading.js';

export type Row = Record<string, string>;

/** The bordered-table renderer, once loaded (it brings Ink: only commands that print a table on a terminal load it). */
let bordered: typeof import('./bordered-table.js').borderedTable | undefined;

/** Loads the renderer formatTable needs on a terminal (main.ts, for a command marked `tables`). */
export async function loadBorderedTables(): Promise<void> {
	bordered ??= (await loadWithInk(() => import('./bordered-table.js'))).borderedTable;
}

export function formatTable(rawRows: readonly Row[], headings: readonly string[], stdout: NodeJS.WriteStream = process.stdout): string {
	// Cells hold stored and host data: control characters are drawn as U+FFFD, never sent raw.
	const rows = rawRows.map(row => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, safeText(value)])));
	if (stdout.isTTY) {
		if (!bordered) throw new Error('formatTable on a terminal needs loadBorderedTables() first (a command marked `tables`)');
		return bordered(rows, headings, Math.max(stdout.columns ?? 80, 200));
	}
	return plainColumns(rows, headings);
}

export function plainColumns(rawRows: readonly Row[], headings: readonly string[]): string {
	const rows = safeStrings(rawRows);
	const widths = headings.map(heading => Math.max(heading.length, ...rows.map(row => (row[heading] ?? '').length)));
	const line = (cells: string[]) =>
		cells
			.map((cell, index) => cell.padEnd(widths[index]!))
			.join('  ')
			.trimEnd();
	return [line([...headings]), ...rows.map(row => line(headings.map(heading => row[heading] ?? '')))].join('\n');
}

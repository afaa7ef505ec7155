// Human output of the non-interactive commands: a bordered table (@alcalzone/ink-table) on a
// terminal, plain aligned columns when piped (so scripts can cut and grep it).

import {Table} from '@alcalzone/ink-table';
import {renderToString} from 'ink';
import {safeStrings, safeText} from '../ui/screen/safe-text.js';

export type Row = Record<string, string>;

export function formatTable(rawRows: readonly Row[], headings: readonly string[], stdout: NodeJS.WriteStream = process.stdout): string {
	// Cells hold stored and host data: control characters are drawn as U+FFFD, never sent raw.
	const rows = rawRows.map(row => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, safeText(value)])));
	if (stdout.isTTY) {
		const data = rows.map(row => Object.fromEntries(headings.map(heading => [heading, row[heading] ?? ''])));
		return renderToString(<Table data={data} columns={[...headings]} />, {columns: Math.max(stdout.columns ?? 80, 200)});
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

// A bordered table (@alcalzone/ink-table) drawn to a string with Ink: what the table commands
// print on a terminal. Loaded by main.ts only for them (it brings Ink, React and yoga).

import {Table} from '@alcalzone/ink-table';
import {renderToString} from 'ink';
import type {Row} from './output.js';

export function borderedTable(rows: readonly Row[], headings: readonly string[], columns: number): string {
	const data = rows.map(row => Object.fromEntries(headings.map(heading => [heading, row[heading] ?? ''])));
	return renderToString(<Table data={data} columns={[...headings]} />, {columns});
}

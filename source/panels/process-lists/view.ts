// What "Subsystems to Process" and "Job Queues to Process" draw: the group, the column headings
// and the lines as input fields, a page at a time. No IBM figure was found: the rows (title at
// column 25, headings from row 7, lines to row 21, Bottom on row 22 at column 71, keys on 23)
// follow the reconstructions of brms.md §4.3 and §4.4 [?]. Only Seq, Subsystem and Restart are
// verified columns; the input fields stand one column right of the reconstruction's text where
// a field needs the cell before it for its attribute byte (keys-5250.md §1.1).

import type {FieldDefinition, FieldKind} from '../../ui/fields/field.js';
import {BLUE, dottedLabel, type PanelSize, scrollIndicatorRun, textRun, titleRuns, WHITE} from '../../ui/layout.js';
import type {Run} from '../../ui/screen/model.js';
import {hasMore, type SubfileWindow, visibleIndexes} from '../../ui/subfile.js';
import type {FieldHelpId, ValueListId} from '../help-texts.js';

export type Column = {key: FieldHelpId; col: number; length: number; kind: FieldKind; required?: boolean; list?: ValueListId};

export type ListLayout = {title: string; headings: readonly string[]; columns: readonly Column[]};

export const SEQ: Column = {key: 'seq', col: 2, length: 4, kind: 'digits', required: true};

export const TITLE_COLUMN = 25;
const HEADINGS_ROW = 7;
const LAST_ROW = 21;
const SCROLL_INDICATOR_ROW = 22;

/** The first line's row: under the headings (two for subsystems, one for job queues). */
const firstRow = (layout: ListLayout) => HEADINGS_ROW + layout.headings.length;
export const pageSize = (layout: ListLayout) => LAST_ROW - firstRow(layout) + 1;

export const fieldId = (line: number, key: FieldHelpId) => `line:${line}:${key}`;

export type ListView = {systemName: string; groupName: string; lines: number; top: number};

export function window(layout: ListLayout, state: ListView): SubfileWindow {
	return {top: state.top, pageSize: pageSize(layout), total: state.lines};
}

export function fields(layout: ListLayout, state: ListView): FieldDefinition[] {
	return visibleIndexes(window(layout, state)).flatMap((line, index) =>
		layout.columns.map(column => ({
			id: fieldId(line, column.key),
			row: firstRow(layout) + index,
			col: column.col,
			length: column.length,
			kind: column.kind,
			rightAdjust: column.key === 'seq',
		})),
	);
}

export function body(layout: ListLayout, state: ListView, size: PanelSize): Run[] {
	return [
		...titleRuns(layout.title, state.systemName, size, TITLE_COLUMN),
		textRun(3, 2, `${dottedLabel('Control group', 29, ':')} ${state.groupName}`),
		textRun(5, 2, 'Type choices, press Enter.', BLUE),
		...layout.headings.map((heading, index) => textRun(HEADINGS_ROW + index, 1, heading, WHITE)),
		scrollIndicatorRun(SCROLL_INDICATOR_ROW, hasMore(window(layout, state)), 76),
	];
}

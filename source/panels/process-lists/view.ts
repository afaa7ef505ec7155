// What "Subsystems to Process" and "Job Queues to Process" draw: the group, the column headings
// and the lines as input fields, a page at a time (brms.md §4.3, §4.4 [?]).

import type {FieldDefinition, FieldKind} from '../../ui/fields/field.js';
import {BLUE, dottedLabel, type PanelSize, scrollIndicatorRun, textRun, titleRuns, WHITE} from '../../ui/layout.js';
import type {Run} from '../../ui/screen/model.js';
import {hasMore, type SubfileWindow, visibleIndexes} from '../../ui/subfile.js';
import type {FieldHelpId, ValueListId} from '../help-texts.js';

export type Column = {key: FieldHelpId; col: number; length: number; kind: FieldKind; required?: boolean; list?: ValueListId};

export type ListLayout = {title: string; headings: readonly string[]; columns: readonly Column[]};

export const SEQ: Column = {key: 'seq', col: 2, length: 4, kind: 'digits', required: true};

const FIRST_ROW = 9;
export const PAGE_SIZE = 11;

export const fieldId = (line: number, key: FieldHelpId) => `line:${line}:${key}`;

export type ListView = {systemName: string; groupName: string; lines: number; top: number};

export function window(state: ListView): SubfileWindow {
	return {top: state.top, pageSize: PAGE_SIZE, total: state.lines};
}

export function fields(layout: ListLayout, state: ListView): FieldDefinition[] {
	return visibleIndexes(window(state)).flatMap((line, index) =>
		layout.columns.map(column => ({
			id: fieldId(line, column.key),
			row: FIRST_ROW + index,
			col: column.col,
			length: column.length,
			kind: column.kind,
			rightAdjust: column.key === 'seq',
		})),
	);
}

export function body(layout: ListLayout, state: ListView, size: PanelSize): Run[] {
	return [
		...titleRuns(layout.title, state.systemName, size),
		textRun(3, 2, `${dottedLabel('Control group', 29, ':')} ${state.groupName}`),
		textRun(5, 2, 'Type choices, press Enter.', BLUE),
		...layout.headings.map((heading, index) => textRun(7 + index, 1, heading, WHITE)),
		scrollIndicatorRun(FIRST_ROW + PAGE_SIZE, hasMore(window(state)), 76),
	];
}

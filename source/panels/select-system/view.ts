// What "Select System" draws: an IBM i list panel (options line, Opt column, More.../Bottom).

import type {FieldDefinition} from '../../ui/fields/field.js';
import {BLUE, GREEN, type PanelSize, scrollIndicatorRun, textRun, titleRuns, WHITE} from '../../ui/layout.js';
import type {Run} from '../../ui/screen/model.js';
import {hasMore, type SubfileWindow, visibleIndexes} from '../../ui/subfile.js';
import type {SystemChoice} from '../services.js';

export const TITLE = 'Select System';

const FIRST = 8;
const PAGE = 12;

export const optId = (index: number) => `opt:${index}`;

export type SelectView = {systemName: string; currentId: string; systems: readonly SystemChoice[]; top: number};

export function window(state: SelectView): SubfileWindow {
	return {top: state.top, pageSize: PAGE, total: state.systems.length};
}

export function fields(state: SelectView): FieldDefinition[] {
	return visibleIndexes(window(state)).map((index, line) => ({id: optId(index), row: FIRST + line, col: 3, length: 1, kind: 'digits'}));
}

export function body(state: SelectView, size: PanelSize): Run[] {
	return [
		...titleRuns(TITLE, state.systemName, size),
		textRun(3, 2, 'Type option, press Enter.', BLUE),
		textRun(4, 4, '1=Select', BLUE),
		textRun(7, 2, 'Opt  System    Host', WHITE),
		...visibleIndexes(window(state)).map((index, line) => {
			const each = state.systems[index]!;
			const current = each.id === state.currentId ? '  (current)' : '';
			return textRun(FIRST + line, 7, `${each.name.padEnd(10)}${each.where}${current}`.slice(0, size.cols - 8), GREEN);
		}),
		scrollIndicatorRun(FIRST + PAGE, hasMore(window(state))),
	];
}

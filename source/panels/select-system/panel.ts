// "Select System" — brms-tui's own panel (BRMS has none: on IBM i another system is another
// session), reached with F22 from WRKCTLGBRM: the demo system and every system added with
// `brms-tui system add`; 1=Select leaves the current system and opens WRKCTLGBRM on the chosen
// one. Laid out like an IBM i list panel (options line, Opt column, More.../Bottom).

import {message} from '../../domain/messages.js';
import {createEditState, fieldValue, showError} from '../../ui/fields/editor.js';
import type {FieldDefinition} from '../../ui/fields/field.js';
import {BLUE, GREEN, type PanelSize, scrollIndicatorRun, textRun, titleRuns, WHITE} from '../../ui/layout.js';
import {instance, type Panel, type PanelInstance, type PanelState} from '../../ui/panel/panel.js';
import {hasMore, visibleIndexes} from '../../ui/subfile.js';

export type SystemChoice = {id: string; name: string; where: string};

/** What the panel hands the program when a system is chosen. */
export type SwitchSystem = {switchTo: string};

export function isSwitchSystem(result: unknown): result is SwitchSystem {
	return typeof result === 'object' && result !== null && 'switchTo' in result;
}

type SelectState = PanelState & {top: number};

const FIRST = 8;
const PAGE = 12;
const optId = (index: number) => `opt:${index}`;

export function selectSystem(systemName: string, currentId: string, systems: readonly SystemChoice[]): PanelInstance {
	const window = (state: SelectState) => ({top: state.top, pageSize: PAGE, total: systems.length});
	const fields = (state: SelectState): FieldDefinition[] =>
		visibleIndexes(window(state)).map((index, line) => ({id: optId(index), row: FIRST + line, col: 3, length: 1, kind: 'digits'}));
	const panel: Panel<SelectState> = {
		id: 'SELECT-SYSTEM',
		subfile: {window, setTop: (state, top) => ({...state, top})},
		functionKeys: () => [
			{key: 'F3', label: 'Exit'},
			{key: 'F12', label: 'Cancel'},
		],
		hiddenKeys: ['F1'],
		fields,
		body: (state: SelectState, size: PanelSize) => [
			...titleRuns('Select System', systemName, size),
			textRun(3, 2, 'Type option, press Enter.', BLUE),
			textRun(4, 4, '1=Select', BLUE),
			textRun(7, 2, 'Opt  System    Host', WHITE),
			...visibleIndexes(window(state)).map((index, line) => {
				const each = systems[index]!;
				const current = each.id === currentId ? '  (current)' : '';
				return textRun(FIRST + line, 7, `${each.name.padEnd(10)}${each.where}${current}`.slice(0, size.cols - 8), GREEN);
			}),
			scrollIndicatorRun(FIRST + PAGE, hasMore(window(state))),
		],
		onKey: (state, keystroke) => {
			if (keystroke.kind !== 'key') return {state};
			if (keystroke.name === 'F3') return {state, effect: {type: 'exit'}};
			if (keystroke.name === 'F12') return {state, effect: {type: 'close'}};
			if (keystroke.name !== 'Enter') return {state};
			const chosen = systems.findIndex((_, index) => fieldValue(state.edit, optId(index)) !== '');
			if (chosen === -1) return {state, effect: {type: 'close'}};
			const option = fieldValue(state.edit, optId(chosen));
			if (option !== '1') return {state: {...state, edit: showError(state.edit, {fieldId: optId(chosen), message: message('optionNotValid', option)})}};
			const choice = systems[chosen]!;
			if (choice.id === currentId) return {state, effect: {type: 'close'}};
			return {state, effect: {type: 'exit', result: {switchTo: choice.id} satisfies SwitchSystem}};
		},
	};
	const first: SelectState = {top: 0, edit: createEditState([])};
	return instance(panel, {...first, edit: createEditState(fields(first))});
}

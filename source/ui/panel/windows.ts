// Pop-up windows over a panel, as IBM i draws them: F4 lists the allowed values of the field
// under the cursor (1=Select fills the field), F1 shows help. A window is a panel on top of the
// stack, so it takes every key before the panel under it; the runtime draws the panel below
// first and the window over it.

import {createEditState, fieldValue, type ScreenMessage, showError} from '../fields/editor.js';
import type {FieldDefinition} from '../fields/field.js';
import {KIT_MESSAGES} from '../fields/operator-errors.js';
import {keyMapLines} from '../keys/key-map-text.js';
import {DEFAULT_KEY_TABLE} from '../keys/key-table.js';
import {BLUE, dottedLabel, GREEN, scrollIndicatorRun, textRun, WHITE, wrapIndented, wrapText} from '../layout.js';
import type {Run} from '../screen/model.js';
import {hasMore, visibleIndexes} from '../subfile.js';
import {instance, type Panel, type PanelInstance, type PanelState, type Question} from './panel.js';

export type WindowArea = {row: number; col: number; rows: number; cols: number};

export type ValueList = {title: string; values: ReadonlyArray<{value: string; description: string}>};

/** A help line: text, or a heading (white, as 5250 help shows headings and column titles). */
export type HelpLine = string | {heading: string};

export type HelpText = {title: string; lines: HelpLine[]};

/** The window's border: dots along the top and bottom, colons down the sides (blue). */
export function windowFrame(area: WindowArea): Run[] {
	const runs: Run[] = [
		{row: area.row, col: area.col, text: '.'.repeat(area.cols), attributes: BLUE},
		{row: area.row + area.rows - 1, col: area.col, text: `:${'.'.repeat(area.cols - 2)}:`, attributes: BLUE},
	];
	for (let row = area.row + 1; row < area.row + area.rows - 1; row++) {
		runs.push({row, col: area.col, text: `:${' '.repeat(area.cols - 2)}:`, attributes: BLUE});
	}
	return runs;
}

type ListState = PanelState & {top: number};

const LIST_AREA: WindowArea = {row: 4, col: 2, rows: 18, cols: 78};
const LIST_PAGE = 10;
/** Columns for "Value  Description" inside the window's border and Opt column. */
const LIST_TEXT_WIDTH = LIST_AREA.cols - 9;
const DESCRIPTION_INDENT = 12;

/** The list as display lines: a description too long for one line goes on below, aligned. */
function valueListLines(list: ValueList): Array<{index: number; text: string; first: boolean}> {
	return list.values.flatMap((each, index) => {
		const value = (each.value === ' ' ? "' '" : each.value).padEnd(DESCRIPTION_INDENT - 1);
		const [first = '', ...rest] = wrapText(each.description, LIST_TEXT_WIDTH - DESCRIPTION_INDENT);
		return [{index, text: `${value} ${first}`, first: true}, ...rest.map(text => ({index, text: `${' '.repeat(DESCRIPTION_INDENT)}${text}`, first: false}))];
	});
}

/** F4: the values of a field in a window; 1=Select hands the value back (the runtime puts it in the field). */
export function valueListWindow<Env>(list: ValueList): PanelInstance<string, Env> {
	const first = LIST_AREA.row + 6;
	const optId = (index: number) => `select:${index}`;
	const lines = valueListLines(list);
	// Roll pages by display lines; a value's Opt field stands on its first line.
	const shown = (state: ListState) => visibleIndexes({top: state.top, pageSize: LIST_PAGE, total: lines.length}).map(index => lines[index]!);
	const panel: Panel<ListState, never, string, Env> = {
		id: 'VALUE-LIST',
		subfile: {window: state => ({top: state.top, pageSize: LIST_PAGE, total: lines.length}), setTop: (state, top) => ({...state, top})},
		window: LIST_AREA,
		functionKeys: () => [{key: 'F12', label: 'Cancel'}],
		legendRow: LIST_AREA.row + LIST_AREA.rows - 2,
		fields: state =>
			shown(state).flatMap((line, row): FieldDefinition[] =>
				line.first ? [{id: optId(line.index), row: first + row, col: LIST_AREA.col + 2, length: 1, kind: 'digits'}] : [],
			),
		body: state => {
			const col = LIST_AREA.col + 2;
			const runs: Run[] = [
				textRun(LIST_AREA.row + 1, col, list.title.slice(0, LIST_AREA.cols - 4), WHITE),
				textRun(LIST_AREA.row + 2, col, 'Type option, press Enter.', BLUE),
				textRun(LIST_AREA.row + 3, col + 1, '1=Select', BLUE),
				textRun(LIST_AREA.row + 5, col, 'Opt  Value       Description', WHITE),
			];
			for (const [row, line] of shown(state).entries()) runs.push(textRun(first + row, col + 5, line.text, GREEN));
			runs.push(scrollIndicatorRun(first + LIST_PAGE, hasMore({top: state.top, pageSize: LIST_PAGE, total: lines.length}), LIST_AREA.col + LIST_AREA.cols - 3));
			return runs;
		},
		onKey: (state, keystroke) => {
			if (keystroke.kind !== 'key') return {state};
			switch (keystroke.name) {
				case 'F12':
				case 'F3':
					return {state, effect: {type: 'close'}};
				case 'Enter': {
					const chosen = list.values.findIndex((_, index) => fieldValue(state.edit, optId(index)) !== '');
					if (chosen === -1) return {state, effect: {type: 'close'}};
					if (fieldValue(state.edit, optId(chosen)) !== '1') {
						return {state: {...state, edit: showError(state.edit, {fieldId: optId(chosen), message: KIT_MESSAGES.selectOnly})}};
					}
					return {state, effect: {type: 'close', result: list.values[chosen]!.value}};
				}
				default:
					return {state};
			}
		},
	};
	return instance(panel, {top: 0, edit: createEditState([{id: optId(0), row: first, col: LIST_AREA.col + 2, length: 1, kind: 'digits'}])});
}

type HelpState = PanelState & {top: number};

const HELP_AREA: WindowArea = {row: 2, col: 4, rows: 21, cols: 75};
const HELP_PAGE = 15;

/** F1: the help text in a window; Roll pages it; Enter, F3 or F12 closes it. */
export function helpWindow<Env>(help: HelpText): PanelInstance<never, Env> {
	const lines = help.lines.flatMap(line =>
		typeof line === 'string'
			? wrapText(line, HELP_AREA.cols - 4).map(text => ({text, color: GREEN}))
			: [{text: line.heading.slice(0, HELP_AREA.cols - 4), color: WHITE}],
	);
	const panel: Panel<HelpState, never, never, Env> = {
		id: 'HELP',
		subfile: {window: state => ({top: state.top, pageSize: HELP_PAGE, total: lines.length}), setTop: (state, top) => ({...state, top})},
		window: HELP_AREA,
		functionKeys: () => [
			{key: 'F3', label: 'Exit help'},
			{key: 'F12', label: 'Cancel'},
		],
		hiddenKeys: ['F1'],
		legendRow: HELP_AREA.row + HELP_AREA.rows - 2,
		fields: () => [],
		body: state => {
			const col = HELP_AREA.col + 2;
			const runs: Run[] = [textRun(HELP_AREA.row + 1, col, help.title.slice(0, HELP_AREA.cols - 4), WHITE)];
			visibleIndexes({top: state.top, pageSize: HELP_PAGE, total: lines.length}).forEach((index, line) => {
				runs.push(textRun(HELP_AREA.row + 3 + line, col, lines[index]!.text, lines[index]!.color));
			});
			runs.push(
				scrollIndicatorRun(
					HELP_AREA.row + 3 + HELP_PAGE,
					hasMore({top: state.top, pageSize: HELP_PAGE, total: lines.length}),
					HELP_AREA.col + HELP_AREA.cols - 3,
				),
			);
			return runs;
		},
		onKey: (state, keystroke) => {
			if (keystroke.kind !== 'key') return {state};
			switch (keystroke.name) {
				case 'Enter':
				case 'F3':
				case 'F12':
					return {state, effect: {type: 'close'}};
				default:
					return {state};
			}
		},
	};
	return instance(panel, {top: 0, edit: createEditState([])});
}

const LABEL_WIDTH = 20;

/** `Label . . . :   text`, the text going on under itself (Additional Message Information). */
function labelled(label: string, text: string): string[] {
	return wrapIndented(`${dottedLabel(label, LABEL_WIDTH - 3, ':')}   ${text}`, HELP_AREA.cols - 4, LABEL_WIDTH);
}

/**
 * F1 on a message (the keyboard locked by it, or the cursor on line 24): its ID, its text and its
 * second-level help, as a 5250 shows a message's Additional Message Information.
 */
export function messageHelpWindow<Env>(message: ScreenMessage): PanelInstance<never, Env> {
	const {help} = message;
	return helpWindow({
		title: 'Additional Message Information',
		lines: [
			`${dottedLabel('Message ID', 25, ':', 1)}   ${message.id}`,
			'',
			...labelled('Message', message.text),
			'',
			...(help ? [...labelled('Cause', help.cause), '', ...labelled('Recovery', help.recovery)] : ['No help text is available.']),
		],
	});
}

const QUESTION_AREA: WindowArea = {row: 6, col: 6, rows: 13, cols: 70};

/** A running task asks the operator (a host key to accept, a password): Enter answers, F12 declines (no answer). */
export function questionWindow<Env>(question: Question): PanelInstance<string, Env> {
	const col = QUESTION_AREA.col + 2;
	const valueCol = col + 23;
	const field: FieldDefinition = {
		id: 'answer',
		row: QUESTION_AREA.row + QUESTION_AREA.rows - 4,
		col: valueCol,
		length: Math.min(question.length, QUESTION_AREA.cols - 27),
		kind: 'text',
		...(question.hidden ? {hidden: true} : {}),
	};
	const panel: Panel<PanelState, never, string, Env> = {
		id: 'QUESTION',
		window: QUESTION_AREA,
		functionKeys: () => [{key: 'F12', label: 'Cancel'}],
		legendRow: QUESTION_AREA.row + QUESTION_AREA.rows - 2,
		fields: () => [field],
		body: () => [
			textRun(QUESTION_AREA.row + 1, col, question.title.slice(0, QUESTION_AREA.cols - 4), WHITE),
			...question.lines
				.slice(0, QUESTION_AREA.rows - 7)
				.map((line, index) => textRun(QUESTION_AREA.row + 3 + index, col, line.slice(0, QUESTION_AREA.cols - 4), GREEN)),
			textRun(field.row, col, `${question.label} `.padEnd(22, '.').slice(0, 22), GREEN),
		],
		onKey: (state, keystroke) => {
			if (keystroke.kind !== 'key') return {state};
			if (keystroke.name === 'Enter') return {state, effect: {type: 'close', result: fieldValue(state.edit, 'answer')}};
			if (keystroke.name === 'F12') return {state, effect: {type: 'close'}};
			return {state};
		},
	};
	return instance(panel, {edit: createEditState([field])});
}

/** A panel's general help, followed by the key map (what F1 shows away from a field). */
export function panelHelp(title: string, paragraphs: readonly string[]): HelpText {
	const [columnTitles = '', ...keys] = keyMapLines(DEFAULT_KEY_TABLE);
	return {title, lines: [...paragraphs.flatMap(paragraph => [paragraph, '']), {heading: 'Keys'}, '', {heading: columnTitles}, ...keys]};
}

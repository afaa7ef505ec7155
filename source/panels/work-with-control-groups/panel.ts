// "Work with Backup Control Groups" (WRKCTLGBRM): the list of control groups with Opt fields.
// Enter processes the typed options in list order, one panel after another, as BRMS does;
// F3 exits, F5 refreshes from the store, F12 cancels, Roll keys page, F23 shows more options.

import {type ControlGroup, compareNames} from '../../domain/control-group.js';
import {message} from '../../domain/messages.js';
import {createEditState, fieldValue, placeCursor, setValues, showError} from '../../ui/fields/editor.js';
import type {FieldDefinition} from '../../ui/fields/field.js';
import type {Keystroke} from '../../ui/keys/key-names.js';
import {BLUE, GREEN, type PanelSize, scrollIndicatorRun, textRun, titleRuns, WHITE} from '../../ui/layout.js';
import type {Panel, PanelInstance, PanelState, Transition} from '../../ui/panel/panel.js';
import {instance} from '../../ui/panel/panel.js';
import {panelHelp} from '../../ui/panel/windows.js';
import type {Run} from '../../ui/screen/model.js';
import {hasMore, positionTo, visibleIndexes} from '../../ui/subfile.js';
import {FIELD_HELP, PANEL_HELP} from '../help-texts.js';
import {
	COLUMN,
	COMMAND_FIELD,
	HEADINGS,
	optionField,
	optionFieldId,
	PAGE_SIZE,
	POSITION_TO_FIELD,
	POSITION_TO_HINT,
	POSITION_TO_LABEL,
	ROW,
	TITLE,
} from './layout.js';
import {CONTROL_GROUP_OPTIONS, type ControlGroupOption, findOption, OPTION_LEGEND_PAGES} from './options.js';

/** What the list shows of a group. */
export type ControlGroupRow = Pick<ControlGroup, 'name' | 'text'> & {fullMediaPolicy: string; incrMediaPolicy: string};

export type PendingOption = {groupName: string; option: ControlGroupOption};

export type WorkWithControlGroupsState = PanelState & {
	groups: ControlGroupRow[];
	/** Index of the first group on the page. */
	top: number;
	/** Page of the option legend (F23). */
	optionPage: number;
	/** Options typed and not yet processed, in list order. */
	pending: PendingOption[];
};

export type WorkWithControlGroupsDeps = {
	systemName: string;
	/** The groups in the store, in list order. */
	loadGroups: () => ControlGroup[];
	/**
	 * The panel an option opens for its groups (option 4 gets every group typed with 4 at once);
	 * undefined while brms-tui has no such panel.
	 */
	openOption: (option: ControlGroupOption, groupNames: string[]) => PanelInstance | undefined;
	/** F22 (brms-tui's own key): the Select System panel, to work with another system. */
	selectSystem?: () => PanelInstance;
	/** A command typed on the command line that brms-tui can prompt and run (STRBKUBRM). */
	promptCommand?: (command: string) => PanelInstance | undefined;
};

export function toRow(group: ControlGroup): ControlGroupRow {
	return {
		name: group.name,
		text: group.text,
		fullMediaPolicy: String(group.attributes.fullMediaPolicy),
		incrMediaPolicy: String(group.attributes.incrMediaPolicy),
	};
}

export function workWithControlGroups(deps: WorkWithControlGroupsDeps): PanelInstance {
	const panel = workWithControlGroupsPanel(deps);
	const groups = deps.loadGroups().map(toRow);
	const state: WorkWithControlGroupsState = {
		edit: createEditState([]),
		groups,
		top: 0,
		optionPage: 0,
		pending: [],
	};
	// The cursor starts in the first Opt field, as on IBM's list panels.
	const fields = panel.fields(state);
	const firstOption = fields.find(field => field.id.startsWith('opt:'));
	return instance(panel, {...state, edit: placeCursor(createEditState(fields), fields, firstOption?.id)});
}

export function workWithControlGroupsPanel(deps: WorkWithControlGroupsDeps): Panel<WorkWithControlGroupsState> {
	const visible = (state: WorkWithControlGroupsState) =>
		visibleIndexes({top: state.top, pageSize: PAGE_SIZE, total: state.groups.length}).map(index => state.groups[index]!);

	const fields = (state: WorkWithControlGroupsState): FieldDefinition[] => [
		POSITION_TO_FIELD,
		...visible(state).map((group, index) => optionField(group.name, ROW.firstRecord + index)),
		COMMAND_FIELD,
	];

	const body = (state: WorkWithControlGroupsState, size: PanelSize): Run[] => {
		const runs: Run[] = [
			...titleRuns(TITLE, deps.systemName, size),
			textRun(ROW.positionTo, 2, POSITION_TO_LABEL),
			textRun(ROW.positionTo, 39, POSITION_TO_HINT, BLUE),
			textRun(ROW.instruction, 2, 'Type options, press Enter.', BLUE),
			...(OPTION_LEGEND_PAGES[state.optionPage] ?? []).map((line, index) => textRun(ROW.optionLegend + index, 3, line, BLUE)),
			...HEADINGS.map((line, index) => textRun(ROW.headings + index, 2, line, WHITE)),
			textRun(ROW.commandLabel, 2, 'Parameters or command'),
			textRun(ROW.commandLine, 2, '===>'),
		];
		visible(state).forEach((group, index) => {
			const row = ROW.firstRecord + index;
			runs.push(
				textRun(row, COLUMN.group, group.name.padEnd(11), GREEN),
				textRun(row, COLUMN.fullMediaPolicy, group.fullMediaPolicy.padEnd(11), GREEN),
				textRun(row, COLUMN.incrMediaPolicy, group.incrMediaPolicy.padEnd(11), GREEN),
				textRun(row, COLUMN.text, group.text.slice(0, size.cols - COLUMN.text), GREEN),
			);
		});
		if (state.groups.length > 0) {
			runs.push(scrollIndicatorRun(ROW.scrollIndicator, hasMore({top: state.top, pageSize: PAGE_SIZE, total: state.groups.length})));
		}
		return runs;
	};

	const refresh = (state: WorkWithControlGroupsState): WorkWithControlGroupsState => {
		const groups = deps.loadGroups().map(toRow);
		return {...state, groups, top: Math.min(state.top, Math.max(0, groups.length - 1)), optionPage: 0, pending: [], edit: createEditState([])};
	};

	/** Opens the panel of the next pending option; options without a panel stay typed and say so. */
	const processPending = (state: WorkWithControlGroupsState): Transition<WorkWithControlGroupsState> => {
		const [next] = state.pending;
		if (!next) return {state};
		if (!state.groups.some(group => group.name === next.groupName)) {
			return {state: {...state, pending: [], notice: message('groupNotFound', next.groupName)}};
		}
		// Deletes are confirmed together, on one panel, as IBM's list panels do.
		const batch = next.option.value === 4 ? state.pending.filter(each => each.option.value === 4) : [next];
		const panel = deps.openOption(
			next.option,
			batch.map(each => each.groupName),
		);
		if (!panel) {
			return {state: {...state, pending: [], notice: message('optionNotAvailable', next.option.value, next.option.label)}};
		}
		const cleared = {
			...state,
			pending: state.pending.filter(each => !batch.includes(each)),
			edit: setValues(state.edit, Object.fromEntries(batch.map(each => [optionFieldId(each.groupName), '']))),
		};
		return {state: cleared, effect: {type: 'open', panel}};
	};

	const enter = (state: WorkWithControlGroupsState): Transition<WorkWithControlGroupsState> => {
		// The panel is shown anew: the option legend starts again at its first page.
		let current = {...state, optionPage: 0};
		const command = fieldValue(current.edit, COMMAND_FIELD.id).trim();
		if (command !== '') {
			const prompt = deps.promptCommand?.(command);
			if (prompt) return {state: {...current, edit: setValues(current.edit, {[COMMAND_FIELD.id]: ''})}, effect: {type: 'open', panel: prompt}};
			return {state: {...current, edit: showError(current.edit, {fieldId: COMMAND_FIELD.id, message: message('commandLineNotAvailable')})}};
		}

		const start = fieldValue(current.edit, POSITION_TO_FIELD.id).trim();
		if (start !== '') {
			const found = positionTo(
				current.groups.map(group => group.name),
				start,
				compareNames,
			);
			current = {...current, top: found.index, edit: setValues(current.edit, {[POSITION_TO_FIELD.id]: ''})};
			if (!found.exact) current = {...current, notice: message('positionToNotFound', start)};
		}

		const pending: PendingOption[] = [];
		for (const [index, group] of current.groups.entries()) {
			const typed = fieldValue(current.edit, optionFieldId(group.name)).trim();
			if (typed === '') continue;
			const option = findOption(typed);
			if (!option) {
				// The field in error must be on the screen: page to it.
				const top = index >= current.top && index < current.top + PAGE_SIZE ? current.top : index;
				const shown = {...current, top};
				const error = {fieldId: optionFieldId(group.name), message: message('optionNotValid', typed)};
				return {state: {...shown, edit: showError(shown.edit, error)}};
			}
			pending.push({groupName: group.name, option});
		}
		return processPending({...current, pending});
	};

	const onKey = (state: WorkWithControlGroupsState, keystroke: Keystroke): Transition<WorkWithControlGroupsState> => {
		if (keystroke.kind !== 'key') return {state};
		switch (keystroke.name) {
			case 'Enter':
				return enter(state);
			case 'F3':
				return {state, effect: {type: 'exit'}};
			case 'F12':
				return {state, effect: {type: 'close'}};
			case 'F5':
				return {state: refresh(state)};
			case 'F23':
				return {state: {...state, optionPage: (state.optionPage + 1) % OPTION_LEGEND_PAGES.length}};
			case 'F7':
			case 'F9':
				return {state: {...state, notice: message('functionNotAvailable', keystroke.name)}};
			case 'F22':
				return deps.selectSystem ? {state, effect: {type: 'open', panel: deps.selectSystem()}} : {state};
			default:
				return {state};
		}
	};

	return {
		id: 'WRKCTLGBRM',
		subfile: {window: state => ({top: state.top, pageSize: PAGE_SIZE, total: state.groups.length}), setTop: (state, top) => ({...state, top})},
		prompt: (state, fieldId) => {
			if (fieldId.startsWith('opt:'))
				return {title: 'Options', values: CONTROL_GROUP_OPTIONS.map(option => ({value: String(option.value), description: option.label}))};
			// F4 on the command line prompts the command typed there, as on IBM i.
			if (fieldId === COMMAND_FIELD.id) {
				const promptPanel = deps.promptCommand?.(fieldValue(state.edit, COMMAND_FIELD.id).trim());
				return promptPanel ? {promptPanel} : undefined;
			}
			return undefined;
		},
		help: (_state, fieldId) => {
			if (fieldId === undefined) return panelHelp(TITLE, PANEL_HELP['WRKCTLGBRM'] ?? []);
			return FIELD_HELP[fieldId.startsWith('opt:') ? 'opt' : fieldId];
		},
		functionKeys: () => [
			{key: 'F3', label: 'Exit'},
			{key: 'F5', label: 'Refresh'},
			{key: 'F7', label: 'Work with BRM scheduled jobs'},
			{key: 'F9', label: 'Change backup policy'},
			{key: 'F12', label: 'Cancel'},
			{key: 'F23', label: 'More options'},
			// brms-tui's own key, after BRMS's so their first legend page stays as on IBM i.
			...(deps.selectSystem ? [{key: 'F22', label: 'Select system'}] : []),
			{key: 'F24', label: 'More keys'},
		],
		hiddenKeys: ['F1'],
		fields,
		body,
		onKey,
		onReturn: (state: WorkWithControlGroupsState, result: unknown) => {
			// Back from an option's panel: show the list as it is now, then the next option.
			const groups = deps.loadGroups().map(toRow);
			const said =
				typeof result === 'object' && result !== null && 'message' in result ? (result as {message?: WorkWithControlGroupsState['notice']}).message : undefined;
			const top = Math.min(state.top, Math.max(0, groups.length - 1));
			// The list is shown anew: the cursor stands at the start of its Opt field again.
			const edit = {...state.edit, cursor: {...state.edit.cursor, offset: 0}};
			return processPending({...state, groups, top, edit, ...(said ? {notice: said} : {})});
		},
	};
}

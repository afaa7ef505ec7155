// Create / Edit / Display Backup Control Group Entries (WRKCTLGBRM options 1, 2 and 5).
// Enter turns the typed lines into entries (a line with a blank sequence number or backup item
// is removed), checks them with BRMS's rules, and stores only a valid group, renumbered in
// steps of ten. F12 leaves without keeping anything. F3 keeps what was typed when it is valid
// (it never drops an edit silently) and leaves the function. F5 shows the stored group again.
// Whether the real panel stores on Enter or only on F3 was not verified [?]; brms-tui stores
// on Enter and returns to the list, as IBM's other Change panels do.

import {type ControlGroup, type Entry, EXIT_ITEM} from '../../domain/control-group.js';
import {message} from '../../domain/messages.js';
import {checkControlGroup, classifyItem, errorsOnly, type Problem, problemMessage, resequence} from '../../domain/rules.js';
import {createEditState, fieldValue, placeCursor, showError} from '../../ui/fields/editor.js';
import type {FieldDefinition} from '../../ui/fields/field.js';
import type {Keystroke} from '../../ui/keys/key-names.js';
import {BLUE, dottedLabel, type FunctionKeyLabel, type PanelSize, scrollIndicatorRun, textRun, titleRuns, WHITE} from '../../ui/layout.js';
import {instance, type Panel, type PanelInstance, type PanelState, type Transition} from '../../ui/panel/panel.js';
import {panelHelp} from '../../ui/panel/windows.js';
import type {Run} from '../../ui/screen/model.js';
import {hasMore, visibleIndexes} from '../../ui/subfile.js';
import {FIELD_HELP, PANEL_HELP, valueList} from '../help-texts.js';
import {
	DEFAULT_ACTIVITY_FIELD,
	ENTRY_COLUMNS,
	ENTRY_HEADINGS,
	type EntriesMode,
	type EntryColumn,
	EXIT_VIEW_COMMAND_COLUMN,
	entryFieldId,
	PAGE_SIZE,
	parseEntryFieldId,
	ROW,
	TEXT_FIELD,
	TITLES,
	VALUE_COLUMN,
} from './layout.js';

/** One line of the subfile: a stored entry or a blank line for a new one. */
type EntryLine = {key: number; exitCommand: string | null; isNew: boolean};

export type EntriesState = PanelState & {
	mode: EntriesMode;
	group: ControlGroup;
	/** The stored revision the edit started from; null when creating. */
	revision: number | null;
	lines: EntryLine[];
	top: number;
	/** F11: the exit view (sequence, item, exit command). */
	exitView: boolean;
	/** The line whose exit command User Exit Maintenance is changing (F10). */
	pendingExitLine?: number;
	/** Display mode: the attributes were shown after the entries (the next Enter returns). */
	shownAttributes?: boolean;
};

export type EntriesStore = {
	save: (group: ControlGroup, startedFrom: number | null) => number;
	reload: (name: string) => {group: ControlGroup; revision: number} | undefined;
};

export type EntriesDeps = {
	systemName: string;
	store: EntriesStore;
	/** Opens User Exit Maintenance for an *EXIT line; its result is the new command. */
	openExitMaintenance: (entry: {seq: string; activity: string; command: string | null}) => PanelInstance;
	/** Option 5 goes on from the entries to the group's attributes, read-only. */
	openAttributesDisplay?: (group: ControlGroup, revision: number) => PanelInstance;
};

/** What the entries panel hands back to the list when it closes. */
export type EntriesResult = {saved: boolean; groupName: string; message?: {id: string; text: string}};

const BLANK_LINES = PAGE_SIZE;

function linesFor(group: ControlGroup, mode: EntriesMode): EntryLine[] {
	const stored = [...group.entries].sort((a, b) => a.seq - b.seq).map((entry, key) => ({key, exitCommand: entry.exitCommand ?? null, isNew: false}));
	if (mode === 'display') return stored;
	// Blank lines for new entries fill the last page and one more page.
	const blanks = BLANK_LINES + ((PAGE_SIZE - ((stored.length + BLANK_LINES) % PAGE_SIZE)) % PAGE_SIZE);
	return [...stored, ...Array.from({length: blanks}, (_, index) => ({key: stored.length + index, exitCommand: null, isNew: true}))];
}

function valuesFor(group: ControlGroup): Record<string, string> {
	const values: Record<string, string> = {[DEFAULT_ACTIVITY_FIELD.id]: group.defaultActivity, [TEXT_FIELD.id]: group.text};
	[...group.entries]
		.sort((a, b) => a.seq - b.seq)
		.forEach((entry, key) => {
			for (const column of ENTRY_COLUMNS) {
				// Sequence numbers stand right-adjusted, as the figure shows them.
				const value = column.key === 'seq' ? String(entry.seq).padStart(column.length) : entry[column.key];
				values[entryFieldId(key, column.key)] = value ?? '';
			}
		});
	return values;
}

export function controlGroupEntries(deps: EntriesDeps, mode: EntriesMode, group: ControlGroup, revision: number | null): PanelInstance {
	const panel = entriesPanel(deps);
	const state: EntriesState = {mode, group, revision, lines: linesFor(group, mode), top: 0, exitView: false, edit: createEditState([], valuesFor(group))};
	const fields = panel.fields(state);
	const first = fields.find(field => field.id.startsWith('entry:')) ?? fields[0];
	return instance(panel, {...state, edit: placeCursor({...state.edit, cursor: {fieldId: first?.id ?? '', offset: 0}}, fields)});
}

export function entriesPanel(deps: EntriesDeps): Panel<EntriesState> {
	const visibleLines = (state: EntriesState) =>
		visibleIndexes({top: state.top, pageSize: PAGE_SIZE, total: state.lines.length}).map(index => state.lines[index]!);

	const columnsShown = (state: EntriesState) =>
		state.exitView ? ENTRY_COLUMNS.filter(column => column.key === 'seq' || column.key === 'item') : ENTRY_COLUMNS;

	const fields = (state: EntriesState): FieldDefinition[] => {
		if (state.mode === 'display') return [];
		const rows = visibleLines(state).flatMap((line, index) =>
			columnsShown(state).map(column => ({
				id: entryFieldId(line.key, column.key),
				row: ROW.firstEntry + index,
				col: column.col,
				length: column.length,
				kind: column.kind,
				rightAdjust: column.key === 'seq',
			})),
		);
		return [DEFAULT_ACTIVITY_FIELD, TEXT_FIELD, ...rows];
	};

	const value = (state: EntriesState, line: EntryLine, column: EntryColumn) => fieldValue(state.edit, entryFieldId(line.key, column));

	const body = (state: EntriesState, size: PanelSize): Run[] => {
		const display = state.mode === 'display';
		const terminator = display ? ':' : '.';
		const runs: Run[] = [
			...titleRuns(TITLES[state.mode], deps.systemName, size),
			textRun(ROW.group, 2, `${dottedLabel('Group', 27, ':')} ${state.group.name}`),
			textRun(ROW.defaultActivity, 2, dottedLabel('Default activity', 27, terminator)),
			textRun(ROW.text, 2, dottedLabel('Text', 27, terminator)),
			...(state.exitView ? ['', '      Backup', ' Seq  Items       Exit command'] : ENTRY_HEADINGS).map((line, index) =>
				textRun(ROW.headings + index, 1, line, WHITE),
			),
		];
		if (display) {
			runs.push(
				textRun(ROW.defaultActivity, VALUE_COLUMN, fieldValue(state.edit, DEFAULT_ACTIVITY_FIELD.id)),
				textRun(ROW.text, VALUE_COLUMN, fieldValue(state.edit, TEXT_FIELD.id)),
				textRun(size.rows - 2, 2, 'Press Enter to continue.', BLUE),
			);
		} else {
			runs.push(textRun(ROW.instruction, 2, 'Type information, press Enter.', BLUE));
		}
		visibleLines(state).forEach((line, index) => {
			const row = ROW.firstEntry + index;
			if (display) {
				for (const column of columnsShown(state)) {
					const text = value(state, line, column.key);
					runs.push(textRun(row, column.key === 'seq' ? column.col + column.length - text.length : column.col, text));
				}
			}
			if (state.exitView && value(state, line, 'item') === EXIT_ITEM && line.exitCommand) {
				runs.push(textRun(row, EXIT_VIEW_COMMAND_COLUMN, line.exitCommand.slice(0, size.cols - EXIT_VIEW_COMMAND_COLUMN)));
			}
		});
		runs.push(scrollIndicatorRun(ROW.scrollIndicator, hasMore({top: state.top, pageSize: PAGE_SIZE, total: state.lines.length}), 76));
		return runs;
	};

	/** The group as typed: lines with a blank sequence number or item are dropped (removed). */
	const typedGroup = (state: EntriesState): {group: ControlGroup; isNew: Set<Entry>; lineOf: Map<Entry, EntryLine>} => {
		const isNew = new Set<Entry>();
		const lineOf = new Map<Entry, EntryLine>();
		const entries: Entry[] = [];
		for (const line of state.lines) {
			const seq = value(state, line, 'seq').trim();
			const item = value(state, line, 'item').trim();
			if (seq === '' || item === '') continue;
			const optional = (column: EntryColumn) => value(state, line, column).trim() || null;
			const activity = value(state, line, 'activity');
			const entry: Entry = {
				seq: Number(seq),
				item,
				listType: optional('listType'),
				aspDevice: optional('aspDevice'),
				// A blank weekly activity means "use the default", as a new BRMS line shows it.
				activity: activity.trim() === '' ? '*DFTACT' : activity.startsWith('*') ? activity.trim() : activity.padEnd(7),
				retainObjectDetail: optional('retainObjectDetail'),
				saveWhileActive: optional('saveWhileActive'),
				swaMessageQueue: optional('swaMessageQueue'),
				syncId: optional('syncId'),
			};
			if (item === EXIT_ITEM) entry.exitCommand = line.exitCommand;
			if (line.isNew) isNew.add(entry);
			lineOf.set(entry, line);
			entries.push(entry);
		}
		const group: ControlGroup = {
			...state.group,
			defaultActivity: fieldValue(state.edit, DEFAULT_ACTIVITY_FIELD.id).trim() || '*BKUPCY',
			text: fieldValue(state.edit, TEXT_FIELD.id),
			entries,
		};
		return {group, isNew, lineOf};
	};

	/** Puts the first error on the screen: the field in reverse image, paged into view. */
	const showProblem = (state: EntriesState, problem: Problem, lineOf: Map<Entry, EntryLine>, entries: Entry[]): EntriesState => {
		const msg = problemMessage(problem);
		if (problem.index === undefined || problem.field.includes('.')) {
			const fieldId = problem.field === 'text' ? TEXT_FIELD.id : DEFAULT_ACTIVITY_FIELD.id;
			return {...state, edit: showError(state.edit, {fieldId, message: msg})};
		}
		const line = lineOf.get(entries[problem.index]!);
		if (!line) return {...state, edit: showError(state.edit, {message: msg})};
		const position = state.lines.indexOf(line);
		const top = position >= state.top && position < state.top + PAGE_SIZE ? state.top : Math.floor(position / PAGE_SIZE) * PAGE_SIZE;
		// An exit command is changed with F10; the error shows on the item of that line.
		const column: EntryColumn = problem.field === 'exitCommand' ? 'item' : (problem.field as EntryColumn);
		const shown = {...state, top, exitView: state.exitView && (column === 'seq' || column === 'item')};
		return {...shown, edit: showError(shown.edit, {fieldId: entryFieldId(line.key, column), message: msg})};
	};

	/** Enter (and F3): check, then store a valid group. */
	const submit = (state: EntriesState, leave: 'list' | 'exit'): Transition<EntriesState> => {
		const {group, isNew, lineOf} = typedGroup(state);
		const errors = errorsOnly(checkControlGroup(group));
		if (errors[0]) return {state: showProblem(state, errors[0], lineOf, group.entries)};
		const stored = {...group, entries: resequence(group.entries, entry => isNew.has(entry))};
		try {
			deps.store.save(stored, state.revision);
		} catch (error) {
			return {state: {...state, edit: showError(state.edit, {message: message('saveFailed', group.name, (error as Error).message)})}};
		}
		const result: EntriesResult = {saved: true, groupName: group.name, message: message('groupSaved', group.name)};
		return {state, effect: leave === 'exit' ? {type: 'exit'} : {type: 'close', result}};
	};

	// Exit commands changed with F10 count as typing too (see onReturn).
	const changed = (state: EntriesState) => state.edit.modified.length > 0;

	const onKey = (state: EntriesState, keystroke: Keystroke): Transition<EntriesState> => {
		if (keystroke.kind !== 'key') return {state};
		const display = state.mode === 'display';
		switch (keystroke.name) {
			case 'Enter': {
				if (!display) return submit(state, 'list');
				// Display: the entries, then the attributes, then back to the list.
				const attributes = deps.openAttributesDisplay?.(state.group, state.revision ?? 0);
				return attributes && !state.shownAttributes
					? {state: {...state, shownAttributes: true}, effect: {type: 'open', panel: attributes}}
					: {state, effect: {type: 'close', result: {saved: false, groupName: state.group.name}}};
			}
			case 'F12':
				return {state, effect: {type: 'close', result: {saved: false, groupName: state.group.name}}};
			case 'F3':
				return display || !changed(state) ? {state, effect: {type: 'exit'}} : submit(state, 'exit');
			case 'F11':
				return {state: {...state, exitView: !state.exitView}};
			case 'F5': {
				const fresh = state.revision === null ? undefined : deps.store.reload(state.group.name);
				const group = fresh?.group ?? state.group;
				return {
					state: {
						...state,
						group,
						revision: fresh?.revision ?? state.revision,
						lines: linesFor(group, state.mode),
						top: 0,
						edit: createEditState([], valuesFor(group)),
					},
				};
			}
			case 'F10': {
				const at = parseEntryFieldId(state.edit.cursor.fieldId);
				const line = at && state.lines.find(each => each.key === at.rowKey);
				if (!line || value(state, line, 'item').trim() !== EXIT_ITEM) return {state: {...state, notice: message('changeItemExitOnly')}};
				const panel = deps.openExitMaintenance({
					seq: value(state, line, 'seq').trim(),
					activity: value(state, line, 'activity') || '*DFTACT',
					command: line.exitCommand,
				});
				return {state: {...state, pendingExitLine: line.key}, effect: {type: 'open', panel}};
			}
			case 'F14':
				return {state: {...state, notice: message('functionNotAvailable', 'F14=Display client omit status')}};
			default:
				return {state};
		}
	};

	const keys = (state: EntriesState): FunctionKeyLabel[] =>
		state.mode === 'display'
			? [
					{key: 'F3', label: 'Exit'},
					{key: 'F11', label: state.exitView ? 'Display entries' : 'Display exits'},
					{key: 'F12', label: 'Cancel'},
				]
			: [
					{key: 'F3', label: 'Exit'},
					{key: 'F5', label: 'Refresh'},
					{key: 'F10', label: 'Change item'},
					{key: 'F11', label: state.exitView ? 'Display entries' : 'Display exits'},
					{key: 'F12', label: 'Cancel', newLine: true},
					{key: 'F14', label: 'Display client omit status'},
					{key: 'F24', label: 'More keys'},
					{key: 'F1', label: 'Help', newLine: true},
					{key: 'F4', label: 'Prompt'},
				];

	/** F4 on an entry field lists its values; Save While Active depends on the line's item. */
	const prompt = (state: EntriesState, fieldId: string) => {
		if (fieldId === DEFAULT_ACTIVITY_FIELD.id) return valueList('defaultActivity');
		const at = parseEntryFieldId(fieldId);
		const line = at && state.lines.find(each => each.key === at.rowKey);
		if (!at || !line) return undefined;
		const listType = value(state, line, 'listType').trim() || null;
		const kind = classifyItem({item: value(state, line, 'item').trim(), listType})?.kind;
		return valueList(at.column, {linkItem: kind === 'link' || listType === '*LNK'});
	};

	const help = (state: EntriesState, fieldId: string | undefined) => {
		if (fieldId === undefined) return panelHelp(TITLES[state.mode], PANEL_HELP['CTLGRP-ENTRIES'] ?? []);
		const key = fieldId === DEFAULT_ACTIVITY_FIELD.id || fieldId === TEXT_FIELD.id ? fieldId : parseEntryFieldId(fieldId)?.column;
		return key ? FIELD_HELP[key] : undefined;
	};

	return {
		id: 'CTLGRP-ENTRIES',
		subfile: {window: state => ({top: state.top, pageSize: PAGE_SIZE, total: state.lines.length}), setTop: (state, top) => ({...state, top})},
		prompt,
		help,
		functionKeys: keys,
		hiddenKeys: ['F1', 'F4'],
		fields,
		body,
		// The display panel has one key line, under 'Press Enter to continue.' (brms.md §2.4).
		legendRow: state => (state.mode === 'display' ? 23 : 22),
		onKey,
		onReturn: (state: EntriesState, result: unknown) => {
			// Back from the attributes display: option 5 is done.
			if (state.shownAttributes) return {state, effect: {type: 'close', result: {saved: false, groupName: state.group.name}}};
			const pending = state.pendingExitLine;
			if (typeof result !== 'object' || result === null || pending === undefined || !('command' in result)) return {state};
			const command = (result as {command: string | null}).command;
			const lines = state.lines.map(line => (line.key === pending ? {...line, exitCommand: command} : line));
			return {state: {...state, lines, edit: {...state.edit, modified: [...state.edit.modified, `exit:${pending}`]}}};
		},
	};
}

// Create / Edit / Display Backup Control Group Entries (WRKCTLGBRM options 1, 2 and 5).
// Enter turns the typed lines into entries (a line with a blank sequence number or backup item
// is removed), checks them with BRMS's rules, and asks the store to keep only a valid group,
// renumbered in steps of ten. F12 leaves without keeping anything. F3 keeps what was typed when
// it is valid (it never drops an edit silently) and leaves the function. F5 shows the stored
// group again. Whether the real panel stores on Enter or only on F3 was not verified [?];
// brms-tui stores on Enter and returns to the list, as IBM's other Change panels do.

import {type ControlGroup, type Entry, EXIT_ITEM} from '../../domain/control-group.js';
import {message} from '../../domain/messages.js';
import {checkControlGroup, classifyItem, errorsOnly, type Problem, problemMessage, resequence} from '../../domain/rules.js';
import {createEditState, fieldValue, placeCursor, showError} from '../../ui/fields/editor.js';
import type {Keystroke} from '../../ui/keys/key-names.js';
import {instance, open, type PanelState} from '../../ui/panel/panel.js';
import type {BrmsInstance, BrmsPanel, BrmsTransition, OptionDone} from '../brms-panel.js';
import {attributesDisplay} from '../change-attributes/panel.js';
import {failureMessage, readGroup, saveGroup} from '../effects.js';
import {FIELD_HELP, valueList} from '../help-texts.js';
import type {PanelDefinition} from '../registry.js';
import type {Saved, StoredGroup} from '../services.js';
import {type ExitCommand, userExitMaintenance} from '../user-exit-maintenance/panel.js';
import {DEFAULT_ACTIVITY_FIELD, ENTRY_COLUMNS, type EntriesMode, type EntryColumn, entryFieldId, parseEntryFieldId, TEXT_FIELD, TITLES} from './layout.js';
import {body, type EntriesView, type EntryLine, fields, functionKeys, legendRow, listRows, value, window} from './view.js';

export type EntriesState = PanelState &
	EntriesView & {
		group: ControlGroup;
		/** The stored revision the edit started from; null when creating. */
		revision: number | null;
	};

type EntriesMsg =
	| {type: 'saved'; saved: Saved; leave: 'list' | 'exit'}
	| {type: 'reloaded'; stored: StoredGroup | undefined}
	| {type: 'exitChanged'; line: number; exit: ExitCommand | undefined}
	| {type: 'attributesShown'};

/** Blank lines for new entries, keyed on from `first`. */
function blankLines(first: number, count: number): EntryLine[] {
	return Array.from({length: count}, (_, index) => ({key: first + index, exitCommand: null, isNew: true}));
}

function linesFor(group: ControlGroup, mode: EntriesMode): EntryLine[] {
	const stored = [...group.entries].sort((a, b) => a.seq - b.seq).map((entry, key) => ({key, exitCommand: entry.exitCommand ?? null, isNew: false}));
	if (mode === 'display') return stored;
	// Blank lines for new entries fill the last page (a full one gets a page of them), so the
	// list ends on a page with room to type and never on an empty page; Roll Up past a last page
	// typed full adds another (moreLines).
	const {pageSize} = listRows(mode);
	return [...stored, ...blankLines(stored.length, pageSize - (stored.length % pageSize))];
}

/** Roll Up on the last page: a page of blank lines when the last line has been typed on, else none. */
function moreLines(state: EntriesState): EntriesState | undefined {
	const last = state.lines.at(-1);
	if (state.mode === 'display' || !last || ENTRY_COLUMNS.every(column => value(state, last, column.key).trim() === '')) return undefined;
	return {...state, lines: [...state.lines, ...blankLines(last.key + 1, listRows(state.mode).pageSize)]};
}

function valuesFor(group: ControlGroup): Record<string, string> {
	const values: Record<string, string> = {[DEFAULT_ACTIVITY_FIELD.id]: group.defaultActivity, [TEXT_FIELD.id]: group.text};
	[...group.entries]
		.sort((a, b) => a.seq - b.seq)
		.forEach((entry, key) => {
			for (const column of ENTRY_COLUMNS) {
				// Sequence numbers stand right-adjusted, as the figure shows them.
				const shown = column.key === 'seq' ? String(entry.seq).padStart(column.length) : entry[column.key];
				values[entryFieldId(key, column.key)] = shown ?? '';
			}
		});
	return values;
}

/** The group as typed: lines with a blank sequence number or item are dropped (removed). */
function typedGroup(state: EntriesState): {group: ControlGroup; isNew: Set<Entry>; lineOf: Map<Entry, EntryLine>} {
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
}

/** Puts the first error on the screen: the field in reverse image, paged into view. */
function showProblem(state: EntriesState, problem: Problem, lineOf: Map<Entry, EntryLine>, entries: Entry[]): EntriesState {
	const shownMessage = problemMessage(problem);
	if (problem.index === undefined || problem.field.includes('.')) {
		const fieldId = problem.field === 'text' ? TEXT_FIELD.id : DEFAULT_ACTIVITY_FIELD.id;
		return {...state, edit: showError(state.edit, {fieldId, message: shownMessage})};
	}
	const line = lineOf.get(entries[problem.index]!);
	if (!line) return {...state, edit: showError(state.edit, {message: shownMessage})};
	const position = state.lines.indexOf(line);
	const {pageSize} = listRows(state.mode);
	const top = position >= state.top && position < state.top + pageSize ? state.top : Math.floor(position / pageSize) * pageSize;
	// An exit command is changed with F10; the error shows on the item of that line.
	const column = ENTRY_COLUMNS.find(each => each.key === problem.field)?.key ?? 'item';
	const shown = {...state, top, exitView: state.exitView && (column === 'seq' || column === 'item')};
	return {...shown, edit: showError(shown.edit, {fieldId: entryFieldId(line.key, column), message: shownMessage})};
}

/** Enter (and F3): check, then ask the store to keep a valid group. */
function submit(state: EntriesState, leave: 'list' | 'exit'): BrmsTransition<EntriesState, EntriesMsg, OptionDone> {
	const {group, isNew, lineOf} = typedGroup(state);
	const errors = errorsOnly(checkControlGroup(group));
	if (errors[0]) return {state: showProblem(state, errors[0], lineOf, group.entries)};
	const stored = {...group, entries: resequence(group.entries, entry => isNew.has(entry))};
	return {state, effect: saveGroup(stored, state.revision, saved => ({type: 'saved', saved, leave}))};
}

/** The panel showing `stored` anew (F5, or after another copy's save was refused and reread). */
function shownAnew(state: EntriesState, group: ControlGroup, revision: number | null): EntriesState {
	return {...state, group, groupName: group.name, revision, lines: linesFor(group, state.mode), top: 0, edit: createEditState([], valuesFor(group))};
}

function onKey(state: EntriesState, keystroke: Keystroke): BrmsTransition<EntriesState, EntriesMsg, OptionDone> {
	if (keystroke.kind !== 'key') return {state};
	const display = state.mode === 'display';
	// Exit commands changed with F10 count as typing too (see onResult).
	const changed = state.edit.modified.length > 0;
	switch (keystroke.name) {
		case 'Enter':
			// Display: the entries, then the attributes, then back to the list.
			if (display && state.revision !== null)
				return {state, effect: open(attributesDisplay(state.systemName, {group: state.group, revision: state.revision}), () => ({type: 'attributesShown'}))};
			return display ? {state, effect: {type: 'close'}} : submit(state, 'list');
		case 'F12':
			return {state, effect: {type: 'close'}};
		case 'F3':
			return display || !changed ? {state, effect: {type: 'exit'}} : submit(state, 'exit');
		case 'F11':
			return {state: {...state, exitView: !state.exitView}};
		case 'F5':
			return state.revision === null
				? {state: shownAnew(state, state.group, null)}
				: {state, effect: readGroup(state.group.name, stored => ({type: 'reloaded', stored}))};
		case 'F10': {
			const at = parseEntryFieldId(state.edit.cursor.fieldId ?? '');
			const line = at && state.lines.find(each => each.key === at.rowKey);
			if (!line || value(state, line, 'item').trim() !== EXIT_ITEM) return {state: {...state, notice: message('changeItemExitOnly')}};
			const exitPanel = userExitMaintenance(state.systemName, {
				seq: value(state, line, 'seq').trim(),
				activity: value(state, line, 'activity') || '*DFTACT',
				command: line.exitCommand,
			});
			return {state, effect: open(exitPanel, exit => ({type: 'exitChanged', line: line.key, exit}))};
		}
		case 'F14':
			return {state: {...state, notice: message('functionNotAvailable', 'F14=Display client omit status')}};
		default:
			return {state};
	}
}

function entriesPanel(id: 'CREATE-ENTRIES' | 'EDIT-ENTRIES' | 'DISPLAY-ENTRIES'): BrmsPanel<EntriesState, EntriesMsg, OptionDone> {
	return {
		id,
		subfile: {window, setTop: (state, top) => ({...state, top}), more: moreLines},
		/** F4 on an entry field lists its values; Save While Active depends on the line's item. */
		prompt: (state, fieldId) => {
			if (fieldId === DEFAULT_ACTIVITY_FIELD.id) return {kind: 'values', list: valueList('defaultActivity')};
			const at = parseEntryFieldId(fieldId);
			const line = at && state.lines.find(each => each.key === at.rowKey);
			if (!at || !line || at.column === 'seq') return undefined;
			const listType = value(state, line, 'listType').trim() || null;
			const kind = classifyItem({item: value(state, line, 'item').trim(), listType})?.kind;
			return {kind: 'values', list: valueList(at.column, {linkItem: kind === 'link' || listType === '*LNK'})};
		},
		help: (_state, fieldId) => {
			if (fieldId === undefined) return undefined;
			if (fieldId === DEFAULT_ACTIVITY_FIELD.id) return FIELD_HELP.defaultActivity;
			if (fieldId === TEXT_FIELD.id) return FIELD_HELP.text;
			const column = parseEntryFieldId(fieldId)?.column;
			return column && FIELD_HELP[column];
		},
		functionKeys,
		hiddenKeys: ['F1', 'F4'],
		fields,
		body,
		legendRow,
		onKey,
		onResult: (state, result) => {
			switch (result.type) {
				case 'saved':
					if (!result.saved.ok) return {state: {...state, edit: showError(state.edit, {message: failureMessage(result.saved.failure)})}};
					if (result.leave === 'exit') return {state, effect: {type: 'exit'}};
					return {state, effect: {type: 'close', result: {said: message('groupSaved', state.group.name)}}};
				case 'reloaded':
					return {state: result.stored ? shownAnew(state, result.stored.group, result.stored.revision) : shownAnew(state, state.group, state.revision)};
				case 'exitChanged': {
					if (!result.exit) return {state};
					const command = result.exit.command;
					const lines = state.lines.map(line => (line.key === result.line ? {...line, exitCommand: command} : line));
					return {state: {...state, lines, edit: {...state.edit, modified: [...state.edit.modified, `exit:${result.line}`]}}};
				}
				// Back from the attributes display: option 5 is done.
				case 'attributesShown':
					return {state, effect: {type: 'close'}};
			}
		},
	};
}

const PANELS = {create: entriesPanel('CREATE-ENTRIES'), edit: entriesPanel('EDIT-ENTRIES'), display: entriesPanel('DISPLAY-ENTRIES')};

export function controlGroupEntries(systemName: string, mode: EntriesMode, stored: {group: ControlGroup; revision: number | null}): BrmsInstance<OptionDone> {
	const {group, revision} = stored;
	const state: EntriesState = {
		systemName,
		mode,
		group,
		groupName: group.name,
		revision,
		lines: linesFor(group, mode),
		top: 0,
		exitView: false,
		edit: createEditState([], valuesFor(group)),
	};
	const shown = fields(state);
	const first = shown.find(field => field.id.startsWith('entry:')) ?? shown[0];
	return instance(PANELS[mode], {...state, edit: placeCursor({...state.edit, cursor: {fieldId: first?.id ?? '', offset: 0}}, shown)});
}

const ENTRIES_HELP = [
	'Each line is an entry: what to save, on which days, and how. Type over a value to change it, type on a blank line to add an entry, blank out the sequence number or backup item to remove one, then press Enter.',
	'F11 shows the exit commands; F10 on an *EXIT line changes its command. F4 on a field lists its values.',
];

export const CREATE_ENTRIES: PanelDefinition = {title: TITLES.create, help: ENTRIES_HELP};

export const EDIT_ENTRIES: PanelDefinition = {
	title: TITLES.edit,
	help: ENTRIES_HELP,
	option: {value: 2, label: 'Edit entries', open: ({systemName, groups: [stored]}) => stored && controlGroupEntries(systemName, 'edit', stored)},
};

export const DISPLAY_ENTRIES: PanelDefinition = {
	title: TITLES.display,
	help: ['The entries of the group, read-only. F11 shows the exit commands; Enter goes on to the attributes, then back to the list.'],
	option: {value: 5, label: 'Display', open: ({systemName, groups: [stored]}) => stored && controlGroupEntries(systemName, 'display', stored)},
};

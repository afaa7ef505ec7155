// 5250 field editing as a pure function: (state, fields, keystroke) → state. Overwrite by
// default with an Insert toggle, Field Exit, Erase EOF, Backspace/Delete, Tab/Back-tab, arrows,
// Home/End, upper-casing and digits-only fields, and the error state that locks the keyboard
// until Reset (or auto-reset on the next cursor or function key, as tn5250 and ACS do).

import type {Keystroke} from '../keys/key-names.js';
import {isDrawable} from '../screen/safe-text.js';
import {type FieldDefinition, inScreenOrder} from './field.js';
import {KIT_MESSAGES, OPERATOR_ERRORS} from './operator-errors.js';

/** A message for line 24: its text there; its ID and second-level help behind F1. */
export type ScreenMessage = {id: string; text: string; help?: {cause: string; recovery: string}};

export type FieldError = {
	/** The field shown in reverse image; none for panel-wide messages. */
	fieldId?: string;
	message: ScreenMessage;
};

export type EditState = {
	values: Readonly<Record<string, string>>;
	cursor: {fieldId: string; offset: number};
	insertMode: boolean;
	/** An error locks the keyboard (input inhibited) until it is reset. */
	error?: FieldError;
	/** Fields typed into since the panel was shown (the 5250 modified-data tag). */
	modified: readonly string[];
	/** The values the panel was shown with (what typing has not changed yet). */
	shown: Readonly<Record<string, string>>;
};

export type EditResult = {
	state: EditState;
	/** The keystroke the editor did not use: Enter, function keys, Roll … go to the panel. */
	unhandled?: Keystroke;
};

/**
 * The field values with `changes` applied, without copying them all: a panel of 999 entries has
 * some 9,000 fields, and copying them on every keystroke was most of its echo time (npm run
 * bench). The values typed since are own properties of an object whose prototype holds the
 * rest, so `values[id]` reads through; only the typed ones are copied, and when they grow many
 * they are folded into one plain object again.
 */
export function withValues(values: Readonly<Record<string, string>>, changes: Readonly<Record<string, string>>): Readonly<Record<string, string>> {
	const base = BASES.get(values);
	const typed = base ? {...values} : {};
	if (Object.keys(typed).length + Object.keys(changes).length > 256) return Object.assign({}, base ?? values, typed, changes);
	const layer: Record<string, string> = Object.assign(Object.create(base ?? values) as Record<string, string>, typed, changes);
	BASES.set(layer, base ?? values);
	return layer;
}

/** The plain object each layer of values reads through to. */
const BASES = new WeakMap<object, Readonly<Record<string, string>>>();

/**
 * `values` becomes the state's own, not copied (a 999-entry panel has 9,000 field values): the
 * caller builds it for this state and changes it no more — edits are layered over it.
 */
export function createEditState(fields: readonly FieldDefinition[], values: Record<string, string> = {}): EditState {
	const first = inScreenOrder(fields)[0];
	return {values, cursor: {fieldId: first?.id ?? '', offset: 0}, insertMode: false, modified: [], shown: values};
}

/**
 * Typing that has changed what the panel showed and that the panel has not taken in (saved,
 * processed) yet: a panel that takes its input shows itself anew, or clears what it took.
 */
export function hasUnsavedTyping(state: EditState): boolean {
	return state.modified.some(id => (state.values[id] ?? '').trimEnd() !== (state.shown[id] ?? '').trimEnd());
}

export function fieldValue(state: EditState, fieldId: string): string {
	return state.values[fieldId] ?? '';
}

/** Puts the error on the screen: field in reverse image, cursor on it, keyboard locked. */
export function showError(state: EditState, error: FieldError): EditState {
	return {...state, error, cursor: error.fieldId ? {fieldId: error.fieldId, offset: 0} : state.cursor};
}

export function resetError(state: EditState): EditState {
	if (!state.error) return state;
	const {error: _error, ...rest} = state;
	return rest;
}

export function setValues(state: EditState, values: Record<string, string>): EditState {
	return {...state, values: withValues(state.values, values)};
}

/** Keeps the cursor on a field that exists (after the fields changed, e.g. after Roll). */
export function placeCursor(state: EditState, fields: readonly FieldDefinition[], fieldId?: string): EditState {
	const ordered = inScreenOrder(fields);
	const target = ordered.find(field => field.id === (fieldId ?? state.cursor.fieldId)) ?? ordered[0];
	if (!target) return state;
	const offset = target.id === state.cursor.fieldId ? Math.min(state.cursor.offset, target.length - 1) : 0;
	return {...state, cursor: {fieldId: target.id, offset}};
}

const CURSOR_KEYS = new Set(['Up', 'Down', 'Left', 'Right', 'Tab', 'BackTab', 'Home', 'End', 'NewLine']);

export function editField(state: EditState, fields: readonly FieldDefinition[], keystroke: Keystroke): EditResult {
	const ordered = inScreenOrder(fields);
	if (state.error) {
		if (keystroke.kind === 'key' && keystroke.name === 'Reset') return {state: resetError(state)};
		// Auto-reset: cursor and function keys clear the error and then act; typing stays inhibited.
		if (keystroke.kind === 'key' && keystroke.name !== 'Interrupt') return editField(resetError(state), fields, keystroke);
		return {state};
	}
	const index = ordered.findIndex(field => field.id === state.cursor.fieldId);
	const field = ordered[index];
	if (keystroke.kind === 'char') return field ? typeCharacter(state, ordered, index, field, keystroke.char) : {state};
	if (keystroke.kind !== 'key') return {state, unhandled: keystroke};
	if (!field) return CURSOR_KEYS.has(keystroke.name) ? {state} : {state, unhandled: keystroke};

	const value = fieldValue(state, field.id);
	const {offset} = state.cursor;
	switch (keystroke.name) {
		case 'Reset':
			return {state: {...state, insertMode: false}};
		case 'Insert':
			return {state: {...state, insertMode: !state.insertMode}};
		case 'Left':
			return {state: offset > 0 ? at(state, field, offset - 1) : at(state, neighbour(ordered, index, -1), 'last')};
		case 'Right':
			return {state: offset < field.length - 1 ? at(state, field, offset + 1) : at(state, neighbour(ordered, index, 1), 0)};
		case 'Up':
		case 'Down':
			return {state: at(state, verticalNeighbour(ordered, field, offset, keystroke.name === 'Up' ? -1 : 1), 0)};
		case 'Tab':
		case 'NewLine':
			return {state: at(state, neighbour(ordered, index, 1), 0)};
		case 'BackTab':
			return {state: offset > 0 ? at(state, field, 0) : at(state, neighbour(ordered, index, -1), 0)};
		case 'Home':
			return {state: at(state, ordered[0] ?? field, 0)};
		case 'End':
			return {state: at(state, field, Math.min(value.length, field.length - 1))};
		case 'Backspace':
			if (offset === 0) return {state: at(state, neighbour(ordered, index, -1), 'last')};
			return {state: at(change(state, field, value.slice(0, offset - 1) + value.slice(offset)), field, offset - 1)};
		case 'Delete':
			return {state: change(state, field, value.slice(0, offset) + value.slice(offset + 1))};
		case 'EraseEOF':
			return {state: change(state, field, value.slice(0, offset))};
		case 'FieldExit':
		case 'FieldPlus': {
			const kept = value.slice(0, offset);
			const exited = field.rightAdjust ? kept.trim().padStart(field.length) : kept;
			return {state: at(change(state, field, exited), neighbour(ordered, index, 1), 0)};
		}
		case 'FieldMinus':
			return {state: showError(state, {fieldId: field.id, message: OPERATOR_ERRORS.fieldMinusNotValid})};
		case 'Dup':
			return {state: showError(state, {fieldId: field.id, message: OPERATOR_ERRORS.dupNotAllowed})};
		case 'EraseInput': {
			let erased = state;
			for (const each of ordered) if (fieldValue(erased, each.id) !== '') erased = change(erased, each, '');
			return {state: at(erased, ordered[0] ?? field, 0)};
		}
		default:
			return {state, unhandled: keystroke};
	}
}

function typeCharacter(state: EditState, ordered: FieldDefinition[], index: number, field: FieldDefinition, typed: string): EditResult {
	if (field.kind === 'digits' && !/^\d$/.test(typed)) {
		return {state: showError(state, {fieldId: field.id, message: OPERATOR_ERRORS.onlyDigits})};
	}
	// A 5250 keyboard types no control character; one pasted or sent by a terminal is refused.
	if (!isDrawable(typed)) return {state: showError(state, {fieldId: field.id, message: KIT_MESSAGES.characterNotValid})};
	// Name fields fold a-z only, as the 5250 shift does: 'ſ' stays 'ſ' (and fails the name's rule), 'ß' does not become 'SS'.
	const character = field.kind === 'name' ? typed.replace(/[a-z]/g, letter => letter.toUpperCase()) : typed;
	const value = fieldValue(state, field.id);
	const {offset} = state.cursor;
	const padded = value.padEnd(offset);
	let next: string;
	if (state.insertMode) {
		if (value.trimEnd().length >= field.length) {
			return {state: showError(state, {fieldId: field.id, message: OPERATOR_ERRORS.noRoomToInsert})};
		}
		next = padded.slice(0, offset) + character + padded.slice(offset);
	} else {
		next = padded.slice(0, offset) + character + padded.slice(offset + 1);
	}
	const changed = change(state, field, next.slice(0, field.length));
	// A full field sends the cursor on to the next input field (5250 auto-advance).
	return {state: offset + 1 < field.length ? at(changed, field, offset + 1) : at(changed, neighbour(ordered, index, 1), 0)};
}

function change(state: EditState, field: FieldDefinition, value: string): EditState {
	const trimmed = value.trimEnd();
	const modified = state.modified.includes(field.id) ? state.modified : [...state.modified, field.id];
	return {...state, values: withValues(state.values, {[field.id]: trimmed}), modified};
}

function at(state: EditState, field: FieldDefinition | undefined, offset: number | 'last'): EditState {
	if (!field) return state;
	return {...state, cursor: {fieldId: field.id, offset: offset === 'last' ? field.length - 1 : offset}};
}

function neighbour(ordered: FieldDefinition[], index: number, step: 1 | -1): FieldDefinition | undefined {
	if (ordered.length === 0) return undefined;
	return ordered[(index + step + ordered.length) % ordered.length];
}

/** The field on the nearest row above or below that lies closest to the cursor's column. */
function verticalNeighbour(ordered: FieldDefinition[], field: FieldDefinition, offset: number, step: 1 | -1): FieldDefinition | undefined {
	const column = field.col + offset;
	const rows = [...new Set(ordered.map(each => each.row))].sort((a, b) => a - b);
	const position = rows.indexOf(field.row);
	const targetRow = rows[(position + step + rows.length) % rows.length];
	const candidates = ordered.filter(each => each.row === targetRow);
	const distance = (each: FieldDefinition) =>
		column < each.col ? each.col - column : column >= each.col + each.length ? column - (each.col + each.length - 1) : 0;
	return candidates.sort((a, b) => distance(a) - distance(b))[0];
}

/** Where the cursor is on the screen (1-based), for the terminal cursor. */
export function cursorCell(state: EditState, fields: readonly FieldDefinition[]): {row: number; col: number} | undefined {
	const field = fields.find(each => each.id === state.cursor.fieldId);
	return field ? {row: field.row, col: field.col + state.cursor.offset} : undefined;
}

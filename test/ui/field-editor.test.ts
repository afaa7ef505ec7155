import assert from 'node:assert/strict';
import {test} from 'node:test';
import {createEditState, cursorCell, type EditState, editField, showError} from '../../source/ui/fields/editor.js';
import type {FieldDefinition} from '../../source/ui/fields/field.js';
import type {KeyName, Keystroke} from '../../source/ui/keys/key-names.js';

const NAME: FieldDefinition = {id: 'name', row: 3, col: 30, length: 10, kind: 'name'};
const TEXT: FieldDefinition = {id: 'text', row: 5, col: 30, length: 20, kind: 'text'};
const OPT1: FieldDefinition = {id: 'opt1', row: 11, col: 2, length: 2, kind: 'digits'};
const OPT2: FieldDefinition = {id: 'opt2', row: 12, col: 2, length: 2, kind: 'digits'};
const FIELDS = [TEXT, OPT2, NAME, OPT1]; // deliberately out of screen order

function type(state: EditState, ...inputs: Array<string | KeyName>): EditState {
	let current = state;
	for (const input of inputs) {
		const keystroke: Keystroke = input.length === 1 ? {kind: 'char', char: input, raw: input} : {kind: 'key', name: input as KeyName, raw: input};
		current = editField(current, FIELDS, keystroke).state;
	}
	return current;
}

const start = () => createEditState(FIELDS);

test('the cursor starts in the first field in screen order and sits on its first cell', () => {
	const state = start();
	assert.equal(state.cursor.fieldId, 'name');
	assert.deepEqual(cursorCell(state, FIELDS), {row: 3, col: 30});
});

test('name fields upper-case what is typed; text fields keep the case', () => {
	let state = type(start(), ...'qltssvr');
	assert.equal(state.values['name'], 'QLTSSVR');
	state = type(state, 'Tab', ...'Mixed');
	assert.equal(state.values['text'], 'Mixed');
	assert.deepEqual(state.modified, ['name', 'text']);
});

test('overwrite is the default; Insert toggles insert mode', () => {
	let state = type(start(), ...'ABCD', 'Home', 'X');
	assert.equal(state.values['name'], 'XBCD');
	state = type(state, 'Insert', 'Y');
	assert.equal(state.values['name'], 'XYBCD');
	assert.equal(state.insertMode, true);
	state = type(state, 'Insert', 'Z');
	assert.equal(state.values['name'], 'XYZCD');
});

test('insert into a full field is operator error 0012 and changes nothing', () => {
	let state = type(start(), ...'ABCDEFGHIJ'); // fills the field, cursor moves on to the next
	state = type(state, 'BackTab', 'Insert', 'Q');
	assert.equal(state.values['name'], 'ABCDEFGHIJ');
	assert.equal(state.error?.message.id, '0012');
	assert.equal(state.error?.fieldId, 'name');
});

test('a full field moves the cursor on to the next field (auto-advance)', () => {
	const state = type(start(), 'Tab', 'Tab', ...'12');
	assert.equal(state.values['opt1'], '12');
	assert.equal(state.cursor.fieldId, 'opt2');
});

test('digits-only fields refuse letters with 0010 and lock the keyboard until Reset', () => {
	let state = type(start(), 'Tab', 'Tab', 'x');
	assert.equal(state.cursor.fieldId, 'opt1');
	assert.equal(state.error?.message.id, '0010');
	assert.equal(state.values['opt1'] ?? '', '');
	state = type(state, '5'); // keyboard locked: typing does nothing
	assert.equal(state.values['opt1'] ?? '', '');
	state = type(state, 'Reset', '5');
	assert.equal(state.error, undefined);
	assert.equal(state.values['opt1'], '5');
});

test('a cursor or function key resets the error itself (auto-reset) and then acts', () => {
	const locked = showError(start(), {fieldId: 'text', message: {id: 'TUI0001', text: 'x'}});
	assert.equal(locked.cursor.fieldId, 'text');
	const moved = editField(locked, FIELDS, {kind: 'key', name: 'Tab', raw: '\t'});
	assert.equal(moved.state.error, undefined);
	assert.equal(moved.state.cursor.fieldId, 'opt1');
	const f5 = editField(locked, FIELDS, {kind: 'key', name: 'F5', raw: ''});
	assert.equal(f5.state.error, undefined);
	assert.equal(f5.unhandled?.kind, 'key');
});

test('Field Exit clears to the end of the field and moves to the next field', () => {
	let state = type(start(), ...'ABCDEF', 'Left', 'Left', 'Left', 'FieldExit');
	assert.equal(state.values['name'], 'ABC');
	assert.equal(state.cursor.fieldId, 'text');
	state = type(state, ...'hello', 'Home', 'EraseEOF');
	assert.equal(state.values['name'], '');
});

test('Backspace deletes to the left; at a field start it goes to the end of the previous field', () => {
	let state = type(start(), ...'ABC', 'Backspace');
	assert.equal(state.values['name'], 'AB');
	assert.deepEqual(cursorCell(state, FIELDS), {row: 3, col: 32});
	state = type(state, 'Tab', 'Backspace');
	assert.equal(state.cursor.fieldId, 'name');
	assert.equal(state.cursor.offset, 9);
});

test('Delete removes the character under the cursor and shifts the rest left', () => {
	const state = type(start(), ...'ABCD', 'Home', 'Right', 'Delete');
	assert.equal(state.values['name'], 'ACD');
});

test('Tab and Back-tab walk the fields in screen order and wrap', () => {
	const order: Array<string | undefined> = [];
	let state = start();
	for (let index = 0; index < 5; index++) {
		order.push(state.cursor.fieldId);
		state = type(state, 'Tab');
	}
	assert.deepEqual(order, ['name', 'text', 'opt1', 'opt2', 'name']);
	state = type(start(), 'BackTab');
	assert.equal(state.cursor.fieldId, 'opt2');
});

test('arrows move one cell, into and out of fields, and rest where no field is', () => {
	let state = type(start(), 'Right', 'Right');
	assert.deepEqual(cursorCell(state, FIELDS), {row: 3, col: 32});
	state = type(state, 'Down');
	assert.deepEqual(state.cursor, {row: 4, col: 32}, 'row 4 has no field: the cursor rests there');
	state = type(state, 'Down');
	assert.deepEqual(state.cursor, {fieldId: 'text', offset: 2});
	state = type(start(), 'Left');
	assert.deepEqual(state.cursor, {row: 3, col: 29}, 'left of the field, outside it');
	state = type(start(), 'Down', 'Down', 'Down', 'Down', 'Down', 'Down', 'Down', 'Down');
	assert.deepEqual(cursorCell(state, FIELDS), {row: 11, col: 30});
});

test('the cursor wraps as a 5250 does: past a row end to the next row, past the last row to the first', () => {
	const at = (row: number, col: number): EditState => ({...start(), cursor: {row, col}});
	assert.deepEqual(type(at(4, 80), 'Right').cursor, {row: 5, col: 1});
	assert.deepEqual(type(at(5, 1), 'Left').cursor, {row: 4, col: 80});
	assert.deepEqual(type(at(1, 1), 'Left').cursor, {row: 24, col: 80});
	assert.deepEqual(type(at(24, 80), 'Right').cursor, {row: 1, col: 1});
	assert.deepEqual(type(at(1, 7), 'Up').cursor, {row: 24, col: 7});
	assert.deepEqual(type(at(24, 7), 'Down').cursor, {row: 1, col: 7});
});

test('typing where no field is: operator error 0005, the keyboard locked, nothing typed', () => {
	let state = type(start(), 'Left', 'x');
	assert.equal(state.error?.message.id, '0005');
	assert.equal(state.error?.message.text, 'Cursor in protected area of display.');
	assert.equal(state.error?.fieldId, undefined);
	assert.deepEqual(state.values, {});
	state = type(state, 'y'); // locked
	assert.equal(state.error?.message.id, '0005');
	state = type(state, 'Reset');
	assert.equal(state.error, undefined);
	assert.deepEqual(state.cursor, {row: 3, col: 29});
	for (const name of ['FieldExit', 'Delete', 'EraseEOF', 'Dup'] as const) assert.equal(type(type(start(), 'Left'), name).error?.message.id, '0005', name);
});

test('Tab, Back-tab, New Line and Home go from a cell outside the fields to a field', () => {
	const at = (row: number, col: number): EditState => ({...start(), cursor: {row, col}});
	assert.equal(type(at(4, 1), 'Tab').cursor.fieldId, 'text');
	assert.equal(type(at(4, 1), 'BackTab').cursor.fieldId, 'name');
	assert.equal(type(at(3, 50), 'NewLine').cursor.fieldId, 'text');
	assert.equal(type(at(20, 5), 'Home').cursor.fieldId, 'name');
	assert.equal(type(at(20, 5), 'Tab').cursor.fieldId, 'name', 'past the last field Tab wraps to the first');
	assert.deepEqual(type(at(4, 10), 'Backspace').cursor, {row: 4, col: 9});
});

test('End goes after the last character; Erase Input clears every field', () => {
	let state = type(start(), ...'ABC', 'Home', 'End');
	assert.equal(state.cursor.offset, 3);
	state = type(state, 'Tab', ...'text', 'EraseInput');
	assert.equal(state.values['name'], '');
	assert.equal(state.values['text'], '');
	assert.equal(state.cursor.fieldId, 'name');
});

test('keys the editor does not use are handed to the panel', () => {
	for (const name of ['Enter', 'F3', 'RollUp', 'F24'] as const) {
		const result = editField(start(), FIELDS, {kind: 'key', name, raw: ''});
		assert.equal(result.unhandled?.kind === 'key' && result.unhandled.name, name);
	}
});

test('values typed on a large panel read through to the rest; nothing is lost when they are folded', async () => {
	const {withValues} = await import('../../source/ui/fields/editor.js');
	const base: Record<string, string> = Object.fromEntries(Array.from({length: 9000}, (_, index) => [`f${index}`, `v${index}`]));
	let values: Readonly<Record<string, string>> = base;
	const expected = {...base};
	for (let step = 0; step < 600; step++) {
		const id = `f${(step * 37) % 9000}`;
		values = withValues(values, {[id]: `typed ${step}`});
		expected[id] = `typed ${step}`;
	}
	for (const id of Object.keys(expected)) assert.equal(values[id], expected[id], id);
	assert.equal(base['f0'], 'v0', 'the values a panel started from are never changed');
});

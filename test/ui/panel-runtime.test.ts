// The panel stack's key flow on a small panel of its own: what counts as typing not saved, and
// F1 on a message (Additional Message Information).

import assert from 'node:assert/strict';
import {test} from 'node:test';
import {createEditState, type EditState, setValues, showError} from '../../source/ui/fields/editor.js';
import type {FieldDefinition} from '../../source/ui/fields/field.js';
import type {KeyName, Keystroke} from '../../source/ui/keys/key-names.js';
import {textRun} from '../../source/ui/layout.js';
import {createDriver} from '../../source/ui/panel/driver.js';
import {instance, type Panel, type PanelState} from '../../source/ui/panel/panel.js';
import {createStack, type PanelEvent, type PanelStack, pressKey, topFrame, unsavedTyping} from '../../source/ui/panel/runtime.js';

const SIZE = {rows: 24, cols: 80};
const NAME: FieldDefinition = {id: 'name', row: 3, col: 30, length: 10, kind: 'name'};

/** A panel with one field: Enter takes what was typed (clears it, as a list panel does). */
const panel: Panel<PanelState, never, never, undefined> = {
	id: 'TEST',
	functionKeys: () => [{key: 'F3', label: 'Exit'}],
	fields: () => [NAME],
	body: (_state, size) => [textRun(1, Math.floor((size.cols - 10) / 2) + 1, 'Test Panel'), textRun(1, 70, 'BRMSDEMO')],
	onKey: (state, keystroke) =>
		keystroke.kind === 'key' && keystroke.name === 'Enter' ? {state: {...state, edit: setValues(state.edit, {name: ''})}} : {state},
};

const start = (value = '', edit: (state: EditState) => EditState = state => state) =>
	createStack(instance(panel, {edit: edit(createEditState([NAME], {name: value}))}), undefined);

function press(stack: PanelStack<undefined>, ...inputs: string[]): PanelStack<undefined> {
	return inputs.reduce((current, input) => {
		const keystroke: Keystroke = input.length === 1 ? {kind: 'char', char: input, raw: input} : {kind: 'key', name: input as KeyName, raw: input};
		return pressKey(current, keystroke, undefined);
	}, stack);
}

test('typing not taken in yet is unsaved, named by the panel title on line 1', () => {
	assert.equal(unsavedTyping(start(), SIZE), undefined);
	const typed = press(start(), 'A', 'B');
	assert.equal(unsavedTyping(typed, SIZE), 'Test Panel');
	// Enter took it in (the field cleared): nothing is lost any more.
	assert.equal(unsavedTyping(press(typed, 'Enter'), SIZE), undefined);
	// Typing the value the panel showed changes nothing.
	assert.equal(unsavedTyping(press(start('AB'), 'A', 'B'), SIZE), undefined);
	// Blanking a shown value is a change.
	assert.equal(unsavedTyping(press(start('AB'), 'EraseEOF'), SIZE), 'Test Panel');
});

test('a window over the panel is not what is lost; the panel under it is', () => {
	const withHelp = press(start(), 'X', 'F1');
	assert.equal(topFrame(withHelp).id, 'HELP');
	assert.equal(unsavedTyping(withHelp, SIZE), 'Test Panel');
	assert.equal(unsavedTyping({...withHelp, exited: true}, SIZE), undefined);
});

/** The window on top of the stack and its text, one line per row of its body. */
function topWindow(stack: PanelStack<undefined>): string[] {
	return topFrame(stack)
		.body(SIZE)
		.sort((a, b) => a.row - b.row)
		.map(run => run.text.trimEnd());
}

test('F1 while a message locks the keyboard: Additional Message Information, then back to the error', () => {
	const locked = start('', edit =>
		showError(edit, {
			fieldId: 'name',
			message: {id: 'TUI0102', text: 'Control group name 1X not valid.', help: {cause: '1X is not an IBM i name.', recovery: 'Type a name.'}},
		}),
	);
	const help = press(locked, 'F1');
	assert.deepEqual(topWindow(help), [
		'Additional Message Information',
		'Message ID . . . . . . :   TUI0102',
		'',
		'Message . . . . :   Control group name 1X not valid.',
		'',
		'Cause . . . . . :   1X is not an IBM i name.',
		'',
		'Recovery  . . . :   Type a name.',
		'Bottom',
	]);
	const back = press(help, 'F12');
	assert.equal(back.frames.length, 1);
	assert.equal(topFrame(back).edit.error?.message.id, 'TUI0102', 'still locked by the message');
	// Without a message, F1 is the help of the field at the cursor (here: the panel's).
	assert.equal(topWindow(press(start(), 'F1'))[0], 'TEST');
});

test('F1 with the cursor on line 24 (a panel without input fields) explains the message there', () => {
	const noFields: Panel<PanelState, never, never, undefined> = {...panel, fields: () => []};
	const stack = createStack(instance(noFields, {edit: createEditState([]), notice: {id: 'TUI9003', text: 'Already at top of area.'}}), undefined);
	const help = topWindow(press(stack, 'F1'));
	assert.equal(help[1], 'Message ID . . . . . . :   TUI9003');
	assert.equal(help.at(-2), 'No help text is available.');
});

test('the driver reports what happened on the panels: F1 on a field, F4 and the value chosen, a message on line 24, F1 on it', () => {
	const asking: Panel<PanelState, never, never, undefined> = {
		...panel,
		help: (_state, fieldId) => (fieldId === 'name' ? {title: 'Control group', lines: ['The name.']} : undefined),
		prompt: () => ({kind: 'values', list: {title: 'Control group', values: [{value: 'SYSWODOM', description: 'Backs up all user data'}]}}),
		onKey: (state, keystroke) =>
			keystroke.kind === 'key' && keystroke.name === 'Enter'
				? {state: {...state, edit: showError(state.edit, {fieldId: 'name', message: {id: 'TUI0102', text: 'Not valid.', help: {cause: 'c', recovery: 'r'}}})}}
				: {state},
	};
	const events: PanelEvent[] = [];
	const driver = createDriver(instance(asking, {edit: createEditState([NAME])}), undefined, {onEvent: event => events.push(event)});
	const key = (name: string): Keystroke => (name.length === 1 ? {kind: 'char', char: name, raw: name} : {kind: 'key', name: name as KeyName, raw: name});
	for (const name of ['F1', 'F12', 'F4', '1', 'Enter', 'Enter', 'F1']) driver.press(key(name));
	assert.deepEqual(events, [
		{kind: 'help', panelId: 'TEST', fieldId: 'name', title: 'Control group'},
		{kind: 'valueList', panelId: 'TEST', fieldId: 'name', title: 'Control group'},
		{kind: 'valueChosen', panelId: 'TEST', fieldId: 'name', title: 'Control group', value: 'SYSWODOM'},
		{kind: 'message', panelId: 'TEST', messageId: 'TUI0102'},
		{kind: 'messageHelp', panelId: 'TEST', messageId: 'TUI0102'},
	]);
	driver.dispose();
});

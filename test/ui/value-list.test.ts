// The F4 value-list window: long descriptions go on over the next line, aligned, never cut;
// Roll pages by lines; a value's Opt field stands on its first line.

import assert from 'node:assert/strict';
import {test} from 'node:test';
import {createStack, pressKey, screenOf} from '../../source/ui/panel/runtime.js';
import {valueListWindow} from '../../source/ui/panel/windows.js';
import {SCREEN_24X80, toText} from '../../source/ui/screen/model.js';

const LONG = 'Licensed Internal Code, QSYS, security and configuration (restricted state)';

test('a description longer than the window goes on over the next line, whole', () => {
	const list = {
		title: 'Backup items',
		values: [
			{value: '*SAVSYS', description: LONG},
			{value: '*ALLUSR', description: 'All user libraries'},
		],
	};
	const stack = createStack(valueListWindow<undefined>(list), undefined);
	const model = screenOf(stack, SCREEN_24X80);
	const rows = toText(model);
	const shown = rows.slice(9, 12).map(row => row.slice(8, 77).trimEnd());
	assert.equal(shown[0]!.slice(0, 12).trim(), '*SAVSYS');
	assert.equal(shown[0]!.slice(12).trim().concat(' ', shown[1]!.trim()), LONG);
	assert.equal(shown[1]!.slice(0, 12), ' '.repeat(12), 'the continuation is aligned under the description');
	assert.equal(shown[2]!.slice(0, 12).trim(), '*ALLUSR');
	// Opt fields on first lines only: rows 10 and 12.
	const cursorRows: number[] = [];
	let current = stack;
	for (let tab = 0; tab < 2; tab++) {
		cursorRows.push(screenOf(current, SCREEN_24X80).cursor!.row);
		current = pressKey(current, {kind: 'key', name: 'Tab', raw: '\t'}, undefined);
	}
	assert.deepEqual(cursorRows, [10, 12]);
});

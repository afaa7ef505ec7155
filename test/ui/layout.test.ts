import assert from 'node:assert/strict';
import {test} from 'node:test';
import {dottedLabel, legendPages, messageRun, scrollIndicatorRun, titleRuns} from '../../source/ui/layout.js';
import {type ScreenModel, toText} from '../../source/ui/screen/model.js';
import {hasMore, positionTo, roll, visibleIndexes} from '../../source/ui/subfile.js';

const SIZE = {rows: 24, cols: 80};

test('the title is centred on line 1 and the system name starts at column 70', () => {
	const text = toText({...SIZE, runs: titleRuns('Work with Backup Control Groups', 'RCHAS400', SIZE)});
	assert.equal(text[0]?.indexOf('Work with'), 24); // column 25: floor((80-31)/2)+1
	assert.equal(text[0]?.indexOf('RCHAS400'), 69);
});

test('runs overwrite each other and are cut at the right edge', () => {
	const model: ScreenModel = {
		...SIZE,
		runs: [
			{row: 2, col: 1, text: 'abcdef', attributes: {color: 'green'}},
			{row: 2, col: 3, text: 'XY', attributes: {color: 'white'}},
			{row: 3, col: 78, text: '12345', attributes: {color: 'green'}},
		],
	};
	const text = toText(model);
	assert.equal(text[1], 'abXYef');
	assert.equal(text[2], `${' '.repeat(77)}123`);
	assert.equal(text.length, 24);
});

test('dot leaders follow the IBM label style', () => {
	assert.equal(dottedLabel('Group', 27, ':'), 'Group . . . . . . . . . . :');
	assert.equal(dottedLabel('Default activity', 27), 'Default activity  . . . . .');
	assert.equal(dottedLabel('Text', 27), 'Text  . . . . . . . . . . .');
});

test('the function-key legend packs keys three spaces apart on two lines', () => {
	const pages = legendPages([
		{key: 'F3', label: 'Exit'},
		{key: 'F5', label: 'Refresh'},
		{key: 'F12', label: 'Cancel'},
	]);
	assert.deepEqual(pages, [['F3=Exit   F5=Refresh   F12=Cancel']]);
});

test('a legend that does not fit goes on pages, each ending with F24=More keys', () => {
	const keys = Array.from({length: 14}, (_, index) => ({key: `F${index + 1}`, label: 'Something long here'}));
	const pages = legendPages([...keys, {key: 'F24', label: 'More keys'}]);
	assert.ok(pages.length >= 2);
	for (const page of pages) {
		assert.ok(page.length <= 2);
		assert.ok(page.at(-1)?.endsWith('F24=More keys'), JSON.stringify(page));
		for (const line of page) assert.ok(line.length <= 78, line);
	}
	const shown = pages.flat().join(' ');
	for (const key of keys) assert.ok(shown.includes(`${key.key}=`), key.key);
});

test('the message line shows the message ID and text on the last row', () => {
	const [run] = messageRun({id: 'TUI0001', text: 'Option 7 not valid.'}, SIZE);
	assert.deepEqual([run?.row, run?.col, run?.text], [24, 2, 'Option 7 not valid.']);
});

test('More... and Bottom end at column 79', () => {
	assert.equal(scrollIndicatorRun(19, true).col, 73);
	assert.equal(scrollIndicatorRun(19, false).col, 74);
});

test('the subfile window pages with the Roll keys and stops at the ends', () => {
	const window = {top: 0, pageSize: 8, total: 20};
	assert.deepEqual(visibleIndexes(window), [0, 1, 2, 3, 4, 5, 6, 7]);
	assert.equal(hasMore(window), true);
	assert.deepEqual(roll(window, 'down'), {top: 0, blocked: true});
	const second = roll(window, 'up');
	assert.deepEqual(second, {top: 8, blocked: false});
	const third = roll({...window, top: 8}, 'up');
	assert.deepEqual(third, {top: 16, blocked: false});
	assert.deepEqual(visibleIndexes({...window, top: 16}), [16, 17, 18, 19]);
	assert.equal(hasMore({...window, top: 16}), false);
	assert.deepEqual(roll({...window, top: 16}, 'up'), {top: 16, blocked: true});
	assert.deepEqual(roll({...window, top: 16}, 'down'), {top: 8, blocked: false});
});

test('Position to finds the first key with the starting characters, else the next one', () => {
	const keys = ['*BKUGRP', '*SYSGRP', 'QLTSDOM01', 'QLTSSVR', 'SYSWODOM'];
	const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
	assert.deepEqual(positionTo(keys, 'QLTSS', compare), {index: 3, exact: true});
	assert.deepEqual(positionTo(keys, 'R', compare), {index: 4, exact: false});
	assert.deepEqual(positionTo(keys, 'ZZZ', compare), {index: 4, exact: false});
});

test('a key marked newLine starts the next legend line, as the panel figure breaks it', () => {
	const pages = legendPages([
		{key: 'F3', label: 'Exit'},
		{key: 'F5', label: 'Refresh'},
		{key: 'F12', label: 'Cancel', newLine: true},
		{key: 'F24', label: 'More keys'},
		{key: 'F1', label: 'Help'},
	]);
	assert.deepEqual(pages[0], ['F3=Exit   F5=Refresh', 'F12=Cancel   F1=Help   F24=More keys']);
});

import assert from 'node:assert/strict';
import {afterEach, test} from 'node:test';
import {demoControlGroups} from '../../source/domain/catalog.js';
import {type ControlGroup, sortControlGroups} from '../../source/domain/control-group.js';
import {COMMANDS, OPTIONS, type OptionEntry} from '../../source/panels/registry.js';
import {workWithControlGroups} from '../../source/panels/work-with-control-groups/panel.js';
import {onlyServices} from '../helpers/brms.js';
import {KEY, type RenderedApp, renderApp} from '../helpers/ink-app.js';

let rendered: RenderedApp | undefined;
afterEach(() => rendered?.unmount());

function manyGroups(count: number): ControlGroup[] {
	const [template] = demoControlGroups();
	return Array.from({length: count}, (_, index) => ({...template!, name: `GRP${String(index + 1).padStart(3, '0')}`, text: `Group number ${index + 1}`}));
}

/** The list over groups kept in memory; `opened` hears each option the list opens (which then opens nothing). */
async function open(groups: ControlGroup[] = demoControlGroups(), opened?: (option: number) => void) {
	const store = {groups};
	const services = onlyServices({
		listGroups: () => sortControlGroups(store.groups),
		readGroup: name => {
			const group = store.groups.find(each => each.name === name);
			return group && {group, revision: 1};
		},
	});
	const options = OPTIONS.map(
		(option): OptionEntry =>
			opened
				? {
						...option,
						open: () => {
							opened(option.value);
							return undefined;
						},
					}
				: option,
	);
	const list = workWithControlGroups({systemName: 'RCHAS400', systemId: 'demo', options, commands: COMMANDS, canSelectSystem: false});
	const screen = await renderApp(list, services);
	rendered = screen;
	return {screen, store};
}

test('WRKCTLGBRM shows title, system name, options, headings, all eight demo groups (one page: rows 11-18) and keys at their places', async () => {
	const {screen} = await open();
	assert.equal(screen.lines().length, 24);
	assert.equal(screen.textAt(1, 25, 31), 'Work with Backup Control Groups');
	assert.equal(screen.textAt(1, 70, 8), 'RCHAS400');
	assert.equal(screen.textAt(3, 2, 24), 'Position to  . . . . . .');
	assert.equal(screen.textAt(3, 39, 19), 'Starting characters');
	assert.equal(screen.row(5), ' Type options, press Enter.');
	assert.equal(screen.row(6), '  1=Create   2=Edit entries   3=Copy   4=Delete   5=Display');
	assert.equal(screen.row(7), '  6=Add to schedule   8=Change attributes   9=Subsystems to process ...');
	assert.equal(screen.row(9), '      Control     Full Media  Incr Media');
	assert.equal(screen.row(10), ' Opt  Group       Policy      Policy      Text');
	const expected = [
		['*BKUGRP', '*BKUPCY', '*BKUPCY', 'Entry created by BRM configuration'],
		['*SYSGRP', 'SAVSYS', 'SAVSYS', 'Entry created by BRM configuration'],
		['*SYSTEM', 'SYSTEM', 'SYSTEM', 'Entry created by BRM configuration'],
		['QLTSDOM01', 'QLTSSVR', 'QLTSSVR', 'Online backup of Lotus server DOM1'],
		['QLTSDOM02', 'QLTSSVR', 'QLTSSVR', 'Online backup of Lotus server DOM2'],
		['QLTSSVR', 'QLTSSVR', 'QLTSSVR', 'Online backup of all Lotus servers'],
		['RESTRICTED', 'SAVSYS', 'SAVSYS', 'Backs up all system data'],
		['SYSWODOM', 'FULL', 'INCR', 'Backs up all user data except notes'],
	];
	expected.forEach(([group, full, incr, text], index) => {
		const row = 11 + index;
		assert.equal(screen.textAt(row, 7, 10).trimEnd(), group, `group on row ${row}`);
		assert.equal(screen.textAt(row, 19, 10).trimEnd(), full);
		assert.equal(screen.textAt(row, 31, 10).trimEnd(), incr);
		assert.equal(screen.textAt(row, 43, 37).trimEnd(), text);
	});
	// The eighth group fills the page's last line; Bottom says no page follows.
	assert.equal(screen.row(19).trim(), 'Bottom');
	assert.equal(screen.textAt(19, 74, 6), 'Bottom');
	assert.equal(screen.row(20), ' Parameters or command');
	assert.equal(screen.textAt(21, 2, 4), '===>');
	assert.equal(screen.row(22), ' F3=Exit   F5=Refresh   F7=Work with BRM scheduled jobs');
	assert.equal(screen.row(23), ' F9=Change backup policy   F12=Cancel   F23=More options   F24=More keys');
	assert.equal(screen.row(24).trim(), '');
});

test('the Opt fields are green and underlined; headings white; instructions blue', async () => {
	const {screen} = await open();
	const opt = await screen.cell(11, 2);
	assert.equal(opt.underline, true);
	assert.equal(opt.fg, 2); // green
	assert.equal((await screen.cell(10, 2)).fg, 15); // white (bright)
	assert.equal((await screen.cell(5, 2)).fg, 12); // blue (bright)
	assert.equal((await screen.cell(12, 7)).underline, false);
});

test('an option that is not valid: field in reverse image, message ID on line 24, cursor on the field; Reset clears it', async () => {
	const {screen} = await open();
	await screen.press(KEY.down, '7', KEY.enter);
	assert.equal(screen.row(24), ' Option 7 not valid.');
	assert.equal((await screen.cell(12, 2)).inverse, true);
	assert.equal((await screen.cell(11, 2)).inverse, false);
	const top = screen.stack()!.frames.at(-1)!;
	assert.deepEqual(top.edit.cursor, {fieldId: 'opt:*SYSGRP', offset: 0});
	await screen.press('5'); // keyboard locked: nothing typed
	assert.equal(screen.textAt(12, 2, 2), '7 ');
	await screen.press(KEY.reset);
	assert.equal(screen.row(24).trim(), '');
	assert.equal((await screen.cell(12, 2)).inverse, false);
});

test('options are processed in list order; one without a panel yet says so on line 24', async () => {
	const opened: number[] = [];
	const {screen} = await open(undefined, option => opened.push(option));
	await screen.press(KEY.down, KEY.down, '5', KEY.up, '2', KEY.enter);
	assert.deepEqual(opened, [2]);
	assert.match(screen.row(24), /^ Option 2 \(Edit entries\) is not available/);
});

test('letters in Opt are refused with operator error 0010', async () => {
	const {screen} = await open();
	await screen.press('x');
	assert.equal(screen.row(24), ' Only characters 0 through 9 allowed.');
	assert.equal((await screen.cell(11, 2)).inverse, true);
});

test('Roll Up and Roll Down page through a long list with More... and Bottom', async () => {
	const {screen} = await open(manyGroups(20));
	assert.equal(screen.textAt(11, 7, 6), 'GRP001');
	assert.equal(screen.textAt(18, 7, 6), 'GRP008');
	assert.equal(screen.textAt(19, 73, 7), 'More...');
	await screen.press(KEY.pageDown);
	assert.equal(screen.textAt(11, 7, 6), 'GRP009');
	await screen.press(KEY.pageDown);
	assert.equal(screen.textAt(11, 7, 6), 'GRP017');
	assert.equal(screen.textAt(14, 7, 6), 'GRP020');
	assert.equal(screen.row(15).trim(), '');
	assert.equal(screen.textAt(19, 74, 6), 'Bottom');
	await screen.press(KEY.pageDown);
	assert.match(screen.row(24), /Already at bottom of area/);
	await screen.press(KEY.pageUp, KEY.pageUp);
	assert.equal(screen.textAt(11, 7, 6), 'GRP001');
	await screen.press(KEY.pageUp);
	assert.match(screen.row(24), /Already at top of area/);
});

test('options typed on one page are kept while rolling and processed in list order', async () => {
	const opened: string[] = [];
	const {screen} = await open(manyGroups(20), option => opened.push(String(option)));
	await screen.press('9', KEY.pageDown, '9');
	await screen.press(KEY.pageUp);
	assert.equal(screen.textAt(11, 2, 2), '9 ');
	await screen.press(KEY.enter);
	assert.deepEqual(opened, ['9']);
});

test('Position to puts the first matching group at the top of the list', async () => {
	const {screen} = await open(manyGroups(20));
	await screen.press(KEY.home, 'grp015', KEY.enter);
	assert.equal(screen.textAt(11, 7, 6), 'GRP015');
	assert.equal(screen.textAt(3, 27, 10).trim(), '');
});

test("F23 shows the other options; F5 refreshes from the store; F24 shows the second legend page (F14, brms-tui's own) and back", async () => {
	const {screen, store} = await open();
	await screen.press(KEY.f23);
	assert.equal(screen.row(6), '  10=Job queues to process');
	await screen.press(KEY.f23);
	assert.match(screen.row(6), /1=Create/);
	store.groups = [...store.groups, {...store.groups[0]!, name: 'NEWGROUP', text: 'Added elsewhere'}];
	await screen.press('4', KEY.f5);
	assert.equal(screen.textAt(14, 7, 8), 'NEWGROUP');
	assert.equal(screen.textAt(11, 2, 2), '  ', 'F5 discards typed options');
	await screen.press(KEY.f24);
	assert.equal(screen.row(22), ' F14=Backup status   F24=More keys');
	await screen.press(KEY.f24);
	assert.match(screen.row(22), /F3=Exit/);
});

test('a function key the panel does not define is refused; Ctrl+C does not end the panel', async () => {
	const {screen} = await open();
	await screen.press('\u001B[21~'); // F10
	assert.equal(screen.row(24), ' Function key not allowed.');
	await screen.press(KEY.reset, KEY.ctrlC);
	assert.match(screen.row(24), /Ctrl\+C does not end brms-tui/);
	assert.equal(screen.stack()?.exited, false);
});

test('F3 ends the function and F12 cancels it (this is the first panel)', async () => {
	const first = await open();
	await first.screen.press(KEY.f3);
	assert.equal(first.screen.stack()?.exited, true);
	first.screen.unmount();
	const second = await open();
	await second.screen.press(KEY.f12);
	assert.equal(second.screen.stack()?.exited, true);
});

test('Esc then 3 is F3 from a keyboard without function keys', async () => {
	const {screen} = await open();
	await screen.press(KEY.esc, '3');
	assert.equal(screen.stack()?.exited, true);
});

test('Esc then Q (Quit) is F3 too: it leaves the function, whatever the case of the letter', async () => {
	for (const letter of ['q', 'Q']) {
		const {screen} = await open();
		await screen.press(KEY.esc, letter);
		assert.equal(screen.stack()?.exited, true, `Esc ${letter}`);
		screen.unmount();
	}
});

test('a command typed on the command line is refused on line 24 with the field in reverse image', async () => {
	const {screen} = await open();
	await screen.press(KEY.backTab, KEY.backTab, 'WRKMEDBRM', KEY.enter);
	assert.match(screen.row(24), /^ /);
	assert.equal((await screen.cell(21, 7)).inverse, true);
});

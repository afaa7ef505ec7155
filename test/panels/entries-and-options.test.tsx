import assert from 'node:assert/strict';
import {afterEach, test} from 'node:test';
import {demoControlGroups} from '../../source/domain/catalog.js';
import {type ChangeStep, changeSheet} from '../../source/domain/change-sheet.js';
import {changeSheetPanel} from '../../source/panels/change-sheet/panel.js';
import {demoSystem, onlyServices, workWithGroups} from '../helpers/brms.js';
import {KEY, type RenderedApp, renderApp} from '../helpers/ink-app.js';

let screen: RenderedApp | undefined;
afterEach(() => screen?.unmount());

const ERASE_EOF = '\u0005';

async function openList() {
	const {store, services, scheduled} = demoSystem();
	const rendered = await renderApp(workWithGroups(), services);
	screen = rendered;
	return {screen: rendered, store, scheduled};
}

/** Types an option next to a group of the demo list (rows 11-18 in list order). */
async function option(s: RenderedApp, groupRow: number, value: string) {
	for (let row = 11; row < groupRow; row++) await s.press(KEY.tab);
	await s.press(value, KEY.enter);
}

const SYSWODOM_ROW = 18;
const QLTSSVR_ROW = 16;
const RESTRICTED_ROW = 17;

test('2=Edit entries shows SYSWODOM in the 7.x layout, columns where the IBM figure has them', async () => {
	const {screen: s} = await openList();
	await option(s, SYSWODOM_ROW, '2');
	assert.equal(s.textAt(1, 21, 33), 'Edit Backup Control Group Entries');
	assert.equal(s.row(3), ' Group . . . . . . . . . . : SYSWODOM');
	assert.equal(s.row(4).trimEnd(), ' Default activity  . . . . . FFFFFFF');
	assert.equal(s.row(5).trimEnd(), ' Text  . . . . . . . . . . . Backs up all user data except notes');
	assert.equal(s.row(7), ' Type information, press Enter.');
	assert.equal(s.row(11), ' Seq  Items      Type Device      SMTWTFS  Detail Active   Queue      ID');
	assert.equal(s.row(13).trimEnd(), '   10 *EXIT                       *DFTACT');
	assert.equal(s.row(16).trimEnd(), '   40 *ALLUSR         *SYSBAS     *DFTACT  *ERR   *YES     *LIB       *NONE');
	assert.equal(s.row(18).trimEnd(), '   60 QLTSEXCL   *LNK *SYSBAS     *DFTACT  *YES   *YES     *LIB       *NONE');
	// Seven entries and a blank line for a new one fill the page: nothing follows.
	assert.equal(s.textAt(21, 71, 6), 'Bottom');
	assert.equal(s.row(22), ' F3=Exit   F5=Refresh   F10=Change item   F11=Display exits');
	assert.equal(s.row(23), ' F12=Cancel   F14=Display client omit status   F24=More keys');
	await s.press(KEY.f24);
	assert.equal(s.row(22), ' F1=Help   F4=Prompt   F24=More keys');
});

test('Enter refuses a value BRMS refuses: message ID on line 24, field in reverse image, nothing stored', async () => {
	const {screen: s, store} = await openList();
	await option(s, SYSWODOM_ROW, '2');
	// Row 16 is entry 40; Retain object detail is the sixth field of the line.
	for (let index = 0; index < 3; index++) await s.press(KEY.down);
	for (let index = 0; index < 5; index++) await s.press(KEY.tab);
	await s.press(ERASE_EOF, '*xyz', KEY.enter);
	assert.match(s.row(24), /^ Retain object detail \*XYZ not valid/);
	assert.equal((await s.cell(16, 44)).inverse, true);
	assert.equal(store.get('SYSWODOM')!.group.entries[3]!.retainObjectDetail, '*ERR');
});

test('a new line, a removed line and a changed header are stored renumbered in steps of ten', async () => {
	const {screen: s, store} = await openList();
	await option(s, SYSWODOM_ROW, '2');
	// Blank the item of entry 30 (*SAVCFG) to remove it.
	await s.press(KEY.down, KEY.down, KEY.tab, ERASE_EOF);
	// First blank line (row 20): seq 45, item PAYROLL, retain *NO, SWA *YES.
	for (let index = 0; index < 5; index++) await s.press(KEY.down);
	await s.press(KEY.backTab, '45', KEY.fieldExit, 'payroll', KEY.fieldExit, KEY.tab, KEY.tab, KEY.tab, '*NO', KEY.fieldExit, '*YES', KEY.enter);
	assert.equal(s.row(24).trim(), 'Control group SYSWODOM saved.');
	assert.equal(s.textAt(1, 25, 31), 'Work with Backup Control Groups');
	const entries = store
		.get('SYSWODOM')!
		.group.entries.map(entry => `${entry.seq} ${entry.item} ${entry.retainObjectDetail ?? '-'} ${entry.saveWhileActive ?? '-'}`);
	assert.deepEqual(entries, [
		'10 *EXIT - -',
		'20 *SAVSECDTA *NO -',
		'30 *ALLUSR *ERR *YES',
		'40 PAYROLL *NO *YES',
		'50 *ALLDLO *NO *YES',
		'60 QLTSEXCL *YES *YES',
		'70 *EXIT - -',
	]);
});

test('F12 leaves the entries without keeping anything typed', async () => {
	const {screen: s, store} = await openList();
	await option(s, SYSWODOM_ROW, '2');
	await s.press(KEY.home, KEY.tab, 'Changed text', KEY.f12);
	assert.equal(s.textAt(1, 25, 31), 'Work with Backup Control Groups');
	assert.equal(store.get('SYSWODOM')!.group.text, 'Backs up all user data except notes');
});

test('F11 shows the exit commands; F10 on an *EXIT line changes its command in User Exit Maintenance', async () => {
	const {screen: s, store} = await openList();
	await option(s, QLTSSVR_ROW, '2');
	await s.press(KEY.f11);
	assert.equal(s.row(11), ' Seq  Items        Exit command');
	assert.equal(s.row(14).trimEnd(), '   20 *EXIT        SAVDOMBRM SERVER(DOM1) CTLGRP(QLTSSVR)');
	assert.match(s.row(22), /F11=Display entries/);
	await s.press(KEY.f11, KEY.f10); // F10 on the first line (an *EXIT)
	assert.equal(s.textAt(1, 30, 21), 'User Exit Maintenance');
	assert.equal(s.row(5).trimEnd(), '  Sequence number . . . . . . . : 10');
	assert.equal(s.row(7).trimEnd(), '  Weekly activity . . . . . . . : *DFTACT    SMTWTFS');
	await s.press('MONSWABRM LIB(*ALLUSR)', KEY.enter);
	assert.equal(s.textAt(1, 21, 33), 'Edit Backup Control Group Entries');
	await s.press(KEY.enter);
	assert.equal(store.get('QLTSSVR')!.group.entries[0]!.exitCommand, 'MONSWABRM LIB(*ALLUSR)');
});

test('a SAVDOMBRM exit that names another group is refused with its message', async () => {
	const {screen: s, store} = await openList();
	await option(s, QLTSSVR_ROW, '2');
	await s.press(KEY.down, KEY.f10);
	await s.press(ERASE_EOF, 'SAVDOMBRM SERVER(DOM1) CTLGRP(OTHER)', KEY.enter, KEY.enter);
	assert.equal(s.row(24), ' SAVDOMBRM names control group OTHER; this group is QLTSSVR.');
	assert.equal(store.get('QLTSSVR')!.group.entries[1]!.exitCommand, 'SAVDOMBRM SERVER(DOM1) CTLGRP(QLTSSVR)');
});

test('5=Display shows the entries, then the attributes, read-only; Enter returns', async () => {
	const {screen: s} = await openList();
	await option(s, SYSWODOM_ROW, '5');
	assert.equal(s.textAt(1, 20, 36), 'Display Backup Control Group Entries');
	assert.equal(s.row(4), ' Default activity  . . . . : FFFFFFF');
	// No instruction line: the list stands two rows higher than on Edit (brms.md §2.4).
	assert.equal(s.row(14).trimEnd(), '   40 *ALLUSR         *SYSBAS     *DFTACT  *ERR   *YES     *LIB       *NONE');
	assert.equal(s.textAt(20, 71, 6), 'Bottom');
	assert.equal(s.row(22), ' Press Enter to continue.');
	assert.equal(s.row(23), ' F3=Exit   F11=Display exits   F12=Cancel');
	assert.equal((await s.cell(14, 7)).underline, false);
	await s.press('x');
	assert.equal(s.textAt(14, 7, 7), '*ALLUSR');
	// Enter goes on to the attributes, read-only, then back to the list.
	await s.press(KEY.enter);
	assert.match(s.row(1), /Display Backup Control Group Attributes/);
	assert.equal(s.row(8).trimEnd(), '    Full backups . . . . . . . . . . . .   FULL          Retain 35 days');
	assert.equal((await s.cell(8, 44)).underline, false);
	await s.press(KEY.pageDown);
	assert.match(s.row(7), /Automatically backup media information/);
	await s.press(KEY.enter);
	assert.equal(s.textAt(1, 25, 31), 'Work with Backup Control Groups');
});

test('1=Create asks for a name and text, then the entries panel of the new group', async () => {
	const {screen: s, store} = await openList();
	await s.press('1', KEY.enter);
	assert.match(s.row(1), /Create Backup Control Group/);
	await s.press('*bad', KEY.enter);
	assert.match(s.row(24), /^ Control group name \*BAD not valid/);
	await s.press(KEY.reset, ERASE_EOF, 'nightly', KEY.fieldExit, 'Nightly user save', KEY.enter);
	assert.equal(s.textAt(1, 21, 35), 'Create Backup Control Group Entries');
	assert.equal(s.row(3), ' Group . . . . . . . . . . : NIGHTLY');
	await s.press('10', KEY.fieldExit, '*allusr', KEY.fieldExit, KEY.tab, KEY.tab, KEY.tab, '*err', '*yes', KEY.enter); // *ERR fills its field: the cursor moves on by itself
	assert.match(s.row(24), /Control group NIGHTLY saved\./);
	const created = store.get('NIGHTLY')!.group;
	assert.equal(created.text, 'Nightly user save');
	assert.deepEqual(
		created.entries.map(entry => [entry.seq, entry.item, entry.retainObjectDetail, entry.saveWhileActive]),
		[[10, '*ALLUSR', '*ERR', '*YES']],
	);
	assert.ok(s.lines().some(line => line.includes('NIGHTLY')));
});

test('3=Copy makes a new group from an existing one, *SAME text by default', async () => {
	const {screen: s, store} = await openList();
	await option(s, SYSWODOM_ROW, '3');
	assert.match(s.row(1), /Copy Backup Control Group/);
	assert.equal(s.row(5).trimEnd(), '  Control group . . . . . . . . . : SYSWODOM');
	await s.press('SYSWODOM2', KEY.enter);
	assert.match(s.row(24), /Control group SYSWODOM copied to SYSWODOM2\./);
	const copy = store.get('SYSWODOM2')!.group;
	assert.deepEqual({...copy, name: 'SYSWODOM'}, store.get('SYSWODOM')!.group);
});

test('3=Copy refuses a copy that breaks a rule under its new name, and stores nothing', async () => {
	const {screen: s, store} = await openList();
	await option(s, QLTSSVR_ROW, '3');
	await s.press('QLTSSVR2', KEY.enter);
	// Its SAVDOMBRM exits name CTLGRP(QLTSSVR): as QLTSSVR2 they would not run its servers.
	assert.equal(s.row(24), ' SAVDOMBRM names control group QLTSSVR; this group is QLTSSVR2.');
	assert.match(s.row(1), /Copy Backup Control Group/);
	assert.equal(store.get('QLTSSVR2'), undefined);
});

test('4=Delete lists the groups on the confirmation panel; F12 keeps them, Enter deletes', async () => {
	const {screen: s, store} = await openList();
	await option(s, SYSWODOM_ROW, '4');
	assert.match(s.row(1), /Confirm Delete of Backup Control Groups/);
	assert.equal(s.row(3), ' Press Enter to confirm your choices for 4=Delete.');
	assert.equal(s.row(8).trimEnd(), '  4   SYSWODOM    Backs up all user data except notes');
	await s.press(KEY.f12);
	assert.ok(store.get('SYSWODOM'));
	await s.press(KEY.up, '4', KEY.tab, '4', KEY.enter);
	assert.equal(s.row(8).trimEnd(), '  4   RESTRICTED  Backs up all system data');
	assert.equal(s.row(9).trimEnd(), '  4   SYSWODOM    Backs up all user data except notes');
	await s.press(KEY.enter);
	assert.equal(s.row(24), ' 2 control groups deleted.');
	assert.equal(store.get('SYSWODOM'), undefined);
	assert.equal(store.get('RESTRICTED'), undefined);
});

test('a save over a newer revision from another copy is refused and the typing stays on the screen', async () => {
	const {screen: s, store} = await openList();
	await option(s, SYSWODOM_ROW, '2');
	const other = store.get('SYSWODOM')!;
	store.save({...other.group, text: 'Saved by another copy'}, other.revision);
	await s.press(KEY.home, KEY.tab, ERASE_EOF, 'Mine', KEY.enter);
	assert.equal(s.row(24), ' Control group SYSWODOM was changed by another session; change not stored.');
	assert.equal(s.textAt(5, 30, 4), 'Mine');
	// F1 on the message (the keyboard is locked by it): its ID, text, cause and recovery.
	await s.press(KEY.f1);
	const help = s.lines().join('\n');
	assert.match(help, /Additional Message Information/);
	assert.match(help, /Message ID \. \. \. \. \. \. : {3}TUI0220/);
	// The text and the cause go on under themselves, indented past their labels.
	assert.match(help, /Message \. \. \. \. : {3}Control group SYSWODOM was changed by another +:\n {3}: {21}session; change not stored\./);
	assert.match(help, /Cause \. \. \. \. \. : {3}Another brms-tui session stored a change to control :\n.{3}: {21}group SYSWODOM after this panel read it;/);
	assert.match(help, /Recovery {2}\. \. \. : {3}Press F12, then F5/);
	// F12 closes it: the panel as it was, the message still there, the typing kept.
	await s.press(KEY.f12);
	assert.equal(s.row(24), ' Control group SYSWODOM was changed by another session; change not stored.');
	assert.equal(s.textAt(5, 30, 4), 'Mine');
	assert.equal(store.get('SYSWODOM')!.group.text, 'Saved by another copy');
});

test('F4 on a field opens a window of its values over the panel; 1=Select fills the field', async () => {
	const {screen: s} = await openList();
	await option(s, SYSWODOM_ROW, '2');
	// Entry 40, Retain object detail.
	for (let index = 0; index < 3; index++) await s.press(KEY.down);
	for (let index = 0; index < 5; index++) await s.press(KEY.tab);
	await s.press('\u001BOS'); // F4
	assert.equal(s.textAt(1, 21, 33), 'Edit Backup Control Group Entries', 'the panel stays in view');
	assert.equal(s.textAt(4, 2, 78), '.'.repeat(78));
	assert.equal(s.textAt(5, 4, 20), 'Retain Object Detail');
	assert.equal(s.textAt(9, 4, 28), 'Opt  Value       Description');
	const lines = s
		.lines()
		.slice(9, 14)
		.map(line => line.slice(8, 20).trim());
	assert.deepEqual(lines, ['*YES', '*MBR', '*OBJ', '*ERR', '*NO']);
	// Descriptions are whole, never cut at the window's edge.
	assert.match(s.row(13), /\*ERR +Keep detail only for objects that were not saved +: ?$/);
	await s.press(KEY.down, KEY.down, '1', KEY.enter);
	assert.equal(s.textAt(16, 44, 4), '*OBJ');
	assert.doesNotMatch(s.lines().join('\n'), /Opt {2}Value {7}Description/, 'the window is gone');
	await s.press(KEY.enter);
	assert.match(s.row(24), /^ Control group \S+ saved\./);
});

test('F1 on a field explains it in a help window, then the panel and the key map', async () => {
	const {screen: s} = await openList();
	await option(s, SYSWODOM_ROW, '2');
	for (let index = 0; index < 3; index++) await s.press(KEY.down);
	for (let index = 0; index < 6; index++) await s.press(KEY.tab);
	await s.press('\u001BOP'); // F1 on Save While Active
	assert.equal(s.textAt(3, 6, 17), 'Save While Active');
	assert.match(s.lines().join('\n'), /Whether the objects may be in use while they are saved/);
	// Roll down through the help to the panel's help and the key map.
	let text = '';
	for (let page = 0; page < 12 && !/Esc is a prefix/.test(text); page++) {
		await s.press(KEY.pageDown);
		text += s.lines().join('\n');
	}
	assert.match(text, /Each line is an entry/);
	assert.match(text, /F13 +Shift\+F1, F13, Esc !/);
	await s.press(KEY.f12);
	assert.doesNotMatch(s.lines().join('\n'), /Whether the objects may be in use/);
	assert.equal(s.textAt(1, 21, 33), 'Edit Backup Control Group Entries');
	await s.press(KEY.f12, KEY.home, KEY.backTab, '\u001BOP');
	assert.match(s.lines().join('\n'), /brms-tui runs only/);
});

test('6=Add to schedule: the ADDJOBSCDE prompt as the command prompter lays it out, nothing cut, ASCII only', async () => {
	const {screen: s} = await openList();
	await option(s, SYSWODOM_ROW, '6');
	assert.equal(s.row(1), '                      Add Job Schedule Entry (ADDJOBSCDE)            BRMSDEMO');
	assert.equal(s.row(3), ' Type choices, press Enter.');
	// Labels at column 3, values at 44, hints at 58 (brms.md §0.1); a long value goes on below.
	assert.equal(s.row(5).trimEnd(), '  Job name . . . . . . . . . . . . . . .   SYSWODOM      Name, *JOBD');
	assert.equal(s.row(6).trimEnd(), '  Command to run . . . . . . . . . . . .   STRBKUBRM CTLGRP(SYSWODOM)');
	assert.equal(s.row(7).trimEnd(), `${' '.repeat(43)}SBMJOB(*NO)`);
	assert.equal(s.row(9).trimEnd(), '  Frequency  . . . . . . . . . . . . . .   *WEEKLY       *ONCE, *WEEKLY...');
	assert.equal(s.row(10).trimEnd(), '  Schedule date, or  . . . . . . . . . .   *NONE         Date, *CURRENT...');
	assert.equal(s.row(11).trimEnd(), '  Schedule day . . . . . . . . . . . . .   *ALL          *NONE, *ALL, *MON...');
	assert.equal(s.row(12).trimEnd(), '                        + for more values');
	assert.equal(s.row(13).trimEnd(), '  Schedule time  . . . . . . . . . . . .   2200          Time, *CURRENT');
	assert.equal(s.row(14).trimEnd(), "  Text 'description' . . . . . . . . . .   Backup control group SYSWODOM");
	assert.equal(s.row(21).trimEnd(), `${' '.repeat(73)}Bottom`);
	// The prompter's keys; no F10: ADDJOBSCDE's other parameters are left at their defaults.
	assert.equal(s.row(22), ' F3=Exit   F4=Prompt   F5=Refresh   F12=Cancel');
	assert.equal(s.row(23), ' F13=How to use this display   F24=More keys');
	for (const line of s.lines()) {
		assert.ok(line.length <= 80, `longer than 80 columns: ${line}`);
		assert.match(line, /^[\x20-\x7E]*$/, `not ASCII: ${line}`);
	}
	// The input fields: underlined where the panel says, never over a hint.
	assert.equal((await s.cell(11, 44)).underline, true);
	assert.equal((await s.cell(11, 49)).underline, false);
	assert.equal((await s.cell(12, 74)).underline, true);
	assert.equal((await s.cell(6, 80)).underline, true);
});

test('6=Add to schedule on the demo system: checked, added by the demo host, its messages shown, the entry in its scheduler', async () => {
	const {screen: s, scheduled} = await openList();
	await option(s, SYSWODOM_ROW, '6');
	// A bad time is refused on its field (job, 3 command lines, frequency, date, 7 days, then time).
	for (let index = 0; index < 13; index++) await s.press(KEY.tab);
	await s.press(ERASE_EOF, '2575', KEY.enter);
	assert.match(s.row(24), /^ Schedule time 2575 not valid/);
	assert.equal((await s.cell(13, 44)).inverse, true);
	// A command other than STRBKUBRM is refused on Command to run.
	await s.press(KEY.reset, ERASE_EOF, '0130', KEY.tab, ERASE_EOF, "Nightly 'user' save", KEY.home, KEY.tab, ERASE_EOF, 'DLTLIB LIB(QGPL)', KEY.enter);
	assert.match(s.row(24), /^ Command to run not valid: brms-tui schedules STRBKUBRM only\./);
	assert.equal((await s.cell(6, 44)).inverse, true);
	assert.deepEqual(scheduled(), []);
	// IBM's advice for a restricted-state group: SBMJOB(*CTLSBS) typed instead; the command is rebuilt from checked values.
	await s.press(KEY.reset, ERASE_EOF, 'strbkubrm   syswodom sbmjob(*ctlsbs)', KEY.tab, ERASE_EOF, KEY.enter);
	await s.waitFor(lines => lines[0]!.includes('Messages from the Host'));
	const command =
		"ADDJOBSCDE JOB(SYSWODOM) CMD(STRBKUBRM CTLGRP(SYSWODOM) SBMJOB(*CTLSBS)) FRQ(*WEEKLY) SCDDATE(*NONE) SCDDAY(*ALL) SCDTIME(0130) TEXT('Nightly ''user'' save')";
	// The command in full, wrapped after its label; then what the host said.
	const shown = s
		.lines()
		.slice(2, 6)
		.map(line => line.slice(15).trim())
		.join(' ');
	assert.ok(shown.startsWith(command), shown);
	assert.ok(s.lines().some(line => line.trim() === 'CPC1238: Job schedule entry SYSWODOM number 000001 added.'));
	assert.deepEqual(
		scheduled().map(({job, command}) => ({job, command})),
		[{job: 'SYSWODOM', command}],
	);
	await s.press(KEY.enter);
	assert.match(s.row(1), /Work with Backup Control Groups/);
	assert.match(s.row(24), /^ Job schedule entry SYSWODOM added on system BRMSDEMO\./);
});

test('8=Change attributes: page 1 as the IBM figure, Roll to pages 2 and 3, changes on two pages stored together', async () => {
	const {screen: s, store} = await openList();
	await option(s, SYSWODOM_ROW, '8');
	assert.match(s.row(1), /Change Backup Control Group Attributes/);
	assert.equal(s.row(3), ' Group . . . . . . . . . . . . . . . . : SYSWODOM');
	assert.equal(s.row(7), '  Media policy for:');
	assert.equal(s.row(8).trimEnd(), '    Full backups . . . . . . . . . . . .   FULL          Name, F4 for list');
	assert.equal(s.row(10).trimEnd(), '  Backup devices . . . . . . . . . . . .   *BKUPCY       Name, F4 for list');
	assert.equal(s.row(19).trimEnd(), '  Default weekly activity  . . . . . . .   FFFFFFF       SMTWTFS(F/I), *BKUPCY');
	assert.equal(s.textAt(22, 73, 7), 'More...');
	assert.equal(s.row(23), ' F3=Exit   F4=Prompt   F12=Cancel');
	// Page 1: Sign off interactive users (row 17) to *NO.
	for (let index = 0; index < 8; index++) await s.press(KEY.tab);
	await s.press(ERASE_EOF, '*no');
	await s.press(KEY.pageDown);
	assert.match(s.row(8), /Save access paths .* \*BKUPCY/);
	await s.press(KEY.pageDown, KEY.pageDown);
	assert.match(s.row(7), /IPL after backup/);
	assert.equal(s.textAt(22, 74, 6), 'Bottom');
	await s.press(KEY.pageUp, KEY.pageUp);
	// Page 2: Append to media (row 13) to *NO.
	for (let index = 0; index < 6; index++) await s.press(KEY.tab);
	await s.press(ERASE_EOF, '*no', KEY.enter);
	assert.match(s.row(24), /Control group SYSWODOM saved\./);
	const attributes = store.get('SYSWODOM')!.group.attributes;
	assert.equal(attributes['signOffInteractiveUsers'], '*NO');
	assert.equal(attributes['appendToMedia'], '*NO');
	assert.deepEqual(attributes['backupDevices'], ['*BKUPCY']);
});

test('8=Change attributes refuses a value not allowed, on its own page, and stores nothing', async () => {
	const {screen: s, store} = await openList();
	await option(s, SYSWODOM_ROW, '8');
	await s.press(KEY.pageDown, KEY.pageDown);
	for (let index = 0; index < 3; index++) await s.press(KEY.tab);
	await s.press(ERASE_EOF, '*maybe', KEY.pageUp, KEY.pageUp, KEY.enter);
	assert.match(s.row(24), /^ Value \*MAYBE not valid for End TCP\/IP servers/);
	assert.match(s.row(11), /End TCP\/IP servers/);
	assert.equal((await s.cell(11, 44)).inverse, true);
	assert.equal(store.get('SYSWODOM')!.group.attributes['endTcpIpServers'], '*BKUPCY');
});

test('8=Change attributes: the attributes of brms.md §10.3 on pages 3 and 4, each with its hint in full; changed, checked, stored', async () => {
	const {screen: s, store} = await openList();
	await option(s, SYSWODOM_ROW, '8');
	await s.press(KEY.pageDown, KEY.pageDown);
	assert.deepEqual(
		s
			.lines()
			.slice(6, 22)
			.map(line => line.trimEnd()),
		[
			'  Save active wait time:',
			'    Object locks . . . . . . . . . . . .   120           0-99999, *NOMAX',
			'    Pending record changes . . . . . . .   120        0-99999, *NOCMTBDY, *NOMAX',
			'    Other pending changes  . . . . . . .   120           0-99999, *NOMAX',
			'  End TCP/IP servers . . . . . . . . . .   *BKUPCY       *YES, *NO, *BKUPCY',
			'  End Lotus servers  . . . . . . . . . .   *BKUPCY       *YES, *NO, *BKUPCY',
			'  End server wait time . . . . . . . . .   *BKUPCY       Seconds, *NOMAX, ...',
			'  Unmount user-defined file systems  . .   *BKUPCY       *YES, *NO, *BKUPCY',
			'  Backup item exit program . . . . . . .   *BKUPCY       Name, *NONE, *BKUPCY',
			'    Library  . . . . . . . . . . . . . .   *LIBL         Name, *LIBL, *CURLIB',
			'    Format . . . . . . . . . . . . . . .   BKUI0100      BKUI0100, BKUI0200',
			'  Missed object policy . . . . . . . . .   *NONE         Name, *NONE, F4',
			'  Clear missed objects . . . . . . . . .   *NO           *YES, *NO',
			'',
			'',
			'                                                                        More...',
		],
	);
	await s.press(KEY.pageDown);
	assert.deepEqual(
		s
			.lines()
			.slice(6, 12)
			.map(line => line.trimEnd()),
		[
			'  IPL after backup . . . . . . . . . . .   *BKUPCY       *YES, *NO, *BKUPCY',
			'    How to end . . . . . . . . . . . . .   *BKUPCY       *CNTRLD,*IMMED,*BKUPCY',
			'    Delay time, if *CNTRLD . . . . . . .   *BKUPCY       Seconds, *NOLIMIT',
			'    Restart after power down . . . . . .   *BKUPCY       *YES, *NO, *BKUPCY',
			'    IPL source . . . . . . . . . . . . .   *BKUPCY       *PANEL, A, B, ...',
			'    IPL restart type . . . . . . . . . .   *BKUPCY       *FULL, *IPLA, *SYS ...',
		],
	);
	// Restart after power down *BKUPCY and IPL restart type *IPLA are values now; *NOCMTBDY for pending records.
	for (let index = 0; index < 3; index++) await s.press(KEY.tab);
	// A value that fills its field moves the cursor on to the next one (5250 auto-advance).
	await s.press(ERASE_EOF, '*bkupcy', KEY.tab, ERASE_EOF, '*ipla', KEY.pageUp);
	await s.press(KEY.tab, ERASE_EOF, '*nocmtbdy', ERASE_EOF, '*nomax');
	for (let index = 0; index < 4; index++) await s.press(KEY.tab);
	await s.press(ERASE_EOF, 'bkuexit', KEY.tab, ERASE_EOF, 'brmsexits', KEY.tab, ERASE_EOF, 'bkui0300', KEY.enter);
	assert.equal(s.row(24), ' Value BKUI0300 not valid for Backup item exit program: Format.');
	await s.press(KEY.reset, ERASE_EOF, 'bkui0200', KEY.enter);
	assert.equal(s.row(24), ' Control group SYSWODOM saved.');
	const attributes = store.get('SYSWODOM')!.group.attributes;
	assert.deepEqual(
		[
			'iplRestartAfterPowerDown',
			'iplRestartType',
			'saveActiveWaitObjectLocks',
			'saveActiveWaitPendingRecords',
			'saveActiveWaitOtherPending',
			'backupItemExitProgram',
			'backupItemExitProgramLibrary',
			'backupItemExitProgramFormat',
		].map(key => attributes[key]),
		['*BKUPCY', '*IPLA', '120', '*NOCMTBDY', '*NOMAX', 'BKUEXIT', 'BRMSEXITS', 'BKUI0200'],
	);
});

test('9=Subsystems to process and 10=Job queues to process: lines added, checked and stored renumbered', async () => {
	const {screen: s, store} = await openList();
	await option(s, RESTRICTED_ROW, '9');
	assert.match(s.row(1), /Subsystems to Process/);
	assert.equal(s.row(3), ' Control group . . . . . . . : RESTRICTED');
	assert.equal(s.row(8), ' Seq   Subsystem   Library    Restart Option      (seconds)');
	assert.equal(s.row(9).trimEnd(), '   10  *ALL                   *YES    *IMMED');
	await s.press(KEY.down, '5', KEY.fieldExit, 'qbatch', KEY.fieldExit, 'qsys', KEY.fieldExit, '*ok', KEY.enter);
	assert.match(s.row(24), /^ Value \*OK not valid for Restart/);
	assert.equal((await s.cell(10, 31)).inverse, true);
	assert.equal(store.get('RESTRICTED')!.group.subsystems.length, 1);
	await s.press(KEY.reset, ERASE_EOF, '*no', KEY.enter);
	assert.match(s.row(24), /Control group RESTRICTED saved\./);
	assert.deepEqual(store.get('RESTRICTED')!.group.subsystems, [
		{seq: 10, subsystem: 'QBATCH', library: 'QSYS', restart: '*NO', endOption: null, delay: null},
		{seq: 20, subsystem: '*ALL', library: null, restart: '*YES', endOption: '*IMMED', delay: null},
	]);
	await s.press(KEY.down, '10', KEY.enter); // SYSWODOM, the line below RESTRICTED
	assert.match(s.row(1), /Job Queues to Process/);
	assert.equal(s.row(8).trimEnd(), '   10  QBATCH      QGPL       *YES     *YES');
	await s.press(KEY.tab, ERASE_EOF, KEY.f12);
	assert.equal(store.get('SYSWODOM')!.group.jobQueues.length, 1, 'F12 keeps nothing');
});

test('F4 and F1 work on the option 9 list too', async () => {
	const {screen: s} = await openList();
	await option(s, RESTRICTED_ROW, '9');
	await s.press(KEY.tab, KEY.tab, KEY.tab, '\u001BOS'); // F4 on Restart
	assert.match(s.lines().join('\n'), /Restart[\s\S]*\*YES +Yes[\s\S]*\*NO +No/);
	await s.press(KEY.down, '1', KEY.enter);
	assert.equal(s.textAt(9, 31, 4), '*NO ');
	await s.press('\u001BOP');
	assert.match(s.lines().join('\n'), /\*YES restarts the subsystem after the save/);
});

const SHEET: ChangeStep[] = [{option: 2, where: 'Seq 40 *ALLUSR', change: 'Retain Object Detail *ERR -> *YES'}];

test("STRBKUBRM typed on the command line: the prompt, its checks, the full command, then the host's messages", async () => {
	const sent: string[] = [];
	const system = demoSystem({changeSheet: group => (group === 'SYSWODOM' ? SHEET : [])});
	const s = await renderApp(workWithGroups(), {
		...system.services,
		runCommand: (cl, ask) => {
			sent.push(cl);
			return system.services.runCommand(cl, ask);
		},
	});
	screen = s;
	await s.press(KEY.backTab, KEY.backTab, 'strbkubrm ctlgrp(syswodom)', KEY.enter);
	assert.match(s.row(1), /Start Backup using BRM \(STRBKUBRM\)/);
	// The command prompter's columns (brms.md §0.1): labels at 3, values at 44, hints at 58.
	assert.equal(s.row(5), '  Control group  . . . . . . . . . . . .   SYSWODOM      Name, *BKUGRP...');
	assert.equal(s.textAt(7, 44, 4), '*YES');
	const parameters = (from: number, to: number) =>
		s
			.lines()
			.slice(from - 1, to)
			.map(line =>
				line
					.trim()
					.replace(/ +(\. ?)* +/, ' | ')
					.replace(/ {2,}/g, ' | '),
			);
	// Every parameter with its default, the element lists under their headings.
	assert.deepEqual(parameters(8, 11), [
		'Starting sequence:',
		'Beginning sequence | *FIRST | 1-9999, *FIRST',
		'Ending sequence | *LAST | 1-9999, *LAST',
		'Activity | *CTLGRPATR | *CTLGRPATR, *FULL...',
	]);
	assert.equal(s.row(22), ' F3=Exit   F4=Prompt   F5=Refresh   F10=Additional parameters   F12=Cancel');
	assert.equal(s.row(23), ' F13=How to use this display   F8=Change sheet   F24=More keys');
	assert.equal(s.textAt(21, 74, 6), 'Bottom');
	// F10: the additional parameters, under their heading, the page going on past row 20.
	await s.press(KEY.f10);
	assert.equal(s.row(13).trim(), 'Additional Parameters');
	assert.deepEqual(parameters(15, 20), [
		'Retention:',
		'Retention type | *CTLGRPATR | *CTLGRPATR, *DAYS...',
		'Retain media | Number, blank',
		'Append to media | *CTLGRPATR | *CTLGRPATR, *YES, *NO',
		'Job description | *USRPRF | Name, *USRPRF',
		'Library | Name, *LIBL, *CURLIB',
	]);
	assert.equal(s.textAt(21, 73, 7), 'More...');
	await s.press(KEY.pageDown);
	assert.deepEqual(parameters(5, 7), [
		'Job queue | *JOBD | Name, *JOBD',
		'Library | Name, *LIBL, *CURLIB',
		'Process object omits | *PROCESS | *PROCESS, *IGNORE',
	]);
	assert.equal(s.row(9), '  Command Enter sends:');
	assert.equal(s.row(10), '    STRBKUBRM CTLGRP(SYSWODOM) SBMJOB(*YES)');
	assert.equal(s.textAt(21, 74, 6), 'Bottom');
	await s.press(KEY.pageDown);
	assert.equal(s.row(24), ' Already at bottom of area.');
	await s.press(KEY.pageUp);
	assert.equal(s.row(4), ' SYSWODOM has changes not applied on BRMSDEMO: F8=Change sheet');
	await s.press('\u001B[19~'); // F8
	assert.match(s.row(1), /Change Sheet for SYSWODOM/);
	assert.equal(s.row(6), ' Option 2=Edit entries');
	assert.equal(s.row(7), '   Seq 40 *ALLUSR: Retain Object Detail *ERR -> *YES');
	await s.press(KEY.enter);
	assert.match(s.row(1), /Start Backup using BRM/);
	// An element in error gets the cursor and the reverse image, not its list's first element.
	for (let index = 0; index < 6; index++) await s.press(KEY.tab);
	await s.press(ERASE_EOF, '*days', KEY.enter);
	assert.match(s.row(24), /^ Retain media ' ' not valid for \*DAYS; use 1-9999\./);
	assert.equal((await s.cell(17, 44)).inverse, true);
	await s.press(KEY.reset, '35', KEY.tab, ERASE_EOF, '*no', KEY.pageDown, KEY.tab, KEY.tab, ERASE_EOF, '*ignore');
	assert.equal(s.row(10), '    STRBKUBRM CTLGRP(SYSWODOM) SBMJOB(*YES) RETENTION(*DAYS 35) APPEND(*NO)');
	assert.equal(s.row(11), '    OMITS(*IGNORE)');
	// A job description in a library: its two lines make the qualified name.
	await s.press(KEY.pageUp);
	for (let index = 0; index < 9; index++) await s.press(KEY.tab);
	await s.press(ERASE_EOF, 'brmsjobd', KEY.tab, 'qgpl', KEY.pageDown);
	assert.match(s.lines().join(' '), /JOBD\(QGPL\/BRMSJOBD\)/);
	await s.press(KEY.f5, KEY.pageDown);
	assert.equal(s.row(10), '    STRBKUBRM CTLGRP(SYSWODOM) SBMJOB(*YES)');
	await s.press(KEY.pageUp);
	await s.press(KEY.tab, KEY.tab, ERASE_EOF, '*maybe', KEY.enter);
	assert.match(s.row(24), /^ Submit to batch \*MAYBE not valid/);
	assert.equal((await s.cell(7, 44)).inverse, true);
	assert.deepEqual(sent, [], 'nothing is sent before the panel is valid');
	await s.press(KEY.reset, ERASE_EOF, '*no', KEY.enter);
	await s.waitFor(lines => lines[0]!.includes('Messages from the Host'));
	assert.deepEqual(sent, ['STRBKUBRM CTLGRP(SYSWODOM) SBMJOB(*NO)']);
	assert.equal(s.row(3), ' Command . . : STRBKUBRM CTLGRP(SYSWODOM) SBMJOB(*NO)');
	assert.equal(s.row(8).trim(), 'BRM1380: Control group SYSWODOM type *BKU processing started.');
	assert.equal(s.row(9).trim(), 'BRM1049: Control group SYSWODOM type *BKU processing is complete.');
	assert.equal(s.row(11).trim(), 'The command ended normally.');
	await s.press(KEY.enter);
	assert.match(s.row(1), /Work with Backup Control Groups/);
});

test('F10 on the change sheet records the group as applied: back on the prompt, the warning is gone', async () => {
	const marked: string[] = [];
	const {services} = demoSystem({
		runCommand: () => Promise.reject(new Error('not sent')),
		changeSheet: group => (marked.includes(group) ? [] : SHEET),
		markApplied: group => {
			marked.push(group);
			return {ok: true};
		},
	});
	const s = await renderApp(workWithGroups(), services);
	screen = s;
	await s.press(KEY.backTab, KEY.backTab, 'STRBKUBRM SYSWODOM', KEY.enter, '\u001B[19~');
	assert.match(s.row(1), /Change Sheet for SYSWODOM/);
	assert.match(s.row(22), /F10=Applied on host/);
	await s.press(KEY.f10);
	assert.deepEqual(marked, ['SYSWODOM']);
	assert.match(s.row(1), /Start Backup using BRM/);
	assert.equal(s.row(24), ' Control group SYSWODOM recorded as applied on BRMSDEMO.');
	assert.equal(s.row(4), '');
	assert.doesNotMatch(s.row(22), /F8=/);
});

test('the change sheet panel shows every step in full: a long one goes on over the next line', async () => {
	const group = demoControlGroups().find(each => each.name === 'SYSWODOM')!;
	const steps = changeSheet(undefined, group);
	const s = await renderApp(changeSheetPanel('BRMSDEMO', 'SYSWODOM', steps), onlyServices({}));
	screen = s;
	assert.equal(s.row(3), ' Key this in WRKCTLGBRM on BRMSDEMO, then press F10');
	assert.equal(s.row(4), ' (or run: brms-tui applied SYSWODOM). Press Enter to continue.');
	const shown = s
		.lines()
		.slice(5, 20)
		.map(line => line.trimEnd());
	const first = shown.findIndex(line => line.startsWith('   New line, Seq 20: Backup Items *SAVSECDTA'));
	assert.ok(first >= 0, shown.join('\n'));
	// Each screen line fits, and the step's whole text is there across its lines.
	assert.ok(shown.every(line => line.length <= 79));
	const step = steps.find(each => each.where === 'New line, Seq 20')!;
	assert.ok(`${step.where}: ${step.change}`.length > 78, 'a step longer than a line');
	assert.match(shown[first + 1]!, /^ {7}\S/, 'goes on, indented');
	let text = shown[first]!.trim();
	for (let row = first + 1; shown[row]?.startsWith('       '); row++) text += ` ${shown[row]!.trim()}`;
	assert.equal(text, `${step.where}: ${step.change}`);
});

test('F4 on the command line prompts the command typed there; F4 on a prompt field lists its values', async () => {
	const {services} = demoSystem({runCommand: () => Promise.reject(new Error('not sent')), changeSheet: () => []});
	const s = await renderApp(workWithGroups(), services);
	screen = s;
	await s.press(KEY.backTab, KEY.backTab, KEY.f4);
	assert.match(s.row(24), /F4=Prompt is not available/, 'an empty command line has nothing to prompt');
	await s.press(KEY.reset, 'STRBKUBRM CTLGRP(QLTSSVR) SBMJOB(*NO) STRSEQ(20 60)', KEY.f4);
	assert.match(s.row(1), /Start Backup using BRM \(STRBKUBRM\)/);
	assert.equal(s.textAt(5, 44, 7), 'QLTSSVR');
	assert.equal(s.textAt(7, 44, 3), '*NO');
	assert.equal(s.textAt(9, 44, 2), '20');
	assert.equal(s.textAt(10, 44, 2), '60');
	await s.press(KEY.tab, KEY.tab, KEY.f4);
	assert.match(s.lines().join('\n'), /\*CTLSBS +Batch, in the controlling subsystem/);
	await s.press(KEY.f12, KEY.f12);
	assert.match(s.row(1), /Work with Backup Control Groups/);
});

import assert from 'node:assert/strict';
import {test} from 'node:test';
import {withDefaultAttributes} from '../../source/domain/attributes.js';
import {demoControlGroups} from '../../source/domain/catalog.js';
import {type ControlGroup, type Entry, newEntry} from '../../source/domain/control-group.js';
import {checkControlGroup, checkEntry, checkNewGroupName, errorsOnly, isActivityPattern, type Problem, resequence} from '../../source/domain/rules.js';

const entry = newEntry;

function group(entries: Entry[], values: Partial<ControlGroup> = {}): ControlGroup {
	return {
		name: 'TESTGRP',
		type: '*BKU',
		text: 'Test',
		defaultActivity: '*BKUPCY',
		attributes: withDefaultAttributes(),
		entries,
		subsystems: [],
		jobQueues: [],
		...values,
	};
}

/** The errors (not warnings) of one entry checked inside a group of that entry alone. */
function errorsOf(single: Entry, groupName = 'TESTGRP'): Array<Pick<Problem, 'field' | 'messageId'>> {
	return errorsOnly(checkEntry(single, 0, groupName, [single])).map(({field, messageId}) => ({field, messageId}));
}

function warningsOf(single: Entry, groupName = 'TESTGRP', entries: Entry[] = [single], index = 0): string[] {
	return checkEntry(single, index, groupName, entries)
		.filter(each => each.severity === 'warning')
		.map(each => each.messageId);
}

test('every seed group of the demo system passes every rule', () => {
	for (const seed of demoControlGroups()) assert.deepEqual(errorsOnly(checkControlGroup(seed)), [], seed.name);
});

test('control-group names: IBM i name syntax, no shipped names, no duplicates; generated prefixes warn', () => {
	assert.deepEqual(checkNewGroupName('WEEKLY1'), []);
	assert.deepEqual(checkNewGroupName('$PAY_2.X'), []);
	assert.equal(checkNewGroupName('')[0]?.messageId, 'TUI0101');
	assert.equal(checkNewGroupName('1WEEKLY')[0]?.messageId, 'TUI0102');
	assert.equal(checkNewGroupName('WEEKLY-1')[0]?.messageId, 'TUI0102');
	assert.equal(checkNewGroupName('ELEVENCHARS')[0]?.messageId, 'TUI0102');
	assert.equal(checkNewGroupName('*MYGRP')[0]?.messageId, 'TUI0102');
	assert.equal(checkNewGroupName('*SYSTEM')[0]?.messageId, 'TUI0103');
	assert.equal(checkNewGroupName('SYSWODOM', ['SYSWODOM'])[0]?.messageId, 'TUI0107');
	const generated = checkNewGroupName('QLTSMINE');
	assert.equal(generated[0]?.messageId, 'TUI0104');
	assert.equal(generated[0]?.severity, 'warning');
});

test('weekly activity: *DFTACT or up to 7 positions of F, I and blank with at least one F or I', () => {
	for (const ok of ['FFFFFFF', 'FIIIIII', ' F F F ', 'F', 'IIIIII ']) assert.equal(isActivityPattern(ok), true, ok);
	for (const bad of ['', '       ', 'FFFFFFFF', 'FFXFFFF', 'ffffff', '*BKUPCY']) assert.equal(isActivityPattern(bad), false, bad);
	assert.deepEqual(errorsOf(entry(10, '*ALLUSR', {activity: 'FFCFFFF'})), [{field: 'activity', messageId: 'TUI0207'}]);
	assert.deepEqual(errorsOf(entry(10, '*ALLUSR', {activity: '*BKUPCY'})), [{field: 'activity', messageId: 'TUI0207'}]);
});

test('default activity: *BKUPCY or a pattern; text at most 50 characters', () => {
	assert.deepEqual(checkControlGroup(group([], {defaultActivity: 'FFFFFFF'})), []);
	assert.deepEqual(
		checkControlGroup(group([], {defaultActivity: '*DFTACT'})).map(each => each.field),
		['defaultActivity'],
	);
	assert.deepEqual(
		checkControlGroup(group([], {text: 'x'.repeat(51)})).map(each => each.messageId),
		['TUI0105'],
	);
});

test('sequence numbers: 1 through 9999, each used once', () => {
	assert.deepEqual(errorsOf(entry(0, '*ALLUSR')), [{field: 'seq', messageId: 'TUI0201'}]);
	assert.deepEqual(errorsOf(entry(10000, '*ALLUSR')), [{field: 'seq', messageId: 'TUI0201'}]);
	assert.deepEqual(errorsOf(entry(9999, '*ALLUSR')), []);
	const problems = checkControlGroup(group([entry(10, '*ALLUSR'), entry(10, '*ALLDLO')]));
	assert.deepEqual(
		problems.map(each => [each.field, each.messageId, each.index]),
		[
			['seq', 'TUI0202', 0],
			['seq', 'TUI0202', 1],
		],
	);
});

test('at most 999 entries in a group', () => {
	const many = Array.from({length: 1000}, (_, index) => entry(index + 1, `LIB${index}`));
	assert.ok(checkControlGroup(group(many)).some(each => each.messageId === 'TUI0203'));
	assert.ok(!checkControlGroup(group(many.slice(0, 999))).some(each => each.messageId === 'TUI0203'));
});

test('backup items: special values, *ASPnn/*DLOnn, library and generic names; anything else is refused', () => {
	for (const ok of ['*EXIT', '*SAVSYS', '*IBM', '*ALLUSR', '*ALLDLO', '*LINK', '*SAVSECDTA', '*SAVCFG', '*ASP01', '*DLO32', 'PAYROLL', 'PAY*', 'Q#LIB']) {
		assert.deepEqual(errorsOf(entry(10, ok)), [], ok);
	}
	for (const bad of ['*NOSUCH', '*ASP33', '*ASP1', '9LIB', 'TOOLONGNAME1', 'A B', '*']) {
		assert.deepEqual(errorsOf(entry(10, bad)), [{field: 'item', messageId: 'TUI0204'}], bad);
	}
});

test('list type: only *LNK *OBJ *FLR *SPL, and only with a list name', () => {
	assert.deepEqual(errorsOf(entry(10, 'QIBMLINK', {listType: '*LNK'})), []);
	assert.deepEqual(errorsOf(entry(10, 'MYOBJS', {listType: '*OBJ'})), []);
	assert.deepEqual(errorsOf(entry(10, 'MYLIST', {listType: '*XYZ'})), [{field: 'listType', messageId: 'TUI0205'}]);
	assert.deepEqual(errorsOf(entry(10, '*ALLUSR', {listType: '*LNK'})), [{field: 'listType', messageId: 'TUI0206'}]);
	assert.deepEqual(errorsOf(entry(10, 'PAY*', {listType: '*OBJ'})), [{field: 'listType', messageId: 'TUI0206'}]);
});

test('retain object detail: *YES *MBR *OBJ *ERR *NO; blank for *EXIT and *SAVSYS', () => {
	for (const value of ['*YES', '*MBR', '*OBJ', '*ERR', '*NO']) assert.deepEqual(errorsOf(entry(10, '*ALLUSR', {retainObjectDetail: value})), [], value);
	assert.deepEqual(errorsOf(entry(10, '*ALLUSR', {retainObjectDetail: '*ALL'})), [{field: 'retainObjectDetail', messageId: 'TUI0208'}]);
	assert.deepEqual(errorsOf(entry(10, '*SAVSYS', {retainObjectDetail: '*YES'})), [{field: 'retainObjectDetail', messageId: 'TUI0214'}]);
	assert.deepEqual(errorsOf(entry(10, '*EXIT', {retainObjectDetail: '*NO'})), [{field: 'retainObjectDetail', messageId: 'TUI0214'}]);
});

test('save while active: library values for libraries, *NO *YES *SYNC for links; blank for *EXIT *SAVSYS *SAVSECDTA *SAVCFG', () => {
	for (const value of ['*NO', '*YES', '*LIB', '*SYNCLIB', '*SYSDFN']) assert.deepEqual(errorsOf(entry(10, '*ALLUSR', {saveWhileActive: value})), [], value);
	assert.deepEqual(errorsOf(entry(10, '*ALLUSR', {saveWhileActive: '*SYNC'})), [{field: 'saveWhileActive', messageId: 'TUI0209'}]);
	for (const value of ['*NO', '*YES', '*SYNC']) assert.deepEqual(errorsOf(entry(10, 'QLTSEXCL', {listType: '*LNK', saveWhileActive: value})), [], value);
	assert.deepEqual(errorsOf(entry(10, '*LINK', {saveWhileActive: '*SYNCLIB'})), [{field: 'saveWhileActive', messageId: 'TUI0209'}]);
	for (const item of ['*EXIT', '*SAVSYS', '*SAVSECDTA', '*SAVCFG']) {
		assert.deepEqual(errorsOf(entry(10, item, {saveWhileActive: '*YES'})), [{field: 'saveWhileActive', messageId: 'TUI0214'}], item);
	}
});

test('SWA message queue: *LIB *NONE *WRKSTN or a (qualified) name; a warning when save while active is *NO', () => {
	assert.deepEqual(errorsOf(entry(10, '*ALLUSR', {saveWhileActive: '*YES', swaMessageQueue: '*LIB'})), []);
	assert.deepEqual(errorsOf(entry(10, '*ALLUSR', {saveWhileActive: '*YES', swaMessageQueue: 'QGPL/SWAQ'})), []);
	assert.deepEqual(errorsOf(entry(10, '*ALLUSR', {saveWhileActive: '*YES', swaMessageQueue: '*ALL'})), [{field: 'swaMessageQueue', messageId: 'TUI0210'}]);
	assert.deepEqual(warningsOf(entry(10, '*ALLUSR', {saveWhileActive: '*NO', swaMessageQueue: '*LIB'})), ['TUI0211']);
});

test('ASP device and sync ID: special values or names; blank for *EXIT', () => {
	assert.deepEqual(errorsOf(entry(10, '*ALLUSR', {aspDevice: '*SYSBAS', syncId: '*NONE'})), []);
	assert.deepEqual(errorsOf(entry(10, '*ALLUSR', {aspDevice: 'IASP1', syncId: 'SYNC01'})), []);
	assert.deepEqual(errorsOf(entry(10, '*ALLUSR', {aspDevice: '*ANY'})), [{field: 'aspDevice', messageId: 'TUI0212'}]);
	assert.deepEqual(errorsOf(entry(10, '*ALLUSR', {syncId: '*ALL'})), [{field: 'syncId', messageId: 'TUI0213'}]);
	assert.deepEqual(errorsOf(entry(10, '*EXIT', {aspDevice: '*SYSBAS'})), [{field: 'aspDevice', messageId: 'TUI0214'}]);
});

test('exit commands: SAVDOMBRM must name its own group; unsafe commands and SAVTYPE warn', () => {
	const exits = [entry(10, '*EXIT'), entry(20, '*EXIT', {exitCommand: 'SAVDOMBRM SERVER(DOM1) CTLGRP(OTHER)'}), entry(30, '*EXIT')];
	assert.deepEqual(
		errorsOnly(checkEntry(exits[1]!, 1, 'MINE', exits)).map(each => each.messageId),
		['TUI0215'],
	);
	const good = [...exits];
	good[1] = entry(20, '*EXIT', {exitCommand: 'savdombrm server(DOM1) ctlgrp(MINE)'});
	assert.deepEqual(checkEntry(good[1]!, 1, 'MINE', good), []);
	const typed = entry(20, '*EXIT', {exitCommand: 'SAVDOMBRM SERVER(DOM1) CTLGRP(MINE) SAVTYPE(*FULL)'});
	assert.deepEqual(warningsOf(typed, 'MINE', [exits[0]!, typed, exits[2]!], 1), ['TUI0216']);
	const first = entry(10, '*EXIT', {exitCommand: 'SAVDOMBRM SERVER(DOM1) CTLGRP(MINE)'});
	assert.deepEqual(warningsOf(first, 'MINE', [first, exits[2]!], 0), ['TUI0218']);
	assert.deepEqual(warningsOf(entry(10, '*EXIT', {exitCommand: 'STRBKUBRM CTLGRP(OTHER) SBMJOB(*NO)'})), ['TUI0217']);
	assert.deepEqual(warningsOf(entry(10, '*EXIT', {exitCommand: 'STRBKUBRM CTLGRP(OTHER) SBMJOB(*YES)'})), []);
	assert.deepEqual(warningsOf(entry(10, '*EXIT', {exitCommand: 'QBRM/SAVLIBBRM LIB(X) DEV(TAP01)'})), ['TUI0217']);
	assert.deepEqual(warningsOf(entry(10, '*EXIT', {exitCommand: 'MONSWABRM LIB(*ALLUSR)'})), []);
});

test('the automatic omit lists are never items of a group (a warning)', () => {
	assert.deepEqual(warningsOf(entry(10, 'QLNKOMTONL', {listType: '*LNK'})), ['TUI0219']);
});

test('subsystems (option 9) and job queues (option 10)', () => {
	const ok = group([], {
		subsystems: [{seq: 10, subsystem: '*ALL', library: null, restart: '*NO', endOption: '*IMMED', delay: null}],
		jobQueues: [{seq: 10, jobQueue: 'QBATCH', library: 'QGPL', hold: '*YES', release: '*YES'}],
	});
	assert.deepEqual(checkControlGroup(ok), []);
	const bad = group([], {
		subsystems: [
			{seq: 10, subsystem: '1BAD', library: null, restart: '*MAYBE', endOption: '*NOW', delay: 'soon'},
			{seq: 10, subsystem: 'QBATCH', library: 'QSYS', restart: '*YES', endOption: null, delay: '60'},
		],
		jobQueues: [{seq: 20, jobQueue: 'Q-BAD', library: null, hold: '*NO', release: 'YES'}],
	});
	assert.deepEqual(
		checkControlGroup(bad).map(each => `${each.field}#${each.index}:${each.messageId}`),
		[
			'subsystems.seq#0:TUI0202',
			'subsystems.subsystem#0:TUI0301',
			'subsystems.restart#0:TUI0303',
			'subsystems.endOption#0:TUI0303',
			'subsystems.delay#0:TUI0303',
			'subsystems.seq#1:TUI0202',
			'jobQueues.jobQueue#0:TUI0304',
			'jobQueues.release#0:TUI0303',
		],
	);
});

test('attributes: each value checked against its definition', () => {
	const attributes = withDefaultAttributes({fullMediaPolicy: 'FULL', minimumResources: '40', backupDevices: ['TAP01', 'TAP02'], targetRelease: 'V7R4M0'});
	assert.deepEqual(
		checkControlGroup(group([], {attributes})).map(each => each.field),
		['attributes.minimumResources'],
	);
	const bad = withDefaultAttributes({signOffInteractiveUsers: '*MAYBE', backupDevices: ['*NONE', 'TAP01'], clear: '*SOME', maximumResources: null});
	assert.deepEqual(
		checkControlGroup(group([], {attributes: bad})).map(each => each.field),
		['attributes.backupDevices', 'attributes.signOffInteractiveUsers', 'attributes.clear'],
	);
});

test('resequence numbers entries 10, 20, 30 in order; a typed entry with a taken number goes after it', () => {
	const typed = new Set<Entry>();
	const inserted = entry(20, 'NEWLIB');
	typed.add(inserted);
	const result = resequence([entry(10, '*EXIT'), entry(20, '*ALLUSR'), inserted, entry(15, 'MIDLIB'), entry(70, '*EXIT')], each => typed.has(each));
	assert.deepEqual(
		result.map(each => `${each.seq}:${each.item}`),
		['10:*EXIT', '20:MIDLIB', '30:*ALLUSR', '40:NEWLIB', '50:*EXIT'],
	);
});

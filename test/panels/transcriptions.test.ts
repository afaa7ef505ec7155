// The panels brms.md transcribes from IBM figures ([V]) against those figures, cell by cell. The
// expected screens are copies of the spec's blocks in test/fixtures/panels/ (input fields drawn
// as _ where they hold a blank, as brms-tui draws them on a terminal without underline). Each
// panel is reached as an operator reaches it — WRKCTLGBRM's options from the registry, keys
// through the panel runtime's driver, the app's own services over a demo store — and drawn at
// 24x80. A cell that moved is named by its row and column.

import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, it} from 'node:test';
import {withDefaultAttributes} from '../../source/domain/attributes.js';
import {type ControlGroup, type Entry, newEntry} from '../../source/domain/control-group.js';
import {SCREEN_24X80} from '../../source/ui/screen/model.js';
import {demoSystem} from '../helpers/brms.js';
import {drivePanels, optionOn, type Step} from '../helpers/panel-driver.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/panels');

/** A fixture's 24 rows (the lines after its # comments). */
function expectedScreen(name: string): string[] {
	const rows = readFileSync(join(FIXTURES, `${name}.txt`), 'utf8')
		.split('\n')
		.filter(line => !line.startsWith('#'))
		.slice(0, SCREEN_24X80.rows);
	assert.equal(rows.length, SCREEN_24X80.rows, `${name}.txt holds ${SCREEN_24X80.rows} rows`);
	return rows.map(row => row.padEnd(SCREEN_24X80.cols));
}

/** An entry as the figures fill it: an *EXIT's command empty unless given. */
function entry(seq: number, item: string, values: Partial<Entry> = {}): Entry {
	return newEntry(seq, item, {...(item === '*EXIT' ? {exitCommand: null} : {}), ...values});
}

function group(name: string, text: string, entries: Entry[], attributes: Partial<ControlGroup['attributes']> = {}): ControlGroup {
	return {
		name,
		type: '*BKU',
		text,
		defaultActivity: '*BKUPCY',
		attributes: withDefaultAttributes(attributes),
		entries,
		subsystems: [],
		jobQueues: [],
	};
}

/** The group of the IBM 7.2 Edit figure (brms.md §2.2), and the exit of the User Exit figure (§2.5) at 30. */
const SAMPLE = group('SAMPLE', 'Create sample control group.', [
	entry(10, '*EXIT'),
	entry(20, 'LIBA', {aspDevice: '*SYSBAS', retainObjectDetail: '*ERR', saveWhileActive: '*NO'}),
	entry(30, '*EXIT', {exitCommand: 'CALL QGPL/STARTAPP'}),
	entry(40, 'LIBB', {aspDevice: '*SYSBAS', retainObjectDetail: '*YES', saveWhileActive: '*YES', swaMessageQueue: '*LIB', syncId: '*NONE'}),
	entry(50, '*EXIT'),
	entry(60, 'LNKLIST', {listType: '*LNK', aspDevice: '*SYSBAS', retainObjectDetail: '*NO', saveWhileActive: '*YES', swaMessageQueue: '*LIB', syncId: '*NONE'}),
	entry(70, '*EXIT'),
]);

/** The copied Lotus group of the Display figure (§2.4), its exits still naming QLTSSVR as the figure shows. */
const MYLTSSVR = group('MYLTSSVR', 'My online backup of all Lotus servers', [
	entry(10, '*EXIT'),
	entry(20, '*EXIT', {exitCommand: 'SAVDOMBRM SERVER(DOM1) CTLGRP(QLTSSVR)'}),
	entry(30, '*EXIT', {exitCommand: 'SAVDOMBRM SERVER(DOM2) CTLGRP(QLTSSVR)'}),
	entry(40, '*EXIT'),
]);

/** The group of the Change attributes figure (§4.1). */
const WEEKLY1 = group('WEEKLY1', 'Weekly save to save files', [entry(10, '*ALLUSR', {aspDevice: '*SYSBAS'})], {
	fullMediaPolicy: 'BKUP5',
	incrMediaPolicy: 'BKUP5',
	backupDevices: ['*NONE'],
	minimumResources: '*NONE',
	maximumResources: null,
});

type Case = {fixture: string; system: string; groups?: ControlGroup[]; keys: Step[]};

const CASES: Case[] = [
	{fixture: 'edit-entries-ibm-figure', system: 'RCHAS400', groups: [SAMPLE], keys: optionOn('SAMPLE', 2)},
	{fixture: 'edit-entries-syswodom', system: 'SYSNAME', keys: optionOn('SYSWODOM', 2)},
	{fixture: 'edit-entries-restricted', system: 'SYSNAME', keys: optionOn('RESTRICTED', 2)},
	{fixture: 'display-exits-ibm-figure', system: 'RCHAS400', groups: [MYLTSSVR], keys: [...optionOn('MYLTSSVR', 5), 'F11']},
	{fixture: 'display-exits-qltssvr', system: 'SYSNAME', keys: [...optionOn('QLTSSVR', 5), 'F11']},
	// The cursor starts on the first entry's Seq (row 13); two rows down is the *EXIT at 30.
	{fixture: 'user-exit-maintenance', system: 'REESES', groups: [SAMPLE], keys: [...optionOn('SAMPLE', 2), 'Down', 'Down', 'F10']},
	{fixture: 'change-attributes-page-1', system: 'RCHAS400', groups: [WEEKLY1], keys: optionOn('WEEKLY1', 8)},
];

/** The screen as an operator sees it, each input field's blank cells as _. */
function drawn({system, groups = [], keys}: Case): {rows: string[]; panel: string} {
	const {services} = demoSystem();
	for (const each of groups) assert.equal(services.saveGroup(each, null).ok, true);
	const panels = drivePanels({systemName: system, services});
	panels.press(...keys);
	return {rows: panels.rows(true), panel: panels.top().id};
}

/** Every cell that differs, as "row R, column C: expected 'x', drawn 'y'". */
function movedCells(expected: string[], rows: string[]): string[] {
	const moved: string[] = [];
	expected.forEach((line, row) => {
		for (let col = 0; col < line.length; col++) {
			const drawnChar = rows[row]![col]!;
			if (drawnChar !== line[col]) moved.push(`row ${row + 1}, column ${col + 1}: expected '${line[col]}', drawn '${drawnChar}'`);
		}
	});
	return moved;
}

describe('panels transcribed from IBM figures (brms.md [V]) match them cell for cell at 24x80', () => {
	it('every fixture has its case', () => {
		const fixtures = readdirSync(FIXTURES).map(file => file.replace(/\.txt$/, ''));
		assert.deepEqual(fixtures.sort(), CASES.map(each => each.fixture).sort());
	});
	for (const each of CASES) {
		it(each.fixture, () => {
			const expected = expectedScreen(each.fixture);
			const {rows, panel} = drawn(each);
			const moved = movedCells(expected, rows);
			assert.deepEqual(
				moved,
				[],
				`${each.fixture} (panel ${panel}): ${moved.length} cells differ, the first ${Math.min(moved.length, 12)}:\n  ${moved.slice(0, 12).join('\n  ')}\nexpected:\n${expected.join('\n')}\ndrawn:\n${rows.join('\n')}`,
			);
		});
	}
});

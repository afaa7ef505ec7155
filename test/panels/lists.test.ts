// Lists end on the page where their last line is: "Bottom" when nothing follows, never an empty
// page behind "More..."; Roll past either end says so on line 24 and shows the same page; an
// input list typed full grows by a page on Roll Up. Confirm Delete lists its groups as a list
// panel does, and F12 there goes back with the 4s still typed.

import assert from 'node:assert/strict';
import {test} from 'node:test';
import {demoSystem} from '../helpers/brms.js';
import {drivePanels, optionOn} from '../helpers/panel-driver.js';

test('Edit entries: the blank lines for new entries fill the page, Bottom shows, Roll Up says the bottom is reached', () => {
	const panels = drivePanels();
	panels.press(...optionOn('SYSWODOM', 2));
	assert.equal(panels.textAt(21, 71, 6), 'Bottom');
	panels.press('RollUp');
	assert.equal(panels.row(24), ' Already at bottom of area.');
	assert.equal(panels.row(13), '   10 *EXIT                       *DFTACT');
	panels.press('RollDown');
	assert.equal(panels.row(24), ' Already at top of area.');
});

test('Edit entries: Roll Up past a last line typed on adds a page of blank lines', () => {
	const panels = drivePanels();
	panels.press(...optionOn('SYSWODOM', 2));
	// The cursor is on entry 10's Seq (row 13); the blank line is row 20.
	panels.press('Down', 'Down', 'Down', 'Down', 'Down', 'Down', 'Down', {type: '75'}, 'FieldExit', {type: 'PAYROLL'}, 'RollUp');
	assert.equal(panels.row(24), '');
	assert.equal(panels.row(13), '', 'the new page is blank lines');
	assert.equal(panels.textAt(21, 71, 6), 'Bottom');
	panels.press('RollDown');
	assert.equal(panels.row(20).trim(), '75 PAYROLL');
	assert.equal(panels.textAt(21, 70, 7), 'More...');
});

test('Subsystems and job queues to process: one page, Bottom on row 22, the keys on row 23', () => {
	const panels = drivePanels();
	panels.press(...optionOn('RESTRICTED', 9));
	assert.equal(panels.row(9), '   10  *ALL                   *YES    *IMMED');
	assert.equal(panels.textAt(22, 71, 6), 'Bottom');
	assert.equal(panels.row(23), ' F3=Exit   F5=Refresh   F12=Cancel');
	panels.press('RollUp');
	assert.equal(panels.row(24), ' Already at bottom of area.');
	panels.press('F12', ...optionOn('SYSWODOM', 10));
	assert.equal(panels.row(7), ' Seq   Job Queue   Library    Hold     Release');
	assert.equal(panels.row(8), '   10  QBATCH      QGPL       *YES     *YES');
	assert.equal(panels.textAt(22, 71, 6), 'Bottom');
});

test('Confirm Delete: Bottom on row 22; F12 goes back to the list with the 4s still typed and nothing deleted', () => {
	const system = demoSystem();
	const panels = drivePanels({services: system.services});
	// QLTSDOM01 and QLTSDOM02 are rows 14 and 15; the cursor starts on row 11's Opt.
	panels.press('Tab', 'Tab', 'Tab', {type: '4'}, 'Tab', {type: '4'}, 'Enter');
	assert.match(panels.row(1), /Confirm Delete of Backup Control Groups/);
	assert.equal(panels.row(8), '  4   QLTSDOM01   Online backup of Lotus server DOM1');
	assert.equal(panels.row(9), '  4   QLTSDOM02   Online backup of Lotus server DOM2');
	assert.equal(panels.textAt(22, 71, 6), 'Bottom');
	assert.equal(panels.row(23), ' F12=Cancel');
	panels.press('F12');
	assert.match(panels.row(1), /Work with Backup Control Groups/);
	assert.equal(panels.textAt(14, 2, 2), '4 ');
	assert.equal(panels.textAt(15, 2, 2), '4 ');
	assert.equal(system.store.list().length, 8, 'nothing deleted');
	panels.press('Enter');
	assert.match(panels.row(1), /Confirm Delete/, 'Enter on the list confirms the same choices again');
	panels.press('Enter');
	assert.equal(panels.row(24), ' 2 control groups deleted.');
	assert.equal(system.store.list().length, 6);
});

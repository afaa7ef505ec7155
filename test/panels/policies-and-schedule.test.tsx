// The keys WRKCTLGBRM's legend shows, alive (issue 15): F7 lists the BRMS jobs on the host's job
// schedule (on the demo system what option 6 added), F9 opens the backup policy that *BKUPCY
// leads to, kept in the system's store and covered by the change sheet; media policies are data
// on each system, F4 on a media policy field lists them with their retention, and option 5's
// attributes page shows what a group's media policies and *BKUPCY values resolve to.

import assert from 'node:assert/strict';
import {afterEach, test} from 'node:test';
import {changeSheetLines} from '../../source/domain/change-sheet.js';
import {demoMediaPolicies, shippedBackupPolicy} from '../../source/domain/policies.js';
import {PolicyStore} from '../../source/store/policy-store.js';
import {demoSystem, workWithGroups} from '../helpers/brms.js';
import {KEY, type RenderedApp, renderApp} from '../helpers/ink-app.js';

let screen: RenderedApp | undefined;
afterEach(() => screen?.unmount());

const ERASE_EOF = '\u0005';
const BKUGRP_ROW = 11;
const SYSWODOM_ROW = 18;

async function openList() {
	const system = demoSystem();
	const rendered = await renderApp(workWithGroups(), system.services);
	screen = rendered;
	return {...system, screen: rendered};
}

async function option(s: RenderedApp, groupRow: number, value: string) {
	for (let row = 11; row < groupRow; row++) await s.press(KEY.tab);
	await s.press(value, KEY.enter);
}

test('F9 opens the backup policy: its values at the prompter columns, *BKUPCY nowhere, Roll pages it', async () => {
	const {screen: s} = await openList();
	await s.press(KEY.f9);
	assert.equal(s.row(1), '                              Change Backup Policy                   BRMSDEMO');
	assert.equal(s.row(3), ' Type choices, press Enter.');
	assert.equal(s.row(5).trimEnd(), '  Default weekly activity  . . . . . . .   FIIIIII       SMTWTFS(F/I)');
	assert.equal(s.row(6).trimEnd(), '  Media policy for:');
	assert.equal(s.row(7).trimEnd(), '    Full backups . . . . . . . . . . . .   FULL          Name, F4 for list');
	assert.equal(s.row(8).trimEnd(), '    Incremental backups  . . . . . . . .   INCR          Name, F4 for list');
	assert.equal(s.row(13).trimEnd(), '  Sign off interactive users . . . . . .   *NO           *YES, *NO');
	assert.equal(s.textAt(21, 73, 7), 'More...');
	assert.equal(s.row(22), ' F3=Exit   F4=Prompt   F5=Refresh   F12=Cancel');
	const pages: string[] = [];
	for (let page = 0; page < 3; page++) {
		pages.push(s.lines().join('\n'));
		await s.press(KEY.pageDown);
	}
	assert.doesNotMatch(pages.join('\n'), /\*BKUPCY/, 'the policy is where *BKUPCY leads: it never holds it');
	assert.match(pages.join('\n'), /IPL restart type/);
	assert.match(s.row(24), /last page/i);
});

test("F4 on a media policy lists this system's media policies with their retention; the choice fills the field", async () => {
	const {screen: s} = await openList();
	await s.press(KEY.f9, KEY.tab, KEY.f4);
	const text = s.lines().join('\n');
	assert.match(text, /Media policy for full backups/);
	for (const policy of demoMediaPolicies()) assert.match(text, new RegExp(`: +${policy.name} +${policy.retention.value} days +\\*SYSPCY +${policy.text} +:`));
	assert.doesNotMatch(text, /\*BKUPCY/, 'the backup policy cannot point at itself');
	// SAVSYS is the fifth value of the list (ARCHIVAL, FULL, INCR, QLTSSVR, SAVSYS, SYSTEM).
	for (let index = 0; index < 4; index++) await s.press(KEY.tab);
	await s.press('1', KEY.enter);
	assert.equal(s.textAt(7, 44, 10), 'SAVSYS    ');
});

test('option 8: F4 on Full backups lists *BKUPCY and the media policies with their retention', async () => {
	const {screen: s} = await openList();
	await option(s, SYSWODOM_ROW, '8');
	await s.press(KEY.f4);
	const text = s.lines().join('\n');
	assert.match(text, /\*BKUPCY +The backup policy's media policy/);
	assert.match(text, /FULL {8}35 days {4}\*SYSPCY {4}Entry created by BRM configuration/);
	assert.match(text, /QLTSSVR {5}35 days {4}\*SYSPCY {4}Online backup of Lotus servers/);
});

test('F9 keeps a changed policy in the store, refuses *BKUPCY and bad values on their field, and the change sheet lists it', async () => {
	const {screen: s, services, env} = await openList();
	await s.press(KEY.f9);
	// Sign off interactive users (row 13): the eighth field (activity, 2 policies, 4 devices first).
	for (let index = 0; index < 7; index++) await s.press(KEY.tab);
	await s.press(ERASE_EOF, '*bkupcy', KEY.enter);
	assert.match(s.row(24), /^ Value \*BKUPCY not valid for Sign off interactive users\./);
	assert.equal((await s.cell(13, 44)).inverse, true);
	await s.press(KEY.reset, ERASE_EOF, '*yes', KEY.enter);
	assert.equal(s.textAt(1, 25, 31), 'Work with Backup Control Groups');
	assert.equal(s.row(24), ' Backup policy changed locally; key it on the host (change sheet, F9 steps).');
	assert.equal(services.backupPolicy().attributes['signOffInteractiveUsers'], '*YES');
	// Kept on disk: another opening of the system's store reads it.
	const again = new PolicyStore('demo', {mediaPolicies: () => [], backupPolicy: shippedBackupPolicy}, env);
	assert.equal(again.backupPolicy().attributes['signOffInteractiveUsers'], '*YES');
	assert.equal(again.appliedBackupPolicy().attributes['signOffInteractiveUsers'], '*NO');
	// SYSWODOM signs users off per the policy (*BKUPCY): its sheet has the step; marking it applied settles it.
	const sheet = changeSheetLines(services.changeSheet('SYSWODOM')).map(line => line.text);
	assert.deepEqual(sheet, ['F9=Change backup policy (WRKPCYBRM *BKU, option 1)', '  Sign off interactive users: *NO -> *YES']);
	assert.equal(services.markApplied('SYSWODOM').ok, true);
	assert.deepEqual(services.changeSheet('SYSWODOM'), []);
});

test("option 5's attributes: the media policies' retention, *BKUPCY followed to the backup policy", async () => {
	const {screen: s, services} = await openList();
	await option(s, SYSWODOM_ROW, '5');
	await s.press(KEY.enter);
	assert.match(s.row(1), /Display Backup Control Group Attributes/);
	assert.equal(s.row(8).trimEnd(), '    Full backups . . . . . . . . . . . .   FULL          Retain 35 days');
	assert.equal(s.row(9).trimEnd(), '    Incremental backups  . . . . . . . .   INCR          Retain 14 days');
	assert.equal(s.row(17).trimEnd(), '  Sign off interactive users . . . . . .   *BKUPCY       Policy: *NO');
	s.unmount();
	// *BKUGRP takes its media policies from the backup policy; point that at SAVSYS.
	const policy = services.backupPolicy();
	assert.equal(services.saveBackupPolicy({...policy, attributes: {...policy.attributes, fullMediaPolicy: 'SAVSYS'}}).ok, true);
	const list = await renderApp(workWithGroups(), services);
	screen = list;
	await option(list, BKUGRP_ROW, '5');
	await list.press(KEY.enter);
	assert.equal(list.row(8).trimEnd(), '    Full backups . . . . . . . . . . . .   *BKUPCY       SAVSYS: 1725 days');
	assert.equal(list.row(9).trimEnd(), '    Incremental backups  . . . . . . . .   *BKUPCY       INCR: 14 days');
});

test("F7 lists the BRMS jobs on the demo host's job schedule: none at first, then what option 6 added; F11 shows the command", async () => {
	const {screen: s} = await openList();
	await s.press(KEY.f7);
	await s.waitFor(lines => lines[23]!.includes('No BRMS jobs'));
	assert.equal(s.row(1), '                          Work with BRM Scheduled Jobs               BRMSDEMO');
	assert.equal(s.row(24), ' No BRMS jobs (STRBKUBRM) on the job schedule of BRMSDEMO.');
	assert.equal(s.textAt(21, 74, 6), 'Bottom');
	await s.press(KEY.f12);
	await option(s, SYSWODOM_ROW, '6');
	await s.press(KEY.enter);
	await s.waitFor(lines => lines[0]!.includes('Messages from the Host'));
	await s.press(KEY.enter);
	await s.waitFor(lines => lines[0]!.includes('Work with Backup Control Groups'));
	await s.press(KEY.f7);
	await s.waitFor(lines => lines[7]!.includes('SYSWODOM'));
	assert.equal(s.row(6).trimEnd(), '                    -----Schedule------             Next');
	assert.equal(s.row(7).trimEnd(), ' Job         Status Date      Time      Frequency Submit Date');
	assert.equal(s.row(8).trimEnd(), ' SYSWODOM    SCD    *ALL      22:00:00  *WEEKLY');
	assert.equal(s.row(22), ' F3=Exit   F5=Refresh   F11=Display command   F12=Cancel');
	await s.press(KEY.f11);
	assert.equal(s.row(8).trimEnd(), ' SYSWODOM    STRBKUBRM CTLGRP(SYSWODOM) SBMJOB(*NO)');
	await s.press(KEY.enter);
	assert.match(s.row(1), /Work with Backup Control Groups/);
});

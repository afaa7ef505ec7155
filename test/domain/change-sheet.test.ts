import assert from 'node:assert/strict';
import {test} from 'node:test';
import {changeSheet} from '../../source/domain/change-sheet.js';
import {demoControlGroups} from '../../source/host/demo/seed-groups.js';

const syswodom = () => structuredClone(demoControlGroups().find(group => group.name === 'SYSWODOM')!);

test('no difference, no steps', () => {
	assert.deepEqual(changeSheet(syswodom(), syswodom()), []);
});

test('the sheet lists, in keying order, header, entry changes, removals, new lines, exits, attributes, job queues', () => {
	const local = syswodom();
	local.defaultActivity = 'FIIIIII';
	local.entries = local.entries.filter(entry => entry.item !== '*SAVCFG');
	local.entries.find(entry => entry.item === '*ALLUSR')!.retainObjectDetail = '*YES';
	local.entries[0]!.exitCommand = 'MONSWABRM LIB(*ALLUSR)';
	local.entries.push({seq: 45, item: 'PAYROLL', listType: null, aspDevice: null, activity: '*DFTACT', retainObjectDetail: '*NO', saveWhileActive: '*YES', swaMessageQueue: null, syncId: null});
	local.attributes['signOffInteractiveUsers'] = '*NO';
	local.jobQueues = [];
	local.subsystems = [{seq: 10, subsystem: 'QBATCH', library: null, restart: '*YES', endOption: null, delay: null}];
	assert.deepEqual(changeSheet(syswodom(), local), [
		{option: 2, where: 'Default activity', change: 'FFFFFFF → FIIIIII'},
		{option: 2, where: 'Seq 10 *EXIT', change: 'F10, Command MONSWABRM LIB(*ALLUSR)'},
		{option: 2, where: 'Seq 40 *ALLUSR', change: 'Retain Object Detail *ERR → *YES'},
		{option: 2, where: 'Seq 30 *SAVCFG', change: 'Remove: blank out the backup item'},
		{option: 2, where: 'New line, Seq 45', change: 'Backup Items PAYROLL, Weekly Activity *DFTACT, Retain Object Detail *NO, Save While Active *YES'},
		{option: 8, where: 'Sign off interactive users', change: '*BKUPCY → *NO'},
		{option: 9, where: 'New line, Seq 10', change: 'QBATCH (blank) Restart *YES End (blank) Delay (blank)'},
		{option: 10, where: 'Seq 10', change: 'Remove QBATCH QGPL Hold *YES Release *YES'},
	]);
});

test('a group never applied on the host starts with creating it, and never claims the host has it', () => {
	const steps = changeSheet(undefined, syswodom());
	assert.equal(steps[0]!.option, 1);
	assert.match(steps[0]!.change, /Not known to be on the host/);
	assert.equal(steps.filter(step => step.where.startsWith('New line')).length, 7 + 1, 'every entry and the job queue');
});

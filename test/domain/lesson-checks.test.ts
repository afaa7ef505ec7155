// Every check kind a lesson can use passes on the outcome it names and fails on a near miss —
// one field, one entry, one option away — saying what is still different. And every built-in
// lesson is data a trainer could have written: it reads back through the lesson-file schema.

import assert from 'node:assert/strict';
import {test} from 'node:test';
import {demoControlGroups} from '../../source/domain/catalog.js';
import type {ControlGroup} from '../../source/domain/control-group.js';
import {BUILT_IN_LESSONS} from '../../source/domain/lessons/built-in.js';
import type {Check, CheckKind} from '../../source/domain/lessons/lesson.js';
import {evaluate, type HostRecord, type Observation, type PanelRecord} from '../../source/domain/lessons/lesson-checks.js';
import {CHECK_FIELDS, readLesson} from '../../source/domain/lessons/lesson-schema.js';
import {sandboxGroups} from '../../source/domain/lessons/progress.js';
import {PANEL_IDS} from '../../source/panels/registry.js';

const seed = demoControlGroups();

function observe(parts: Partial<Observation> = {}): Observation {
	return {groups: seed, started: seed, host: [], panels: [], screen: undefined, titleOf: panel => `<${panel}>`, now: 1000, ...parts};
}

function changed(name: string, change: (group: ControlGroup) => ControlGroup, groups: readonly ControlGroup[] = seed): ControlGroup[] {
	return groups.map(group => (group.name === name ? change(structuredClone(group)) : group));
}

/** The check passes on `good` and fails on `nearMiss`, with these differences. */
function proves(check: Check, good: Observation, nearMiss: Observation, differences: string[]) {
	assert.deepEqual(evaluate(check, good), {ok: true, differences: []}, `${check.kind} passes`);
	assert.deepEqual(evaluate(check, nearMiss), {ok: false, differences}, `${check.kind} fails on the near miss`);
}

const syswodom2 = {...structuredClone(seed.find(group => group.name === 'SYSWODOM')!), name: 'SYSWODOM2'};
const tested = new Set<CheckKind>();
const kind = (each: CheckKind) => tested.add(each);

test('group: exists with its text and default activity; a text one word off fails', () => {
	kind('group');
	const check: Check = {kind: 'group', group: 'SYSWODOM2', text: 'Backs up all user data except notes', defaultActivity: 'FFFFFFF'};
	proves(check, observe({groups: [...seed, syswodom2]}), observe({groups: [...seed, {...syswodom2, text: 'Backs up all user data except mail'}]}), [
		'SYSWODOM2: Text Backs up all user data except mail → Backs up all user data except notes',
	]);
	assert.deepEqual(evaluate(check, observe()).differences, ['No control group SYSWODOM2 yet.']);
	assert.deepEqual(evaluate({kind: 'group', group: 'RESTRICTED', exists: false}, observe()).differences, ['Control group RESTRICTED still exists.']);
});

test('entry: the item with these columns; the same item with one column off fails, naming Seq, column, now → expected', () => {
	kind('entry');
	const check: Check = {kind: 'entry', group: 'SYSWODOM', item: '*ALLUSR', activity: 'FIIIIII', saveWhileActive: '*YES'};
	const good = changed('SYSWODOM', group => ({
		...group,
		entries: group.entries.map(each => (each.item === '*ALLUSR' ? {...each, activity: 'FIIIIII'} : each)),
	}));
	proves(check, observe({groups: good}), observe(), ['SYSWODOM Seq 40 *ALLUSR: Weekly Activity *DFTACT → FIIIIII']);
	const exit: Check = {kind: 'entry', group: 'QLTSSVR', item: '*EXIT', exitCommand: 'SAVDOMBRM SERVER(DOM2) CTLGRP(QLTSSVR)'};
	assert.equal(evaluate(exit, observe()).ok, true);
	assert.deepEqual(evaluate({...exit, exitCommand: 'SAVDOMBRM SERVER(DOM3) CTLGRP(QLTSSVR)'}, observe()).differences, [
		'QLTSSVR: no *EXIT entry runs SAVDOMBRM SERVER(DOM3) CTLGRP(QLTSSVR) yet.',
	]);
});

test('entries like a group: column by column; one Retain Object Detail off fails on that line only', () => {
	kind('entries');
	const check: Check = {kind: 'entries', group: 'SYSWODOM2', like: 'SYSWODOM'};
	const off = {...syswodom2, entries: syswodom2.entries.map(each => (each.seq === 60 ? {...each, retainObjectDetail: '*NO'} : each))};
	proves(check, observe({groups: [...seed, syswodom2]}), observe({groups: [...seed, off]}), [
		'SYSWODOM2 Seq 60 QLTSEXCL (*LNK): Retain Object Detail *NO → *YES',
	]);
	const short = {...syswodom2, entries: syswodom2.entries.filter(each => each.seq !== 70)};
	assert.deepEqual(evaluate(check, observe({groups: [...seed, short]})).differences, ['SYSWODOM2: entry *EXIT missing after line 6 (exit (blank)).']);
});

test('entries by items: in this order; the same items in another order fail', () => {
	const check: Check = {kind: 'entries', group: '*SYSGRP', items: ['*SAVSYS', '*IBM', 'QIBMLINK']};
	const swapped = changed('*SYSGRP', group => ({...group, entries: group.entries.map(each => (each.seq === 10 ? {...each, seq: 25} : each))}));
	proves(check, observe(), observe({groups: swapped}), ['*SYSGRP: Backup Items *IBM *SAVSYS QIBMLINK → *SAVSYS *IBM QIBMLINK']);
});

test('attribute: the value of option 8; another policy fails with its title', () => {
	kind('attribute');
	const check: Check = {kind: 'attribute', group: 'SYSWODOM', attribute: 'fullMediaPolicy', value: 'FULL'};
	const other = changed('SYSWODOM', group => ({...group, attributes: {...group.attributes, fullMediaPolicy: 'INCR'}}));
	const [difference] = evaluate(check, observe({groups: other})).differences;
	proves(check, observe(), observe({groups: other}), [difference!]);
	assert.match(difference!, /^SYSWODOM: .*INCR → FULL$/);
});

test("valid: BRMS's rules; an exit naming another group's CTLGRP fails with the rule's message", () => {
	kind('valid');
	const copied = sandboxGroups({from: 'demo', groups: [], copies: [{from: 'QLTSSVR', to: 'MYLTSSVR'}], remove: []});
	const repaired = changed(
		'MYLTSSVR',
		group => ({
			...group,
			entries: group.entries.map(each => ({...each, exitCommand: each.exitCommand?.replace('CTLGRP(QLTSSVR)', 'CTLGRP(MYLTSSVR)') ?? null})),
		}),
		copied,
	);
	const {differences} = evaluate({kind: 'valid', group: 'MYLTSSVR'}, observe({groups: copied}));
	proves({kind: 'valid', group: 'MYLTSSVR'}, observe({groups: repaired}), observe({groups: copied}), differences);
	assert.deepEqual(differences, [
		'MYLTSSVR Seq 20 *EXIT: SAVDOMBRM names control group QLTSSVR; this group is MYLTSSVR.',
		'MYLTSSVR Seq 30 *EXIT: SAVDOMBRM names control group QLTSSVR; this group is MYLTSSVR.',
	]);
});

const run = (command: string, messageIds: string[], job?: string): HostRecord => ({
	kind: 'command',
	at: 10,
	command,
	exitCode: 0,
	messageIds,
	...(job ? {job} : {}),
});

test('ran: STRBKUBRM with SBMJOB(*NO) that completed; the same run submitted (*YES) fails, and so does one that ended abnormally', () => {
	kind('ran');
	const check: Check = {kind: 'ran', group: 'QLTSSVR', sbmjob: '*NO', outcome: 'completed'};
	const inSession = run('STRBKUBRM CTLGRP(QLTSSVR) SBMJOB(*NO)', ['BRM1380', 'BRM1049']);
	const submitted = run('STRBKUBRM CTLGRP(QLTSSVR) SBMJOB(*YES)', ['CPC1221'], '000001/OPER/QLTSSVR');
	proves(check, observe({host: [inSession]}), observe({host: [submitted]}), ['QLTSSVR ran with SBMJOB(*YES) → SBMJOB(*NO)']);
	assert.deepEqual(evaluate(check, observe({host: [run('STRBKUBRM CTLGRP(QLTSSVR) SBMJOB(*NO)', ['BRM1380', 'BRM1820'])]})).differences, [
		'STRBKUBRM CTLGRP(QLTSSVR) SBMJOB(*NO): ended abnormally → completed normally',
	]);
	assert.deepEqual(evaluate(check, observe()).differences, ['STRBKUBRM CTLGRP(QLTSSVR) SBMJOB(*NO) has not run yet.']);
});

test('together: jobs of both groups running at one moment; the same jobs one after the other fail', () => {
	kind('together');
	const check: Check = {kind: 'together', groups: ['QLTSDOM01', 'QLTSDOM02']};
	const job = (group: string, from: number, to: number): HostRecord[] => [
		{kind: 'jobActive', at: from, job: `1/OPER/${group}`, group},
		{kind: 'jobEnded', at: to, job: `1/OPER/${group}`, group, outcome: 'completed'},
	];
	proves(
		check,
		observe({host: [...job('QLTSDOM01', 100, 300), ...job('QLTSDOM02', 200, 400)]}),
		observe({host: [...job('QLTSDOM01', 100, 200), ...job('QLTSDOM02', 200, 400)]}),
		['The jobs of QLTSDOM01 and QLTSDOM02 ran one after the other, not at the same time.'],
	);
});

test('screen: this panel showing this text; the right text on another panel fails', () => {
	kind('screen');
	const check: Check = {kind: 'screen', panel: 'DISPLAY-ENTRIES', text: 'CTLGRP(QLTSSVR)'};
	const lines = ['SAVDOMBRM SERVER(DOM1) CTLGRP(QLTSSVR)'];
	proves(check, observe({screen: {panel: 'DISPLAY-ENTRIES', lines}}), observe({screen: {panel: 'EDIT-ENTRIES', lines}}), [
		'The screen shows <EDIT-ENTRIES> → <DISPLAY-ENTRIES>',
	]);
	assert.deepEqual(evaluate(check, observe({screen: {panel: 'DISPLAY-ENTRIES', lines: ['SAVDOMBRM']}})).differences, [
		'<DISPLAY-ENTRIES> does not show "CTLGRP(QLTSSVR)" yet.',
	]);
});

test("help, valueList, message, messageHelp: the panel's events; the same event on another field, value or message fails", () => {
	for (const each of ['help', 'valueList', 'message', 'messageHelp'] as const) kind(each);
	const events = (...records: PanelRecord[]) => observe({panels: records});
	proves(
		{kind: 'help', panel: 'EDIT-ENTRIES', title: 'Save While Active'},
		events({kind: 'help', panel: 'EDIT-ENTRIES', title: 'Save While Active'}),
		events({kind: 'help', panel: 'EDIT-ENTRIES', title: 'Retain Object Detail'}),
		['F1 not yet pressed on Save While Active on <EDIT-ENTRIES>.'],
	);
	const chosen = (value: string): PanelRecord => ({kind: 'valueChosen', panel: 'EDIT-ENTRIES', title: 'Weekly Activity', value});
	proves({kind: 'valueList', panel: 'EDIT-ENTRIES', title: 'Weekly Activity', chosen: 'FIIIIII'}, events(chosen('FIIIIII')), events(chosen('FFFFFFF')), [
		'FIIIIII not yet chosen from the F4 list of Weekly Activity on <EDIT-ENTRIES>.',
	]);
	proves(
		{kind: 'message', id: 'TUI0215'},
		events({kind: 'message', panel: 'EDIT-ENTRIES', id: 'TUI0215'}),
		events({kind: 'message', panel: 'EDIT-ENTRIES', id: 'TUI0214'}),
		['Message TUI0215 not shown yet.'],
	);
	proves(
		{kind: 'messageHelp', id: 'TUI0001'},
		events({kind: 'messageHelp', panel: 'WRKCTLGBRM', id: 'TUI0001'}),
		events({kind: 'message', panel: 'WRKCTLGBRM', id: 'TUI0001'}),
		['F1 not yet pressed on message TUI0001.'],
	);
});

test('all, any, not compose: all lists what each still misses, any passes on one, not fails while its check holds', () => {
	for (const each of ['all', 'any', 'not'] as const) kind(each);
	const a: Check = {kind: 'group', group: 'SYSWODOM2'};
	const b: Check = {kind: 'group', group: 'RESTRICTED', exists: false};
	proves({kind: 'all', checks: [a, {kind: 'group', group: 'SYSWODOM'}]}, observe({groups: [...seed, syswodom2]}), observe(), [
		'No control group SYSWODOM2 yet.',
	]);
	proves({kind: 'any', checks: [a, b]}, observe({groups: [...seed, syswodom2]}), observe(), [
		'One of these: No control group SYSWODOM2 yet. Or: Control group RESTRICTED still exists.',
	]);
	proves(
		{kind: 'not', check: {kind: 'entry', group: 'SYSWODOM', item: '*ALLDLO'}},
		observe({groups: changed('SYSWODOM', group => ({...group, entries: group.entries.filter(each => each.item !== '*ALLDLO')}))}),
		observe(),
		['No longer so: SYSWODOM has an entry *ALLDLO.'],
	);
});

test('every check kind of the schema is proven above', () => {
	assert.deepEqual(
		Object.keys(CHECK_FIELDS).filter(each => !tested.has(each as CheckKind)),
		[],
	);
});

test('every built-in lesson reads back through the lesson-file schema unchanged, and its first step is not done at its start', () => {
	for (const lesson of BUILT_IN_LESSONS) {
		const {source: _source, ...document} = lesson;
		const read = readLesson(JSON.parse(JSON.stringify(document)), {id: lesson.id, source: 'built-in', panels: PANEL_IDS});
		assert.ok('lesson' in read, `${lesson.id}: ${JSON.stringify('problems' in read ? read.problems : [])}`);
		assert.deepEqual(read.lesson, lesson, lesson.id);
		const groups = sandboxGroups(lesson.start);
		const start = observe({groups, started: groups, screen: {panel: 'WRKCTLGBRM', lines: []}});
		assert.equal(evaluate(lesson.steps[0]!.check, start).ok, false, `${lesson.id} step 1 is already done at the start`);
	}
});

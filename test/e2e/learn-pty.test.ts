// Every built-in lesson done end to end in the real program, in a real pseudo-terminal, by
// keystrokes only (any valid path: the checks look at outcomes, not keys), then read back with
// `learn --report --json`. One lesson is done on exactly 80x24 (the step in a window on Attn, the
// reminder on line 24); the others on a 120-column terminal with the lesson pane beside the panel.

import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {BUILT_IN_LESSONS} from '../../source/domain/lessons/built-in.js';
import {type PtySession, spawnInPty} from '../helpers/pty.js';

const PROGRAM = fileURLToPath(new URL('../../dist/brms-tui.cjs', import.meta.url));
const ESC = '\u001B';
const KEY = {
	enter: '\r',
	tab: '\t',
	fieldExit: '\u000B',
	home: `${ESC}[H`,
	down: `${ESC}[B`,
	left: `${ESC}[D`,
	backTab: `${ESC}[Z`,
	rollUp: `${ESC}[6~`,
	rollDown: `${ESC}[5~`,
	attn: '\u0001',
	f1: `${ESC}OP`,
	f3: `${ESC}OR`,
	f4: `${ESC}OS`,
	f10: `${ESC}[21~`,
	f11: `${ESC}[23~`,
	f12: `${ESC}[24~`,
	// Esc, then F11 / F12: F23 / F24 (keys-5250.md).
	f23: `${ESC}${ESC}[23~`,
	f24: `${ESC}${ESC}[24~`,
} as const;

// The entry columns in panel order and their lengths (a full field moves the cursor on by itself).
const COLUMN_LENGTHS = [4, 10, 4, 10, 7, 4, 8, 10, 10];

/** The keys for one entry line: each value, then Field Exit unless the value filled its field. */
function line(...values: string[]): string[] {
	return COLUMN_LENGTHS.map((length, index) => {
		const value = values[index] ?? '';
		return value.length === length ? value : value + KEY.fieldExit;
	});
}

/** A lesson's line on the list: a built-in one's, or (the one trainer's lesson of a test) the line after them. */
const lessonIndex = (id: string) => {
	const at = BUILT_IN_LESSONS.findIndex(lesson => lesson.id === id);
	return at === -1 ? BUILT_IN_LESSONS.length : at;
};

type Trainee = {
	session: PtySession;
	type: (...keys: string[]) => Promise<void>;
	/** The step of the lesson shown (in the pane, or in the window on 80x24). */
	waitForStep: (id: string, step: number | 'done') => Promise<void>;
};

function trainee(session: PtySession): Trainee {
	const type = async (...keys: string[]) => {
		for (const key of keys) await session.type(key);
	};
	return {
		session,
		type,
		waitForStep: (id, step) => session.waitForText(step === 'done' ? `Lesson ${id}: done` : `Lesson ${id}  Step ${step} of`, 8000),
	};
}

/** From the Lessons list: 1 next to the lesson, Enter; WRKCTLGBRM opens on its sandbox. */
async function startLesson({session, type}: Trainee, id: string): Promise<void> {
	await session.waitForText('Opt  Lesson');
	await type(...Array<string>(lessonIndex(id)).fill(KEY.tab), '1', KEY.enter);
	// The list is read as the panel opens: keys typed before it is there would be refused.
	await session.waitForText('F23=More options');
	await session.waitForText('*BKUGRP');
}

/** Position to GROUP, then OPTION next to it (the first line of the list). */
async function option({type, session}: Trainee, group: string, value: string, panel: string): Promise<void> {
	await session.waitForText('Position to');
	await type(KEY.home, group, KEY.enter, KEY.tab, value, KEY.enter);
	await session.waitForText(panel);
}

/** F3 (Exit, on any of its panels) ends the lesson: back to the Lessons list, the lesson's status there. */
async function leaveLesson({type, session}: Trainee, id: string): Promise<void> {
	await type(KEY.f3);
	await session.waitForText(new RegExp(`${id} +done`));
}

const LESSONS: Record<string, (t: Trainee) => Promise<void>> = {
	NAVIGATE: async t => {
		await t.type(KEY.rollUp);
		await t.waitForStep('NAVIGATE', 2);
		await t.type(KEY.rollDown);
		await t.waitForStep('NAVIGATE', 3);
		await t.type(KEY.home, 'SAL', KEY.enter);
		await t.waitForStep('NAVIGATE', 4);
		await t.type(KEY.f23);
		await t.waitForStep('NAVIGATE', 5);
		await option(t, 'SYSWODOM', '2', 'Edit Backup Control Group Entries');
		await t.type(KEY.f24);
		await t.waitForStep('NAVIGATE', 'done');
	},
	'READ-QLTSSVR': async t => {
		await option(t, 'QLTSSVR', '5', 'Display Backup Control Group Entries');
		await t.waitForStep('READ-QLTSSVR', 2);
		await t.type(KEY.f11);
		await t.waitForStep('READ-QLTSSVR', 3);
		await t.type(KEY.enter);
		await t.waitForStep('READ-QLTSSVR', 'done');
	},
	'F1-F4': async t => {
		await option(t, 'SYSWODOM', '2', 'Edit Backup Control Group Entries');
		// The cursor starts on the first line's Seq: six fields on is its Save While Active.
		await t.type(...Array<string>(6).fill(KEY.tab), KEY.f1);
		await t.waitForStep('F1-F4', 2);
		await t.type(KEY.f12);
		// From there, three lines down (the arrows keep the column) and two fields back: *ALLUSR's Weekly Activity.
		await t.type(KEY.down, KEY.down, KEY.down, KEY.backTab, KEY.backTab, KEY.f4);
		await t.session.waitForText('FIIIIII');
		await t.type(KEY.tab, KEY.tab, '1', KEY.enter, KEY.enter);
		await t.waitForStep('F1-F4', 3);
		await t.type(KEY.home, 'SYSWODOM', KEY.enter, KEY.tab, '7', KEY.enter);
		await t.session.waitForText('Option 7 not valid.');
		await t.type(KEY.f1);
		await t.waitForStep('F1-F4', 'done');
		await t.type(KEY.f12);
	},
	'BUILD-SYSWODOM': async t => {
		await t.type('1', KEY.enter);
		await t.session.waitForText('Create Backup Control Group');
		await t.type('syswodom2', KEY.fieldExit, 'Backs up all user data except notes', KEY.enter);
		await t.session.waitForText('Create Backup Control Group Entries');
		await t.type(KEY.home, 'FFFFFFF', KEY.tab);
		await t.session.waitFor(() => t.session.terminal.cursor().row === 13 && t.session.terminal.cursor().col === 2, {message: 'cursor on the first entry line'});
		for (const keys of [
			line('10', '*EXIT', '', '', '*DFTACT'),
			line('20', '*SAVSECDTA', '', '', '*DFTACT', '*NO'),
			line('30', '*SAVCFG', '', '', '*DFTACT', '*NO'),
			line('40', '*ALLUSR', '', '*SYSBAS', '*DFTACT', '*ERR', '*YES', '*LIB', '*NONE'),
			line('50', '*ALLDLO', '', '', '*DFTACT', '*NO', '*YES'),
			line('60', 'QLTSEXCL', '*LNK', '*SYSBAS', '*DFTACT', '*YES', '*YES', '*LIB', '*NONE'),
			line('70', '*EXIT', '', '', '*DFTACT'),
		])
			await t.type(...keys);
		await t.type(KEY.enter);
		await t.session.waitForText('Control group SYSWODOM2 saved.');
		await t.waitForStep('BUILD-SYSWODOM', 3);
		await option(t, 'SYSWODOM2', '8', 'Change Backup Control Group Attributes');
		await t.type('\u0005', 'FULL', KEY.fieldExit, '\u0005', 'INCR', KEY.enter);
		await t.waitForStep('BUILD-SYSWODOM', 'done');
	},
	RESTRICTED: async t => {
		await option(t, '*SYSGRP', '3', 'Copy Backup Control Group');
		await t.type('RESTRICTED', 'Backs up all system data', KEY.enter);
		await t.waitForStep('RESTRICTED', 2);
		await option(t, 'RESTRICTED', '2', 'Edit Backup Control Group Entries');
		// *SYSGRP's three entries, then the new lines: an *EXIT before 10 and one after the last.
		await t.type(KEY.down, KEY.down, KEY.down, ...line('5', '*EXIT', '', '', '*DFTACT'), ...line('99', '*EXIT', '', '', '*DFTACT'), KEY.enter);
		await t.waitForStep('RESTRICTED', 'done');
	},
	'MOVE-ALLDLO': async t => {
		await option(t, 'RESTRICTED', '2', 'Edit Backup Control Group Entries');
		await t.type(...Array<string>(5).fill(KEY.down), ...line('45', '*ALLDLO', '', '', '*DFTACT', '*NO', '*NO'), KEY.enter);
		await t.waitForStep('MOVE-ALLDLO', 2);
		await option(t, 'SYSWODOM', '2', 'Edit Backup Control Group Entries');
		// *ALLDLO is the fifth line: its Seq blanked (Erase EOF) removes it.
		await t.type(...Array<string>(4).fill(KEY.down), '\u0005', KEY.enter);
		await t.waitForStep('MOVE-ALLDLO', 'done');
	},
	'SUBMIT-QLTSSVR': async t => {
		await t.type(KEY.backTab, KEY.backTab, 'STRBKUBRM CTLGRP(QLTSSVR)', KEY.f4);
		await t.session.waitForText('Start Backup using BRM');
		await t.waitForStep('SUBMIT-QLTSSVR', 2);
		await t.type(KEY.tab, KEY.tab, '*NO', KEY.fieldExit, KEY.enter);
		await t.waitForStep('SUBMIT-QLTSSVR', 3);
		await t.type(KEY.f1);
		await t.waitForStep('SUBMIT-QLTSSVR', 'done');
		await t.type(KEY.f12, KEY.enter);
	},
	'DOMINO-TOGETHER': async t => {
		// Both groups in CTLGRP on the command line: Enter prompts, Enter sends each as its own job.
		await t.type(KEY.backTab, KEY.backTab, 'STRBKUBRM CTLGRP(QLTSDOM01 QLTSDOM02)', KEY.enter);
		await t.session.waitForText('Start Backup using BRM');
		await t.waitForStep('DOMINO-TOGETHER', 2);
		await t.type(KEY.enter);
		await t.session.waitForText('Running Backups');
		await t.waitForStep('DOMINO-TOGETHER', 'done');
		await t.session.waitForText('All 2 backups completed normally.');
	},
	REPAIR: async t => {
		await option(t, 'MYLTSSVR', '2', 'Edit Backup Control Group Entries');
		await t.type(KEY.enter);
		await t.session.waitForText('SAVDOMBRM names control group QLTSSVR; this group is MYLTSSVR.');
		await t.waitForStep('REPAIR', 2);
		// The cursor is on the exit line BRMS refused (Seq 20): F10 there is User Exit Maintenance.
		await t.type(KEY.down, KEY.f10);
		await t.session.waitForText('User Exit Maintenance');
		await t.type('\u0005', 'SAVDOMBRM SERVER(DOM2) CTLGRP(MYLTSSVR)', KEY.enter);
		await t.session.waitForText('Edit Backup Control Group Entries');
		await t.type(`${ESC}[A`, KEY.f10);
		await t.session.waitForText('User Exit Maintenance');
		await t.type('\u0005', 'SAVDOMBRM SERVER(DOM1) CTLGRP(MYLTSSVR)', KEY.enter);
		await t.session.waitForText('Edit Backup Control Group Entries');
		await t.type(KEY.enter);
		await t.waitForStep('REPAIR', 'done');
	},
};

test('every built-in lesson, done by keystrokes in the real program, shows as done in learn --report --json', async () => {
	const home = mkdtempSync(join(tmpdir(), 'brms-tui-learn-'));
	const session = spawnInPty(process.execPath, [PROGRAM, 'learn', '--trainee', 'ann'], {env: {BRMS_TUI_HOME: home}, cols: 120, rows: 24, lifetime: 240_000});
	const t = trainee(session);
	const done: string[] = [];
	try {
		for (const [id, steps] of Object.entries(LESSONS)) {
			await startLesson(t, id);
			await t.waitForStep(id, 1);
			await steps(t);
			await leaveLesson(t, id);
			done.push(id);
		}
		await t.type(KEY.f3);
		assert.equal((await session.waitForExit()).exitCode, 0);
	} catch (error) {
		throw new Error(`${(error as Error).message}\nafter ${done.join(', ') || 'no lesson'}:\n${session.terminal.lines().join('\n')}`, {cause: error});
	} finally {
		await session.kill();
	}
	const report = spawnSync(process.execPath, [PROGRAM, 'learn', '--report', '--json'], {encoding: 'utf8', env: {...process.env, BRMS_TUI_HOME: home}});
	assert.equal(report.status, 0, report.stderr);
	const rows = JSON.parse(report.stdout) as Array<{trainee: string; lesson: string; status: string; attempts: number}>;
	const startable = BUILT_IN_LESSONS.filter(lesson => !lesson.later).map(lesson => lesson.id);
	assert.deepEqual(Object.keys(LESSONS).sort(), [...startable].sort(), 'every startable built-in lesson is done here');
	for (const id of startable)
		assert.deepEqual(
			rows.filter(row => row.lesson === id).map(({trainee, status, attempts}) => ({trainee, status, attempts})),
			[{trainee: 'ann', status: 'done', attempts: 1}],
			id,
		);
});

test('on exactly 80x24 the step is in a window on Attn, F10 there shows a hint (counted), and a step done is said on line 24', async () => {
	const home = mkdtempSync(join(tmpdir(), 'brms-tui-learn-'));
	const session = spawnInPty(process.execPath, [PROGRAM, 'learn', '--trainee', 'bob'], {env: {BRMS_TUI_HOME: home}, cols: 80, rows: 24});
	const t = trainee(session);
	try {
		await startLesson(t, 'READ-QLTSSVR');
		// No pane: the panel alone, as at any 80x24 terminal.
		assert.ok(!session.terminal.lines().join('\n').includes('Lesson READ-QLTSSVR'));
		await t.type(KEY.attn);
		await t.waitForStep('READ-QLTSSVR', 1);
		await session.waitForText('F10=Hint (1 left)');
		await t.type(KEY.f10);
		await session.waitForText('Hint 1: 5=Display shows the entries without letting you change them.');
		await session.waitForText('No more hints');
		// Enter closes the window: the panel is as it was (the window drew over it, never into it).
		await t.type(KEY.enter);
		await session.waitFor(() => !session.terminal.lines().join('\n').includes('Lesson READ-QLTSSVR'), {message: 'the window closed'});
		await option(t, 'QLTSSVR', '5', 'Display Backup Control Group Entries');
		await session.waitForText('Step 1 done. Attn (Ctrl+A, Esc A) shows step 2.');
		assert.equal(session.terminal.row(24).trim(), 'Step 1 done. Attn (Ctrl+A, Esc A) shows step 2.');
		// The next key takes the reminder away; Esc A is Attn too.
		await t.type(`${ESC}a`);
		await t.waitForStep('READ-QLTSSVR', 2);
		await t.type(KEY.f12);
		await session.waitFor(() => session.terminal.row(24).trim() === '', {message: 'the reminder gone'});
		await t.type(KEY.f3);
		await session.waitForText(/READ-QLTSSVR +step 2 of 3/);
		await t.type(KEY.f3);
		assert.equal((await session.waitForExit()).exitCode, 0);
	} finally {
		await session.kill();
	}
	const report = spawnSync(process.execPath, [PROGRAM, 'learn', '--report', '--json', '--trainee', 'bob'], {
		encoding: 'utf8',
		env: {...process.env, BRMS_TUI_HOME: home},
	});
	assert.equal(report.status, 0, report.stderr);
	const row = (JSON.parse(report.stdout) as Array<Record<string, unknown>>).find(each => each['lesson'] === 'READ-QLTSSVR');
	assert.deepEqual(
		{status: row?.['status'], step: row?.['step'], hintsUsed: row?.['hintsUsed'], attempts: row?.['attempts']},
		{status: 'in progress', step: 2, hintsUsed: 1, attempts: 1},
	);
	assert.match(String((row?.['failedChecks'] as string[] | undefined)?.[0]), /does not show "SAVDOMBRM SERVER\(DOM2\) CTLGRP\(QLTSSVR\)" yet/);
});

test('a later lesson is listed but not started: line 24 says so, F1 says why; 5=Show shows it', async () => {
	const home = mkdtempSync(join(tmpdir(), 'brms-tui-learn-'));
	// Every built-in lesson can be taken now: a trainer's lesson waits for what the demo lacks.
	const lessons = join(home, 'trainer');
	mkdirSync(lessons);
	writeFileSync(
		join(lessons, 'vault.yaml'),
		[
			'title: Moving tapes to the vault',
			'later: Needs a tape vault and MOVMEDBRM on the demo system.',
			'steps:',
			"  - text: Move last night's tapes to the vault.",
			'    check: {kind: screen, text: VAULT}',
			'',
		].join('\n'),
	);
	const session = spawnInPty(process.execPath, [PROGRAM, 'learn', '--trainee', 'cy', '--lessons', lessons], {env: {BRMS_TUI_HOME: home}, cols: 80, rows: 24});
	const t = trainee(session);
	try {
		await session.waitForText('Opt  Lesson');
		await t.type(...Array<string>(lessonIndex('VAULT')).fill(KEY.tab), '1', KEY.enter);
		await session.waitForText('Lesson VAULT is not ready yet; F1 says why.');
		await t.type(KEY.f1);
		await session.waitForText('TUI1701');
		await session.waitForText('MOVMEDBRM');
		// Help closed and the error reset, 5 on the same line shows the lesson instead.
		await t.type(KEY.f12, '\u0012', '5', KEY.enter);
		await session.waitForText('Display Lesson');
		await session.waitForText('Not ready yet');
		await t.type(KEY.f12);
		await session.waitForText(/VAULT +later/);
		await t.type(KEY.f3);
		assert.equal((await session.waitForExit()).exitCode, 0);
	} finally {
		await session.kill();
	}
});

test("a trainer's own YAML lesson, done by keystrokes with the pane under the panel (80x34)", async () => {
	const home = mkdtempSync(join(tmpdir(), 'brms-tui-learn-'));
	const lessons = join(home, 'trainer');
	mkdirSync(lessons);
	writeFileSync(
		join(lessons, 'weekly-allusr.yaml'),
		[
			'title: Weekly full save of user libraries',
			'steps:',
			'  - text: Change the Weekly Activity of *ALLUSR in SYSWODOM to FIIIIII and store it.',
			'    hints: [2 next to SYSWODOM]',
			'    check: {kind: entry, group: SYSWODOM, item: "*ALLUSR", activity: FIIIIII}',
			'',
		].join('\n'),
	);
	const session = spawnInPty(process.execPath, [PROGRAM, 'learn', '--trainee', 'dee', '--lessons', lessons], {env: {BRMS_TUI_HOME: home}, cols: 80, rows: 34});
	const t = trainee(session);
	try {
		await startLesson(t, 'WEEKLY-ALLUSR');
		// The pane is under the 24 rows of the panel and its operator information line (row 25): its first line is row 26.
		await t.waitForStep('WEEKLY-ALLUSR', 1);
		assert.match(session.terminal.row(25), /^5250 /);
		assert.match(session.terminal.row(26), /^ Lesson WEEKLY-ALLUSR {2}Step 1 of 1/);
		await option(t, 'SYSWODOM', '2', 'Edit Backup Control Group Entries');
		// *ALLUSR is the fourth line; Weekly Activity is its fifth field.
		await t.type(KEY.down, KEY.down, KEY.down, KEY.tab, KEY.tab, KEY.tab, KEY.tab, '\u0005', 'FIIIIII', KEY.enter);
		await t.waitForStep('WEEKLY-ALLUSR', 'done');
		await leaveLesson(t, 'WEEKLY-ALLUSR');
		await t.type(KEY.f3);
		assert.equal((await session.waitForExit()).exitCode, 0);
	} finally {
		await session.kill();
	}
	const report = spawnSync(process.execPath, [PROGRAM, 'learn', '--report', '--json', '--lessons', lessons], {
		encoding: 'utf8',
		env: {...process.env, BRMS_TUI_HOME: home},
	});
	assert.equal(report.status, 0, report.stderr);
	const rows = JSON.parse(report.stdout) as Array<{trainee: string; lesson: string; status: string}>;
	assert.deepEqual(
		rows.filter(row => row.status !== 'not started').map(({trainee, lesson, status}) => ({trainee, lesson, status})),
		[{trainee: 'dee', lesson: 'WEEKLY-ALLUSR', status: 'done'}],
	);
});

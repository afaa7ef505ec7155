// `brms-tui learn` without the panels: a trainer's own lesson files load (YAML or JSON, from the
// lessons folder beside the store or --lessons DIR) and show in `learn --report`; a bad one is
// refused as a whole with exit 2 and, per problem, its file, line, path and reason — never a
// stack trace, never a lesson silently left out.

import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {defaultTrainee, traineeName} from '../../source/cli/learn-command.js';

const PROGRAM = fileURLToPath(new URL('../../dist/brms-tui.cjs', import.meta.url));

function brmsTui(home: string, ...args: string[]) {
	return spawnSync(process.execPath, [PROGRAM, ...args], {encoding: 'utf8', env: {...process.env, BRMS_TUI_HOME: home}});
}

const GOOD_YAML = `# A trainer's lesson: the weekly save in FIIIIII.
title: Weekly full save of user libraries
summary: Make *ALLUSR of SYSWODOM save in full on Sunday only.
steps:
  - text: Change the Weekly Activity of *ALLUSR in SYSWODOM to FIIIIII.
    hints: [2 next to SYSWODOM, F4 on Weekly Activity lists the values]
    check:
      kind: all
      checks:
        - {kind: entry, group: SYSWODOM, item: "*ALLUSR", activity: FIIIIII}
        - {kind: valid, group: SYSWODOM}
`;

test("a trainer's lesson files load from the lessons folder beside the store and show in the report", () => {
	const home = mkdtempSync(join(tmpdir(), 'brms-tui-lessons-'));
	mkdirSync(join(home, 'lessons'));
	writeFileSync(join(home, 'lessons', 'weekly-allusr.yaml'), GOOD_YAML);
	writeFileSync(
		join(home, 'lessons', 'copy-sysgrp.json'),
		JSON.stringify({
			id: 'COPY-SYSGRP',
			title: 'Copy *SYSGRP',
			start: {from: 'shipped'},
			steps: [{text: 'Copy *SYSGRP to MYSYS.', check: {kind: 'entries', group: 'MYSYS', like: '*SYSGRP'}}],
		}),
	);
	const result = brmsTui(home, 'learn', '--report', '--json', '--trainee', 'ann');
	assert.equal(result.status, 0, result.stderr);
	const rows = JSON.parse(result.stdout) as Array<{lesson: string; title: string; status: string; steps: number}>;
	assert.deepEqual(rows.slice(-2), [
		{...rows.at(-2)!, lesson: 'COPY-SYSGRP', title: 'Copy *SYSGRP', status: 'not started', steps: 1},
		{...rows.at(-1)!, lesson: 'WEEKLY-ALLUSR', title: 'Weekly full save of user libraries', status: 'not started', steps: 1},
	]);
	assert.equal(rows[0]!.lesson, 'NAVIGATE');
});

test('a broken lesson file is refused with exit 2: file, line, path and reason of every problem', () => {
	const home = mkdtempSync(join(tmpdir(), 'brms-tui-lessons-'));
	const folder = join(home, 'trainer');
	mkdirSync(folder);
	const misspelt = GOOD_YAML.replace('activity: FIIIIII', 'activty: FIIIIII');
	writeFileSync(join(folder, 'a-misspelt.yaml'), misspelt);
	writeFileSync(join(folder, 'b-syntax.json'), '{"title": "x",\n "steps": [\n}\n');
	writeFileSync(join(folder, 'c-kind.yml'), 'title: Unknown check\nsteps:\n  - text: Do it\n    check: {kind: ranTogether, group: QLTSSVR}\n');
	writeFileSync(
		join(folder, 'd-attribute.yaml'),
		'title: No such attribute\nsteps:\n  - text: Do it\n    check: {kind: attribute, group: SYSWODOM, attribute: tapeDrive, value: TAP01}\n',
	);
	writeFileSync(join(folder, 'notes.txt'), 'not a lesson: ignored');
	for (const args of [
		['learn', '--lessons', folder, '--report'],
		['learn', '--lessons', folder],
	]) {
		const result = brmsTui(home, ...args);
		assert.equal(result.status, 2, args.join(' '));
		assert.equal(result.stdout, '');
		const lines = result.stderr.trimEnd().split('\n');
		assert.equal(lines[0], 'brms-tui: Lesson files refused (4 problems); nothing was started:');
		assert.deepEqual(lines.slice(1, 2), [
			`${join(folder, 'a-misspelt.yaml')}:10: steps[0].check.checks[0].activty: unknown field "activty"; expected one of kind, group, item, listType, aspDevice, activity, retainObjectDetail, saveWhileActive, swaMessageQueue, syncId, exitCommand`,
		]);
		assert.match(lines[2]!, new RegExp(`^${join(folder, 'b-syntax.json').replace(/[.]/g, '\\.')}:3: \\(the document\\): not valid JSON: `));
		assert.match(lines[3]!, /c-kind\.yml:4: steps\[0\]\.check\.kind: must be one of all, any, not, .* not "ranTogether"$/);
		assert.match(lines[4]!, /d-attribute\.yaml:4: steps\[0\]\.check\.attribute: BRMS has no attribute "tapeDrive"$/);
		assert.doesNotMatch(result.stderr, /at .*\.js:\d+/, 'no stack trace');
	}
});

test('a lesson file may not take a built-in lesson ID, and --json goes only with --report', () => {
	const home = mkdtempSync(join(tmpdir(), 'brms-tui-lessons-'));
	mkdirSync(join(home, 'lessons'));
	writeFileSync(join(home, 'lessons', 'navigate.yaml'), GOOD_YAML);
	const taken = brmsTui(home, 'learn', '--report');
	assert.equal(taken.status, 2);
	assert.match(taken.stderr, /navigate\.yaml: id: another lesson is already called NAVIGATE; give this one its own id/);
	const json = brmsTui(mkdtempSync(join(tmpdir(), 'brms-tui-lessons-')), 'learn', '--json');
	assert.equal(json.status, 2);
	assert.equal(json.stderr, 'brms-tui: --json goes with --report; see brms-tui learn --help\n');
	const trainee = brmsTui(home, 'learn', '--report', '--trainee', '../etc');
	assert.equal(trainee.status, 2);
});

test('a damaged lessons-progress.json is named and left as it is (exit 1)', () => {
	const home = mkdtempSync(join(tmpdir(), 'brms-tui-lessons-'));
	const file = join(home, 'lessons-progress.json');
	for (const text of ['nope{\n', '{"format": "brms-tui/lesson-progress", "version": 1, "trainees": {"ann": {"NAVIGATE": {"attempts": 0}}}}\n']) {
		writeFileSync(file, text);
		const result = brmsTui(home, 'learn', '--report');
		assert.equal(result.status, 1);
		assert.match(
			result.stderr,
			new RegExp(`^brms-tui: The store file ${file.replace(/[.]/g, '\\.')} is damaged \\(.+\\)\\. It was left as it is; move it away or repair it\\.\\n$`),
		);
		assert.equal(readFileSync(file, 'utf8'), text);
	}
});

test('learn --report as a table: one line per trainee and lesson, the step, time taken, hints and what is still different', () => {
	const home = mkdtempSync(join(tmpdir(), 'brms-tui-lessons-'));
	const attempt = {startedAt: '2026-12-01T09:00:00.000Z', activeAt: '2026-12-01T09:12:05.000Z', step: 1, hintsByStep: [0, 2, 0]};
	writeFileSync(
		join(home, 'lessons-progress.json'),
		JSON.stringify({
			format: 'brms-tui/lesson-progress',
			version: 1,
			trainees: {
				bob: {'SUBMIT-QLTSSVR': {attempts: 2, current: {...attempt, stillDifferent: ['QLTSSVR ran with SBMJOB(*YES) → SBMJOB(*NO)', 'x']}}},
				ann: {
					NAVIGATE: {
						attempts: 1,
						current: {...attempt, step: 5, hintsByStep: [0, 0, 0, 0, 0], stillDifferent: []},
						completed: {at: attempt.activeAt, timeTakenMs: 725_000, hintsUsed: 0},
					},
				},
			},
		}),
	);
	const result = brmsTui(home, 'learn', '--report');
	assert.equal(result.status, 0, result.stderr);
	const lines = result.stdout.trimEnd().split('\n');
	assert.match(lines[0]!, /^Trainee +Lesson +Status +Time taken +Hints +Attempts +Still different$/);
	assert.equal(lines.length, 1 + 2 * 9, 'every lesson of both trainees');
	assert.match(lines[1]!, /^ann +NAVIGATE +done +12m 05s +0 +1$/);
	assert.ok(
		lines.some(line => /^bob +SUBMIT-QLTSSVR +step 2 of 3 +12m 05s +2 +2 +QLTSSVR ran with SBMJOB\(\*YES\) → SBMJOB\(\*NO\); x$/.test(line)),
		lines.join('\n'),
	);
	assert.ok(lines.some(line => /^bob +REPAIR +not started +0 +0$/.test(line)));
});

test('the trainee is the login name unless --trainee names one, kept to letters, digits . _ -', () => {
	assert.equal(defaultTrainee({USER: 'jane doe'}), 'jane_doe');
	assert.equal(defaultTrainee({LOGNAME: 'op1'}), 'op1');
	assert.equal(traineeName('ann'), 'ann');
	assert.throws(() => traineeName('../ann'), /Trainee name "\.\.\/ann" not valid/);
});

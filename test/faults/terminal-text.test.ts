// Issue 19, item 5: text safe to draw. `text` and `exitCommand` took ESC, BEL, CR, LF, NUL and
// U+202E, and `list`, `show` and the panels wrote them raw (an OSC title change and a screen
// clear reached the terminal; a newline forged a row in `list`); values were upper-cased before
// they were checked (`ſyswodom` ran SYSWODOM, `ﬃ` became FFI).

import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {demoControlGroups} from '../../source/domain/catalog.js';
import {checkControlGroup} from '../../source/domain/rules.js';
import {createEditState, editField, fieldValue} from '../../source/ui/fields/editor.js';
import type {FieldDefinition} from '../../source/ui/fields/field.js';
import {toText} from '../../source/ui/screen/model.js';
import {spawnInPty} from '../helpers/pty.js';

const BIN = fileURLToPath(new URL('../../dist/brms-tui.cjs', import.meta.url));

/** What a hostile store or host may hold: an OSC title change, BEL, a screen clear, CR, a forged row, NUL, a CSI as C1, a bidi override. */
const HOSTILE = 'A\u001b]0;PWNED\u0007B\u001b[2JC\rD\nFORGED  ROW\u0000E\u009b31mF\u202eG';
const AS_DRAWN = 'A\ufffd]0;PWNED\ufffdB\ufffd[2JC\ufffdD\ufffdFORGED  ROW\ufffdE\ufffd31mF\ufffdG';
/** Anything a terminal acts on, other than our own line ends. */
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/;

const brms = (home: string, args: string[], input?: string) =>
	spawnSync(process.execPath, [BIN, ...args], {env: {...process.env, BRMS_TUI_HOME: home}, encoding: 'utf8', ...(input === undefined ? {} : {input})});

/** A store written by something that did not check (an older brms-tui, a hand edit): SYSWODOM's text and exit command hostile. */
function hostileStore(): string {
	const home = mkdtempSync(join(tmpdir(), 'brms-tui-text-'));
	brms(home, ['list']);
	const path = join(home, 'system-demo.json');
	const document = JSON.parse(readFileSync(path, 'utf8'));
	const group = document.controlGroups.find((each: {name: string}) => each.name === 'SYSWODOM');
	group.text = HOSTILE;
	const exit = group.entries.find((entry: {item: string}) => entry.item === '*EXIT');
	exit.exitCommand = `SAVDOMBRM SERVER(X) CTLGRP(SYSWODOM) ${HOSTILE}`;
	writeFileSync(path, JSON.stringify(document));
	return home;
}

test('import refuses ESC, BEL, CR, LF, NUL, C1, U+202E and characters outside the job character set in any field; nothing is stored', () => {
	const home = mkdtempSync(join(tmpdir(), 'brms-tui-text-'));
	const exported = JSON.parse(brms(home, ['export', 'SYSWODOM']).stdout);
	const before = readFileSync(join(home, 'system-demo.json'));
	const cases: Array<[string, (group: Record<string, unknown> & {entries: Array<Record<string, unknown>>}) => void, RegExp]> = [
		['ESC in text', group => (group['text'] = 'a\u001b]0;x\u0007'), /field text: TUI0238: Character U\+001B at position 2 cannot be held in a 5250 field\./],
		['BEL in text', group => (group['text'] = 'bell\u0007'), /U\+0007 at position 5/],
		['CR in text', group => (group['text'] = 'a\rb'), /U\+000D/],
		['LF in text', group => (group['text'] = 'a\nb'), /U\+000A/],
		['NUL in text', group => (group['text'] = 'a\u0000'), /U\+0000/],
		['C1 in text', group => (group['text'] = 'a\u009b2J'), /U\+009B/],
		['U+202E in text', group => (group['text'] = 'abc\u202edef'), /U\+202E at position 4/],
		['not in CCSID 37', group => (group['text'] = 'arrow \u2192'), /U\+2192/],
		[
			'ESC in the exit command',
			group => (group.entries.find(entry => entry['item'] === '*EXIT')!['exitCommand'] = 'SNDMSG MSG(\u001b[2J)'),
			/entry \d+, field exitCommand: TUI0238: Character U\+001B at position \d+ cannot be held/,
		],
		['ﬃ as a name', group => (group['name'] = '\ufb03'), /control group "ﬃ", field name: TUI0238: Character U\+FB03 at position 1 cannot be held/],
		['ſyswodom as a name', group => (group['name'] = '\u017fyswodom'), /field name: TUI0238: Character U\+017F at position 1 cannot be held/],
	];
	for (const [what, spoil, expected] of cases) {
		const document = structuredClone(exported);
		spoil(document.controlGroups[0]);
		const file = join(home, 'spoiled.json');
		writeFileSync(file, JSON.stringify(document));
		const run = brms(home, ['import', file]);
		assert.equal(run.status, 2, `${what}: ${run.stderr}`);
		assert.match(run.stderr, expected, what);
		assert.doesNotMatch(run.stderr, CONTROL, `${what}: the refusal itself carries a control character`);
		assert.deepEqual(readFileSync(join(home, 'system-demo.json')), before, what);
	}
	// The panels' rules say the same (text typed on option 2, an exit command on the user exit panel).
	const group = demoControlGroups().find(each => each.name === 'SYSWODOM')!;
	const problems = checkControlGroup({...group, text: 'x\u001b[2J'});
	assert.deepEqual(
		problems.filter(each => each.messageId === 'TUI0238').map(each => [each.field, each.text]),
		[['text', 'Character U+001B at position 2 cannot be held in a 5250 field.']],
	);
});

test('list, show, export and diff of stored hostile text write no control character; no row is forged; JSON keeps the value', () => {
	const home = hostileStore();
	const list = brms(home, ['list']);
	assert.equal(list.status, 0, list.stderr);
	assert.doesNotMatch(list.stdout, CONTROL);
	// A heading and one line per group: the LF in the text forged no row.
	assert.equal(list.stdout.trimEnd().split('\n').length, 1 + 8);
	assert.ok(list.stdout.includes(AS_DRAWN), list.stdout);
	for (const args of [
		['show', 'SYSWODOM'],
		['diff', 'SYSWODOM'],
		['list', '--json'],
		['show', 'SYSWODOM', '--json'],
		['export'],
		['diff', 'SYSWODOM', '--json'],
	]) {
		const run = brms(home, args);
		assert.equal(run.status, 0, `${args.join(' ')}: ${run.stderr}`);
		assert.doesNotMatch(run.stdout, CONTROL, args.join(' '));
		assert.doesNotMatch(run.stderr, CONTROL, args.join(' '));
	}
	// JSON says the same value, escaped: a script reading it gets the stored text back.
	assert.equal(JSON.parse(brms(home, ['show', 'SYSWODOM', '--json']).stdout).text, HOSTILE);
	// A refusal quoting a hostile argument draws it too.
	const missing = brms(home, ['show', 'X\u001b]0;PWNED\u0007']);
	assert.equal(missing.status, 2);
	assert.doesNotMatch(missing.stderr, CONTROL);
});

test('brms-tui list on a terminal (bordered table) and the panels in a real pseudo-terminal never send the stored control characters', async () => {
	const home = hostileStore();
	const env = {BRMS_TUI_HOME: home};
	const list = spawnInPty(process.execPath, [BIN, 'list'], {env, cols: 200});
	try {
		await list.waitForExit(10_000);
		const bytes = list.output();
		assert.ok(bytes.includes('\u2502'), 'drawn as a bordered table');
		// Our own table styling (SGR) aside, nothing a terminal acts on but line ends.
		const withoutStyling = bytes.replace(/\u001b\[[0-9;]*m/g, '').replace(/\r\n/g, '\n');
		assert.doesNotMatch(withoutStyling, CONTROL);
	} finally {
		await list.kill();
	}
	const app = spawnInPty(process.execPath, [BIN], {env});
	try {
		await app.waitForText('Work with Backup Control Groups', 10_000);
		await app.waitForText('A\ufffd]0;PWNED');
		const bytes = app.output();
		assert.equal(bytes.includes('\u001b]0;PWNED'), false, 'an OSC title change reached the terminal');
		assert.equal(bytes.includes('\u0007'), false, 'BEL reached the terminal');
		assert.equal(bytes.includes('\u202e'), false, 'U+202E reached the terminal');
		assert.equal(bytes.includes('\u009b'), false, 'a C1 CSI reached the terminal');
	} finally {
		await app.kill();
	}
	// The screen model itself draws each as one cell of U+FFFD: nothing moves.
	assert.deepEqual(toText({rows: 1, cols: 80, runs: [{row: 1, col: 1, text: HOSTILE, attributes: {color: 'green'}}]}), [AS_DRAWN]);
});

test('values are checked before case folding: ſyswodom is not SYSWODOM, ﬃ is not FFI (CLI, panels field editor, command line)', () => {
	const home = mkdtempSync(join(tmpdir(), 'brms-tui-text-'));
	const show = brms(home, ['show', '\u017fyswodom']);
	assert.equal(show.status, 2);
	assert.match(show.stderr, /Control group ſYSWODOM not found/);
	assert.equal(brms(home, ['show', 'syswodom']).status, 0, 'a-z are still folded');
	const submit = brms(home, ['submit', '\u017fyswodom', '--sbmjob', '*NO']);
	assert.equal(submit.status, 2, submit.stderr);
	assert.match(submit.stderr, /TUI0504: CTLGRP: /);
	assert.doesNotMatch(submit.stdout, /STRBKUBRM/);
	const ffi = brms(home, ['submit', 'SYSWODOM', '--sbmjob', '*NO', '--jobq', '\ufb03']);
	assert.equal(ffi.status, 2, ffi.stderr);
	assert.match(ffi.stderr, /TUI0504: JOBQ: Job queue ﬃ not valid/);
	// The field editor folds a-z only in a name field, and refuses a control character.
	const fields: FieldDefinition[] = [{id: 'name', row: 1, col: 1, length: 10, kind: 'name'}];
	let state = createEditState(fields);
	for (const char of '\u017fy\ufb03') state = editField(state, fields, {kind: 'char', char, raw: char}).state;
	assert.equal(fieldValue(state, 'name').trimEnd(), '\u017fY\ufb03');
	const refused = editField(state, fields, {kind: 'char', char: '\u001b', raw: '\u001b'}).state;
	assert.equal(refused.error?.message.id, 'TUI9009');
	assert.equal(fieldValue(refused, 'name').trimEnd(), '\u017fY\ufb03');
});

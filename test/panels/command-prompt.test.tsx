// F4 on User Exit Maintenance (the IBM figure's F4=Prompt, brms.md §2.5): the exit's command
// prompted a parameter a line at the prompter's columns, changed, typed out again into the exit
// and stored with the group; refusals on line 24.

import assert from 'node:assert/strict';
import {afterEach, test} from 'node:test';
import {demoSystem, workWithGroups} from '../helpers/brms.js';
import {KEY, type RenderedApp, renderApp} from '../helpers/ink-app.js';

let screen: RenderedApp | undefined;
afterEach(() => screen?.unmount());

const ERASE_EOF = '\u0005';
const QLTSSVR_ROW = 16;

/** Option 2 on QLTSSVR, F10 on its entry 20 (SAVDOMBRM SERVER(DOM1) CTLGRP(QLTSSVR)). */
async function exitOfQltssvr() {
	const system = demoSystem();
	const s = await renderApp(workWithGroups(), system.services);
	screen = s;
	for (let row = 11; row < QLTSSVR_ROW; row++) await s.press(KEY.tab);
	await s.press('2', KEY.enter, KEY.down, KEY.f10);
	assert.match(s.row(1), /User Exit Maintenance/);
	return {...system, s};
}

test('F4 prompts the exit command a parameter a line; Enter types it out again into the exit, stored with the group', async () => {
	const {s, store} = await exitOfQltssvr();
	await s.press(KEY.f4);
	assert.equal(s.row(1), '                         Prompt for Command (SAVDOMBRM)              BRMSDEMO');
	assert.equal(s.row(3), ' Type choices, press Enter.');
	assert.equal(s.row(5).trimEnd(), '  Keyword SERVER . . . . . . . . . . . .   DOM1');
	assert.equal(s.row(6).trimEnd(), '  Keyword CTLGRP . . . . . . . . . . . .   QLTSSVR');
	assert.equal(s.textAt(21, 74, 6), 'Bottom');
	assert.equal(s.row(22), ' F3=Exit   F5=Refresh   F12=Cancel   F13=How to use this display');
	assert.equal((await s.cell(5, 44)).underline, true);
	await s.press(ERASE_EOF, 'DOM3', KEY.enter);
	assert.match(s.row(1), /User Exit Maintenance/);
	assert.equal(s.row(8).trimEnd(), '  Command . . . . . . . . . . . . SAVDOMBRM SERVER(DOM3) CTLGRP(QLTSSVR)');
	// Enter keeps it for the entries panel, whose Enter stores the group.
	await s.press(KEY.enter, KEY.enter);
	assert.equal(s.row(24).trim(), 'Control group QLTSSVR saved.');
	assert.equal(store.get('QLTSSVR')!.group.entries[1]!.exitCommand, 'SAVDOMBRM SERVER(DOM3) CTLGRP(QLTSSVR)');
});

test('F12 on the prompt leaves the command as it was; an unpaired value is refused on its field; a blank one leaves its parameter out', async () => {
	const {s} = await exitOfQltssvr();
	await s.press(KEY.f4, ERASE_EOF, 'X', KEY.f12);
	assert.equal(s.row(8).trimEnd(), '  Command . . . . . . . . . . . . SAVDOMBRM SERVER(DOM1) CTLGRP(QLTSSVR)');
	await s.press(KEY.f4, KEY.tab, ERASE_EOF, 'QLTS(SVR', KEY.enter);
	assert.equal(s.row(24), ' Value of CTLGRP not valid: its quotes or parentheses do not pair.');
	assert.equal((await s.cell(6, 44)).inverse, true);
	await s.press(KEY.reset, ERASE_EOF, KEY.enter);
	assert.equal(s.row(8).trimEnd(), '  Command . . . . . . . . . . . . SAVDOMBRM SERVER(DOM1)');
});

test('F4 with no command, or one that cannot be read as a command, says so on line 24', async () => {
	const {s} = await exitOfQltssvr();
	await s.press(ERASE_EOF, KEY.f4);
	assert.equal(s.row(24), ' Type a CL command first; F4 then prompts its parameters.');
	await s.press(KEY.reset, 'SAVDOMBRM SERVER(DOM1', KEY.f4);
	assert.equal(s.row(24), ' The command cannot be prompted: check its name, quotes and parentheses.');
	assert.match(s.row(1), /User Exit Maintenance/);
});

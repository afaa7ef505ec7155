// Random keys into the panels through the runtime's driver (no rendering), the host's tasks run
// as in the app: no panel may throw, every screen must lay out, every message must fit line 24
// with the values the panels really put in it, the store must only ever hold valid groups — and the walk must reach every panel of the registry and every window (F4
// lists, F1 help, the host's questions) and store often. Besides plain random keys, the walker
// does what an operator does on each panel, with values the panel allows (an option next to a
// group, a value picked from an F4 list, Enter on a valid panel), so saves are frequent. It
// reports, per panel, the keys it pressed there and the saves made from there.

import assert from 'node:assert/strict';
import {test} from 'node:test';
import {MESSAGE_LINE_WIDTH} from '../../source/domain/messages.js';
import {OPTIONS, PANEL_IDS, PANELS, panelHelpOf} from '../../source/panels/registry.js';
import type {Services} from '../../source/panels/services.js';
import {inScreenOrder} from '../../source/ui/fields/field.js';
import type {Keystroke} from '../../source/ui/keys/key-names.js';
import {createDriver, type PanelDriver} from '../../source/ui/panel/driver.js';
import type {Frame} from '../../source/ui/panel/frame.js';
import {screenOf} from '../../source/ui/panel/runtime.js';
import {SCREEN_24X80, toText} from '../../source/ui/screen/model.js';
import {random, reportSeed, seedsOr} from '../helpers/seed.js';
import {assertStoreValid, firstPanel, fuzzSystem, key, pick, randomKeystrokes, typed} from './fuzz-helpers.js';

// The simulated jobs the walk submits end at once.
process.env['BRMS_TUI_DEMO_STEP_MS'] = '0';

const SEEDS = seedsOr([20_261_125, 7, 4242, 99_991]);
const KEYS_PER_SEED = 25_000;
const WINDOWS = ['VALUE-LIST', 'HELP', 'QUESTION'];
/** Panels that store something when their Enter (or F10) is accepted. */
const STORING = [
	'CREATE-ENTRIES',
	'EDIT-ENTRIES',
	'COPY-GROUP',
	'CONFIRM-DELETE',
	'ADD-TO-SCHEDULE',
	'CHANGE-ATTRIBUTES',
	'SUBSYSTEMS',
	'JOB-QUEUES',
	'CHANGE-SHEET',
];

type Walk = {next: () => number; names: () => string[]; fresh: () => string};

/** Keys on one panel in a row after which the walker leaves it (F12), as an operator would. */
const PATIENCE = 120;

/** Home, then Tab to the field: the cursor on it. */
function cursorTo(frame: Frame<Services>, fieldId: string): Keystroke[] {
	const index = inScreenOrder(frame.fields()).findIndex(field => field.id === fieldId);
	return index < 0 ? [] : [key('Reset'), key('Home'), ...Array.from({length: index}, () => key('Tab'))];
}

const fieldsLike = (frame: Frame<Services>, pattern: RegExp) => frame.fields().filter(field => pattern.test(field.id));

/** F4 on a random field that has a list (the list window then picks a value). */
function promptSomewhere(frame: Frame<Services>, walk: Walk): Keystroke[] {
	const field = frame.fields().length > 0 ? pick(walk.next, frame.fields()) : undefined;
	return field ? [...cursorTo(frame, field.id), key('F4')] : [key('F4')];
}

/** What an operator might do next on the panel on top. */
function plan(frame: Frame<Services>, walk: Walk): Keystroke[] {
	const {next} = walk;
	const roll = next();
	const enter = [key('Enter')];
	// Refused: an operator reads the message, then mends a value or gives up on the panel.
	if (frame.edit.error && roll < 0.35) return [key('Reset'), key('F12')];
	switch (frame.id) {
		case 'WRKCTLGBRM': {
			const opts = fieldsLike(frame, /^opt:/);
			if (roll < 0.4 && opts.length > 0) {
				// The registry's options, those that edit a group twice as often.
				const option = String(pick(next, [...OPTIONS, ...OPTIONS.filter(each => each.value === 2 || each.value === 8)]).value);
				return [...cursorTo(frame, pick(next, opts).id), key('EraseEOF'), ...typed(option), ...enter];
			}
			if (roll < 0.52) {
				// Now and then several groups at once (Running Backups follows their jobs together).
				const groups = next() < 0.2 ? [pick(next, walk.names()), pick(next, walk.names())].join(' ') : pick(next, walk.names());
				const command = `STRBKUBRM CTLGRP(${groups}) SBMJOB(${pick(next, ['*YES', '*NO', '*MAYBE'])})`;
				return [...cursorTo(frame, 'command'), key('EraseEOF'), ...typed(command), key(next() < 0.8 ? 'Enter' : 'F4')];
			}
			if (roll < 0.55) return [key('F22')];
			if (roll < 0.58) return [key('F14')];
			// F7 (the jobs option 6 put on the schedule) and F9 (the backup policy): random keys alone reach them rarely.
			if (roll < 0.6) return [key('F7')];
			if (roll < 0.62) return [key('F9')];
			if (roll < 0.65) return [...cursorTo(frame, 'positionTo'), ...typed(pick(next, ['Q', 'SYS', '*', 'ZZ'])), ...enter];
			break;
		}
		case 'CREATE-GROUP':
		case 'COPY-GROUP':
			if (roll < 0.65) {
				const name = next() < 0.85 ? walk.fresh() : pick(next, ['*BAD', 'SYSWODOM', '1X']);
				return [...cursorTo(frame, 'name'), key('EraseEOF'), ...typed(name), key('FieldExit'), ...typed(pick(next, ['Fuzzed group', '*SAME', ''])), ...enter];
			}
			break;
		case 'CREATE-ENTRIES':
		case 'EDIT-ENTRIES': {
			if (roll < 0.35) return enter;
			if (roll < 0.45) {
				const exits = fieldsLike(frame, /^entry:\d+:item$/).filter(field => frame.edit.values[field.id] === '*EXIT');
				if (exits.length > 0) return [...cursorTo(frame, pick(next, exits).id), key('F10')];
			}
			if (roll < 0.6) {
				const blank = fieldsLike(frame, /^entry:\d+:seq$/).find(field => (frame.edit.values[field.id] ?? '').trim() === '');
				const item = pick(next, ['*ALLUSR', '*ALLDLO', 'PAYROLL', 'QGPL', '*SAVSECDTA', '*EXIT']);
				if (blank)
					return [...cursorTo(frame, blank.id), ...typed(String(1 + Math.floor(next() * 9998))), key('FieldExit'), ...typed(item), key('FieldExit'), ...enter];
				return [key('RollUp')];
			}
			if (roll < 0.75) return promptSomewhere(frame, walk);
			break;
		}
		case 'DISPLAY-ENTRIES':
		case 'DISPLAY-ATTRIBUTES':
			if (roll < 0.6) return enter;
			if (roll < 0.75) return [key(pick(next, ['F11', 'RollUp', 'RollDown']))];
			break;
		case 'CHANGE-ATTRIBUTES':
			if (roll < 0.35) return enter;
			if (roll < 0.55) return [key(pick(next, ['RollUp', 'RollDown']))];
			if (roll < 0.75) return promptSomewhere(frame, walk);
			break;
		case 'SUBSYSTEMS':
		case 'JOB-QUEUES': {
			if (roll < 0.4) return enter;
			if (roll < 0.55) {
				const blank = fieldsLike(frame, /^line:\d+:seq$/).find(field => (frame.edit.values[field.id] ?? '').trim() === '');
				const name = pick(next, frame.id === 'SUBSYSTEMS' ? ['QBATCH', 'QINTER', '*ALL'] : ['QBATCH', 'QPGMR']);
				if (blank) return [...cursorTo(frame, blank.id), ...typed(String(1 + Math.floor(next() * 99))), key('FieldExit'), ...typed(name), ...enter];
			}
			if (roll < 0.7) return promptSomewhere(frame, walk);
			break;
		}
		case 'CONFIRM-DELETE':
			// Deletes are kept rarer than creates, so the list does not run dry.
			return walk.names().length > 6 && roll < 0.3 ? enter : [key('F12')];
		case 'ADD-TO-SCHEDULE':
			if (roll < 0.6) return enter;
			break;
		case 'USER-EXIT': {
			const command = pick(next, ['MONSWABRM LIB(*ALLUSR)', 'SAVDOMBRM SERVER(DOM1) CTLGRP(QLTSSVR)', 'ENDSBS']);
			// F4 prompts the command typed (the walk comes here seldom: the prompt first).
			if (roll < 0.3) return [key('Home'), key('EraseEOF'), ...typed(command), key('F4')];
			if (roll < 0.6) return [key('Home'), key('EraseEOF'), ...typed(command), ...enter];
			if (roll < 0.75) return [key('F12')];
			break;
		}
		case 'COMMAND-PROMPT':
			if (roll < 0.6) return enter;
			if (roll < 0.8) return [key('F12')];
			break;
		case 'STRBKUBRM':
			if (roll < 0.3 && frame.functionKeys().some(each => each.key === 'F8')) return [key('F8')];
			if (roll < 0.65) return enter;
			if (roll < 0.8) return promptSomewhere(frame, walk);
			break;
		case 'BACKUP-STATUS': {
			const opts = fieldsLike(frame, /^opt:/);
			if (roll < 0.5 && opts.length > 0) return [...cursorTo(frame, pick(next, opts).id), ...typed(pick(next, ['5', '5', '5', '4'])), ...enter];
			if (roll < 0.6) return [key(pick(next, ['F5', 'RollUp', 'RollDown']))];
			if (roll < 0.85) return [key('F12')];
			break;
		}
		case 'RUN-LOG':
		case 'RUNNING-BACKUPS':
		case 'COMMAND-MESSAGES':
			if (roll < 0.6) return enter;
			if (roll < 0.75) return [key(pick(next, ['RollUp', 'RollDown']))];
			break;
		case 'CHANGE-SHEET':
			if (roll < 0.4) return [key('F10')];
			if (roll < 0.7) return enter;
			break;
		case 'SELECT-SYSTEM':
			if (roll < 0.5) return [...cursorTo(frame, pick(next, fieldsLike(frame, /^opt:/)).id), ...typed('1'), ...enter];
			if (roll < 0.6) return [key('F14')];
			if (roll < 0.8) return [key('F12')];
			break;
		case 'VALUE-LIST':
			if (roll < 0.7) return [...Array.from({length: Math.floor(next() * 4)}, () => key('Down')), ...typed('1'), ...enter];
			if (roll < 0.85) return [key('F12')];
			break;
		case 'HELP':
			if (roll < 0.3) return [key('RollUp')];
			if (roll < 0.8) return [key(pick(next, ['Enter', 'F12', 'F3']))];
			break;
		case 'QUESTION':
			if (roll < 0.5) return [...typed('YES'), ...enter];
			if (roll < 0.7) return [...typed(pick(next, ['pa$$ word', 'no', 'YES'])), ...enter];
			if (roll < 0.9) return [key('F12')];
			break;
	}
	if (roll > 0.97) return [key(pick(next, ['F1', 'F3', 'F4', 'Help']))];
	return randomKeystrokes(next);
}

/** Until the keyboard is free again: the task ended, or a question window asks. */
async function idle(driver: PanelDriver<Services>, context: string): Promise<void> {
	const deadline = Date.now() + 10_000;
	while (driver.stack.task && !driver.stack.task.asking) {
		if (Date.now() > deadline) assert.fail(`${context}: a task did not end`);
		await new Promise(resolve => setImmediate(resolve));
	}
}

for (const seed of SEEDS) {
	test(`${KEYS_PER_SEED} keys into the panels reach every panel and window and store often (seed ${seed})`, async t => {
		reportSeed(t, seed, 'panels.fuzz');
		const next = random(seed);
		let top = 'WRKCTLGBRM';
		const system = fuzzSystem(next, () => top);
		let made = 0;
		const walk: Walk = {next, names: () => system.store.list().map(group => group.name), fresh: () => `FZ${(made++).toString(36).toUpperCase()}`};
		const open = () => createDriver(firstPanel(), system.services, {panelHelp: panelHelpOf});
		let driver = open();
		const keys = new Map<string, number>();
		let starts = 0;
		let revision = JSON.stringify(system.store.list());
		let stayed = {id: '', keys: 0};
		const messagesSeen = new Set<string>();
		for (let index = 0; index < KEYS_PER_SEED; ) {
			const frame = driver.stack.frames.at(-1)!;
			stayed = stayed.id === frame.id ? stayed : {id: frame.id, keys: 0};
			const inputs = stayed.keys > PATIENCE ? [key('Reset'), key('F12')] : plan(frame, walk);
			stayed.keys += inputs.length;
			for (const keystroke of inputs) {
				if (index >= KEYS_PER_SEED) break;
				top = driver.stack.frames.at(-1)!.id;
				keys.set(top, (keys.get(top) ?? 0) + 1);
				const context = `seed ${seed}, key ${index} (${JSON.stringify(keystroke)}) on ${top}`;
				try {
					driver.press(keystroke);
					// While the host works, Ctrl+C now and then stops the waiting.
					if (driver.stack.task && !driver.stack.task.asking && next() < 0.1) driver.press(key('Interrupt'));
					await idle(driver, context);
					const shown = driver.stack.frames.at(-1)!;
					const message = shown.edit.error?.message ?? shown.notice;
					if (message) {
						assert.ok(message.text.length <= MESSAGE_LINE_WIDTH, `${context}: ${shown.id}: ${message.text}`);
						messagesSeen.add(message.id);
					}
					if (index % 10 === 0) {
						const rows = toText(screenOf(driver.stack, SCREEN_24X80));
						assert.equal(rows.length, 24, context);
						// A 5250 shows what EBCDIC holds: nothing but ASCII's printable characters on a panel.
						const foreign = rows.find(row => /[^\x20-\x7E]/.test(row));
						assert.equal(foreign, undefined, `${context}: a character a 5250 cannot show`);
					}
				} catch (error) {
					assert.fail(`${context}: ${(error as Error).stack}`);
				}
				index++;
				if (driver.stack.exited || system.switches() > starts) {
					starts = system.switches();
					driver.dispose();
					driver = open();
					break;
				}
			}
			if (index % 500 < inputs.length) {
				const now = JSON.stringify(system.store.list());
				if (now !== revision) {
					assertStoreValid(system.store, `seed ${seed}, key ${index}`);
					revision = now;
				}
			}
		}
		assertStoreValid(system.store, `seed ${seed}, end`);
		const report = [...keys.keys()]
			.sort()
			.map(id => `${id.padEnd(20)} ${String(keys.get(id)).padStart(6)} keys ${String(system.stored.get(id) ?? 0).padStart(5)} saves`);
		for (const line of report) t.diagnostic(line);
		const saves = [...system.stored.values()].reduce((sum, each) => sum + each, 0);
		t.diagnostic(`${saves} saves in ${KEYS_PER_SEED} keys`);
		assert.deepEqual(
			[...PANEL_IDS.filter(id => !PANELS[id].learn), ...WINDOWS].filter(id => !keys.has(id)),
			[],
			'every panel and window is reached',
		);
		assert.deepEqual(
			STORING.filter(id => !system.stored.get(id)),
			[],
			'every panel that stores has stored',
		);
		assert.ok(saves >= 250, `${saves} saves in ${KEYS_PER_SEED} keys`);
		t.diagnostic(`messages shown: ${[...messagesSeen].sort().join(' ')}`);
		assert.ok(messagesSeen.size >= 5, `messages shown: ${[...messagesSeen].join(', ')}`);
	});
}

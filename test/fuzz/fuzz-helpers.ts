// Shared parts of the keystroke fuzzers: a seeded random source, random keystrokes over every
// 5250 key, and the invariant that the store only ever holds valid control groups.

import assert from 'node:assert/strict';
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {checkControlGroup, errorsOnly} from '../../source/domain/rules.js';
import {demoControlGroups} from '../../source/host/demo/seed-groups.js';
import {controlGroupOptionPanels} from '../../source/panels/option-panels.js';
import {workWithControlGroups} from '../../source/panels/work-with-control-groups/panel.js';
import {ControlGroupStore} from '../../source/store/control-group-store.js';
import {KEY_NAMES, type Keystroke} from '../../source/ui/keys/key-names.js';
import {noHost} from '../helpers/ink-app.js';

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d_2b_79_f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}

// Characters and whole values that make options, names, special values and activities likely.
const TYPED = '1234568900*FIYESNOLIBQGPLABC ';
const TOKENS = [
	'*YES',
	'*NO',
	'*LIB',
	'*ERR',
	'*ALLUSR',
	'*EXIT',
	'*SAVSYS',
	'PAYROLL',
	'*LNK',
	'FFFFFFF',
	'FIIIIII',
	'*DFTACT',
	'*BKUPCY',
	'10',
	'45',
	'1',
	'2',
	'3',
	'4',
	'5',
	'6',
];
// Keys that leave a panel or open a window are rarer, so the walk stays long enough in each panel.
const RARE = new Set(['F1', 'F3', 'F4', 'F12', 'Help', 'Quit', 'Interrupt']);
const FREQUENT = ['Enter', 'Tab', 'BackTab', 'Down', 'Up', 'Left', 'Right', 'FieldExit', 'EraseEOF', 'RollUp', 'RollDown', 'Reset'] as const;

/** One random input: a key, a character, or a burst of characters typing a whole value. */
export function randomKeystrokes(next: () => number): Keystroke[] {
	const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
	const roll = next();
	if (roll < 0.35) {
		const char = pick(Array.from(TYPED));
		return [{kind: 'char', char, raw: char}];
	}
	if (roll < 0.5) return Array.from(pick(TOKENS), char => ({kind: 'char', char, raw: char}));
	if (roll < 0.52) return [{kind: 'unknown', raw: '\u001B[99~'}];
	if (roll < 0.8) return [{kind: 'key', name: pick(FREQUENT), raw: ''}];
	let name = pick(KEY_NAMES);
	if (RARE.has(name) && next() < 0.8) name = pick(FREQUENT);
	return [{kind: 'key', name, raw: ''}];
}

export function fuzzStore() {
	const home = mkdtempSync(join(tmpdir(), 'brms-tui-fuzz-'));
	return new ControlGroupStore({systemId: 'demo', seed: demoControlGroups, env: {BRMS_TUI_HOME: home}});
}

export function firstPanel(store: ControlGroupStore) {
	return workWithControlGroups({
		systemName: 'FUZZ',
		loadGroups: () => store.list(),
		openOption: controlGroupOptionPanels('FUZZ', store, noHost),
	});
}

/** Whatever the keys did, every stored group passes BRMS's rules (the file is re-read and schema-checked). */
export function assertStoreValid(store: ControlGroupStore, context: string): void {
	for (const group of store.list()) {
		assert.deepEqual(errorsOnly(checkControlGroup(group)), [], `${context}: stored group ${group.name} breaks a rule`);
	}
}

// Shared parts of the keystroke fuzzers: random keystrokes over every 5250 key, the system the
// fuzzers walk (the app's own Services over a demo store, counting what they store, and a host
// that asks the operator now and then, as an SSH host asks for a key or a password), and the
// invariant that the store only ever holds valid control groups. Seeds: test/helpers/seed.ts.

import assert from 'node:assert/strict';
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import type {CommandRun} from '../../source/domain/command-run.js';
import {checkControlGroup, errorsOnly} from '../../source/domain/rules.js';
import {COMMANDS, OPTIONS} from '../../source/panels/registry.js';
import type {Done, Saved, Services} from '../../source/panels/services.js';
import {workWithControlGroups} from '../../source/panels/work-with-control-groups/panel.js';
import type {ControlGroupStore} from '../../source/store/control-group-store.js';
import {KEY_NAMES, type KeyName, type Keystroke} from '../../source/ui/keys/key-names.js';
import type {Question} from '../../source/ui/panel/panel.js';
import {demoSystem} from '../helpers/brms.js';

// Characters and whole values that make options, names, special values and activities likely.
const TYPED = '1234568900*FIYESNOLIBQGPLABC ';
export const TOKENS = [
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

export const pick = <T>(next: () => number, list: readonly T[]): T => list[Math.floor(next() * list.length)]!;

export const key = (name: KeyName): Keystroke => ({kind: 'key', name, raw: ''});
export const typed = (text: string): Keystroke[] => Array.from(text, char => ({kind: 'char', char, raw: char}));

/** One random input: a key, a character, or a burst of characters typing a whole value. */
export function randomKeystrokes(next: () => number): Keystroke[] {
	const roll = next();
	if (roll < 0.35) return typed(pick(next, Array.from(TYPED)));
	if (roll < 0.5) return typed(pick(next, TOKENS));
	if (roll < 0.52) return [{kind: 'unknown', raw: '\u001B[99~'}];
	if (roll < 0.8) return [key(pick(next, FREQUENT))];
	let name = pick(next, KEY_NAMES);
	if (RARE.has(name) && next() < 0.8) name = pick(next, FREQUENT);
	return [key(name)];
}

/** What a fuzz run stored, by the panel on top when it happened. */
export type Stored = Map<string, number>;

export type FuzzSystem = ReturnType<typeof fuzzSystem>;

/**
 * A demo system for a fuzz run. Its services are the app's, with each successful store write
 * counted for the panel `onTop()` names; its host asks the operator before one command in three
 * (a host key, then a password, as an SSH host does); F22 offers a second system, and choosing
 * it is counted (the app would start anew there; the fuzzer starts anew here).
 */
export function fuzzSystem(next: () => number, onTop: () => string) {
	const system = demoSystem({}, {BRMS_TUI_HOME: mkdtempSync(join(tmpdir(), 'brms-tui-fuzz-'))});
	const stored: Stored = new Map();
	let switches = 0;
	const count = <T extends Saved | Done>(done: T): T => {
		if (done.ok) stored.set(onTop(), (stored.get(onTop()) ?? 0) + 1);
		return done;
	};
	/** One time in three, a host key and a password are asked first; a key not accepted ends the run there. */
	const signedOn = async (ask: (question: Question) => Promise<string | undefined>): Promise<CommandRun | undefined> => {
		if (next() >= 0.35) return undefined;
		const accepted = await ask({title: 'Verify Host Key', lines: ['The host key of fuzz.example.com is not known.'], label: 'Accept the key', length: 3});
		if (accepted?.trim().toUpperCase() !== 'YES') return {outcome: 'completed', exitCode: 255, messages: [], reason: 'host key not accepted'};
		await ask({title: 'Sign On to FUZZ', lines: ['OPER@fuzz.example.com'], label: 'Password', length: 40, hidden: true});
		return undefined;
	};
	const base = system.services;
	const services: Services = {
		...base,
		saveGroup: (group, startedFrom) => count(base.saveGroup(group, startedFrom)),
		deleteGroup: (name, startedFrom) => count(base.deleteGroup(name, startedFrom)),
		markApplied: group => count(base.markApplied(group)),
		// The host's work: asked as an SSH host asks; an entry the demo host added counts as stored.
		runCommand: async (command, ask) => (await signedOn(ask)) ?? base.runCommand(command, ask),
		addScheduleEntry: async (entry, ask) => {
			// Counted for the panel that asked (a question window may be on top by then).
			const panel = onTop();
			const refused = await signedOn(ask);
			if (refused) return {...refused, command: 'ADDJOBSCDE'};
			const run = await base.addScheduleEntry(entry, ask);
			if (run.outcome === 'completed' && run.exitCode === 0) stored.set(panel, (stored.get(panel) ?? 0) + 1);
			return run;
		},
		systems: () => [...base.systems(), {id: 'prod1', name: 'PROD1', where: 'OPER@fuzz.example.com'}],
		switchSystem: () => {
			switches++;
		},
	};
	return {...system, services, stored, switches: () => switches};
}

/** WRKCTLGBRM as the app opens it, F22 included. */
export function firstPanel() {
	return workWithControlGroups({systemName: 'FUZZ', systemId: 'demo', options: OPTIONS, commands: COMMANDS, canSelectSystem: true});
}

/** Whatever the keys did, every stored group passes BRMS's rules (the file is re-read and schema-checked). */
export function assertStoreValid(store: ControlGroupStore, context: string): void {
	for (const group of store.list()) {
		assert.deepEqual(errorsOnly(checkControlGroup(group)), [], `${context}: stored group ${group.name} breaks a rule`);
	}
}

// The figures read off a real pseudo-terminal: start-up, keystroke echo, bytes per key and per
// Roll, the option-2 panel switch and peak memory, for brms-tui and for the Ink hello world.

import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {BIG_GROUP} from './large-store.js';
import {type Summary, summary} from './statistics.js';
import {TerminalSession} from './terminal-session.js';

const KEY = {ctrlL: '\f', enter: '\r', tab: '\t', backspace: '\x7f', f3: '\x1bOR', f12: '\x1b[24~', rollUp: '\x1b[6~', rollDown: '\x1b[5~'} as const;

const LIST_TITLE = 'Work with Backup Control Groups';
const ENTRIES_TITLE = 'Edit Backup Control Group Entries';

/** A complete panel: its title on line 1 and the last key of its legend drawn. */
const complete = (title: string, lastLegend: string) => (lines: string[]) => lines[0]!.includes(title) && lines.some(line => line.includes(lastLegend));
export const listComplete = complete(LIST_TITLE, 'F24=More keys');
const entriesComplete = complete(ENTRIES_TITLE, 'F24=More keys');
export const helloComplete = (lines: string[]) => lines[0]!.includes('Hello, world');

export type StartFigures = {
	appDemoStoreMs: Summary;
	appLargeStoreMs: Summary;
	/** 1,000 groups, a file of the store folder changed since the last start: its kept frame not used (cli/last-frame.ts). */
	appLargeStoreChangedMs: Summary;
	helloMs: Summary;
};

/** Time from spawning the program to its first complete frame, the programs taking turns. */
export async function measureStart({app, hello, home, runs}: {app: string; hello: string; home: string; runs: number}): Promise<StartFigures> {
	const demoHome = mkdtempSync(join(tmpdir(), 'brms-tui-bench-demo-'));
	// The first start writes the demo store, V8's code cache and the frame kept for the next start
	// (left open a moment, as a user's first start would be); every measured start reads them, as
	// a user's would — but one start in each round follows a change in the store folder.
	await timeToFrame(app, {BRMS_TUI_HOME: demoHome}, listComplete, 1000);
	await timeToFrame(app, {BRMS_TUI_HOME: home}, listComplete, 1000);
	const samples = {appDemoStoreMs: [] as number[], appLargeStoreMs: [] as number[], appLargeStoreChangedMs: [] as number[], helloMs: [] as number[]};
	for (let run = 0; run < runs; run++) {
		samples.helloMs.push(await timeToFrame(hello, {}, helloComplete));
		samples.appDemoStoreMs.push(await timeToFrame(app, {BRMS_TUI_HOME: demoHome}, listComplete));
		writeFileSync(join(home, 'bench-changed'), String(run));
		samples.appLargeStoreChangedMs.push(await timeToFrame(app, {BRMS_TUI_HOME: home}, listComplete));
		samples.appLargeStoreMs.push(await timeToFrame(app, {BRMS_TUI_HOME: home}, listComplete));
	}
	return {
		appDemoStoreMs: summary(samples.appDemoStoreMs),
		appLargeStoreMs: summary(samples.appLargeStoreMs),
		appLargeStoreChangedMs: summary(samples.appLargeStoreChangedMs),
		helloMs: summary(samples.helloMs),
	};
}

export async function timeToFrame(script: string, env: Record<string, string>, ready: (lines: string[]) => boolean, stayMs = 0): Promise<number> {
	const session = new TerminalSession(script, [], env);
	try {
		const at = await session.until(ready);
		if (stayMs > 0) await new Promise(resolve => setTimeout(resolve, stayMs));
		return at - session.started;
	} finally {
		await session.close();
	}
}

export type KeyFigures = {latencyMs: Summary; bytes: Summary};
export type AppFigures = {
	optField: KeyFigures;
	entryField: KeyFigures;
	listRoll: KeyFigures;
	entriesRoll: KeyFigures;
	option2ToEntriesMs: Summary;
	/** Enter on option 2 (list → entries) and F12 back (entries → list). */
	switchToEntries: SwitchFigures;
	switchToList: SwitchFigures;
	peakRssMiB: number;
};

type SwitchSample = {bytes: number; slowLinkMs: number; fromBlank?: number};
/** A panel switch: bytes sent, bytes of the same panel drawn from blank (Ctrl+L), last byte over 56 kbit/s. */
export type SwitchFigures = {bytes: Summary; fromBlankBytes: Summary; slowLinkMs: Summary};

function switchFigures(samples: readonly SwitchSample[]): SwitchFigures {
	return {
		bytes: summary(samples.map(sample => sample.bytes)),
		fromBlankBytes: summary(samples.map(sample => sample.fromBlank ?? Number.NaN)),
		slowLinkMs: summary(samples.map(sample => sample.slowLinkMs)),
	};
}

/** One session on the large store: typing, Rolls and option 2 into the 999-entry group. */
export async function measureApp({
	app,
	home,
	keys,
	rolls,
	switches,
}: {
	app: string;
	home: string;
	keys: number;
	rolls: number;
	switches: number;
}): Promise<AppFigures> {
	const session = new TerminalSession(app, [], {BRMS_TUI_HOME: home});
	try {
		await session.until(listComplete);
		// The cursor starts in the first Opt field; walk it to the 999-entry group's.
		const bigRow = session.terminal.lines().findIndex(line => line.includes(BIG_GROUP)) + 1;
		if (bigRow < 1) throw new Error(`The list does not show ${BIG_GROUP}:\n${session.terminal.dump()}`);
		await tabTo(session, bigRow, 2);
		// The first frame is painted before Ink is loaded (issue 18), and a key typed then waits for
		// Ink: one key typed and erased first, so that the echo figures time typing, not the start.
		await typeAndErase(session, '2', () => session.terminal.textAt(bigRow, 2, 1) === '2', 1);

		const optField = await typeAndErase(session, '2', () => session.terminal.textAt(bigRow, 2, 1) === '2', keys);
		const listRoll = await rollBothWays(session, rolls, bigRow);

		// Where Roll leaves the cursor is the panel's business; put it back in the group's Opt field.
		await tabTo(session, bigRow, 2);
		const option2ToEntriesMs: number[] = [];
		const toEntries: SwitchSample[] = [];
		const backToList: SwitchSample[] = [];
		for (let round = 0; round < switches; round++) {
			await session.keystroke('2');
			option2ToEntriesMs.push(await session.timeTo(KEY.enter, entriesComplete));
			toEntries.push(session.lastAnswer());
			// The same panel drawn from blank: Ctrl+L (a full redraw) right after the switch.
			toEntries.at(-1)!.fromBlank = (await session.keystroke(KEY.ctrlL)).bytes;
			if (round < switches - 1) {
				const back = await session.keystroke(KEY.f12);
				await session.until(listComplete);
				backToList.push({...back, fromBlank: (await session.keystroke(KEY.ctrlL)).bytes});
			}
		}
		// In the entries: the first entry's Backup items field (row 13, column 7).
		await tabTo(session, 13, 7);
		const entryField = await typeAndErase(session, 'X', () => session.terminal.textAt(13, 7, 1) === 'X', keys);
		const entriesRoll = await rollBothWays(session, rolls, 13);
		const peakRssMiB = session.peakRssMiB();
		await session.keystroke(KEY.f12);
		return {
			optField,
			entryField,
			listRoll,
			entriesRoll,
			option2ToEntriesMs: summary(option2ToEntriesMs),
			switchToEntries: switchFigures(toEntries),
			switchToList: switchFigures(backToList),
			peakRssMiB,
		};
	} finally {
		await session.close();
	}
}

export type BaselineFigures = {typed: KeyFigures; peakRssMiB: number};

/** The hello world's echo of the same number of typed characters. */
export async function measureBaseline({hello, keys}: {hello: string; keys: number}): Promise<BaselineFigures> {
	const session = new TerminalSession(hello, [], {});
	try {
		await session.until(helloComplete);
		const latency: number[] = [];
		const bytes: number[] = [];
		for (let key = 0; key < keys; key++) {
			const typed = await session.keystroke(String.fromCharCode(97 + (key % 26)));
			latency.push(typed.latencyMs);
			bytes.push(typed.bytes);
		}
		if (session.terminal.row(2).length === 0) throw new Error('The hello world echoed nothing');
		return {typed: {latencyMs: summary(latency), bytes: summary(bytes)}, peakRssMiB: session.peakRssMiB()};
	} finally {
		await session.close();
	}
}

/** Tabs from field to field until the cursor stands at row/col (1-based). */
async function tabTo(session: TerminalSession, row: number, col: number): Promise<void> {
	for (let tab = 0; tab < 100; tab++) {
		const cursor = session.terminal.cursor();
		if (cursor.row === row && cursor.col === col) return;
		await session.keystroke(KEY.tab);
	}
	throw new Error(`Tab never reached row ${row}, column ${col}:\n${session.terminal.dump()}`);
}

/** Types `character` into the field under the cursor and erases it again, `count` times; figures for the typing. */
async function typeAndErase(session: TerminalSession, character: string, echoed: () => boolean, count: number): Promise<KeyFigures> {
	const latency: number[] = [];
	const bytes: number[] = [];
	for (let key = 0; key < count; key++) {
		const typed = await session.keystroke(character);
		if (key === 0 && !echoed()) throw new Error(`"${character}" was not echoed:\n${session.terminal.dump()}`);
		latency.push(typed.latencyMs);
		bytes.push(typed.bytes);
		await session.keystroke(KEY.backspace);
	}
	return {latencyMs: summary(latency), bytes: summary(bytes)};
}

/** Roll Up `count` times, then Roll Down as many; the page must change (row `row` is the first of the subfile). */
async function rollBothWays(session: TerminalSession, count: number, row: number): Promise<KeyFigures> {
	const latency: number[] = [];
	const bytes: number[] = [];
	const firstLine = session.terminal.row(row);
	for (const key of [KEY.rollUp, KEY.rollDown]) {
		for (let roll = 0; roll < count; roll++) {
			const rolled = await session.keystroke(key);
			latency.push(rolled.latencyMs);
			bytes.push(rolled.bytes);
		}
		if (key === KEY.rollUp && session.terminal.row(row) === firstLine) throw new Error(`Roll Up did not page:\n${session.terminal.dump()}`);
	}
	if (session.terminal.row(row) !== firstLine) throw new Error(`Roll Down did not come back to the first page:\n${session.terminal.dump()}`);
	return {latencyMs: summary(latency), bytes: summary(bytes)};
}

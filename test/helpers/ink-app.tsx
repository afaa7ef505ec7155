// Renders a panel stack through the real TerminalApp with ink-testing-library and reads the
// frames back as 5250 rows and columns. Waits for frames instead of sleeping.

import {stripVTControlCharacters} from 'node:util';
import xterm from '@xterm/headless';
import {render} from 'ink-testing-library';
import type {ReactElement} from 'react';
import {panelHelpOf} from '../../source/panels/registry.js';
import type {EditState} from '../../source/ui/fields/editor.js';
import type {FieldDefinition} from '../../source/ui/fields/field.js';
import type {PanelInstance} from '../../source/ui/panel/panel.js';
import {SCREEN_24X80} from '../../source/ui/screen/model.js';
import type {Theme} from '../../source/ui/screen/theme.js';
import {TerminalApp} from '../../source/ui/terminal-app.js';

const tick = () => new Promise<void>(resolve => setImmediate(resolve));
const macrotask = () => new Promise<void>(resolve => setTimeout(resolve, 0));

export type CellStyle = {char: string; inverse: boolean; underline: boolean; bold: boolean; fg: number};

export type RenderedApp = Awaited<ReturnType<typeof renderScreen>>;

/** What a test may read of the panel stack: each panel's id, fields and editor state. */
export type StackView = {exited: boolean; frames: ReadonlyArray<{id: string; edit: EditState; fields: () => FieldDefinition[]}>};

/** A panel (and the panels it opens) in the real TerminalApp, working against `env`. */
export async function renderApp<Out, Env>(initial: PanelInstance<Out, Env>, env: Env, theme: Theme = {monochrome: false, underscores: false}) {
	let stack: StackView | undefined;
	return renderScreen(
		<TerminalApp initial={initial} env={env} panelHelp={panelHelpOf} size={SCREEN_24X80} theme={theme} onStack={next => (stack = next)} />,
		() => stack,
	);
}

/** Any element that draws a 5250 screen (the whole workplace, for instance). */
export async function renderScreen(element: ReactElement, stack: () => StackView | undefined = () => undefined) {
	const app = render(element);
	// Ink subscribes to input in an effect: yield once before the first key (ink-notes.md §7.2).
	await tick();

	/** Waits until no new frame has arrived for two rounds of the event loop. */
	const settle = async () => {
		let count = -1;
		while (count !== app.frames.length) {
			count = app.frames.length;
			await tick();
			await macrotask();
			await tick();
		}
	};

	const lines = () => stripVTControlCharacters(app.lastFrame() ?? '').split('\n');

	return {
		app,
		lines,
		/** 1-based row, as a 5250 numbers them. */
		row: (row: number) => lines()[row - 1] ?? '',
		textAt: (row: number, col: number, length: number) => (lines()[row - 1] ?? '').padEnd(col + length).slice(col - 1, col - 1 + length),
		stack,
		/** Types terminal input: each string is one write, as a terminal would send it. */
		async press(...inputs: string[]) {
			for (const input of inputs) {
				app.stdin.write(input);
				await settle();
			}
		},
		/** The display attributes of one cell, read by a real terminal emulator from the ANSI frame. */
		async cell(row: number, col: number): Promise<CellStyle> {
			const terminal = new xterm.Terminal({cols: 100, rows: 30, allowProposedApi: true});
			await new Promise<void>(resolve => terminal.write((app.lastFrame() ?? '').replaceAll('\n', '\r\n'), resolve));
			const cell = terminal.buffer.active.getLine(row - 1)?.getCell(col - 1);
			terminal.dispose();
			if (!cell) throw new Error(`No cell at ${row},${col}`);
			return {
				char: cell.getChars(),
				inverse: cell.isInverse() !== 0,
				underline: cell.isUnderline() !== 0,
				bold: cell.isBold() !== 0,
				fg: cell.isFgDefault() ? -1 : cell.getFgColor(),
			};
		},
		/** Waits until the screen satisfies `predicate` (for work that ends later, like a host command). */
		async waitFor(predicate: (lines: string[]) => boolean, timeout = 3000) {
			const deadline = Date.now() + timeout;
			while (!predicate(lines())) {
				if (Date.now() > deadline) throw new Error(`Timed out; screen:\n${lines().join('\n')}`);
				await new Promise(resolve => setTimeout(resolve, 10));
			}
		},
		unmount: () => app.unmount(),
	};
}

export const KEY = {
	enter: '\r',
	tab: '\t',
	backTab: '\u001B[Z',
	up: '\u001B[A',
	down: '\u001B[B',
	right: '\u001B[C',
	left: '\u001B[D',
	home: '\u001B[H',
	end: '\u001B[F',
	insert: '\u001B[2~',
	delete: '\u001B[3~',
	backspace: '\u007F',
	pageUp: '\u001B[5~',
	pageDown: '\u001B[6~',
	fieldExit: '\u000B',
	reset: '\u0012',
	esc: '\u001B',
	ctrlC: '\u0003',
	f1: '\u001BOP',
	f3: '\u001BOR',
	f4: '\u001BOS',
	f5: '\u001B[15~',
	f7: '\u001B[18~',
	f9: '\u001B[20~',
	f10: '\u001B[21~',
	f11: '\u001B[23~',
	f12: '\u001B[24~',
	f14: '\u001B[1;2Q',
	f22: '\u001B[21;2~',
	f23: '\u001B[23;2~',
	f24: '\u001B[24;2~',
} as const;

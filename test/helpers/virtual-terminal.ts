// A real terminal emulator (@xterm/headless) as a test screen: feed it the bytes a program
// wrote and read back rows, columns, cursor and display attributes, 1-based like a 5250.

import xterm from '@xterm/headless';
import {EventEmitter} from 'node:events';

export type CellInfo = {char: string; fg: number; bold: boolean; underline: boolean; inverse: boolean};

export class VirtualTerminal {
	readonly terminal: xterm.Terminal;

	constructor({cols, rows}: {cols: number; rows: number}) {
		// convertEol stays off: a program in raw mode writes its own CR LF (Ink moves the cursor
		// with escape sequences); converting would hide bugs in what it writes.
		this.terminal = new xterm.Terminal({cols, rows, allowProposedApi: true, convertEol: false, scrollback: 0});
	}

	write(data: string): Promise<void> {
		return new Promise(resolve => this.terminal.write(data, resolve));
	}

	lines(): string[] {
		const buffer = this.terminal.buffer.active;
		return Array.from({length: this.terminal.rows}, (_, index) => buffer.getLine(buffer.viewportY + index)?.translateToString(true) ?? '');
	}

	row(row: number): string {
		return this.lines()[row - 1] ?? '';
	}

	textAt(row: number, col: number, length: number): string {
		return this.row(row).padEnd(col - 1 + length).slice(col - 1, col - 1 + length);
	}

	cursor(): {row: number; col: number} {
		const buffer = this.terminal.buffer.active;
		return {row: buffer.cursorY + 1, col: buffer.cursorX + 1};
	}

	cell(row: number, col: number): CellInfo {
		const buffer = this.terminal.buffer.active;
		const cell = buffer.getLine(buffer.viewportY + row - 1)?.getCell(col - 1);
		if (!cell) throw new Error(`No cell at ${row},${col}`);
		return {
			char: cell.getChars(),
			fg: cell.isFgDefault() ? -1 : cell.getFgColor(),
			bold: cell.isBold() !== 0,
			underline: cell.isUnderline() !== 0,
			inverse: cell.isInverse() !== 0,
		};
	}

	isAlternateScreen(): boolean {
		return this.terminal.buffer.active.type === 'alternate';
	}

	dispose(): void {
		this.terminal.dispose();
	}
}

/** A TTY-like stdout for Ink's real renderer that records every write and feeds the emulator. */
export function createTtyStdout(terminal: VirtualTerminal, {columns, rows}: {columns: number; rows: number}) {
	const writes: string[] = [];
	const stream = Object.assign(new EventEmitter(), {
		isTTY: true,
		columns,
		rows,
		writes,
		write(chunk: string | Uint8Array, callback?: () => void) {
			const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
			writes.push(text);
			void terminal.write(text).then(() => callback?.());
			return true;
		},
		getColorDepth: () => 8,
		hasColors: () => true,
	});
	return stream;
}

/** Polls until `predicate` holds; on timeout throws with the message and the screen. */
export async function waitFor(
	predicate: () => boolean | Promise<boolean>,
	{timeout = 5000, interval = 10, message = 'condition', screen}: {timeout?: number; interval?: number; message?: string; screen?: () => string[]} = {},
): Promise<void> {
	const deadline = Date.now() + timeout;
	for (;;) {
		if (await predicate()) return;
		if (Date.now() > deadline) {
			const dump = screen ? `\n--- screen ---\n${screen().map((line, index) => `${String(index + 1).padStart(2)}|${line}`).join('\n')}` : '';
			throw new Error(`Timed out after ${timeout} ms waiting for ${message}${dump}`);
		}
		await new Promise(resolve => setTimeout(resolve, interval));
	}
}

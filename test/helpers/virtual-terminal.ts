// A real terminal emulator (@xterm/headless) as a test screen: feed it the bytes a program wrote
// and read back rows, columns, the cursor and display attributes, 1-based like a 5250.
//
// Also: a fake TTY stdout/stdin pair so Ink's REAL renderer (not ink-testing-library's debug
// mode) can draw into the emulator in-process, and `waitFor`, the only way tests should wait.

import {EventEmitter} from 'node:events';
import xterm from '@xterm/headless';

/** Colour of a cell: -1 = terminal default, 0–255 = palette index, '#rrggbb' = true colour. */
export type CellColor = number | `#${string}`;

export type CellInfo = {char: string; fg: CellColor; bg: CellColor; bold: boolean; underline: boolean; inverse: boolean};

export class VirtualTerminal {
	readonly terminal: xterm.Terminal;
	private cursorVisible = true;

	constructor({cols, rows, scrollback = 1000}: {cols: number; rows: number; scrollback?: number}) {
		// convertEol stays off. In a real terminal the kernel's tty line discipline (ONLCR, which
		// libuv keeps on even in raw mode) turns a program's "\n" into "\r\n" before the emulator
		// sees it, so a pty (pty.ts) already delivers CR LF. The in-process fake stdout below plays
		// the kernel's part itself. Converting here as well would hide a program that writes bytes
		// a real terminal would show differently.
		// Scrollback is kept so `scrolledOff()` can tell whether anything left the top of the screen.
		this.terminal = new xterm.Terminal({cols, rows, scrollback, allowProposedApi: true, convertEol: false});
		// xterm.js has no public "is the cursor visible" flag; watch DECTCEM (ESC[?25h / ESC[?25l)
		// on the way through. Returning false lets xterm's own handler run as well.
		const watchCursor = (visible: boolean) => (params: (number | number[])[]) => {
			if (params.includes(25)) this.cursorVisible = visible;
			return false;
		};
		this.terminal.parser.registerCsiHandler({prefix: '?', final: 'h'}, watchCursor(true));
		this.terminal.parser.registerCsiHandler({prefix: '?', final: 'l'}, watchCursor(false));
	}

	get cols(): number {
		return this.terminal.cols;
	}

	get rows(): number {
		return this.terminal.rows;
	}

	/** Resolves once xterm has parsed `data` (its write callback), so the screen reflects it. */
	write(data: string): Promise<void> {
		return new Promise(resolve => this.terminal.write(data, resolve));
	}

	/** The visible screen: exactly `rows` strings, each trimmed on the right. */
	lines(): string[] {
		const buffer = this.terminal.buffer.active;
		// baseY is the buffer line shown at the top of the screen (cursorY counts from it too).
		return Array.from({length: this.rows}, (_, index) => buffer.getLine(buffer.baseY + index)?.translateToString(true) ?? '');
	}

	/** Row `row` (1-based) of the screen, trimmed on the right. */
	row(row: number): string {
		return this.lines()[row - 1] ?? '';
	}

	/** `length` characters from row `row`, column `col` (both 1-based), blank-padded. */
	textAt(row: number, col: number, length: number): string {
		return this.row(row)
			.padEnd(col - 1 + length)
			.slice(col - 1, col - 1 + length);
	}

	/** The cursor of the active buffer, 1-based. */
	cursor(): {row: number; col: number} {
		const buffer = this.terminal.buffer.active;
		return {row: buffer.cursorY + 1, col: buffer.cursorX + 1};
	}

	/** Whether the program last asked for the cursor to be shown (DECTCEM). */
	isCursorVisible(): boolean {
		return this.cursorVisible;
	}

	/**
	 * The main (normal) screen's every line, scrollback first, trimmed, a line the terminal
	 * wrapped joined again; trailing blank lines dropped.
	 */
	mainScreenHistory(): string[] {
		const buffer = this.terminal.buffer.normal;
		const lines: string[] = [];
		for (let index = 0; index < buffer.length; index++) {
			const line = buffer.getLine(index);
			if (line?.isWrapped && lines.length > 0) lines[lines.length - 1] = lines.at(-1)!.padEnd(this.cols) + line.translateToString(true);
			else lines.push(line?.translateToString(true) ?? '');
		}
		while (lines.at(-1) === '') lines.pop();
		return lines;
	}

	/** How many lines have scrolled off the top of the screen into scrollback. */
	scrolledOff(): number {
		return this.terminal.buffer.active.baseY;
	}

	/** Character and display attributes of one cell (1-based); a never-written cell reads as ' '. */
	cell(row: number, col: number): CellInfo {
		const buffer = this.terminal.buffer.active;
		const cell = buffer.getLine(buffer.baseY + row - 1)?.getCell(col - 1);
		if (!cell) throw new Error(`No cell at row ${row}, column ${col} on a ${this.rows}x${this.cols} screen`);
		const color = (isDefault: boolean, isPalette: boolean, value: number): CellColor =>
			isDefault ? -1 : isPalette ? value : `#${value.toString(16).padStart(6, '0')}`;
		return {
			char: cell.getChars() || ' ',
			fg: color(cell.isFgDefault(), cell.isFgPalette(), cell.getFgColor()),
			bg: color(cell.isBgDefault(), cell.isBgPalette(), cell.getBgColor()),
			bold: cell.isBold() !== 0,
			underline: cell.isUnderline() !== 0,
			inverse: cell.isInverse() !== 0,
		};
	}

	isAlternateScreen(): boolean {
		return this.terminal.buffer.active.type === 'alternate';
	}

	/** The screen with row numbers, for failure messages. */
	dump(): string {
		return this.lines()
			.map((line, index) => `${String(index + 1).padStart(2)}|${line}`)
			.join('\n');
	}

	resize(cols: number, rows: number): void {
		this.terminal.resize(cols, rows);
	}

	dispose(): void {
		this.terminal.dispose();
	}
}

/**
 * A stand-in for a TTY `process.stdout`, for `render(…, {stdout})`. Ink only needs `isTTY`,
 * `columns`, `rows`, `write` and 'resize' events; everything it writes is recorded raw in
 * `writes` (to count escape sequences) and forwarded to the emulator.
 *
 * `isTTY: true` matters: it selects Ink's terminal path (cursor movement, synchronized output,
 * the full-height logic). Pass it to Ink as `stdout as unknown as NodeJS.WriteStream`.
 */
export class FakeTtyStdout extends EventEmitter {
	readonly isTTY = true;
	readonly writes: string[] = [];
	/** Resolves when everything written so far has been parsed by the emulator. */
	private parsed: Promise<void> = Promise.resolve();

	constructor(
		private readonly screen: VirtualTerminal,
		public columns: number,
		public rows: number,
	) {
		super();
	}

	write(chunk: string | Uint8Array, encodingOrCallback?: BufferEncoding | (() => void), callback?: () => void): boolean {
		const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
		this.writes.push(text);
		// Do what the kernel's ONLCR output flag does between a program and a real terminal.
		this.parsed = this.screen.write(text.replaceAll('\n', '\r\n'));
		const done = typeof encodingOrCallback === 'function' ? encodingOrCallback : callback;
		if (done) void this.parsed.then(done);
		return true;
	}

	/** Waits until the emulator has parsed every write so far. */
	flushed(): Promise<void> {
		return this.parsed;
	}

	/** Everything written so far, as one string. */
	output(): string {
		return this.writes.join('');
	}

	/** Resizes the emulator and tells Ink, like SIGWINCH does for process.stdout. */
	resize(columns: number, rows: number): void {
		this.columns = columns;
		this.rows = rows;
		this.screen.resize(columns, rows);
		this.emit('resize');
	}
}

export function createTtyStdout(terminal: VirtualTerminal, {columns, rows}: {columns: number; rows: number}): FakeTtyStdout {
	return new FakeTtyStdout(terminal, columns, rows);
}

/**
 * A stand-in for a TTY `process.stdin`. Ink 6.8 (components/App.js) calls setEncoding, ref,
 * setRawMode and listens for 'readable', then drains with `read()` until it returns null; it
 * needs `isTTY` true or `useInput` throws "Raw mode is not supported". Modelled on
 * ink-testing-library 4's Stdin, but queueing chunks so two presses before Ink reads are not
 * merged or lost. Pass it as `stdin as unknown as NodeJS.ReadStream`.
 */
export class FakeTtyStdin extends EventEmitter {
	readonly isTTY = true;
	isRaw = false;
	private readonly queue: string[] = [];

	/** Sends bytes as a terminal would for one key (or a paste): one chunk, one 'readable'. */
	press(data: string): void {
		this.queue.push(data);
		this.emit('readable');
		this.emit('data', data);
	}

	read(): string | null {
		return this.queue.shift() ?? null;
	}

	setRawMode(mode: boolean): this {
		this.isRaw = mode;
		return this;
	}

	setEncoding(): this {
		return this;
	}

	ref(): this {
		return this;
	}

	unref(): this {
		return this;
	}

	resume(): this {
		return this;
	}

	pause(): this {
		return this;
	}
}

export function createTtyStdin(): FakeTtyStdin {
	return new FakeTtyStdin();
}

export type WaitForOptions = {
	timeout?: number;
	interval?: number;
	message?: string;
	/** Screen to print in the error on timeout. */
	screen?: VirtualTerminal;
};

/**
 * Polls `predicate` every `interval` ms until it holds. On timeout throws an Error with
 * `message` and, if a screen is given, its contents. Tests wait with this, never with sleeps:
 * Ink renders asynchronously (throttled to maxFps) and a pty delivers output whenever it likes.
 */
export async function waitFor(
	predicate: () => boolean | Promise<boolean>,
	{timeout = 3000, interval = 10, message = 'condition', screen}: WaitForOptions = {},
): Promise<void> {
	const deadline = Date.now() + timeout;
	for (;;) {
		if (await predicate()) return;
		if (Date.now() >= deadline) {
			const dump = screen ? `\n--- screen (cursor at ${JSON.stringify(screen.cursor())}) ---\n${screen.dump()}` : '';
			throw new Error(`Timed out after ${timeout} ms waiting for ${message}${dump}`);
		}
		await new Promise(resolve => setTimeout(resolve, interval));
	}
}

// A program in a real pseudo-terminal, timed from the outside: when each byte arrived, what the
// screen shows (parsed by xterm), its peak memory. The bench's only way of looking at a program.

import {accessSync, constants, readFileSync} from 'node:fs';
import {performance} from 'node:perf_hooks';
import pty from 'node-pty';
import {VirtualTerminal} from '../test/helpers/virtual-terminal.js';

export type Chunk = {at: number; bytes: number};

/** A 56 kbit/s modem line: 7,000 bytes a second, 7 bytes a millisecond. */
export const SLOW_LINK_BYTES_PER_MS = 7;

/**
 * Milliseconds from `sent` to the last byte's arrival at the far end of a 56 kbit/s link fed
 * with `chunks` as the program wrote them: the link sends a chunk once it is written and the
 * chunks before it are through (latency of the line itself left out: it adds the same to all).
 */
export function lastByteOverLink(chunks: readonly Chunk[], sent: number): number {
	let free = sent;
	for (const chunk of chunks) free = Math.max(free, chunk.at) + chunk.bytes / SLOW_LINK_BYTES_PER_MS;
	return chunks.length > 0 ? free - sent : Number.NaN;
}

/** An executable file that starts with #!. */
export function isExecutableScript(path: string): boolean {
	try {
		accessSync(path, constants.X_OK);
		return readFileSync(path, 'utf8').startsWith('#!');
	} catch {
		return false;
	}
}

export class TerminalSession {
	readonly terminal = new VirtualTerminal({cols: 80, rows: 24});
	readonly started = performance.now();
	private readonly child: pty.IPty;
	private readonly chunks: Chunk[] = [];
	private parsed: Promise<void> = Promise.resolve();
	private readonly watchers = new Set<(at: number) => void>();
	private exited = false;

	constructor(script: string, args: string[], env: Record<string, string>, nodeOptions: string[] = []) {
		// CI=true would make Ink draw nothing until exit; a terminal user never has it.
		const childEnv: Record<string, string> = {};
		for (const [key, value] of Object.entries({...process.env, TERM: 'xterm-256color', ...env}))
			if (value !== undefined && key !== 'CI' && key !== 'FORCE_COLOR') childEnv[key] = value;
		// Started as a user starts it: an executable script through its own #! line (the bin's sets
		// the environment it runs in); with node options, by node.
		const [file, argv] = nodeOptions.length === 0 && isExecutableScript(script) ? [script, args] : [process.execPath, [...nodeOptions, script, ...args]];
		this.child = pty.spawn(file, argv, {name: 'xterm-256color', cols: 80, rows: 24, env: childEnv});
		this.child.onData(data => {
			const at = performance.now();
			this.chunks.push({at, bytes: Buffer.byteLength(data)});
			this.parsed = this.terminal.write(data).then(() => {
				for (const watcher of [...this.watchers]) watcher(at);
			});
		});
		this.child.onExit(() => (this.exited = true));
	}

	get pid(): number {
		return this.child.pid;
	}

	/** Resolves with the arrival time of the chunk after which the screen first satisfied `ready`. */
	async until(ready: (lines: string[]) => boolean, timeout = 15_000): Promise<number> {
		await this.parsed;
		if (ready(this.terminal.lines())) return this.chunks.at(-1)?.at ?? performance.now();
		return new Promise((resolve, reject) => {
			const timer = setTimeout(() => {
				this.watchers.delete(watcher);
				reject(new Error(`The screen never showed what was awaited:\n${this.terminal.dump()}`));
			}, timeout);
			const watcher = (at: number) => {
				if (!ready(this.terminal.lines())) return;
				clearTimeout(timer);
				this.watchers.delete(watcher);
				resolve(at);
			};
			this.watchers.add(watcher);
		});
	}

	/** Types `keys`; milliseconds until the screen satisfies `ready`. */
	async timeTo(keys: string, ready: (lines: string[]) => boolean): Promise<number> {
		const from = this.chunks.length;
		const sent = performance.now();
		this.child.write(keys);
		const at = await this.until(ready);
		await this.quiet();
		const answer = this.chunks.slice(from);
		this.answer = {bytes: answer.reduce((sum, chunk) => sum + chunk.bytes, 0), slowLinkMs: lastByteOverLink(answer, sent)};
		return at - sent;
	}

	private answer = {bytes: Number.NaN, slowLinkMs: Number.NaN};

	/** The bytes of the last timeTo's answer, and its last byte over a 56 kbit/s link. */
	lastAnswer(): {bytes: number; slowLinkMs: number} {
		return {...this.answer};
	}

	/**
	 * Types `keys` and waits until the program has been quiet for `idleMs`: latency to the first
	 * byte, bytes in all, and when the last byte would arrive over a 56 kbit/s link.
	 */
	async keystroke(keys: string, idleMs = 40): Promise<{latencyMs: number; bytes: number; slowLinkMs: number}> {
		const from = this.chunks.length;
		const sent = performance.now();
		this.child.write(keys);
		await this.quiet(idleMs, from);
		const answer = this.chunks.slice(from);
		return {
			latencyMs: answer.length > 0 ? answer[0]!.at - sent : Number.NaN,
			bytes: answer.reduce((sum, chunk) => sum + chunk.bytes, 0),
			slowLinkMs: lastByteOverLink(answer, sent),
		};
	}

	/** Waits until nothing has arrived for `idleMs` (and something has, when `after` chunks were there before). */
	private async quiet(idleMs = 40, after?: number): Promise<void> {
		const deadline = performance.now() + 5000;
		while ((after !== undefined && this.chunks.length === after) || performance.now() - (this.chunks.at(-1)?.at ?? 0) < idleMs) {
			if (performance.now() > deadline) break;
			await new Promise(resolve => setTimeout(resolve, 2));
		}
		await this.parsed;
	}

	/** Peak resident memory so far (VmHWM), in MiB. */
	peakRssMiB(): number {
		const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
		const kib = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? Number.NaN);
		return kib / 1024;
	}

	/** Ends the program we started, by its PID. */
	async close(): Promise<void> {
		if (this.exited) return;
		try {
			process.kill(this.child.pid, 'SIGKILL');
		} catch {
			// Already gone.
		}
		const deadline = performance.now() + 2000;
		while (!this.exited && performance.now() < deadline) await new Promise(resolve => setTimeout(resolve, 10));
		this.terminal.terminal.dispose();
	}
}

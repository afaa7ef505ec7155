// Runs a program in a real pseudo-terminal (node-pty) and reads its screen through a real
// terminal emulator (VirtualTerminal). This is as close to a user's terminal as a test gets:
// the kernel's tty line discipline, raw mode, SIGWINCH-sized windows and real key bytes.
//
// Cleanup: call `kill()` in `afterEach`/`finally`. It kills only this session's process, by
// PID. As a backstop a session also kills its process when the test process exits, and after
// `lifetime` ms, so a forgotten or hung program can never keep the test run alive.

import pty from 'node-pty';
import {VirtualTerminal, waitFor} from './virtual-terminal.js';

export type PtyOptions = {
	cols?: number;
	rows?: number;
	/** Merged over the default environment; `undefined` removes a variable. */
	env?: Record<string, string | undefined>;
	cwd?: string;
	/** The process is killed after this many ms whatever happens (default 60 s). */
	lifetime?: number;
};

export type PtyExit = {exitCode: number; signal?: number};

export type PtySession = ReturnType<typeof spawnInPty>;

/**
 * The child's environment: ours, minus CI (under CI=true Ink draws nothing until the program
 * ends) and minus FORCE_COLOR (test/run.js sets it for ink-testing-library frames; a program in
 * a terminal should detect colours from TERM like it would for a user).
 */
function childEnvironment(overrides: Record<string, string | undefined>): Record<string, string> {
	const merged: Record<string, string | undefined> = {...process.env, FORCE_COLOR: undefined, TERM: 'xterm-256color', ...overrides};
	// Applied after the overrides on purpose: no caller may turn Ink's CI mode back on by accident.
	merged['CI'] = undefined;
	merged['CONTINUOUS_INTEGRATION'] = undefined;
	const env: Record<string, string> = {};
	for (const [key, value] of Object.entries(merged)) if (value !== undefined) env[key] = value;
	return env;
}

export function spawnInPty(command: string, args: string[], {cols = 80, rows = 24, env = {}, cwd, lifetime = 60_000}: PtyOptions = {}) {
	const terminal = new VirtualTerminal({cols, rows});
	const childEnv = childEnvironment(env);
	const child = pty.spawn(command, args, {name: childEnv['TERM'] ?? 'xterm-256color', cols, rows, cwd: cwd ?? process.cwd(), env: childEnv});

	let output = '';
	let disposed = false;
	// xterm parses writes in order, so the promise of the latest write settles after all of them.
	let parsed: Promise<void> = Promise.resolve();
	child.onData(data => {
		output += data;
		if (!disposed) parsed = terminal.write(data);
	});

	const killChild = () => {
		try {
			process.kill(child.pid, 'SIGKILL');
		} catch {
			// Already gone.
		}
	};
	const lifetimeTimer = setTimeout(killChild, lifetime);
	lifetimeTimer.unref(); // The backstop itself must not keep the test process alive.
	process.once('exit', killChild);

	let exit: PtyExit | undefined;
	const exited = new Promise<PtyExit>(resolve => {
		child.onExit(event => {
			exit = event;
			clearTimeout(lifetimeTimer);
			process.off('exit', killChild);
			resolve(event);
		});
	});

	/** Polls `predicate` against a screen that has parsed everything received so far. */
	const waitForScreen = (predicate: () => boolean, {timeout = 5000, message}: {timeout?: number; message?: string} = {}) =>
		waitFor(
			async () => {
				await parsed;
				return predicate();
			},
			{timeout, message, screen: terminal},
		);

	return {
		terminal,
		pid: child.pid,
		/** Every byte the program has written so far, escape sequences included. */
		output: () => output,
		/** Types `keys` as one write, then yields briefly so that separate calls reach the program
		 * as separate reads, like a person's keystrokes. Callers still wait for the effect. */
		async type(keys: string): Promise<void> {
			child.write(keys);
			await new Promise(resolve => setTimeout(resolve, 25));
		},
		waitFor: waitForScreen,
		/** Resizes the terminal, as a user dragging its window does (the program gets SIGWINCH). */
		resize(cols: number, rows: number): void {
			child.resize(cols, rows);
			terminal.resize(cols, rows);
		},
		waitForText: (text: string | RegExp, timeout = 5000) =>
			waitForScreen(
				() => {
					const screen = terminal.lines().join('\n');
					return typeof text === 'string' ? screen.includes(text) : text.test(screen);
				},
				{timeout, message: `text ${String(text)} on the screen`},
			),
		async waitForExit(timeout = 5000): Promise<PtyExit> {
			await waitFor(() => exit !== undefined, {timeout, message: 'the program to exit', screen: terminal});
			await parsed;
			return exit!;
		},
		/** Kills the program (if still running) by its PID, waits for it to go, frees the screen. */
		async kill(): Promise<void> {
			if (exit === undefined) {
				killChild();
				await Promise.race([exited, new Promise(resolve => setTimeout(resolve, 2000).unref())]);
			}
			if (!disposed) {
				disposed = true;
				terminal.dispose();
			}
		},
	};
}

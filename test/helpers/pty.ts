// Runs a program in a real pseudo-terminal (node-pty) and reads its screen through a real
// terminal emulator. The child's environment has no CI: under CI=true Ink draws nothing until
// the program ends. Each session kills only its own process, by PID.

import pty from 'node-pty';
import {VirtualTerminal, waitFor} from './virtual-terminal.js';

export type PtyOptions = {cols?: number; rows?: number; env?: Record<string, string>; cwd?: string};

export async function spawnInPty(command: string, args: string[], {cols = 80, rows = 24, env = {}, cwd}: PtyOptions = {}) {
	const terminal = new VirtualTerminal({cols, rows});
	const childEnv: Record<string, string> = {};
	for (const [key, value] of Object.entries(process.env)) if (value !== undefined) childEnv[key] = value;
	delete childEnv['CI'];
	delete childEnv['FORCE_COLOR'];
	Object.assign(childEnv, {TERM: 'xterm-256color'}, env);

	const child = pty.spawn(command, args, {name: childEnv['TERM'], cols, rows, cwd: cwd ?? process.cwd(), env: childEnv});
	let output = '';
	let pending = Promise.resolve();
	child.onData(data => {
		output += data;
		pending = pending.then(() => terminal.write(data));
	});
	let exit: {exitCode: number; signal?: number} | undefined;
	child.onExit(event => {
		exit = event;
	});
	const screen = () => terminal.lines();
	const settled = async () => {
		await pending;
		return true;
	};

	return {
		terminal,
		pid: child.pid,
		output: () => output,
		async type(keys: string) {
			child.write(keys);
			// Give the program a moment to read the key on its own, apart from the next one.
			await new Promise(resolve => setTimeout(resolve, 30));
		},
		waitFor: (predicate: () => boolean, options: {timeout?: number; message?: string} = {}) =>
			waitFor(async () => (await settled()) && predicate(), {screen, ...options}),
		waitForText: (text: string | RegExp, timeout = 5000) =>
			waitFor(
				async () => {
					await settled();
					const content = screen().join('\n');
					return typeof text === 'string' ? content.includes(text) : text.test(content);
				},
				{timeout, message: `text ${String(text)}`, screen},
			),
		async waitForExit(timeout = 5000) {
			await waitFor(() => exit !== undefined, {timeout, message: 'the program to exit', screen});
			await settled();
			return exit!;
		},
		kill() {
			if (exit === undefined) {
				try {
					process.kill(child.pid, 'SIGKILL');
				} catch {
					// Already gone.
				}
			}
			terminal.dispose();
		},
	};
}

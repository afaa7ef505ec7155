// The full screen: the terminal's alternate screen, entered by hand (Ink 6.8 has no
// alternateScreen option; it came in 7.0), and left so that the terminal is as it was — the
// main screen, its scrollback, the cursor and its modes — whatever ends the program.
//
// Ink writes to a gate, not to the terminal: once the full screen is left the gate drops
// everything, because Ink still writes while it unmounts — its last frame, and before it
// `ESC[2J ESC[3J` (Ink's clear for a frame as tall as the terminal, whose ESC[3J erases the
// main screen's scrollback in tmux and xterm). So the program leaves *first* (useExit, and the
// signal and error paths of cli/interactive.tsx) and lets Ink unmount into the closed gate.
// SIGKILL cannot be caught: `tput rmcup` or `reset` restores the terminal then.

import {useApp} from 'ink';
import {createContext, useCallback, useContext} from 'react';
import {ENTER_FULL_SCREEN, LEAVE_FULL_SCREEN} from './screen/early-paint.js';

const ERASE_SCROLLBACK = '\u001B[3J';

export type FullScreen = {
	/** The stream to give Ink: the terminal while the full screen is shown, nowhere after. */
	output: NodeJS.WriteStream;
	/** Leaves the full screen (once; later calls do nothing). */
	leave: () => void;
};

/** `entered`: the first frame was painted on the full screen already (screen/early-paint.ts). */
export function enterFullScreen(stdout: NodeJS.WriteStream = process.stdout, stdin: NodeJS.ReadStream = process.stdin, {entered = false} = {}): FullScreen {
	// Raw mode at once, before the first frame: Ink turns it on only once its key reader is
	// subscribed, and keys typed ahead until then were echoed by the tty — onto the panel, the
	// Enter moving every later frame down a row. Now they wait, unechoed, for the key reader.
	if (stdin.isTTY) stdin.setRawMode(true);
	let shown = true;
	const write = (chunk: unknown, encoding?: unknown, callback?: unknown): boolean => {
		// Whatever path Ink takes (its error screen is drawn before the app can leave), the main
		// screen's scrollback is never erased.
		const kept = typeof chunk === 'string' ? chunk.replaceAll(ERASE_SCROLLBACK, '') : chunk;
		if (shown) return (stdout.write as (...args: unknown[]) => boolean)(kept, encoding, callback);
		// Dropped, but a writer waiting for its callback (Ink's last write before it resolves
		// waitUntilExit) still hears it went.
		const done = typeof encoding === 'function' ? encoding : callback;
		if (typeof done === 'function') process.nextTick(done as () => void);
		return true;
	};
	const output = new Proxy(stdout, {
		get(target, key) {
			if (key === 'write') return write;
			const value: unknown = Reflect.get(target, key, target);
			return typeof value === 'function' ? value.bind(target) : value;
		},
	});
	if (!entered) stdout.write(ENTER_FULL_SCREEN);
	return {
		output,
		leave() {
			if (!shown) return;
			shown = false;
			try {
				stdout.write(LEAVE_FULL_SCREEN);
				if (stdin.isTTY) stdin.setRawMode(false);
			} catch {
				// The terminal is gone (hang-up): nothing left to restore.
			}
		},
	};
}

/** How the app's tree leaves the full screen; nothing outside a full screen (tests, pictures). */
export const LeaveFullScreen = createContext<() => void>(() => {});

/** Ends the app: the full screen is left first, then Ink unmounts (into the closed gate). */
export function useExit(): () => void {
	const {exit} = useApp();
	const leave = useContext(LeaveFullScreen);
	return useCallback(() => {
		leave();
		exit();
	}, [leave, exit]);
}

// Starts the full-screen app: alternate screen, Ink with our own key reader (Ctrl+C must not
// end an edit), and WRKCTLGBRM as the first panel. Whatever ends it — F3, an error, a signal —
// the terminal is left as it was (ui/full-screen.ts), and typing that was not saved is said.

import {type RenderOptions, render} from 'ink';
import type {ReactElement} from 'react';
import {enterFullScreen, LeaveFullScreen} from '../ui/full-screen.js';
import type {PaintedFrame} from '../ui/screen/early-paint.js';
import {frameDiff} from '../ui/screen/frame-diff.js';
import {safeText} from '../ui/screen/safe-text.js';

// SIGINT comes only from outside: in raw mode Ctrl+C is a key, not a signal.
const SIGNALS = {SIGINT: 2, SIGTERM: 15, SIGHUP: 1, SIGQUIT: 3} as const;

export type FullScreenOptions = {
	/** The panel whose typing would be lost right now (undefined when nothing typed is unsaved). */
	unsaved?: () => string | undefined;
	/** An error as the operator reads it (one line). */
	describe?: (error: unknown) => string;
	/** The first frame, painted on the full screen before Ink was loaded (first-frame.ts). */
	painted?: PaintedFrame;
};

/** Runs `element` full screen until it exits. */
export async function runFullScreen(element: ReactElement, {unsaved = () => undefined, describe = String, painted}: FullScreenOptions = {}): Promise<void> {
	const screen = enterFullScreen(process.stdout, process.stdin, {entered: painted !== undefined});
	/**
	 * Ended from outside: the terminal back first, then one line — the error, and typing that was
	 * lost (a signal with nothing lost ends quietly, as any program) — then the exit code.
	 */
	const end = (exitCode: number, {signal, error}: {signal?: string; error?: string}) => {
		screen.leave();
		const panel = unsaved();
		const lost = panel ? `the typing on ${panel} was not saved` : undefined;
		const line = error ? [error, lost] : lost ? [`ended by ${signal}`, lost] : [];
		if (line.length > 0) process.stderr.write(`brms-tui: ${safeText(line.filter(Boolean).join('; '))}.\n`);
		process.exit(exitCode);
	};
	const onSignal = Object.entries(SIGNALS).map(([signal, number]) => {
		const listener = () => end(128 + number, {signal});
		process.once(signal, listener);
		return [signal, listener] as const;
	});
	// Never a stack trace on the operator's screen: one line (the trace with BRMS_TUI_DEBUG set).
	const onError = (error: unknown) => {
		screen.leave();
		if (process.env['BRMS_TUI_DEBUG']) console.error(error);
		end(1, {error: describe(error).replace(/\.$/, '')});
	};
	process.on('uncaughtException', onError);
	process.on('unhandledRejection', onError);
	process.once('exit', screen.leave);
	try {
		// frameDiff: the patched Ink's hook (patches/ink+6.8.0.patch) that sends only changed cells;
		// initialFrame: its hook that takes a frame painted before it as the one on the terminal.
		const options = {
			stdout: screen.output,
			exitOnCtrlC: false,
			patchConsole: false,
			incrementalRendering: true,
			frameDiff,
			initialFrame: painted,
		} as RenderOptions;
		const app = render(<LeaveFullScreen.Provider value={screen.leave}>{element}</LeaveFullScreen.Provider>, options);
		// The bin makes V8's code cache once the first frame is out (launch.ts).
		(globalThis as Record<symbol, (() => void) | undefined>)[Symbol.for('brms-tui.firstFrame')]?.();
		await app.waitUntilExit();
	} finally {
		screen.leave();
		for (const [signal, listener] of onSignal) process.off(signal, listener);
		process.off('uncaughtException', onError);
		process.off('unhandledRejection', onError);
		process.off('exit', screen.leave);
	}
}

// WRKCTLGBRM's first frame painted before Ink, React and yoga are loaded (they are most of a
// start: README, Benchmarks). The panels are pure — a stack's screen is a value — so the frame
// is drawn from the same store, stack and screen model the app will show; Ink, once loaded,
// takes it as the frame on the terminal and sends nothing for it. Keys typed meanwhile wait in
// the terminal, unechoed (raw mode), for Ink's key reader.
//
// With 1,000 groups most of that is reading the store: the frame of the last start is painted
// first when nothing it was drawn from has changed, and corrected at once if it differs
// (last-frame.ts).
//
// Painted only where Ink itself would draw the panel at once: the full-screen app (no command,
// no option: bin.ts loads this module only then), a terminal on both ends, not in CI (Ink then draws only at exit), and a terminal
// large enough (else Ink shows the "terminal too small" notice: left to it).

import {panelHelpOf} from '../panels/registry.js';
import {hostScreen} from '../ui/panel/host-screen.js';
import {createStack} from '../ui/panel/runtime.js';
import {inkFrame, LEAVE_FULL_SCREEN, type PaintedFrame, paintEarly, repaintEarly} from '../ui/screen/early-paint.js';
import {SCREEN_24X80} from '../ui/screen/model.js';
import {keepEarlyStart} from './early-start.js';
import {lastFrame} from './last-frame.js';
import {openWorkplace} from './open-workplace.js';
import {terminalTheme} from './terminal.js';

/** Ink's own test for CI (the is-in-ci package it imports): Ink then draws only at the end. */
function inCi(env: NodeJS.ProcessEnv): boolean {
	const set = (key: string) => key in env && env[key] !== '0' && env[key] !== 'false';
	return set('CI') || set('CONTINUOUS_INTEGRATION');
}

export function paintFirstFrame(stdin: NodeJS.ReadStream = process.stdin, stdout: NodeJS.WriteStream = process.stdout): void {
	const size = SCREEN_24X80;
	if (!stdin.isTTY || !stdout.isTTY || inCi(process.env) || !(stdout.columns >= size.cols && stdout.rows >= size.rows)) return;
	const leaveFullScreen = () => {
		stdout.write(LEAVE_FULL_SCREEN);
		stdin.setRawMode(false);
	};
	let shown: PaintedFrame | undefined;
	try {
		const theme = terminalTheme(stdout);
		const kept = lastFrame({rows: stdout.rows, cols: stdout.columns, theme});
		// Raw mode before anything is on the screen: keys typed ahead are not echoed onto it.
		const paint = (frame: PaintedFrame) => {
			stdin.setRawMode(true);
			return paintEarly(frame, stdout);
		};
		const remembered = kept?.read();
		if (remembered) shown = paint(remembered);
		const workplace = openWorkplace(undefined);
		const stack = createStack(workplace.initial, workplace.services, panelHelpOf, size);
		const drawn = inkFrame(hostScreen(stack, size, stdout.rows), theme, stdout.rows);
		const frame = shown ? repaintEarly(shown, drawn, stdout) : paint(drawn);
		if (frame !== remembered) kept?.write(frame);
		keepEarlyStart({workplace, stack, frame}, leaveFullScreen);
	} catch {
		// Nothing painted: the program opens the store again and says what is wrong its usual way.
		// A kept frame painted before the store failed to open is left at once.
		if (shown) leaveFullScreen();
	}
}

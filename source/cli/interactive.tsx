// Starts the full-screen app: alternate screen, Ink with our own key reader (Ctrl+C must not
// end an edit), and WRKCTLGBRM as the first panel.

import {type RenderOptions, render} from 'ink';
import type {ReactElement} from 'react';
import {enterAlternateScreen} from '../ui/alternate-screen.js';
import {frameDiff} from '../ui/screen/frame-diff.js';
import {detectTheme, type Theme} from '../ui/screen/theme.js';

export function terminalTheme(stdout: NodeJS.WriteStream = process.stdout, env = process.env): Theme {
	const colors = stdout.isTTY && typeof stdout.hasColors === 'function' && stdout.hasColors(16, env) ? 1 : 0;
	const theme = detectTheme(env, colors);
	// Underscores only where even underline cannot be shown (NO_COLOR still underlines).
	return {...theme, underscores: env['TERM'] === 'dumb'};
}

export async function runFullScreen(element: ReactElement): Promise<void> {
	const restore = enterAlternateScreen();
	try {
		// frameDiff: the patched Ink's hook (patches/ink+6.8.0.patch) that sends only changed cells.
		const options = {exitOnCtrlC: false, patchConsole: false, incrementalRendering: true, frameDiff} as RenderOptions;
		const app = render(element, options);
		await app.waitUntilExit();
	} finally {
		restore();
	}
}

// Starts the full-screen app: alternate screen, Ink with our own key reader (Ctrl+C must not
// end an edit), and WRKCTLGBRM as the first panel.

import {render} from 'ink';
import type {ReactElement} from 'react';
import {enterAlternateScreen} from '../ui/alternate-screen.js';
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
		const app = render(element, {exitOnCtrlC: false, patchConsole: false, incrementalRendering: true});
		await app.waitUntilExit();
	} finally {
		restore();
	}
}

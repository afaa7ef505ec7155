// What the program knows of its terminal before anything is drawn: whether there is one, and
// the theme its colours allow. No Ink here (first-frame.ts paints before Ink is loaded).

import {detectTheme, type Theme} from '../ui/screen/theme.js';

export function terminalTheme(stdout: NodeJS.WriteStream = process.stdout, env = process.env): Theme {
	const colors = stdout.isTTY && typeof stdout.hasColors === 'function' && stdout.hasColors(16, env) ? 1 : 0;
	const theme = detectTheme(env, colors);
	// Underscores only where even underline cannot be shown (NO_COLOR still underlines).
	return {...theme, underscores: env['TERM'] === 'dumb'};
}

/** The panels need a terminal to read keys from and to draw on. */
export function hasTerminal(): boolean {
	return Boolean(process.stdin.isTTY && process.stdout.isTTY);
}

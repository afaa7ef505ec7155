// A screen row as the one ANSI string the Screen component gives Ink's Text for it (screen.tsx),
// and the first frame painted before Ink is loaded (early-paint.ts). No Ink here.

import chalk from 'chalk';
import type {Attributes, Segment} from './model.js';
import {inkStyle, type Theme} from './theme.js';

function isPlainBlank(segment: Segment): boolean {
	return !segment.attributes.underline && !segment.attributes.reverse && segment.text.trim() === '';
}

/** The escape codes Ink's <Text> would wrap the text in, applied in Ink's order. */
function styled(text: string, attributes: Attributes, theme: Theme): string {
	const style = inkStyle(attributes, theme);
	let out = text;
	if (style.color) out = chalk[style.color as 'green'](out);
	if (style.bold) out = chalk.bold(out);
	if (style.underline) out = chalk.underline(out);
	if (style.inverse) out = chalk.inverse(out);
	return out;
}

/** One row as the terminal line Ink writes (a blank row is one space: an empty Text takes no line). */
export function rowLine(segments: readonly Segment[], theme: Theme): string {
	if (segments.length === 0) return ' ';
	let line = '';
	for (const segment of segments) {
		// Unstyled blanks are written as plain spaces: no colour codes for empty cells.
		if (isPlainBlank(segment)) line += segment.text;
		else line += styled(theme.underscores && segment.attributes.underline ? segment.text.replaceAll(' ', '_') : segment.text, segment.attributes, theme);
	}
	return line;
}

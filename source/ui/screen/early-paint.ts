// The first frame painted before Ink, React and yoga are loaded: the screen model drawn as the
// very lines Ink makes of the Screen component (screen.tsx: one Text per row holding rowLine's
// string; Ink's output re-encodes each line's styles and trims its end), on the alternate screen,
// with the cursor where Ink would put it. Ink then starts with this frame as the one on the
// terminal (the `initialFrame` option patches/ink+6.8.0.patch adds) and writes only what differs.

import {styledCharsFromTokens, styledCharsToString} from '@alcalzone/ansi-tokenize';
import {tokenizeLine} from './ansi-tokens.js';
import {frameDiff, frameShown} from './frame-diff.js';
import {type ScreenModel, toSegments} from './model.js';
import {rowLine} from './row-line.js';
import type {Theme} from './theme.js';

// ?1049h saves the cursor and switches to the alternate screen, which is then cleared and homed
// (xterm.js keeps the cursor where it was: ink-notes.md §5.1).
export const ENTER_FULL_SCREEN = '\u001B[?1049h\u001B[2J\u001B[H';
// Back as it was: synchronized output ended (a frame cut off by the gate may have begun one),
// attributes reset, the cursor shown, the main screen and its saved cursor back.
export const LEAVE_FULL_SCREEN = '\u001B[?2026l\u001B[0m\u001B[?25h\u001B[?1049l';
const HIDE_CURSOR = '\u001B[?25l';
const SHOW_CURSOR = '\u001B[?25h';

/** What Ink's log-update would hold after drawing the frame: its text and the cursor (0-based). */
export type PaintedFrame = {output: string; cursor: {x: number; y: number} | undefined};

/** The text Ink hands its log-update for `model` on a terminal of `terminalRows` rows. */
export function inkFrameText(model: ScreenModel, theme: Theme, terminalRows: number): string {
	const output = toSegments(model)
		.map(segments => styledCharsToString(styledCharsFromTokens(tokenizeLine(rowLine(segments, theme)))).trimEnd())
		.join('\n');
	// Ink ends a frame shorter than the terminal with a newline (ink.js, isFullscreen).
	return model.rows >= terminalRows ? output : `${output}\n`;
}

/** `model` as Ink would draw it: its text and where the cursor goes. */
export function inkFrame(model: ScreenModel, theme: Theme, terminalRows: number): PaintedFrame {
	const cursor = model.cursor ? {x: model.cursor.col - 1, y: model.cursor.row - 1} : undefined;
	return {output: inkFrameText(model, theme, terminalRows), cursor};
}

/** Enters the full screen and paints `frame` there as Ink would; what Ink must take as drawn. */
export function paintEarly(frame: PaintedFrame, stdout: NodeJS.WriteStream): PaintedFrame {
	const {output, cursor} = frame;
	// The tty turns each "\n" into CR LF, as for Ink's own writes; the frame starts at the home position.
	const place = cursor ? `\u001B[${cursor.y + 1};${cursor.x + 1}H${SHOW_CURSOR}` : '';
	stdout.write(`${ENTER_FULL_SCREEN}${HIDE_CURSOR}${output}${place}`);
	frameShown(output.split('\n'), cursor);
	return frame;
}

/** Turns the painted frame `shown` into `frame` on the terminal (only what differs is sent). */
export function repaintEarly(shown: PaintedFrame, frame: PaintedFrame, stdout: NodeJS.WriteStream): PaintedFrame {
	if (shown.output === frame.output && shown.cursor?.x === frame.cursor?.x && shown.cursor?.y === frame.cursor?.y) return shown;
	const nextLines = frame.output.split('\n');
	stdout.write(
		frameDiff({
			previousLines: shown.output.split('\n'),
			nextLines,
			previousCursor: shown.cursor,
			nextCursor: frame.cursor,
			cursorShown: shown.cursor !== undefined,
		}),
	);
	frameShown(nextLines, frame.cursor);
	return frame;
}

// Where a lesson's current step is shown while its panels run: a pane beside the untouched 24x80
// panel (terminals of 112 columns or more) or under it (32 rows or more), and on exactly 80x24 a
// window laid over the panel on Attn (Ctrl+A, Esc A), with a one-line reminder when a step is
// done. The panel's own screen is never changed: these are drawn beside it or over its drawing.

import {BLUE, GREEN, textRun, WHITE, wrapText} from '../../ui/layout.js';
import {type WindowArea, windowFrame} from '../../ui/panel/windows.js';
import {type Attributes, type Run, type ScreenModel, toCells} from '../../ui/screen/model.js';

/** What the pane and the window show of the lesson in progress. */
export type LessonView = {
	id: string;
	title: string;
	/** The step shown (0-based); equal to steps once done. */
	step: number;
	steps: number;
	text: readonly string[];
	/** The hints of this step shown so far, and how many are left. */
	hints: readonly string[];
	hintsLeft: number;
	/** What the step's check still finds different. */
	stillDifferent: readonly string[];
	done: boolean;
};

/** The smallest terminal for a pane beside the panel, or under it. */
export const PANE_BESIDE = {cols: 112, rows: 24} as const;
export const PANE_BELOW = {cols: 80, rows: 32} as const;

export type PanePlace = 'beside' | 'below' | 'window';

export function panePlace(terminal: {columns: number; rows: number} | undefined): PanePlace {
	if (!terminal) return 'window';
	if (terminal.columns >= PANE_BESIDE.cols && terminal.rows >= PANE_BESIDE.rows) return 'beside';
	if (terminal.rows >= PANE_BELOW.rows && terminal.columns >= PANE_BELOW.cols) return 'below';
	return 'window';
}

type Line = {text: string; attributes: Attributes};

const TURQUOISE: Attributes = {color: 'turquoise'};
const PINK: Attributes = {color: 'pink'};

/** The lesson's step as lines of at most `width` characters. */
export function lessonLines(view: LessonView, width: number, keys: 'pane' | 'window'): Line[] {
	const wrap = (text: string, attributes: Attributes, indent = 0): Line[] =>
		wrapText(text, width - indent).map((line, index) => ({text: `${' '.repeat(index === 0 ? 0 : indent)}${line}`, attributes}));
	const heading = view.done ? `Lesson ${view.id}: done` : `Lesson ${view.id}  Step ${view.step + 1} of ${view.steps}`;
	const lines: Line[] = [...wrap(heading, WHITE), ...wrap(view.title, WHITE), {text: '', attributes: GREEN}];
	if (view.done) {
		lines.push(...wrap('Every step is done. F3 ends the lesson and goes back to the Lessons list.', GREEN));
		return lines;
	}
	lines.push(...view.text.flatMap(line => wrap(line, GREEN)));
	if (view.stillDifferent.length > 0) {
		lines.push({text: '', attributes: GREEN}, ...wrap('Still different:', WHITE));
		lines.push(...view.stillDifferent.flatMap(line => wrap(`- ${line}`, PINK, 2)));
	}
	for (const [index, hint] of view.hints.entries()) lines.push({text: '', attributes: GREEN}, ...wrap(`Hint ${index + 1}: ${hint}`, TURQUOISE, 2));
	const hintKey = view.hintsLeft > 0 ? `F10=Hint (${view.hintsLeft} left)` : 'No more hints';
	lines.push(
		{text: '', attributes: GREEN},
		...wrap(keys === 'pane' ? `Attn (Ctrl+A, Esc A): this step in a window; there ${hintKey}` : `${hintKey}  Enter=Back to the panel`, BLUE),
	);
	return lines;
}

/** The pane beside (31+ columns) or under (8+ rows) the panel, as a screen of its own. */
export function paneModel(view: LessonView, size: {rows: number; cols: number}): ScreenModel {
	const width = size.cols - 2;
	const lines = lessonLines(view, width, 'pane');
	const shown = lines.length > size.rows ? [...lines.slice(0, size.rows - 1), {text: '...', attributes: WHITE}] : lines;
	return {rows: size.rows, cols: size.cols, runs: shown.map((line, index) => textRun(index + 1, 2, line.text, line.attributes))};
}

const WINDOW: WindowArea = {row: 2, col: 3, rows: 21, cols: 76};

/** The lesson window laid over the panel's drawing (80x24: Attn opens it). */
export function withLessonWindow(model: ScreenModel, view: LessonView): ScreenModel {
	const width = WINDOW.cols - 4;
	const room = WINDOW.rows - 2;
	const lines = lessonLines(view, width, 'window');
	// The keys stay on the last line whatever the length: the step's text is cut before them.
	const shown = lines.length > room ? [...lines.slice(0, room - 2), {text: '...', attributes: WHITE}, lines.at(-1)!] : lines;
	const runs: Run[] = [...windowFrame(WINDOW), ...shown.map((line, index) => textRun(WINDOW.row + 1 + index, WINDOW.col + 2, line.text, line.attributes))];
	const {cursor: _cursor, ...rest} = model;
	return {...rest, runs: [...model.runs, ...runs]};
}

/**
 * The one-line reminder that a step is done, over a blank line of the panel: line 24 when no
 * message is there, else line 2 (blank on these panels), else nowhere — a message is never hidden.
 */
export function withStepReminder(model: ScreenModel, reminder: string): ScreenModel {
	const cells = toCells(model);
	const row = [model.rows, 2].find(each => cells[each - 1]?.every(cell => cell.char === ' ' && !cell.attributes.reverse && !cell.attributes.underline));
	if (row === undefined) return model;
	return {...model, runs: [...model.runs, {row, col: 2, text: reminder.slice(0, model.cols - 2), attributes: {color: 'white', reverse: true}}]};
}

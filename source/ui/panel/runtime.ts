// The panel stack and the flow of one keystroke: every key goes to the field editor, then to
// the top panel; conventions every panel shares (F24 legend cycling, "Function key not allowed",
// Ctrl+C, undefined keys, F1 and F4 windows, Roll on subfiles) are handled here once. The
// runtime also carries out the panels' effects: it opens and closes panels, makes their calls
// into the environment at once, and leaves tasks to the host (panel-host.tsx), which starts them
// and hands their progress and end back through the functions at the end of this file.
// The stack is a value: every function here returns a new one.

import {cursorCellOn, editField, hasUnsavedTyping, placeCursor, showError, withValues} from '../fields/editor.js';
import {fieldRun} from '../fields/field.js';
import {KIT_MESSAGES, OPERATOR_ERRORS} from '../fields/operator-errors.js';
import {isFunctionKey, type KeyName, type Keystroke} from '../keys/key-names.js';
import {legendPages, legendRuns, messageRun, type PanelSize} from '../layout.js';
import type {ScreenModel} from '../screen/model.js';
import {rollKey} from '../subfile.js';
import {bindInstance, type Closing, type Frame, type Step, type TaskSession} from './frame.js';
import type {PanelInstance, Question} from './panel.js';
import {type HelpText, helpWindow, messageHelpWindow, panelHelp, questionWindow, valueListWindow, windowFrame} from './windows.js';

export type RunningTask<Env> = {
	readonly session: TaskSession<Env>;
	/** Index in the stack of the panel that started it (its progress and end go there). */
	readonly owner: number;
	/** A question window is open: the keyboard is the operator's until it is answered. */
	readonly asking: boolean;
	/** Ctrl+C: the operator stopped waiting; the host aborts the task. */
	readonly stopping: boolean;
};

/**
 * What happened on the panels that the application may want to know besides the stack itself
 * (a lesson checks them): F1 on a field or a panel, F1 on a message, an F4 list and the value
 * chosen from it, a message shown on line 24. `panelId` is the panel under the window.
 */
export type PanelEvent =
	| {kind: 'help'; panelId: string; fieldId: string | undefined; title: string}
	| {kind: 'messageHelp'; panelId: string; messageId: string}
	| {kind: 'valueList'; panelId: string; fieldId: string; title: string}
	| {kind: 'valueChosen'; panelId: string; fieldId: string; title: string; value: string}
	| {kind: 'message'; panelId: string; messageId: string};

export type PanelStack<Env> = {
	readonly frames: readonly Frame<Env>[];
	/** Events since the driver last took them (it hands them on and clears them). */
	readonly events?: readonly PanelEvent[] | undefined;
	readonly exited: boolean;
	/** Work started by a panel and not yet finished: the keyboard waits for it (X SYSTEM). */
	readonly task?: RunningTask<Env> | undefined;
	/** A question window was just answered; the host hands the answer to the task. */
	readonly answered?: {answer: string | undefined} | undefined;
	/** F1 away from a field: the panel's help, by its id (the application's texts). */
	readonly panelHelp: PanelHelp;
	/** The display the panels are drawn on (the cursor wraps at its edges). */
	readonly size: PanelSize;
};

export type PanelHelp = (panelId: string) => HelpText | undefined;

/** The stack with its first panel, whose starting effect is carried out with `env`. */
export function createStack<Out, Env>(
	first: PanelInstance<Out, Env>,
	env: Env,
	panelHelp: PanelHelp = () => undefined,
	size: PanelSize = {rows: 24, cols: 80},
): PanelStack<Env> {
	const step = bindInstance(first, undefined);
	return applyStep({frames: [step.frame], exited: false, panelHelp, size}, 0, step, env);
}

export function topFrame<Env>(stack: PanelStack<Env>): Frame<Env> {
	const top = stack.frames.at(-1);
	if (!top) throw new Error('The panel stack is empty');
	return top;
}

function withEvent<Env>(stack: PanelStack<Env>, event: PanelEvent): PanelStack<Env> {
	return {...stack, events: [...(stack.events ?? []), event]};
}

function replaceAt<Env>(stack: PanelStack<Env>, index: number, frame: Frame<Env>): PanelStack<Env> {
	return {...stack, frames: stack.frames.map((each, at) => (at === index ? frame : each))};
}

function replaceTop<Env>(stack: PanelStack<Env>, frame: Frame<Env>): PanelStack<Env> {
	return replaceAt(stack, stack.frames.length - 1, frame);
}

function withError<Env>(frame: Frame<Env>, message: {id: string; text: string}): Frame<Env> {
	return frame.withEdit(showError(frame.edit, {message}));
}

/** Keys that are another key by another name. */
const KEY_ALIASES: Partial<Record<KeyName, KeyName>> = {Help: 'F1', Quit: 'F3'};

/** Applies one keystroke to the top panel and carries out its effect. */
export function pressKey<Env>(stack: PanelStack<Env>, keystroke: Keystroke, env: Env): PanelStack<Env> {
	if (stack.exited || keystroke.kind === 'prefix') return stack;
	const task = stack.task;
	if (task && !task.asking) {
		// Waiting for the host: only Ctrl+C acts — it stops the waiting, not the host's work.
		if (keystroke.kind === 'key' && keystroke.name === 'Interrupt' && !task.stopping) return {...stack, task: {...task, stopping: true}};
		return stack;
	}
	const index = stack.frames.length - 1;
	const top = topFrame(stack);

	if (keystroke.kind === 'unknown') return replaceTop(stack, withError(top, OPERATOR_ERRORS.undefinedKey));
	if (keystroke.kind === 'key' && keystroke.name === 'Interrupt') return replaceTop(stack, withError(top, KIT_MESSAGES.interruptIgnored));

	// The Help key and F1 both ask for help (Esc H on keyboards whose F1 the host takes); Quit
	// (Esc Q) is F3, Exit, for a terminal whose F3 does not reach the program.
	const alias = keystroke.kind === 'key' ? KEY_ALIASES[keystroke.name] : undefined;
	const key5250: Keystroke = keystroke.kind === 'key' && alias ? {...keystroke, name: alias} : keystroke;
	const fields = top.fields();
	// Help on the message: while it locks the keyboard, or with the cursor on line 24 (where a
	// panel without input fields keeps it). The message stays, and the keyboard locked, when the
	// window closes.
	const onMessageLine = cursorCellOn(top.edit, fields, stack.size).row === stack.size.rows;
	const shownMessage = top.edit.error?.message ?? (onMessageLine ? top.notice : undefined);
	if (key5250.kind === 'key' && key5250.name === 'F1' && shownMessage) {
		return push(
			withEvent(stack, {kind: 'messageHelp', panelId: top.id, messageId: shownMessage.id}),
			bindInstance(messageHelpWindow<Env>(shownMessage), (): Closing<Env> => ({type: 'back'})),
		);
	}
	const edited = editField(top.edit, fields, key5250, stack.size);
	const typed = top.withEdit(edited.state);
	// Typing changed a value: the panel works out again what its view shows from the values.
	if (edited.state.values !== top.edit.values) return applyStep(stack, index, typed.edited(), env);
	const key = edited.unhandled;
	if (key?.kind !== 'key') return replaceTop(stack, typed);

	// An AID key (Enter, a function key, Roll) sends the screen: the previous notice goes.
	const current = typed.withNotice(undefined);
	const base = replaceTop(stack, current);

	// F1 and F4 open windows over the panel; the window then takes the keys.
	const cursorField = fields.some(field => field.id === current.edit.cursor.fieldId) ? current.edit.cursor.fieldId : undefined;
	if (key.name === 'F1' && !current.window) {
		// The field's help first, then the panel's help and the key map (IBM's extended help).
		const general = current.help(undefined) ?? stack.panelHelp(current.id) ?? panelHelp(current.id, []);
		const field = cursorField ? current.help(cursorField) : undefined;
		const help = field ? {title: field.title, lines: [...field.lines, '', {heading: general.title}, '', ...general.lines]} : general;
		return push(
			withEvent(base, {kind: 'help', panelId: current.id, fieldId: field ? cursorField : undefined, title: help.title}),
			bindInstance(helpWindow<Env>(help), (): Closing<Env> => ({type: 'back'})),
		);
	}
	if (key.name === 'F4' && current.hasPrompt) {
		const answer = cursorField ? current.prompt(cursorField) : undefined;
		if (!answer || !cursorField) return replaceTop(base, withError(current, KIT_MESSAGES.promptNotAvailable));
		if (answer.kind === 'step') return applyStep(base, index, answer.step, env);
		const {title} = answer.list;
		return push(
			withEvent(base, {kind: 'valueList', panelId: current.id, fieldId: cursorField, title}),
			bindInstance(
				valueListWindow<Env>(answer.list),
				(value): Closing<Env> => (value === undefined ? {type: 'back'} : {type: 'fill', fieldId: cursorField, value, title}),
			),
		);
	}

	if (isFunctionKey(key.name)) {
		const listed = current.functionKeys().some(each => each.key === key.name);
		const hidden = current.hiddenKeys.includes(key.name);
		if (!listed && !hidden) return replaceTop(base, withError(current, KIT_MESSAGES.functionKeyNotAllowed));
		if (key.name === 'F24' && !hidden) {
			const pages = legendPages(current.functionKeys()).length;
			return replaceTop(base, current.withLegendPage((current.legendPage + 1) % pages));
		}
	}

	const subfile = current.subfileWindow();
	if (subfile && (key.name === 'RollUp' || key.name === 'RollDown')) {
		const {top: first, notice} = rollKey(subfile, key.name);
		// Past the last page of an input list typed full, the list grows by a page.
		const grown = notice && key.name === 'RollUp' ? current.withMoreLines() : undefined;
		const window = grown?.subfileWindow();
		if (grown && window) return replaceTop(base, settle(grown.withTop(rollKey(window, 'RollUp').top)));
		return replaceTop(base, settle(current.withTop(first).withNotice(notice)));
	}

	return applyStep(base, index, current.key(key), env);
}

function push<Env>(stack: PanelStack<Env>, step: Step<Env>): PanelStack<Env> {
	return {...stack, frames: [...stack.frames, settle(step.frame)]};
}

/** After a panel changed its fields (Roll, refresh), the cursor must stand on one of them. */
function settle<Env>(frame: Frame<Env>): Frame<Env> {
	return frame.withEdit(placeCursor(frame.edit, frame.fields()));
}

/** Puts a step's frame at `index` and carries out its effect. */
function applyStep<Env>(stack: PanelStack<Env>, index: number, step: Step<Env>, env: Env): PanelStack<Env> {
	const placed = replaceAt(stack, index, settle(step.frame));
	const effect = step.effect;
	if (!effect) return placed;
	switch (effect.type) {
		case 'exit':
			return {...placed, exited: true};
		case 'call':
			return applyStep(placed, index, effect.perform(env), env);
		case 'task':
			return {...placed, task: {session: effect.task, owner: index, asking: false, stopping: false}};
		case 'open':
			return applyStep({...placed, frames: [...placed.frames.slice(0, index + 1), effect.child.frame]}, index + 1, effect.child, env);
		case 'close':
			return close(placed, index, effect.closing, env);
	}
}

function close<Env>(stack: PanelStack<Env>, index: number, closing: Closing<Env> | undefined, env: Env): PanelStack<Env> {
	const below = stack.frames.slice(0, index);
	const parent = below.at(-1);
	// The first panel closes: the program ends.
	if (!parent || !closing) return {...stack, exited: true};
	const base: PanelStack<Env> = {...stack, frames: below};
	switch (closing.type) {
		case 'back':
			return base;
		case 'resume':
			return applyStep(base, index - 1, closing.step, env);
		case 'fill': {
			// A value chosen from an F4 list goes into the field it was opened on, as if typed.
			const edit = parent.edit;
			const modified = edit.modified.includes(closing.fieldId) ? edit.modified : [...edit.modified, closing.fieldId];
			const filled = parent.withEdit({...edit, values: withValues(edit.values, {[closing.fieldId]: closing.value}), modified});
			const chosen: PanelEvent = {kind: 'valueChosen', panelId: parent.id, fieldId: closing.fieldId, title: closing.title ?? '', value: closing.value};
			return applyStep(withEvent(base, chosen), index - 1, filled.edited(), env);
		}
		case 'answer':
			return {...base, answered: {answer: closing.answer}, ...(base.task ? {task: {...base.task, asking: false}} : {})};
	}
}

/** The whole screen of the top panel: its body, input fields, legend and message line. */
export function screenOf<Env>(stack: PanelStack<Env>, size: PanelSize): ScreenModel {
	const top = topFrame(stack);
	const own = frameScreen(top, size);
	if (!top.window || stack.frames.length < 2) return own;
	// A window: the panel below stays in view, the window is drawn over it.
	const below = screenOf({...stack, frames: stack.frames.slice(0, -1)}, size);
	return {...own, runs: [...below.runs.filter(run => run.row !== size.rows), ...windowFrame(top.window), ...own.runs]};
}

function frameScreen<Env>(top: Frame<Env>, size: PanelSize): ScreenModel {
	const fields = top.fields();
	const pages = legendPages(top.functionKeys());
	const page = pages[top.legendPage % pages.length] ?? [];
	const legendRow = top.legendRow() ?? size.rows - 2;
	const legendColumn = top.window ? top.window.col + 1 : 1;
	const message = top.edit.error?.message ?? top.notice;
	return {
		...size,
		runs: [
			...top.body(size),
			...fields.map(field => fieldRun(field, top.edit.values[field.id] ?? '', {inError: top.edit.error?.fieldId === field.id})),
			...legendRuns(page, legendRow).map(run => ({...run, col: run.col + legendColumn - 1})),
			...messageRun(message, size),
		],
		cursor: cursorCellOn(top.edit, fields, size),
	};
}

/**
 * The operator information line an emulator draws under the 24 rows (tn5250's layout,
 * keys-5250.md §1.7): "5250" at column 1; "X II" at 10 while an error locks the keyboard, or
 * "X SYSTEM" while the host works; "IM" at 31 in insert mode; the cursor's column and row as
 * ccc/rrr at 73.
 */
export function operatorInformation<Env>(stack: PanelStack<Env>, size: PanelSize): string {
	const top = topFrame(stack);
	const line = Array<string>(size.cols).fill(' ');
	const put = (col: number, text: string) => line.splice(col - 1, text.length, ...text);
	put(1, '5250');
	if (stack.task && !stack.task.asking) put(10, 'X SYSTEM');
	else if (top.edit.error) put(10, 'X II');
	if (top.edit.insertMode) put(31, 'IM');
	const cursor = cursorCellOn(top.edit, top.fields(), size);
	put(73, `${String(cursor.col).padStart(3, '0')}/${String(cursor.row).padStart(3, '0')}`);
	return line.join('').trimEnd();
}

// The host's side of a running task. Each takes the session it started: a task the stack no
// longer waits for (it ended, or was stopped) has no more say.

/** The task reports progress: its panel's new frame (the keyboard still waits). */
export function progressTask<Env>(stack: PanelStack<Env>, session: TaskSession<Env>, frame: Frame<Env>): PanelStack<Env> {
	const task = stack.task;
	if (task?.session !== session) return stack;
	return replaceAt(stack, task.owner, settle(frame));
}

/** The task has ended: its panel's step is carried out (a question still open goes). */
export function completeTask<Env>(stack: PanelStack<Env>, session: TaskSession<Env>, step: Step<Env>, env: Env): PanelStack<Env> {
	const task = stack.task;
	if (task?.session !== session) return stack;
	const owned: PanelStack<Env> = {...stack, task: undefined, answered: undefined, frames: stack.frames.slice(0, task.owner + 1)};
	const next = applyStep(owned, task.owner, step, env);
	return task.stopping ? replaceTop(next, withError(topFrame(next), KIT_MESSAGES.stoppedWaiting)) : next;
}

/** The task asks the operator: a question window opens over the panels and takes the keys. */
export function askOperator<Env>(stack: PanelStack<Env>, session: TaskSession<Env>, question: Question): PanelStack<Env> {
	const task = stack.task;
	if (task?.session !== session) return stack;
	const window = bindInstance(questionWindow<Env>(question), (answer): Closing<Env> => ({type: 'answer', answer}));
	return {...push(stack, window), task: {...task, asking: true}};
}

/** The events since the last call, and the stack without them. */
export function takeEvents<Env>(stack: PanelStack<Env>): {stack: PanelStack<Env>; events: readonly PanelEvent[]} {
	return stack.events?.length ? {stack: {...stack, events: undefined}, events: stack.events} : {stack, events: []};
}

/** The message line of the top panel: its error (locking the keyboard) or its notice. */
export function shownMessage<Env>(stack: PanelStack<Env>): {id: string; text: string} | undefined {
	const top = topFrame(stack);
	return top.edit.error?.message ?? top.notice;
}

/** The host took the answer of a question window. */
export function answerTaken<Env>(stack: PanelStack<Env>): PanelStack<Env> {
	return {...stack, answered: undefined};
}

/**
 * The panel whose typing would be lost if the program ended now — the topmost one (windows
 * aside) — named by its title on line 1; undefined when nothing typed is unsaved.
 */
export function unsavedTyping<Env>(stack: PanelStack<Env>, size: PanelSize): string | undefined {
	if (stack.exited) return undefined;
	const frame = stack.frames.findLast(each => !each.window && hasUnsavedTyping(each.edit));
	if (!frame) return undefined;
	const [title] = frame
		.body(size)
		.filter(run => run.row === 1)
		.sort((a, b) => a.col - b.col);
	return title?.text.trim() || frame.id;
}

// The panel stack and the key flow of one keystroke: pop-ups aside, every key goes to the
// field editor, then to the top panel; conventions every panel shares (F24 legend cycling,
// "Function key not allowed", Ctrl+C, undefined keys) are handled here once.

import {cursorCell, editField, hasUnsavedTyping, placeCursor, showError, withValues} from '../fields/editor.js';
import {fieldRun} from '../fields/field.js';
import {KIT_MESSAGES, OPERATOR_ERRORS} from '../fields/operator-errors.js';
import {isFunctionKey, type Keystroke} from '../keys/key-names.js';
import {legendPages, legendRuns, messageRun, type PanelSize} from '../layout.js';
import type {ScreenModel} from '../screen/model.js';
import {rollKey} from '../subfile.js';
import {type PanelInstance, type PanelState, type Question, type Task, type TaskResult, TaskStopped, type Transition} from './panel.js';
import {
	helpWindow,
	isFillField,
	isQuestionAnswer,
	messageHelpWindow,
	panelHelp,
	type QuestionAnswer,
	questionWindow,
	valueListWindow,
	windowFrame,
} from './windows.js';

export type RunningTask = {
	run: Task;
	started: boolean;
	/** Index in the stack of the panel that started it (its progress and result go there). */
	owner: number;
	/** A question window is open: the keyboard is the operator's until it is answered. */
	asking?: boolean;
};

export type PanelStack = {
	panels: PanelInstance[];
	exited: boolean;
	/** What the exit hands the program (the exit effect's result). */
	exitResult?: unknown;
	/** Work started by a panel and not yet finished: the keyboard waits for it (X SYSTEM). */
	task?: RunningTask;
	/** A question window was just answered; the panel host hands the answer to the task. */
	answered?: QuestionAnswer;
};

export function createStack(first: PanelInstance): PanelStack {
	return {panels: [first], exited: false};
}

export function topPanel(stack: PanelStack): PanelInstance {
	const top = stack.panels.at(-1);
	if (!top) throw new Error('The panel stack is empty');
	return top;
}

function withState(instance: PanelInstance, state: PanelState): PanelInstance {
	return {...instance, state};
}

function withError(instance: PanelInstance, message: {id: string; text: string}): PanelInstance {
	return withState(instance, {...instance.state, edit: showError(instance.state.edit, {message})});
}

/** Applies one keystroke to the top panel and carries out its effect on the stack. */
export function pressKey(stack: PanelStack, keystroke: Keystroke): PanelStack {
	if (stack.exited || keystroke.kind === 'prefix') return stack;
	if (stack.task && !stack.task.asking) {
		// Waiting for the host: only Ctrl+C acts — it stops the waiting, not the host's work.
		if (keystroke.kind !== 'key' || keystroke.name !== 'Interrupt') return stack;
		const {task, ...rest} = stack;
		// The panel that started the task hears it was stopped (its state only: nothing more runs).
		const owner = rest.panels[task.owner];
		const panels = [...rest.panels];
		if (owner?.panel.onTaskDone) panels[task.owner] = withState(owner, owner.panel.onTaskDone(owner.state, {ok: false, error: new TaskStopped()}).state);
		const stopped = {...rest, panels};
		return replaceTop(stopped, withError(topPanel(stopped), KIT_MESSAGES.stoppedWaiting));
	}
	const top = topPanel(stack);
	const {panel} = top;
	const fields = panel.fields(top.state);

	if (keystroke.kind === 'unknown') return replaceTop(stack, withError(top, OPERATOR_ERRORS.undefinedKey));
	if (keystroke.kind === 'key' && keystroke.name === 'Interrupt') {
		return replaceTop(stack, withError(top, KIT_MESSAGES.interruptIgnored));
	}

	// The Help key and F1 both ask for help (Esc H on keyboards whose F1 the host takes).
	const key5250: Keystroke = keystroke.kind === 'key' && keystroke.name === 'Help' ? {...keystroke, name: 'F1'} : keystroke;
	// Help on the message: while it locks the keyboard, or with the cursor on line 24 (a panel
	// without input fields). The message stays, and the keyboard locked, when the window closes.
	const shownMessage = top.state.edit.error?.message ?? (fields.length === 0 ? top.state.notice : undefined);
	if (key5250.kind === 'key' && key5250.name === 'F1' && shownMessage) return {...stack, panels: [...stack.panels, messageHelpWindow(shownMessage)]};
	const edited = editField(top.state.edit, fields, key5250);
	let current = withState(top, {...top.state, edit: edited.state});
	const key = edited.unhandled;
	if (key?.kind !== 'key') return replaceTop(stack, current);

	// An AID key (Enter, a function key, Roll) sends the screen: the previous notice goes.
	const {notice: _notice, ...withoutNotice} = current.state;
	current = withState(current, withoutNotice);

	// F1 and F4 open windows over the panel; the window then takes the keys.
	const cursorField = fields.some(field => field.id === current.state.edit.cursor.fieldId) ? current.state.edit.cursor.fieldId : undefined;
	if (key.name === 'F1' && !panel.window) {
		// The field's help first, then the panel's help and the key map (IBM's extended help).
		const general = panel.help?.(current.state, undefined) ?? panelHelp(panel.id, []);
		const field = cursorField ? panel.help?.(current.state, cursorField) : undefined;
		const help = field ? {title: field.title, lines: [...field.lines, '', {heading: general.title}, '', ...general.lines]} : general;
		return {...replaceTop(stack, current), panels: [...stack.panels.slice(0, -1), current, helpWindow(help)]};
	}
	if (key.name === 'F4' && panel.prompt) {
		const list = cursorField ? panel.prompt(current.state, cursorField) : undefined;
		if (!list) return replaceTop(stack, withError(current, KIT_MESSAGES.promptNotAvailable));
		if ('promptPanel' in list) return applyTransition(replaceTop(stack, current), {state: current.state, effect: {type: 'open', panel: list.promptPanel}});
		return {...replaceTop(stack, current), panels: [...stack.panels.slice(0, -1), current, valueListWindow(list, cursorField!)]};
	}

	if (isFunctionKey(key.name)) {
		const listed = panel.functionKeys(current.state).some(each => each.key === key.name);
		const hidden = panel.hiddenKeys?.includes(key.name) ?? false;
		if (!listed && !hidden) return replaceTop(stack, withError(current, KIT_MESSAGES.functionKeyNotAllowed));
		if (key.name === 'F24' && !hidden) {
			const pages = legendPages(panel.functionKeys(current.state)).length;
			return replaceTop(stack, {...current, legendPage: (current.legendPage + 1) % pages});
		}
	}

	if (panel.subfile && (key.name === 'RollUp' || key.name === 'RollDown')) {
		const {top: first, notice} = rollKey(panel.subfile.window(current.state), key.name);
		const rolled = panel.subfile.setTop(current.state, first);
		return applyTransition(replaceTop(stack, current), {state: notice ? {...rolled, notice} : rolled});
	}

	return applyTransition(replaceTop(stack, current), panel.onKey(current.state, key));
}

function replaceTop(stack: PanelStack, instance: PanelInstance): PanelStack {
	return {...stack, panels: [...stack.panels.slice(0, -1), instance]};
}

function applyTransition(stack: PanelStack, transition: Transition<PanelState>): PanelStack {
	const top = topPanel(stack);
	const updated = replaceTop(stack, withState(top, settleCursor(top, transition.state)));
	const effect = transition.effect;
	if (!effect) return updated;
	switch (effect.type) {
		case 'exit':
			return {...updated, exited: true, ...(effect.result === undefined ? {} : {exitResult: effect.result})};
		case 'open':
			return {
				...updated,
				panels: [...updated.panels, effect.panel],
				...(effect.task ? {task: {run: effect.task, started: false, owner: updated.panels.length}} : {}),
			};
		case 'task':
			return {...updated, task: {run: effect.task, started: false, owner: updated.panels.length - 1}};
		case 'close': {
			const below = updated.panels.slice(0, -1);
			const parent = below.at(-1);
			if (!parent) return {panels: updated.panels, exited: true};
			const base: PanelStack = {...updated, panels: below};
			if (isQuestionAnswer(effect.result)) return {...base, answered: effect.result};
			if (isFillField(effect.result)) {
				// A value chosen from an F4 list goes into the field it was opened on.
				const {fieldId, value} = effect.result.fill;
				const edit = parent.state.edit;
				const modified = edit.modified.includes(fieldId) ? edit.modified : [...edit.modified, fieldId];
				return replaceTop(base, withState(parent, {...parent.state, edit: {...edit, values: withValues(edit.values, {[fieldId]: value}), modified}}));
			}
			if (!parent.panel.onReturn) return base;
			return applyTransition(base, parent.panel.onReturn(parent.state, effect.result));
		}
	}
}

/** After a panel changed its fields (Roll, refresh), the cursor must stand on one of them. */
function settleCursor(instance: PanelInstance, state: PanelState): PanelState {
	return {...state, edit: placeCursor(state.edit, instance.panel.fields(state))};
}

/** The whole screen of the top panel: its body, input fields, legend and message line. */
export function screenOf(stack: PanelStack, size: PanelSize): ScreenModel {
	const top = topPanel(stack);
	const own = panelScreen(top, size);
	if (!top.panel.window || stack.panels.length < 2) return own;
	// A window: the panel below stays in view, the window is drawn over it.
	const below = screenOf({...stack, panels: stack.panels.slice(0, -1)}, size);
	return {...own, runs: [...below.runs.filter(run => run.row !== size.rows), ...windowFrame(top.panel.window), ...own.runs]};
}

function panelScreen(top: PanelInstance, size: PanelSize): ScreenModel {
	const {panel, state} = top;
	const fields = panel.fields(state);
	const pages = legendPages(panel.functionKeys(state));
	const page = pages[top.legendPage % pages.length] ?? [];
	const legendRow = (typeof panel.legendRow === 'function' ? panel.legendRow(state) : panel.legendRow) ?? size.rows - 2;
	const legendColumn = panel.window ? panel.window.col + 1 : 1;
	const message = state.edit.error?.message ?? state.notice;
	return {
		...size,
		runs: [
			...panel.body(state, size),
			...fields.map(field => fieldRun(field, state.edit.values[field.id] ?? '', {inError: state.edit.error?.fieldId === field.id})),
			...legendRuns(page, legendRow).map(run => ({...run, col: run.col + legendColumn - 1})),
			...messageRun(message, size),
		],
		cursor: cursorCell(state.edit, fields) ?? {row: size.rows, col: 2},
	};
}

/** The task has ended: the panel that started it takes the result (a question still open goes). */
export function completeTask(stack: PanelStack, task: RunningTask, result: TaskResult): PanelStack {
	// A task the operator stopped waiting for (Ctrl+C) no longer has a say.
	if (stack.task !== task) return stack;
	const {task: _done, ...rest} = stack;
	const owned = {...rest, panels: rest.panels.slice(0, task.owner + 1)};
	const owner = topPanel(owned);
	if (!owner.panel.onTaskDone) return owned;
	return applyTransition(owned, owner.panel.onTaskDone(owner.state, result));
}

/** The task reports progress: the panel that started it takes it in (its effects wait, if a question is open). */
export function progressTask(stack: PanelStack, task: RunningTask, update: unknown): PanelStack {
	const owner = stack.panels[task.owner];
	if (stack.task !== task || !owner?.panel.onTaskProgress) return stack;
	const transition = owner.panel.onTaskProgress(owner.state, update);
	if (task.owner === stack.panels.length - 1) return applyTransition(stack, transition);
	const panels = [...stack.panels];
	panels[task.owner] = withState(owner, transition.state);
	return {...stack, panels};
}

/** The task asks the operator: a question window opens over the panels and takes the keys. */
export function askOperator(stack: PanelStack, task: RunningTask, question: Question): PanelStack {
	if (stack.task !== task) return stack;
	task.asking = true;
	return {...stack, panels: [...stack.panels, questionWindow(question)]};
}

/**
 * The panel whose typing would be lost if the program ended now — the topmost one (windows
 * aside) — named by its title on line 1; undefined when nothing typed is unsaved.
 */
export function unsavedTyping(stack: PanelStack, size: PanelSize): string | undefined {
	if (stack.exited) return undefined;
	const panel = stack.panels.findLast(each => !each.panel.window && hasUnsavedTyping(each.state.edit));
	if (!panel) return undefined;
	const [title] = panel.panel
		.body(panel.state, size)
		.filter(run => run.row === 1)
		.sort((a, b) => a.col - b.col);
	return title?.text.trim() || panel.panel.id;
}

// A 5250 panel as data and pure functions (ink-ui's view / reducer split): the runtime routes
// keys through the field editor first, then to the panel; the panel returns its next state and
// at most one effect for the panel stack. No React, no I/O here.

import type {EditState, ScreenMessage} from '../fields/editor.js';
import type {FieldDefinition} from '../fields/field.js';
import type {Keystroke} from '../keys/key-names.js';
import type {FunctionKeyLabel, PanelSize} from '../layout.js';
import type {Run} from '../screen/model.js';
import type {SubfileWindow} from '../subfile.js';
import type {HelpText, ValueList, WindowArea} from './windows.js';

export type PanelState = {
	edit: EditState;
	/** An informational message for the message line (does not lock the keyboard). */
	notice?: ScreenMessage;
};

export type PanelEffect<R = unknown> =
	/** F3: leave the whole function; a result tells the program why (another system chosen). */
	| {type: 'exit'; result?: unknown}
	/** F12 / done: back to the panel below, handing it a result. */
	| {type: 'close'; result?: R}
	/** Opens a panel; with a task, the new panel starts it at once (following a submitted job). */
	| {type: 'open'; panel: PanelInstance; task?: Task}
	/** Work that takes time (a command on the host): the keyboard waits, then onTaskDone gets the result. */
	| {type: 'task'; task: Task};

export type Task = (context: TaskContext) => Promise<unknown>;

/** What a running task may do besides finishing. */
export type TaskContext = {
	/** Hands an update to the panel that started the task (its onTaskProgress). */
	progress: (update: unknown) => void;
	/** Asks the operator in a window over the panel; resolves with the answer, undefined on F12. */
	ask: (question: Question) => Promise<string | undefined>;
	/** Aborted when the operator stops waiting (Ctrl+C): the task should stop what it waits for. */
	signal: AbortSignal;
};

export type Question = {
	title: string;
	lines: string[];
	label: string;
	length: number;
	/** A non-display field (a password): what is typed is not shown. */
	hidden?: boolean;
};

export type TaskResult = {ok: true; value: unknown} | {ok: false; error: Error};

/** The error a task ends with when the operator stopped waiting for it (Ctrl+C). */
export class TaskStopped extends Error {
	constructor() {
		super('Stopped waiting; the work may still be going on.');
	}
}

export type Transition<S> = {state: S; effect?: PanelEffect};

export type Panel<S extends PanelState> = {
	/** Identifies the panel in tests and in the key-test panel (e.g. "WRKCTLGBRM"). */
	id: string;
	/** The keys in the legend, in order. A function key not listed here is "not allowed". */
	functionKeys: (state: S) => FunctionKeyLabel[];
	/** Keys the panel accepts without showing them in the legend (e.g. F1, Roll). */
	hiddenKeys?: readonly string[];
	/** The input fields shown now. */
	fields: (state: S) => FieldDefinition[];
	/** Everything but input fields, legend and message line. */
	body: (state: S, size: PanelSize) => Run[];
	/** First row of the function-key legend (22 on a 24-row panel by default). */
	legendRow?: number | ((state: S) => number);
	/** Keys the editor did not use: Enter, function keys, Roll … */
	onKey: (state: S, keystroke: Keystroke) => Transition<S>;
	/** A panel opened from this one was closed. */
	onReturn?: (state: S, result: unknown) => Transition<S>;
	/** A task this panel started has ended. */
	onTaskDone?: (state: S, result: TaskResult) => Transition<S>;
	/** A task this panel started reports progress. */
	onTaskProgress?: (state: S, update: unknown) => Transition<S>;
	/** A panel with a subfile: the Roll keys page it (the runtime handles them). */
	subfile?: {window: (state: S) => SubfileWindow; setTop: (state: S, top: number) => S};
	/** Drawn as a pop-up window over the panel below it. */
	window?: WindowArea;
	/**
	 * F4: the allowed values of a field, or — on a command line — the command's prompt panel
	 * (undefined: F4 is not available there).
	 */
	prompt?: (state: S, fieldId: string) => ValueList | PromptPanel | undefined;
	/** F1: help for the field under the cursor, or for the panel when fieldId is undefined. */
	help?: (state: S, fieldId: string | undefined) => HelpText | undefined;
};

/** What F4 opens on a command line: the prompt of the command typed there. */
export type PromptPanel = {promptPanel: PanelInstance};

export type PanelInstance = {
	// The stack holds panels of different state types; each instance pairs a panel with its own.
	// biome-ignore lint/suspicious/noExplicitAny: an existential type; each instance is checked where it is made (instance()).
	panel: Panel<any>;
	state: PanelState;
	/** Which page of the function-key legend shows (F24 cycles it). */
	legendPage: number;
};

export function instance<S extends PanelState>(panel: Panel<S>, state: S): PanelInstance {
	return {panel, state, legendPage: 0};
}

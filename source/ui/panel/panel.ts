// A 5250 panel as data and pure functions (ink-ui's view / reducer split, Elm's commands): the
// runtime routes keys through the field editor first, then to the panel; the panel returns its
// next state and at most one effect, which the runtime carries out; whatever comes back (a
// call's answer, a task's progress and end, what a panel opened from it hands back) reaches the
// panel as one of its own messages. No React, no I/O here.
//
// Type parameters, the same everywhere:
//   S    the panel's state            Msg  the union of messages it can receive
//   Out  what it hands back to the panel below when it closes
//   Env  the application's environment — the services that calls and tasks work against. The
//        kit never looks inside it: the application defines it and gives it to the runtime.

import type {EditState, ScreenMessage} from '../fields/editor.js';
import type {FieldDefinition} from '../fields/field.js';
import type {Keystroke} from '../keys/key-names.js';
import type {FunctionKeyLabel, PanelSize} from '../layout.js';
import type {Run} from '../screen/model.js';
import type {SubfileWindow} from '../subfile.js';
import {bindInstance, type Closing, type Step} from './frame.js';
import type {HelpText, ValueList, WindowArea} from './windows.js';

export type PanelState = {
	edit: EditState;
	/** An informational message for the message line (does not lock the keyboard). */
	notice?: ScreenMessage | undefined;
};

/** What a panel asks of the runtime. */
export type Effect<Msg, Out, Env> =
	/** F3: leave the whole function. */
	| {type: 'exit'}
	/** F12 / done: back to the panel below, handing it a result (none: cancelled). */
	| {type: 'close'; result?: Out}
	/** Opens a panel over this one (made with open(): its result comes back as a message). */
	| {type: 'open'; opening: Opening<Msg, Env>}
	/** Asks the environment something that answers at once (the store); the answer comes back before the next key. */
	| {type: 'call'; call: (env: Env) => Msg}
	/** Work that takes time (a command on the host): the keyboard waits; progress and the end come back as messages. */
	| {type: 'task'; task: Task<Msg, Env>};

export type Transition<S, Msg, Out, Env> = {state: S; effect?: Effect<Msg, Out, Env> | undefined};

export type Task<Msg, Env> = {
	run: (env: Env, context: TaskContext<Msg>) => Promise<Msg>;
	/** The message the panel gets when the operator stops waiting (Ctrl+C). */
	stopped: Msg;
	/** The message the panel gets when the work failed (its promise was rejected). */
	failed: (error: Error) => Msg;
};

/** What a running task may do besides finishing. */
export type TaskContext<Msg> = {
	/** Hands an update to the panel that started the task (its onProgress). */
	progress: (update: Msg) => void;
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

/** What F4 gives on a field: its allowed values (a window), or the panel's own answer (a command line prompts its command). */
export type PromptAnswer<S, Msg, Out, Env> = {kind: 'values'; list: ValueList} | {kind: 'transition'; transition: Transition<S, Msg, Out, Env>};

export type Panel<S extends PanelState, Msg, Out, Env> = {
	/** Identifies the panel in tests and in the key-test panel (e.g. "WRKCTLGBRM"). */
	id: string;
	// The view: what is drawn, from the state alone.
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
	/** Drawn as a pop-up window over the panel below it. */
	window?: WindowArea;
	/** F1: help for the field under the cursor, or for the panel when fieldId is undefined. */
	help?: (state: S, fieldId: string | undefined) => HelpText | undefined;
	// The reducer: how the state changes.
	/**
	 * A panel with a subfile: the Roll keys page it (the runtime handles them). `more`: Roll Up
	 * on the last page of an input list typed full adds lines to it (undefined: at the bottom).
	 */
	subfile?: {window: (state: S) => SubfileWindow; setTop: (state: S, top: number) => S; more?: (state: S) => S | undefined};
	/** F4 on a field (undefined: F4 is not available there). */
	prompt?: (state: S, fieldId: string) => PromptAnswer<S, Msg, Out, Env> | undefined;
	/** Keys the editor did not use: Enter, function keys, Roll … */
	onKey: (state: S, keystroke: Keystroke) => Transition<S, Msg, Out, Env>;
	/** The typed values changed: what the view shows that depends on them is worked out here, not while drawing. */
	onEdit?: (state: S) => Transition<S, Msg, Out, Env>;
	/** A message for this panel: a call's answer, a task's end, the result of a panel it opened. */
	onResult?: (state: S, message: Msg) => Transition<S, Msg, Out, Env>;
	/** A running task's progress (the keyboard still waits, so only the state changes). */
	onProgress?: (state: S, update: Msg) => S;
};

/**
 * A panel with its state, ready to be opened. The stack holds panels of many state and message
 * types, so the pair is kept behind a function that hands both, with their types, to `visit`
 * (an existential type, without casts). `start` is an effect carried out as the panel opens.
 */
export type PanelInstance<Out, Env> = {
	readonly id: string;
	readonly use: <R>(visit: <S extends PanelState, Msg>(panel: Panel<S, Msg, Out, Env>, state: S, start: Effect<Msg, Out, Env> | undefined) => R) => R;
};

export function instance<S extends PanelState, Msg, Out, Env>(
	panel: Panel<S, Msg, Out, Env>,
	state: S,
	start?: Effect<Msg, Out, Env>,
): PanelInstance<Out, Env> {
	return {id: panel.id, use: visit => visit(panel, state, start)};
}

/**
 * Opens `child` over the panel; what it hands back when it closes (undefined: cancelled) comes
 * back to the panel as the message `reply` makes of it. Without `reply` the panel below simply
 * shows again.
 */
export function open<Out, Msg, Env>(child: PanelInstance<Out, Env>, reply?: (result: Out | undefined) => Msg): Effect<Msg, never, Env> {
	return {
		type: 'open',
		opening: resume => bindInstance(child, (result): Closing<Env> => (reply ? resume(reply(result)) : {type: 'back'})),
	};
}

/** How an open effect binds its child to the panel that opened it (frame.ts). */
export type Opening<Msg, Env> = (resume: (message: Msg) => Closing<Env>) => Step<Env>;

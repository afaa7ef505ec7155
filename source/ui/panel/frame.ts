// One panel on the stack, as the runtime sees it: a frame. A frame is made from a panel and its
// state and keeps their types inside its functions, so the runtime can draw it, give it keys
// and carry out its effects without knowing its state or message types (and without casts).
// Frames are values: every change makes a new one.

import type {EditState, ScreenMessage} from '../fields/editor.js';
import type {FieldDefinition} from '../fields/field.js';
import type {Keystroke} from '../keys/key-names.js';
import type {FunctionKeyLabel, PanelSize} from '../layout.js';
import type {Run} from '../screen/model.js';
import type {SubfileWindow} from '../subfile.js';
import type {Panel, PanelInstance, PanelState, Question, Task, Transition} from './panel.js';
import type {HelpText, ValueList, WindowArea} from './windows.js';

export type Frame<Env> = {
	readonly id: string;
	readonly window: WindowArea | undefined;
	/** Which page of the function-key legend shows (F24 cycles it). */
	readonly legendPage: number;
	readonly edit: EditState;
	readonly notice: ScreenMessage | undefined;
	readonly hiddenKeys: readonly string[];
	readonly hasPrompt: boolean;
	fields(): FieldDefinition[];
	body(size: PanelSize): Run[];
	functionKeys(): FunctionKeyLabel[];
	legendRow(): number | undefined;
	subfileWindow(): SubfileWindow | undefined;
	help(fieldId: string | undefined): HelpText | undefined;
	prompt(fieldId: string): {kind: 'values'; list: ValueList} | {kind: 'step'; step: Step<Env>} | undefined;
	// What the runtime itself changes: the field editor's state, the notice, the legend page.
	withEdit(edit: EditState): Frame<Env>;
	withNotice(notice: ScreenMessage | undefined): Frame<Env>;
	withLegendPage(page: number): Frame<Env>;
	withTop(top: number): Frame<Env>;
	/** Roll Up past the last page: the frame with more lines, or undefined (the bottom). */
	withMoreLines(): Frame<Env> | undefined;
	// The panel's reducer.
	key(keystroke: Keystroke): Step<Env>;
	edited(): Step<Env>;
};

/** A frame and the effect it asks for, with the panel's types already applied. */
export type Step<Env> = {frame: Frame<Env>; effect?: FrameEffect<Env> | undefined};

export type FrameEffect<Env> =
	| {type: 'exit'}
	/** The frame closes; `closing` says what the frame below gets (undefined: there is none, the program ends). */
	| {type: 'close'; closing: Closing<Env> | undefined}
	| {type: 'open'; child: Step<Env>}
	/** Done at once by the runtime with its environment: the panel's next step. */
	| {type: 'call'; perform: (env: Env) => Step<Env>}
	| {type: 'task'; task: TaskSession<Env>};

/** What a closing frame leaves to the frame below it. */
export type Closing<Env> =
	/** The panel below, as it is. */
	| {type: 'back'}
	/** The panel below took the result: its next step. */
	| {type: 'resume'; step: Step<Env>}
	/** A value chosen from an F4 list, for the field it was opened on. */
	| {type: 'fill'; fieldId: string; value: string; title?: string}
	/** A question window's answer, for the task that asked. */
	| {type: 'answer'; answer: string | undefined};

/** A task, bound to the panel that started it; the runtime's host starts it. */
export type TaskSession<Env> = {start: (env: Env, io: TaskIO<Env>) => void};

export type TaskIO<Env> = {
	/** The panel's frame after a progress update. */
	progress: (frame: Frame<Env>) => void;
	/** The panel's step once the task ended (or was stopped). */
	done: (step: Step<Env>) => void;
	ask: (question: Question) => Promise<string | undefined>;
	signal: AbortSignal;
};

type FrameContext<Out, Env> = {
	legendPage: number;
	/** What the frame below gets when this one closes with a result; undefined for the first panel. */
	onClose: ((result: Out | undefined) => Closing<Env>) | undefined;
};

/** The first step of a panel instance: its frame and the effect it starts with. */
export function bindInstance<Out, Env>(instance: PanelInstance<Out, Env>, onClose: FrameContext<Out, Env>['onClose']): Step<Env> {
	return instance.use((panel, state, start) => stepOf(panel, {state, effect: start}, {legendPage: 0, onClose}));
}

function frameOf<S extends PanelState, Msg, Out, Env>(panel: Panel<S, Msg, Out, Env>, state: S, context: FrameContext<Out, Env>): Frame<Env> {
	const next = (transition: Transition<S, Msg, Out, Env>) => stepOf(panel, transition, context);
	const self: Frame<Env> = {
		id: panel.id,
		window: panel.window,
		legendPage: context.legendPage,
		edit: state.edit,
		notice: state.notice,
		hiddenKeys: panel.hiddenKeys ?? [],
		hasPrompt: panel.prompt !== undefined,
		fields: () => panel.fields(state),
		body: size => panel.body(state, size),
		functionKeys: () => panel.functionKeys(state),
		legendRow: () => (typeof panel.legendRow === 'function' ? panel.legendRow(state) : panel.legendRow),
		subfileWindow: () => panel.subfile?.window(state),
		help: fieldId => panel.help?.(state, fieldId),
		prompt: fieldId => {
			const answer = panel.prompt?.(state, fieldId);
			if (answer?.kind === 'transition') return {kind: 'step', step: next(answer.transition)};
			return answer;
		},
		withEdit: edit => frameOf(panel, {...state, edit}, context),
		withNotice: notice => frameOf(panel, {...state, notice}, context),
		withLegendPage: legendPage => frameOf(panel, state, {...context, legendPage}),
		withTop: top => (panel.subfile ? frameOf(panel, panel.subfile.setTop(state, top), context) : self),
		withMoreLines: () => {
			const more = panel.subfile?.more?.(state);
			return more && frameOf(panel, more, context);
		},
		key: keystroke => next(panel.onKey(state, keystroke)),
		edited: () => (panel.onEdit ? next(panel.onEdit(state)) : {frame: self}),
	};
	return self;
}

/** A transition as a step: the frame of its state, and its effect with the panel's types bound in. */
function stepOf<S extends PanelState, Msg, Out, Env>(
	panel: Panel<S, Msg, Out, Env>,
	transition: Transition<S, Msg, Out, Env>,
	context: FrameContext<Out, Env>,
): Step<Env> {
	const {state, effect} = transition;
	const frame = frameOf(panel, state, context);
	// A message for this panel, in the state it had when it asked (it cannot change meanwhile:
	// a call is answered at once, and a panel with another one open over it gets no keys).
	const receive = (message: Msg): Step<Env> => (panel.onResult ? stepOf(panel, panel.onResult(state, message), context) : {frame});
	if (!effect) return {frame};
	switch (effect.type) {
		case 'exit':
			return {frame, effect: {type: 'exit'}};
		case 'close':
			return {frame, effect: {type: 'close', closing: context.onClose?.(effect.result)}};
		case 'call':
			return {frame, effect: {type: 'call', perform: env => receive(effect.call(env))}};
		case 'open':
			return {frame, effect: {type: 'open', child: effect.opening(message => ({type: 'resume', step: receive(message)}))}};
		case 'task':
			return {frame, effect: {type: 'task', task: taskSession(panel, state, context, effect.task)}};
	}
}

function taskSession<S extends PanelState, Msg, Out, Env>(
	panel: Panel<S, Msg, Out, Env>,
	started: S,
	context: FrameContext<Out, Env>,
	task: Task<Msg, Env>,
): TaskSession<Env> {
	return {
		start: (env, io) => {
			// While the task runs the keyboard waits, so nothing but the task changes its panel:
			// the panel's state is kept here from one update to the next.
			let state = started;
			let ended = false;
			const end = (message: Msg) => {
				if (ended) return;
				ended = true;
				io.done(panel.onResult ? stepOf(panel, panel.onResult(state, message), context) : {frame: frameOf(panel, state, context)});
			};
			io.signal.addEventListener('abort', () => end(task.stopped), {once: true});
			task
				.run(env, {
					progress: update => {
						if (ended || !panel.onProgress) return;
						state = panel.onProgress(state, update);
						io.progress(frameOf(panel, state, context));
					},
					ask: io.ask,
					signal: io.signal,
				})
				.then(end, (error: unknown) => end(task.failed(error instanceof Error ? error : new Error(String(error)))));
		},
	};
}

// The one imperative part of the panel runtime: it holds the current stack (each key and each
// task event makes a new one, applied in order), starts the task the stack waits for, aborts it
// on Ctrl+C and hands a question window's answer back to it. PanelHost draws what it holds; the
// fuzzers drive it without React.

import type {Keystroke} from '../keys/key-names.js';
import type {PanelSize} from '../layout.js';
import type {TaskSession} from './frame.js';
import type {PanelInstance} from './panel.js';
import {
	answerTaken,
	askOperator,
	completeTask,
	createStack,
	type PanelEvent,
	type PanelHelp,
	type PanelStack,
	pressKey,
	progressTask,
	shownMessage,
	takeEvents,
	topFrame,
} from './runtime.js';

export type PanelDriver<Env> = {
	readonly stack: PanelStack<Env>;
	press(keystroke: Keystroke): void;
	/** Stops waiting for a running task (the program leaves this stack). */
	dispose(): void;
};

export type DriverOptions<Env> = {
	panelHelp?: PanelHelp;
	/** The display (24x80 unless told). */
	size?: PanelSize;
	/** After every change of the stack (draw it). */
	onChange?: (stack: PanelStack<Env>) => void;
	/** What happened on the panels (F1, F4, a message on line 24), in order, before onChange. */
	onEvent?: (event: PanelEvent) => void;
	/** The stack createStack already made of `initial` with `env` (the first frame was drawn from it). */
	started?: PanelStack<Env>;
};

/** The task now running, how to stop it, and where a pending question's answer goes. */
type RunningWork<Env> = {session: TaskSession<Env>; controller: AbortController; answer?: (answer: string | undefined) => void};

export function createDriver<Out, Env>(
	initial: PanelInstance<Out, Env>,
	env: Env,
	{panelHelp, size, onChange, onEvent, started}: DriverOptions<Env> = {},
): PanelDriver<Env> {
	let stack = started ?? createStack(initial, env, panelHelp, size);
	// The message on line 24 as last handed on: a new one is an event.
	let lastMessage: {id: string; text: string} | undefined;
	/** Hands on the stack's events, and a message newly on line 24. */
	const report = () => {
		const taken = takeEvents(stack);
		stack = taken.stack;
		const events = [...taken.events];
		const message = stack.exited ? undefined : shownMessage(stack);
		if (message && message !== lastMessage) events.push({kind: 'message', panelId: topFrame(stack).id, messageId: message.id});
		lastMessage = message;
		for (const event of events) onEvent?.(event);
	};
	let running: RunningWork<Env> | undefined;
	let driving = false;

	/** Applies a change to the stack, then does what the new stack waits for. */
	const change = (next: (current: PanelStack<Env>) => PanelStack<Env>) => {
		stack = next(stack);
		// A task's events can come while this runs (an abort ends a task at once): they change
		// the stack, and the loop below sees it.
		if (!driving) {
			driving = true;
			try {
				drive();
			} finally {
				driving = false;
			}
		}
		report();
		onChange?.(stack);
	};

	const drive = () => {
		for (;;) {
			const work = running;
			if (stack.answered) {
				// A question window closed: its answer goes back to the task, which waits again.
				const {answer} = stack.answered;
				stack = answerTaken(stack);
				work?.answer?.(answer);
			} else if (work && stack.task?.session !== work.session) {
				running = undefined;
			} else if (work && stack.task?.stopping) {
				// Ctrl+C stopped the waiting: the task is told, so it stops waiting too (its panel hears it at once).
				running = undefined;
				work.controller.abort();
			} else if (stack.task && !work) {
				start(stack.task.session);
			} else return;
		}
	};

	const start = (session: TaskSession<Env>) => {
		const work: RunningWork<Env> = {session, controller: new AbortController()};
		running = work;
		session.start(env, {
			progress: frame => change(current => progressTask(current, session, frame)),
			done: step => change(current => completeTask(current, session, step, env)),
			ask: question =>
				new Promise(resolve => {
					work.answer = resolve;
					change(current => askOperator(current, session, question));
				}),
			signal: work.controller.signal,
		});
	};

	// The first panel may start with a task (its events come later, through change()).
	drive();
	report();
	return {
		get stack() {
			return stack;
		},
		press: keystroke => change(current => pressKey(current, keystroke, env)),
		dispose: () => {
			const work = running;
			running = undefined;
			work?.controller.abort();
		},
	};
}

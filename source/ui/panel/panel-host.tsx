// Shows the top panel of a panel stack, feeds it keystrokes and runs the tasks its panels start.
// This is the one imperative part: it holds the current stack (each key and each task event
// makes a new one, applied in order), starts a task the stack waits for, aborts it on Ctrl+C,
// and hands a question window's answer back to the task. While the terminal is too small the
// panel is replaced by a notice, keeps its state, and only F3 acts.

import {useEffect, useReducer, useRef} from 'react';
import {useKeypress} from '../keys/keypress.js';
import type {PanelSize} from '../layout.js';
import {Screen} from '../screen/screen.js';
import {TooSmall, useTerminalSize, useTooSmallNotice} from '../screen/terminal-size.js';
import type {TaskSession} from './frame.js';
import type {PanelInstance} from './panel.js';
import {answerTaken, askOperator, completeTask, createStack, type PanelHelp, type PanelStack, pressKey, progressTask, screenOf} from './runtime.js';

export type PanelHostProps<Out, Env> = {
	initial: PanelInstance<Out, Env>;
	/** What the panels' calls and tasks work against. */
	env: Env;
	/** F1 away from a field: the panel's help, by its id. */
	panelHelp?: PanelHelp;
	size: PanelSize;
	/** Called once when the last panel is left (F3, or F12 on the first panel). */
	onExit: () => void;
	/** For tests: every state the stack goes through. */
	onStack?: (stack: PanelStack<Env>) => void;
};

/** The task now running, how to stop it, and where a pending question's answer goes. */
type RunningWork<Env> = {session: TaskSession<Env>; controller: AbortController; answer?: (answer: string | undefined) => void};

type HostState<Env> = {stack: PanelStack<Env>; running?: RunningWork<Env> | undefined; driving: boolean};

export function PanelHost<Out, Env>({initial, env, panelHelp, size, onExit, onStack}: PanelHostProps<Out, Env>) {
	const host = useRef<HostState<Env> | undefined>(undefined);
	host.current ??= {stack: createStack(initial, env, panelHelp), driving: false};
	const state = host.current;
	const [, render] = useReducer((count: number) => count + 1, 0);
	const notice = useTooSmallNotice(size);
	const terminal = useTerminalSize();

	/** Applies a change to the stack, then does what the new stack waits for. */
	const change = (next: (stack: PanelStack<Env>) => PanelStack<Env>) => {
		state.stack = next(state.stack);
		// A task's events can come while this runs (an abort ends a task at once): they change
		// the stack, and the loop below sees it.
		if (!state.driving) {
			state.driving = true;
			try {
				drive();
			} finally {
				state.driving = false;
			}
		}
		onStack?.(state.stack);
		render();
	};

	const drive = () => {
		for (;;) {
			const {stack, running} = state;
			if (stack.answered) {
				// A question window closed: its answer goes back to the task, which waits again.
				state.stack = answerTaken(stack);
				running?.answer?.(stack.answered.answer);
			} else if (running && stack.task?.session !== running.session) {
				state.running = undefined;
			} else if (running && stack.task?.stopping) {
				// Ctrl+C stopped the waiting: the task is told, so it stops waiting too (its panel hears it at once).
				state.running = undefined;
				running.controller.abort();
			} else if (stack.task && !running) {
				start(stack.task.session);
			} else return;
		}
	};

	const start = (session: TaskSession<Env>) => {
		const work: RunningWork<Env> = {session, controller: new AbortController()};
		state.running = work;
		session.start(env, {
			progress: frame => change(stack => progressTask(stack, session, frame)),
			done: step => change(stack => completeTask(stack, session, step, env)),
			ask: question =>
				new Promise(resolve => {
					work.answer = resolve;
					change(stack => askOperator(stack, session, question));
				}),
			signal: work.controller.signal,
		});
	};

	// A task the first panel starts with (none today) runs as soon as the panel shows.
	useEffect(() => {
		if (state.stack.task && !state.running) change(stack => stack);
	});

	useKeypress(keystroke => {
		if (state.stack.exited) return false;
		if (notice) {
			if (keystroke.kind === 'key' && keystroke.name === 'F3') change(stack => ({...stack, exited: true}));
			else render();
		} else change(stack => pressKey(stack, keystroke, env));
		return true;
	});
	const exited = state.stack.exited;
	useEffect(() => {
		if (exited) onExit();
	}, [exited, onExit]);
	if (notice) return <TooSmall notice={notice} columns={terminal?.columns ?? size.cols} />;
	return <Screen model={screenOf(state.stack, size)} />;
}

// Shows the top panel of a panel stack and feeds it keystrokes. The stack lives in a ref so a
// burst of typed keys is applied in order, each to the result of the one before. While the
// terminal is too small the panel is replaced by a notice, keeps its state, and only F3 acts —
// as F3 on the panel does (an edit F3 saves is saved), its message said under the notice.

import {useEffect, useReducer, useRef} from 'react';
import {useKeypress} from '../keys/keypress.js';
import type {PanelSize} from '../layout.js';
import {Screen} from '../screen/screen.js';
import {TooSmall, useTerminalSize, useTooSmallNotice} from '../screen/terminal-size.js';
import type {PanelInstance, TaskContext, TaskResult} from './panel.js';
import {askOperator, completeTask, createStack, type PanelStack, pressKey, progressTask, type RunningTask, screenOf, topPanel} from './runtime.js';

export type PanelHostProps = {
	initial: PanelInstance;
	size: PanelSize;
	/** Called once when the last panel is left (F3, or F12 on the first panel), with the exit's result. */
	onExit: (result?: unknown) => void;
	/** For tests: every state the stack goes through. */
	onStack?: (stack: PanelStack) => void;
};

/** The task now running, how to stop it, and where a pending question's answer goes. */
type RunningWork = {task: RunningTask; controller: AbortController; answer?: (answer: string | undefined) => void};

export function PanelHost({initial, size, onExit, onStack}: PanelHostProps) {
	const stack = useRef<PanelStack>(createStack(initial));
	const [, render] = useReducer((count: number) => count + 1, 0);
	const notice = useTooSmallNotice(size);
	const terminal = useTerminalSize();
	const running = useRef<RunningWork | undefined>(undefined);
	const update = (next: PanelStack) => {
		stack.current = next;
		onStack?.(next);
		render();
	};
	// Start a task a panel asked for; its progress, questions and result go to the stack.
	useEffect(() => {
		const task = stack.current.task;
		if (!task || task.started) return;
		task.started = true;
		const controller = new AbortController();
		const current: RunningWork = {task, controller};
		running.current = current;
		const done = (result: TaskResult) => {
			if (running.current === current) running.current = undefined;
			update(completeTask(stack.current, task, result));
		};
		const context: TaskContext = {
			progress: value => update(progressTask(stack.current, task, value)),
			ask: question =>
				new Promise(resolve => {
					current.answer = resolve;
					update(askOperator(stack.current, task, question));
				}),
			signal: controller.signal,
		};
		task.run(context).then(
			value => done({ok: true, value}),
			(error: unknown) => done({ok: false, error: error instanceof Error ? error : new Error(String(error))}),
		);
	});
	useKeypress(keystroke => {
		if (stack.current.exited) return false;
		if (notice) {
			if (keystroke.kind === 'key' && keystroke.name === 'F3') {
				stack.current = pressKey(stack.current, keystroke);
				onStack?.(stack.current);
			}
		} else {
			stack.current = pressKey(stack.current, keystroke);
			const task = running.current;
			if (stack.current.answered && task) {
				// A question window closed: its answer goes back to the task, which waits again.
				const {answered, ...rest} = stack.current;
				stack.current = rest;
				task.task.asking = false;
				task.answer?.(answered.answer);
			} else if (task && stack.current.task !== task.task) {
				// Ctrl+C stopped the waiting: the task is told, so it stops waiting too.
				running.current = undefined;
				task.controller.abort();
			}
			onStack?.(stack.current);
		}
		render();
		return true;
	});
	const exited = stack.current.exited;
	useEffect(() => {
		if (exited) onExit(stack.current.exitResult);
	}, [exited, onExit]);
	if (notice) {
		const {state} = topPanel(stack.current);
		const message = state.edit.error?.message ?? state.notice;
		return <TooSmall notice={notice} message={message?.text} columns={terminal?.columns ?? size.cols} />;
	}
	return <Screen model={screenOf(stack.current, size)} />;
}

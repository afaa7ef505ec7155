// Shows the top panel of a panel stack and feeds it keystrokes. The stack lives in a ref so a
// burst of typed keys is applied in order, each to the result of the one before. While the
// terminal is too small the panel is replaced by a notice, keeps its state, and only F3 acts.

import {useEffect, useReducer, useRef} from 'react';
import {useKeypress} from '../keys/keypress.js';
import type {PanelSize} from '../layout.js';
import {Screen} from '../screen/screen.js';
import {TooSmall, useTerminalSize, useTooSmallNotice} from '../screen/terminal-size.js';
import type {PanelInstance} from './panel.js';
import {completeTask, createStack, pressKey, screenOf, type PanelStack} from './runtime.js';
import type {TaskResult} from './panel.js';

export type PanelHostProps = {
	initial: PanelInstance;
	size: PanelSize;
	/** Called once when the last panel is left (F3, or F12 on the first panel). */
	onExit: () => void;
	/** For tests: every state the stack goes through. */
	onStack?: (stack: PanelStack) => void;
};

export function PanelHost({initial, size, onExit, onStack}: PanelHostProps) {
	const stack = useRef<PanelStack>(createStack(initial));
	const [, render] = useReducer((count: number) => count + 1, 0);
	const notice = useTooSmallNotice(size);
	const terminal = useTerminalSize();
	// Start a task a panel asked for; its result goes to the stack when it ends.
	useEffect(() => {
		const task = stack.current.task;
		if (!task || task.started) return;
		task.started = true;
		const done = (result: TaskResult) => {
			stack.current = completeTask(stack.current, task, result);
			onStack?.(stack.current);
			render();
		};
		task.run().then(
			value => done({ok: true, value}),
			(error: unknown) => done({ok: false, error: error instanceof Error ? error : new Error(String(error))}),
		);
	});
	useKeypress(keystroke => {
		if (stack.current.exited) return false;
		if (notice) {
			if (keystroke.kind === 'key' && keystroke.name === 'F3') stack.current = {...stack.current, exited: true};
		} else {
			stack.current = pressKey(stack.current, keystroke);
			onStack?.(stack.current);
		}
		render();
		return true;
	});
	const exited = stack.current.exited;
	useEffect(() => {
		if (exited) onExit();
	}, [exited, onExit]);
	if (notice) return <TooSmall notice={notice} columns={terminal?.columns ?? size.cols} />;
	return <Screen model={screenOf(stack.current, size)} />;
}

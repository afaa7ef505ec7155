// Shows the top panel of a panel stack and feeds it keystrokes; the driver (driver.ts) holds the
// stack and runs the tasks its panels start. On a terminal taller than the panel, the row under
// it is the operator information line (keyboard locked, insert mode, the cursor), as a 5250
// emulator draws it; on a terminal exactly as tall as the panel there is none. While the terminal is too small the panel is
// replaced by a notice, keeps its state, and only F3 acts — as F3 on the panel does (an edit F3
// saves is saved), its message said under the notice.

import {createContext, useContext, useEffect, useReducer, useRef} from 'react';
import {useKeypress} from '../keys/keypress.js';
import type {PanelSize} from '../layout.js';
import type {ScreenModel} from '../screen/model.js';
import {Screen} from '../screen/screen.js';
import {TooSmall, useTerminalSize, useTooSmallNotice} from '../screen/terminal-size.js';
import {createDriver, type PanelDriver} from './driver.js';
import {hostScreen} from './host-screen.js';
import type {PanelInstance} from './panel.js';
import {type PanelEvent, type PanelHelp, type PanelStack, topFrame} from './runtime.js';

/**
 * Something the application draws over the panel (a window of its own), or nothing. The panel's
 * screen itself is never changed: the overlay is laid over it only as it is drawn.
 */
export const ScreenOverlay = createContext<((model: ScreenModel) => ScreenModel) | undefined>(undefined);

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
	/** What happened on the panels (F1, F4, messages), as it happens. */
	onEvent?: (event: PanelEvent) => void;
	/** The stack `initial` already made (its first frame painted before Ink: ui/screen/early-paint.ts). */
	started?: PanelStack<Env>;
};

export function PanelHost<Out, Env>({initial, env, panelHelp, size, onExit, onStack, onEvent, started}: PanelHostProps<Out, Env>) {
	const [, render] = useReducer((count: number) => count + 1, 0);
	const observe = useRef(onStack);
	observe.current = onStack;
	const hear = useRef(onEvent);
	hear.current = onEvent;
	const overlay = useContext(ScreenOverlay);
	const driver = useRef<PanelDriver<Env> | undefined>(undefined);
	driver.current ??= createDriver(initial, env, {
		panelHelp,
		onEvent: event => hear.current?.(event),
		size,
		started,
		onChange: stack => {
			observe.current?.(stack);
			render();
		},
	});
	const {current} = driver;
	// A task still running when the panels go (another system chosen) is stopped.
	useEffect(() => () => current.dispose(), [current]);
	const notice = useTooSmallNotice(size);
	const terminal = useTerminalSize();
	useKeypress(keystroke => {
		if (current.stack.exited) return false;
		if (!notice) current.press(keystroke);
		else if (keystroke.kind === 'key' && keystroke.name === 'F3') current.press(keystroke);
		else render();
		return true;
	});
	const exited = current.stack.exited;
	useEffect(() => {
		if (exited) onExit();
	}, [exited, onExit]);
	if (notice) {
		const top = topFrame(current.stack);
		const message = top.edit.error?.message ?? top.notice;
		return <TooSmall notice={notice} message={message?.text} columns={terminal?.columns ?? size.cols} />;
	}
	return <Screen model={hostScreen(current.stack, size, terminal?.rows, overlay)} />;
}

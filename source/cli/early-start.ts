// The start painted before Ink (first-frame.ts), handed to the full screen when it runs, or its
// full screen left when the program ends without it. Apart from first-frame.ts, which only a
// start that may paint loads (bin.ts): a script's command loads none of the painting's modules.

import type {Services} from '../panels/services.js';
import type {PanelStack} from '../ui/panel/runtime.js';
import type {PaintedFrame} from '../ui/screen/early-paint.js';
import type {OpenedWorkplace} from './open-workplace.js';

export type EarlyStart = {workplace: OpenedWorkplace; stack: PanelStack<Services>; frame: PaintedFrame};

let early: EarlyStart | undefined;
/** Leaves the full screen the painted frame entered; undefined once the app has taken it over. */
let leave: (() => void) | undefined;

/** The painted start, and how to leave its full screen if the app never takes it over. */
export function keepEarlyStart(start: EarlyStart, leaveFullScreen: () => void): void {
	early = start;
	leave = () => {
		leave = undefined;
		leaveFullScreen();
	};
	// Whatever ends the program before the full screen takes the frame over, the terminal is left as it was.
	process.once('exit', abandonEarlyStart);
}

/** The start painted before Ink, once (undefined when none was); the full screen is the app's from now. */
export function takeEarlyStart(): EarlyStart | undefined {
	const taken = early;
	early = undefined;
	leave = undefined;
	return taken;
}

/** The program ends without the app: a painted frame's full screen is left (nothing when none). */
export function abandonEarlyStart(): void {
	try {
		leave?.();
	} catch {
		// The terminal is gone.
	}
}

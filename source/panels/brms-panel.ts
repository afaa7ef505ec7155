// The display kit's panel types with the BRMS panels' environment (Services) and registry IDs
// filled in, so each panel states only its state, its messages and what it hands back.

import type {Message} from '../domain/messages.js';
import type {Keystroke} from '../ui/keys/key-names.js';
import type {FunctionKeyLabel} from '../ui/layout.js';
import type {Effect, Panel, PanelInstance, PanelState, Transition} from '../ui/panel/panel.js';
import type {PanelId} from './registry.js';
import type {Services} from './services.js';

export type BrmsPanel<S extends PanelState, Msg, Out> = Panel<S, Msg, Out, Services> & {id: PanelId};
export type BrmsInstance<Out> = PanelInstance<Out, Services>;
export type BrmsEffect<Msg, Out = never> = Effect<Msg, Out, Services>;
export type BrmsTransition<S, Msg, Out> = Transition<S, Msg, Out, Services>;

/** What an option's panel hands back to the list when it is done: the message for line 24. */
export type OptionDone = {said: Message};

/** The legend of a panel that only shows something: F3=Exit F12=Cancel. */
export const EXIT_CANCEL: readonly FunctionKeyLabel[] = [
	{key: 'F3', label: 'Exit'},
	{key: 'F12', label: 'Cancel'},
];

/** The keys of a panel that only shows something: F3 leaves the function, Enter and F12 go back a panel. */
export function displayOnlyKeys<S, Msg, Out>(state: S, keystroke: Keystroke): BrmsTransition<S, Msg, Out> {
	if (keystroke.kind !== 'key') return {state};
	if (keystroke.name === 'F3') return {state, effect: {type: 'exit'}};
	if (keystroke.name === 'Enter' || keystroke.name === 'F12') return {state, effect: {type: 'close'}};
	return {state};
}

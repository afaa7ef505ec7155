// The display kit's panel types with the BRMS panels' environment (Services) and registry IDs
// filled in, so each panel states only its state, its messages and what it hands back.

import type {Message} from '../domain/messages.js';
import type {Effect, Panel, PanelInstance, PanelState, Transition} from '../ui/panel/panel.js';
import type {PanelId} from './registry.js';
import type {Services} from './services.js';

export type BrmsPanel<S extends PanelState, Msg, Out> = Panel<S, Msg, Out, Services> & {id: PanelId};
export type BrmsInstance<Out> = PanelInstance<Out, Services>;
export type BrmsEffect<Msg, Out = never> = Effect<Msg, Out, Services>;
export type BrmsTransition<S, Msg, Out> = Transition<S, Msg, Out, Services>;

/** What an option's panel hands back to the list when it is done: the message for line 24. */
export type OptionDone = {said: Message};

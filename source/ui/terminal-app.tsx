// The display-kit shell around a panel stack: theme, the single key reader and the panel host.
// Knows nothing of BRMS: `env` is whatever the application's panels work against.

import type {ReactElement} from 'react';
import {useExit} from './full-screen.js';
import type {KeyDecoder} from './keys/decoder.js';
import {KeypressProvider} from './keys/keypress.js';
import type {PanelSize} from './layout.js';
import type {PanelInstance} from './panel/panel.js';
import {PanelHost} from './panel/panel-host.js';
import type {PanelEvent, PanelHelp, PanelStack} from './panel/runtime.js';
import {type Theme, ThemeContext} from './screen/theme.js';

export type TerminalAppProps<Out, Env> = {
	initial: PanelInstance<Out, Env>;
	env: Env;
	panelHelp?: PanelHelp;
	size: PanelSize;
	theme: Theme;
	decoder?: KeyDecoder;
	onStack?: (stack: PanelStack<Env>) => void;
	onEvent?: (event: PanelEvent) => void;
	/** When the last panel is left; by default the program ends (leaving the full screen). */
	onExit?: () => void;
	/** Draws the panel inside something of the application's (beside it, under it); it gets the keys first. */
	frame?: (panel: ReactElement) => ReactElement;
	/** The stack `initial` already made (the first frame painted before Ink). */
	started?: PanelStack<Env>;
};

export function TerminalApp<Out, Env>({initial, env, panelHelp, size, theme, decoder, onStack, onEvent, onExit, frame, started}: TerminalAppProps<Out, Env>) {
	// The full screen is left before Ink unmounts (ui/full-screen.ts).
	const exit = useExit();
	const panel = (
		<PanelHost initial={initial} env={env} panelHelp={panelHelp} size={size} onExit={onExit ?? exit} onStack={onStack} onEvent={onEvent} started={started} />
	);
	return (
		<ThemeContext.Provider value={theme}>
			<KeypressProvider decoder={decoder}>{frame ? frame(panel) : panel}</KeypressProvider>
		</ThemeContext.Provider>
	);
}

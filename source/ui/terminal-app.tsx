// The display-kit shell around a panel stack: theme, the single key reader and the panel host.
// Knows nothing of BRMS.

import {useCallback} from 'react';
import {useExit} from './full-screen.js';
import type {KeyDecoder} from './keys/decoder.js';
import {KeypressProvider} from './keys/keypress.js';
import type {PanelSize} from './layout.js';
import type {PanelInstance} from './panel/panel.js';
import {PanelHost} from './panel/panel-host.js';
import type {PanelStack} from './panel/runtime.js';
import {type Theme, ThemeContext} from './screen/theme.js';

export type TerminalAppProps = {
	initial: PanelInstance;
	size: PanelSize;
	theme: Theme;
	decoder?: KeyDecoder;
	onStack?: (stack: PanelStack) => void;
	/** The last panel was left with a result; without this, or without a result, the app ends. */
	onExitResult?: (result: unknown) => void;
};

export function TerminalApp({initial, size, theme, decoder, onStack, onExitResult}: TerminalAppProps) {
	const exit = useExit();
	const onExit = useCallback(
		(result?: unknown) => {
			if (result !== undefined && onExitResult) onExitResult(result);
			else exit();
		},
		[exit, onExitResult],
	);
	return (
		<ThemeContext.Provider value={theme}>
			<KeypressProvider decoder={decoder}>
				<PanelHost initial={initial} size={size} onExit={onExit} onStack={onStack} />
			</KeypressProvider>
		</ThemeContext.Provider>
	);
}

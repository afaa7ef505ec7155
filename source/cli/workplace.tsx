// The full-screen app's wiring: WRKCTLGBRM on one system (the demo system or an IBM i over SSH)
// with the panels' services over its store and host, and F22 to change to another system
// without leaving the app (the panels start anew on the chosen one).

import {useEffect, useMemo, useRef, useState} from 'react';
import {panelHelpOf} from '../panels/registry.js';
import type {Services} from '../panels/services.js';
import type {KeyDecoder} from '../ui/keys/decoder.js';
import type {PanelStack} from '../ui/panel/runtime.js';
import {SCREEN_24X80} from '../ui/screen/model.js';
import type {Theme} from '../ui/screen/theme.js';
import {TerminalApp} from '../ui/terminal-app.js';
import {type OpenedWorkplace, openWorkplace} from './open-workplace.js';

export {openWorkplace};
export type Workplace = OpenedWorkplace;

export type WorkplaceProps = {
	system: string | undefined;
	/** The first system, already opened (so that its errors were said before the full screen). */
	first?: Workplace;
	theme: Theme;
	decoder: KeyDecoder;
	env?: NodeJS.ProcessEnv;
	/** Every state the panel stack goes through (the program says unsaved typing on a signal). */
	onStack?: (stack: PanelStack<Services>) => void;
	/** The first system's panel stack, already made (its first frame painted before Ink: first-frame.ts). */
	started?: PanelStack<Services>;
};

export function Workplace({system, first, theme, decoder, env = process.env, onStack, started}: WorkplaceProps) {
	const [systemId, setSystemId] = useState(system);
	const opened = useMemo(() => {
		const switchTo = (id: string) => setSystemId(id);
		if (first && systemId === system) return {...first, services: {...first.services, switchSystem: switchTo}};
		return openWorkplace(systemId, env, switchTo);
	}, [first, system, systemId, env]);
	// The stack made before Ink belongs to the first system as first opened (not when chosen again).
	const firstOpened = useRef(opened);
	// The connection of a system left behind is ended.
	useEffect(() => () => opened.host.close(), [opened]);
	return (
		<TerminalApp
			key={opened.id}
			initial={opened.initial}
			env={opened.services}
			panelHelp={panelHelpOf}
			size={SCREEN_24X80}
			theme={theme}
			decoder={decoder}
			onStack={onStack}
			started={opened === firstOpened.current ? started : undefined}
		/>
	);
}

// The full-screen app's wiring: WRKCTLGBRM on one system (the demo system or an IBM i over SSH)
// with the panels' services over its store and host, and F22 to change to another system
// without leaving the app (the panels start anew on the chosen one).

import {useEffect, useMemo, useState} from 'react';
import {DEMO_SYSTEM_ID} from '../host/demo/demo-system.js';
import type {BrmsInstance} from '../panels/brms-panel.js';
import {COMMANDS, OPTIONS, panelHelpOf} from '../panels/registry.js';
import type {Services} from '../panels/services.js';
import {workWithControlGroups} from '../panels/work-with-control-groups/panel.js';
import {SystemsStore} from '../store/systems-store.js';
import type {KeyDecoder} from '../ui/keys/decoder.js';
import type {Question} from '../ui/panel/panel.js';
import type {PanelStack} from '../ui/panel/runtime.js';
import {SCREEN_24X80} from '../ui/screen/model.js';
import type {Theme} from '../ui/screen/theme.js';
import {TerminalApp} from '../ui/terminal-app.js';
import {systemServices} from './services.js';
import {panelSshAccess} from './ssh-access.js';
import {type OpenSystem, openSystem} from './system.js';

export type Workplace = OpenSystem & {initial: BrmsInstance<never>; services: Services};

/** One system opened for the panels: WRKCTLGBRM as the first panel. */
export function openWorkplace(systemId: string | undefined, env: NodeJS.ProcessEnv = process.env, switchSystem: (id: string) => void = () => {}): Workplace {
	const profile = systemId && systemId.toLowerCase() !== DEMO_SYSTEM_ID ? new SystemsStore(env).get(systemId) : undefined;
	// The running command's ask: a host key or a password is asked for in a window over the panel.
	let ask: ((question: Question) => Promise<string | undefined>) | undefined;
	const opened = openSystem(systemId, env, profile ? panelSshAccess(profile, () => ask, env) : undefined);
	const services = systemServices(opened, {env, setAsk: each => (ask = each), switchSystem});
	const initial = workWithControlGroups({
		systemName: opened.host.systemName,
		systemId: opened.id,
		options: OPTIONS,
		commands: COMMANDS,
		canSelectSystem: true,
	});
	return {...opened, initial, services};
}

export type WorkplaceProps = {
	system: string | undefined;
	/** The first system, already opened (so that its errors were said before the full screen). */
	first?: Workplace;
	theme: Theme;
	decoder: KeyDecoder;
	env?: NodeJS.ProcessEnv;
	/** Every state the panel stack goes through (the program says unsaved typing on a signal). */
	onStack?: (stack: PanelStack<Services>) => void;
};

export function Workplace({system, first, theme, decoder, env = process.env, onStack}: WorkplaceProps) {
	const [systemId, setSystemId] = useState(system);
	const opened = useMemo(() => {
		const switchTo = (id: string) => setSystemId(id);
		if (first && systemId === system) return {...first, services: {...first.services, switchSystem: switchTo}};
		return openWorkplace(systemId, env, switchTo);
	}, [first, system, systemId, env]);
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
		/>
	);
}

// One system opened for the panels: its store, host and services, and WRKCTLGBRM as the first
// panel. No Ink here: the first frame is painted from it before Ink is loaded (first-frame.ts).

import {DEMO_SYSTEM_ID} from '../host/demo/demo-system.js';
import type {BrmsInstance} from '../panels/brms-panel.js';
import {COMMANDS, OPTIONS} from '../panels/registry.js';
import type {Services} from '../panels/services.js';
import {workWithControlGroups} from '../panels/work-with-control-groups/panel.js';
import {SystemsStore} from '../store/systems-store.js';
import type {Question} from '../ui/panel/panel.js';
import {systemServices} from './services.js';
import {panelSshAccess} from './ssh-access.js';
import {type OpenSystem, openSystem} from './system.js';

export type OpenedWorkplace = OpenSystem & {initial: BrmsInstance<never>; services: Services};

/** One system opened for the panels: WRKCTLGBRM as the first panel. */
export function openWorkplace(
	systemId: string | undefined,
	env: NodeJS.ProcessEnv = process.env,
	switchSystem: (id: string) => void = () => {},
): OpenedWorkplace {
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

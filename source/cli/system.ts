// Opens the system a command works on: its host (the demo system, or a system added with
// `brms-tui system add`) and its local store.

import {storeSeed} from '../domain/catalog.js';
import {demoHistory, historyDay} from '../host/demo/demo-history.js';
import {demoBrmsLog} from '../host/demo/demo-log.js';
import {createDemoSystem, DEMO_SYSTEM_ID} from '../host/demo/demo-system.js';
import {demoJobSchedule} from '../host/demo/job-schedule.js';
import type {BrmsHost} from '../host/host.js';
import {type SshAccess, sshSystem} from '../host/ssh-system.js';
import {ControlGroupStore} from '../store/control-group-store.js';
import {storeLocation} from '../store/location.js';
import {SystemsStore} from '../store/systems-store.js';
import {CliError} from './cli-error.js';

export type OpenSystem = {id: string; host: BrmsHost; store: ControlGroupStore};

export function openSystem(system: string | undefined, env: NodeJS.ProcessEnv = process.env, access?: SshAccess): OpenSystem {
	const id = (system ?? DEMO_SYSTEM_ID).toLowerCase();
	let host: BrmsHost;
	// The demo system's BRMS holds what was applied on it, as a real host would; its job
	// scheduler and its BRMS log are its own files. A real host keeps its own: nothing is recorded here.
	if (id === DEMO_SYSTEM_ID)
		host = createDemoSystem(
			() => store.appliedGroups(),
			demoJobSchedule(storeLocation(env)),
			demoBrmsLog(storeLocation(env), () => demoHistory(historyDay(env))),
		);
	else {
		const profile = new SystemsStore(env).get(id);
		if (!profile) throw new CliError(2, `System ${system} is not defined; add it with brms-tui system add.`);
		host = sshSystem(profile, access);
	}
	const seed = storeSeed(host.kind);
	const store: ControlGroupStore = new ControlGroupStore({systemId: id, seed: seed.groups, seedIsOnHost: seed.onHost, env});
	return {id, host, store};
}

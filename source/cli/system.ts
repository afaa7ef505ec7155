// Opens the system a command works on: its host (the demo system, until SSH systems exist) and
// its local store.

import {createDemoSystem, DEMO_SYSTEM_ID} from '../host/demo/demo-system.js';
import type {BrmsHost} from '../host/host.js';
import {ControlGroupStore} from '../store/control-group-store.js';
import {CliError} from './cli-error.js';

export type OpenSystem = {id: string; host: BrmsHost; store: ControlGroupStore};

export function openSystem(system: string | undefined, env: NodeJS.ProcessEnv = process.env): OpenSystem {
	const id = (system ?? DEMO_SYSTEM_ID).toLowerCase();
	if (id !== DEMO_SYSTEM_ID) throw new CliError(2, `System ${system} is not defined. Only "demo" exists so far.`);
	const host = createDemoSystem();
	return {id, host, store: new ControlGroupStore({systemId: id, seed: () => host.initialControlGroups(), env})};
}

// Opens the system a command works on: its host (the demo system, or a system added with
// `brms-tui system add`) and its local store.

import {join} from 'node:path';
import {storeSeed} from '../domain/catalog.js';
import {demoMediaPolicies, shippedBackupPolicy, shippedMediaPolicies} from '../domain/policies.js';
import {demoHistory, historyDay} from '../host/demo/demo-history.js';
import {type DemoLogFile, demoBrmsLog} from '../host/demo/demo-log.js';
import {createDemoSystem, DEMO_SYSTEM_ID} from '../host/demo/demo-system.js';
import {type DemoJobSchedule, demoJobSchedule} from '../host/demo/job-schedule.js';
import type {BrmsHost} from '../host/host.js';
import {type SshAccess, sshSystem} from '../host/ssh-system.js';
import {ControlGroupStore} from '../store/control-group-store.js';
import {assertFileOrAbsent, readTextFile} from '../store/durable-file.js';
import {changeJsonFile} from '../store/file-lock.js';
import {storeFolder, storeLocation} from '../store/location.js';
import {PolicyStore} from '../store/policy-store.js';
import {SystemsStore} from '../store/systems-store.js';
import {CliError} from './cli-error.js';

export type OpenSystem = {id: string; host: BrmsHost; store: ControlGroupStore; policies: PolicyStore};

/**
 * The demo system's job scheduler, opened when first used: conf reads its file with a blocking
 * call, so the file is checked to be a file (a FIFO would hang) before, and a list that never
 * schedules never reads it.
 */
function demoScheduleOf(env: NodeJS.ProcessEnv): DemoJobSchedule {
	let schedule: DemoJobSchedule | undefined;
	const opened = () => {
		if (!schedule) {
			assertFileOrAbsent(join(storeFolder(env), 'demo-job-schedule.json'));
			schedule = demoJobSchedule(storeLocation(env));
		}
		return schedule;
	};
	return {list: () => opened().list(), add: (job, command) => opened().add(job, command)};
}

/** A file of the demo host's kept as the stores are: read without blocking, changed whole under its lock. */
function lockedFile(path: string): DemoLogFile {
	return {
		path,
		read: () => readTextFile(path),
		update: change => changeJsonFile(path, change),
	};
}

/** `readStoreOnOpen`: false when the command's first use of the store is a save (ControlGroupStore's readOnOpen). */
export function openSystem(
	system: string | undefined,
	env: NodeJS.ProcessEnv = process.env,
	access?: SshAccess,
	{readStoreOnOpen = true}: {readStoreOnOpen?: boolean} = {},
): OpenSystem {
	const id = (system ?? DEMO_SYSTEM_ID).toLowerCase();
	let host: BrmsHost;
	// The demo system's BRMS holds what was applied on it, as a real host would; its job
	// scheduler and its BRMS log are its own files. A real host keeps its own: nothing is recorded here.
	if (id === DEMO_SYSTEM_ID)
		host = createDemoSystem(
			() => store.appliedGroups(),
			demoScheduleOf(env),
			demoBrmsLog(lockedFile(join(storeFolder(env), 'demo-brms-log.json')), () => demoHistory(historyDay(env))),
		);
	else {
		const profile = new SystemsStore(env).get(id);
		if (!profile) throw new CliError(2, `System ${system} is not defined; add it with brms-tui system add.`);
		host = sshSystem(profile, access);
	}
	const seed = storeSeed(host.kind);
	const store: ControlGroupStore = new ControlGroupStore({systemId: id, seed: seed.groups, seedIsOnHost: seed.onHost, env, readOnOpen: readStoreOnOpen});
	return {id, host, store, policies: policyStoreOf(id, host.kind, env)};
}

/** A system's media policies and backup policy: the demo system's own, or what BRMS ships [K]. */
export function policyStoreOf(id: string, kind: BrmsHost['kind'], env: NodeJS.ProcessEnv): PolicyStore {
	return new PolicyStore(id, {mediaPolicies: kind === 'demo' ? demoMediaPolicies : shippedMediaPolicies, backupPolicy: shippedBackupPolicy}, env);
}

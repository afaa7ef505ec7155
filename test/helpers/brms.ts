// The BRMS panels as the app wires them, for tests: a fresh demo system (its own store in a
// temporary folder, the demo host) with the panels' Services over it — the same implementation
// the app uses (cli/services.ts) — and WRKCTLGBRM with the registry's options and commands.

import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {systemServices} from '../../source/cli/services.js';
import {openSystem} from '../../source/cli/system.js';
import {demoJobSchedule} from '../../source/host/demo/job-schedule.js';
import {COMMANDS, OPTIONS} from '../../source/panels/registry.js';
import type {Services} from '../../source/panels/services.js';
import {workWithControlGroups} from '../../source/panels/work-with-control-groups/panel.js';
import {storeLocation} from '../../source/store/location.js';

/** A new demo system in a folder of its own; `overrides` replace some of its services. */
export function demoSystem(overrides: Partial<Services> = {}, env: NodeJS.ProcessEnv = {BRMS_TUI_HOME: mkdtempSync(join(tmpdir(), 'brms-tui-panels-'))}) {
	const opened = openSystem('demo', env);
	const services: Services = {...systemServices(opened, {env, setAsk: () => {}, switchSystem: () => {}}), ...overrides};
	return {...opened, env, services, scheduled: () => demoJobSchedule(storeLocation(env)).list()};
}

/** Services for a test that expects only some of them to be used: any other one fails the test. */
export function onlyServices(used: Partial<Services>): Services {
	const unexpected = (name: string) => () => {
		throw new Error(`The test did not expect the panels to use ${name}`);
	};
	return {
		listGroups: unexpected('listGroups'),
		readGroup: unexpected('readGroup'),
		saveGroup: unexpected('saveGroup'),
		deleteGroup: unexpected('deleteGroup'),
		changeSheet: unexpected('changeSheet'),
		markApplied: unexpected('markApplied'),
		addScheduleEntry: unexpected('addScheduleEntry'),
		mediaPolicies: unexpected('mediaPolicies'),
		backupPolicy: unexpected('backupPolicy'),
		saveBackupPolicy: unexpected('saveBackupPolicy'),
		listScheduledJobs: unexpected('listScheduledJobs'),
		runCommand: unexpected('runCommand'),
		followJob: unexpected('followJob'),
		followJobs: unexpected('followJobs'),
		backupStatus: unexpected('backupStatus'),
		runLog: unexpected('runLog'),
		systems: unexpected('systems'),
		switchSystem: unexpected('switchSystem'),
		...used,
	};
}

/** WRKCTLGBRM as the app opens it (without F22, which needs the whole workplace). */
export function workWithGroups(systemName = 'BRMSDEMO') {
	return workWithControlGroups({systemName, systemId: 'demo', options: OPTIONS, commands: COMMANDS, canSelectSystem: false});
}

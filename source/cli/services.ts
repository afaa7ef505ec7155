// The BRMS panels' Services over one opened system: its local store and its host. This is where
// the store's exceptions become StoreFailure values (one message each, in the panels), and where
// a host's question is asked in a window over the panel (the running task's ask).

import {dirname} from 'node:path';
import {systemStatus} from '../domain/backup-status.js';
import {backupPolicySteps, type ChangeStep, changeSheet} from '../domain/change-sheet.js';
import type {ControlGroup} from '../domain/control-group.js';
import {DEMO_SYSTEM_ID} from '../host/demo/demo-system.js';
import type {Done, Saved, Services, StoreFailure, SystemChoice} from '../panels/services.js';
import {StoreConflictError} from '../store/control-group-store.js';
import {FileAccessError} from '../store/durable-file.js';
import {StoreLockedError, StoreLockUnusableError} from '../store/file-lock.js';
import {StoreFormatError} from '../store/store-document.js';
import {SystemsStore} from '../store/systems-store.js';
import type {Question} from '../ui/panel/panel.js';
import {askSystems, askWithin, DEFAULT_STATUS_TIMEOUT_S} from './status-query.js';
import type {OpenSystem} from './system.js';

/** What the store (or the file system under it) threw, as the failure the panels show. */
export function storeFailure(error: unknown): StoreFailure {
	if (error instanceof StoreConflictError) return {kind: error.reason, group: error.groupName};
	if (error instanceof StoreLockedError) return {kind: 'locked'};
	if (error instanceof StoreLockUnusableError) return {kind: 'lockUnusable', path: error.lockPath, detail: error.detail};
	if (error instanceof StoreFormatError) return {kind: 'damaged', path: error.path};
	if (error instanceof FileAccessError && error.noSpace) return {kind: 'noSpace', folder: dirname(error.path)};
	return {kind: 'failed', detail: error instanceof Error ? error.message : String(error)};
}

function attempt(change: () => void): Done {
	try {
		change();
		return {ok: true};
	} catch (error) {
		return {ok: false, failure: storeFailure(error)};
	}
}

/** What to key on the host for a group: its own changes, then the backup policy's when it takes values from it. */
export function groupChangeSheet({store, policies}: Pick<OpenSystem, 'store' | 'policies'>, local: ControlGroup): ChangeStep[] {
	return [...changeSheet(store.applied(local.name), local), ...backupPolicySteps(local, policies.appliedBackupPolicy(), policies.backupPolicy())];
}

/** Both halves of "applied": the group and the backup policy the sheet covered. */
export function markGroupApplied({store, policies}: Pick<OpenSystem, 'store' | 'policies'>, group: string): void {
	store.markApplied(group);
	policies.markBackupPolicyApplied();
}

/** Every system the app can change to: the demo system, then the profiles of systems.json. */
export function systemChoices(env: NodeJS.ProcessEnv): SystemChoice[] {
	return [
		{id: DEMO_SYSTEM_ID, name: DEMO_SYSTEM_ID.toUpperCase(), where: 'the built-in demo system'},
		...new SystemsStore(env).list().map(each => ({
			id: each.name.toLowerCase(),
			name: each.name.toUpperCase(),
			where: `${each.user}@${each.host}${each.port === 22 ? '' : `:${each.port}`}`,
		})),
	];
}

export type ServicesOptions = {
	env: NodeJS.ProcessEnv;
	/** Where the host's questions go while a command runs (set for the duration of each run). */
	setAsk: (ask: ((question: Question) => Promise<string | undefined>) | undefined) => void;
	/** F22 chose another system. */
	switchSystem: (id: string) => void;
};

export function systemServices(system: OpenSystem, {env, setAsk, switchSystem}: ServicesOptions): Services {
	const {id: systemId, host, store, policies} = system;
	return {
		listGroups: () => store.list(),
		readGroup: name => store.get(name),
		saveGroup: (group, startedFrom): Saved => {
			try {
				return {ok: true, revision: store.save(group, startedFrom)};
			} catch (error) {
				return {ok: false, failure: storeFailure(error)};
			}
		},
		deleteGroup: (name, startedFrom) => attempt(() => store.delete(name, startedFrom)),
		changeSheet: group => {
			const local = store.get(group)?.group;
			return local ? groupChangeSheet(system, local) : [];
		},
		markApplied: group => attempt(() => markGroupApplied(system, group)),
		mediaPolicies: () => policies.mediaPolicies(),
		backupPolicy: () => policies.backupPolicy(),
		saveBackupPolicy: backupPolicy => attempt(() => policies.saveBackupPolicy(backupPolicy)),
		listScheduledJobs: ask => {
			setAsk(ask);
			return host.listScheduledJobs();
		},
		runCommand: (command, ask) => {
			setAsk(ask);
			return host.runCommand(command);
		},
		// Through the host: over SSH the IBM i adds it; the demo host keeps its own scheduler.
		addScheduleEntry: (entry, ask) => {
			setAsk(ask);
			return host.addJobScheduleEntry(entry);
		},
		followJob: (job, progress, signal) => host.followJob(job, progress, signal),
		followJobs: (jobs, onEvent, signal) => host.followJobs(jobs, onEvent, signal),
		backupStatus: async (scope, ask) => {
			if (scope === 'all')
				return askSystems(
					systemChoices(env).map(choice => choice.id),
					env,
				);
			setAsk(ask);
			const query = {groups: []};
			return [systemStatus(systemId.toUpperCase(), await host.lastRuns(query), query)];
		},
		runLog: (system, run, ask) => {
			if (system === undefined || system === systemId) {
				setAsk(ask);
				return host.runLog(run);
			}
			return askWithin(system, DEFAULT_STATUS_TIMEOUT_S * 1000, env, false, other => other.runLog(run));
		},
		systems: () => systemChoices(env),
		switchSystem,
	};
}

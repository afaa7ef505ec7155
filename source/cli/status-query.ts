// The question `status` asks each system (its last runs), within each system's own time limit,
// and every system at once. Apart from status-command.ts (its tables), so that the panels'
// services use it without loading Ink's table renderer before the first frame (first-frame.ts).

import {type StatusProblem, type StatusQuery, type SystemStatus, systemStatus} from '../domain/backup-status.js';
import {DEMO_SYSTEM_ID} from '../host/demo/demo-system.js';
import type {BrmsHost} from '../host/host.js';
import {type SystemProfile, SystemsStore} from '../store/systems-store.js';
import {quietSshAccess, terminalSshAccess} from './ssh-access.js';
import {openSystem} from './system.js';

/** Each system's own time limit (sign-on and the query), unless --timeout says otherwise. */
export const DEFAULT_STATUS_TIMEOUT_S = 30;

/** The name a system's rows carry: DEMO, or the profile's name in upper case. */
export const displayName = (system: string) => system.toUpperCase();

/**
 * Opens a system for one question and asks it within `limitMs` (sign-on and answer); the host's
 * connection is ended after. Whatever happens on the way, the answer is the question's or a problem.
 */
export async function askWithin<T>(
	system: string,
	limitMs: number,
	env: NodeJS.ProcessEnv,
	interactive: boolean,
	question: (host: BrmsHost) => Promise<T | {problem: StatusProblem}>,
): Promise<T | {problem: StatusProblem}> {
	const name = displayName(system);
	let profile: SystemProfile | undefined;
	if (system.toLowerCase() !== DEMO_SYSTEM_ID) {
		profile = new SystemsStore(env).get(system);
		if (!profile) return {problem: {kind: 'notConfigured', text: `System ${system} is not defined; add it with brms-tui system add.`}};
	}
	// On a terminal, one system may ask for a host key or a password (the person is there to answer).
	const access =
		profile &&
		(interactive ? {...terminalSshAccess(profile, undefined, env), timeouts: {readyMs: 120_000, commandMs: limitMs}} : quietSshAccess(profile, limitMs, env));
	const {host} = openSystem(system, env, access);
	let timer: NodeJS.Timeout | undefined;
	const limit = new Promise<{problem: StatusProblem}>(resolve => {
		timer = setTimeout(
			() => resolve({problem: {kind: 'noAnswer', text: `${name} did not answer within ${Math.round(limitMs / 1000)} s; nothing is known of its backups.`}}),
			limitMs,
		);
	});
	try {
		return await (interactive ? question(host) : Promise.race([question(host), limit]));
	} finally {
		clearTimeout(timer);
		host.close();
	}
}

/** Asks one system for its last runs, within its time limit; whatever happens, the answer is a SystemStatus. */
export async function askSystem(
	system: string,
	query: StatusQuery,
	since: string | undefined,
	limitMs: number,
	env: NodeJS.ProcessEnv,
	interactive = false,
): Promise<SystemStatus> {
	const answer = await askWithin(system, limitMs, env, interactive, host => host.lastRuns(query));
	return systemStatus(displayName(system), answer, query, since);
}

/** Every system at the same time, each with its own time limit: the slowest sets the pace, not the sum. */
export function askSystems(
	systems: readonly string[],
	env: NodeJS.ProcessEnv,
	query: StatusQuery = {groups: []},
	since?: string,
	limitMs = DEFAULT_STATUS_TIMEOUT_S * 1000,
	interactive = false,
): Promise<SystemStatus[]> {
	return Promise.all(systems.map(system => askSystem(system, query, since, limitMs, env, interactive)));
}

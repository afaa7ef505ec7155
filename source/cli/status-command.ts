// brms-tui status [GROUP…] [--system NAME | --all] [--since DURATION] [--json]: the last run of
// each control group and BRMS's verdict on it, from the system's BRMS log — one query per
// system. --all asks every system at the same time, each within its own time limit, and prints
// one table; a system that cannot be asked is a row that says why. Exit code 0 when every group
// shown completed, 1 when any did not (or a system could not be asked), 2 for bad usage.

import {
	type GroupStatus,
	isGroupName,
	PROBLEM_WORDS,
	parseDuration,
	type StatusProblem,
	type StatusQuery,
	type SystemStatus,
	shortTime,
	statusExitCode,
	systemStatus,
	VERDICT_WORDS,
} from '../domain/backup-status.js';
import {DEMO_SYSTEM_ID} from '../host/demo/demo-system.js';
import type {BrmsHost} from '../host/host.js';
import {type SystemProfile, SystemsStore} from '../store/systems-store.js';
import {wrapIndented} from '../ui/layout.js';
import {CliError} from './cli-error.js';
import type {Output} from './data-commands.js';
import {formatTable, plainColumns} from './output.js';
import {quietSshAccess, terminalSshAccess} from './ssh-access.js';
import {openSystem} from './system.js';

export type StatusOptions = {system?: string | undefined; all?: boolean; since?: string | undefined; json?: boolean; timeout?: string | undefined};

/** Each system's own time limit (sign-on and the query), unless --timeout says otherwise. */
export const DEFAULT_STATUS_TIMEOUT_S = 30;

const usage = (text: string) => new CliError(2, text, true);

/** The systems --all asks: every system added with `brms-tui system add`; the demo system while none is. */
export function statusSystems(env: NodeJS.ProcessEnv = process.env): string[] {
	const profiles = new SystemsStore(env).list();
	return profiles.length > 0 ? profiles.map(profile => profile.name) : [DEMO_SYSTEM_ID];
}

/** The name a system's rows carry: DEMO, or the profile's name in upper case. */
const displayName = (system: string) => system.toUpperCase();

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

/** A system that could not be asked, in the JSON: no group, no run, and why. */
type StatusProblemRow = {system: string; group: null; lastRun: null; problem: {kind: string; text: string}};

/** The JSON of `status --json`: one element per group shown, or per system that could not be asked. */
export function statusJson(statuses: readonly SystemStatus[]): Array<GroupStatus | StatusProblemRow> {
	return statuses.flatMap(
		(each): Array<GroupStatus | StatusProblemRow> =>
			'groups' in each ? each.groups : [{system: each.system, group: null, lastRun: null, problem: {kind: each.problem.kind, text: each.problem.text}}],
	);
}

function humanOutput(statuses: readonly SystemStatus[], out: Output): string {
	const rows = statuses.flatMap(each =>
		'groups' in each
			? each.groups.map((group: GroupStatus) => ({
					System: group.system,
					Group: group.group,
					'Last run': shortTime(group.lastRun?.start),
					Verdict: group.lastRun ? VERDICT_WORDS[group.lastRun.verdict] : 'No run',
					Errors: group.lastRun ? String(group.lastRun.errors) : '',
				}))
			: [{System: each.system, Group: '', 'Last run': '', Verdict: PROBLEM_WORDS[each.problem.kind], Errors: ''}],
	);
	const notes = statuses.flatMap(each => ('problem' in each ? wrapIndented(`${each.system}: ${each.problem.text}`, 80, 2) : []));
	if (out.stdout.isTTY) return [formatTable(rows, ['System', 'Group', 'Last run', 'Verdict', 'Errors'], out.stdout).trimEnd(), ...notes].join('\n');
	// Piped: one word a column (the verdict as JSON spells it, times as ISO), the note last.
	const plain = statuses.flatMap(each =>
		'groups' in each
			? each.groups.map(group => ({
					SYSTEM: group.system,
					GROUP: group.group,
					START: group.lastRun?.start ?? '-',
					END: group.lastRun?.end ?? '-',
					VERDICT: group.lastRun?.verdict ?? 'none',
					ERRORS: group.lastRun ? String(group.lastRun.errors) : '-',
					JOB: group.lastRun?.job ?? '-',
					NOTE: '',
				}))
			: [{SYSTEM: each.system, GROUP: '-', START: '-', END: '-', VERDICT: each.problem.kind, ERRORS: '-', JOB: '-', NOTE: each.problem.text}],
	);
	return plainColumns(plain, ['SYSTEM', 'GROUP', 'START', 'END', 'VERDICT', 'ERRORS', 'JOB', 'NOTE']);
}

export async function statusCommand(groups: readonly string[], options: StatusOptions, out: Output, env: NodeJS.ProcessEnv = process.env): Promise<number> {
	if (options.all && options.system !== undefined) throw usage('status takes --system NAME or --all, not both');
	const named = groups.map(group => group.toUpperCase());
	const wrong = named.find(group => !isGroupName(group));
	if (wrong) throw usage(`${wrong} is not a control group name`);
	const sinceSeconds = options.since === undefined ? undefined : parseDuration(options.since);
	if (options.since !== undefined && sinceSeconds === undefined)
		throw usage(`--since ${options.since} is not a duration (a number and s, m, h, d or w: 24h, 7d)`);
	const timeout = options.timeout === undefined ? DEFAULT_STATUS_TIMEOUT_S : Number(options.timeout);
	if (!(Number.isInteger(timeout) && timeout >= 1 && timeout <= 600)) throw usage(`--timeout ${options.timeout} is not a number of seconds from 1 to 600`);
	const query: StatusQuery = {groups: named, sinceSeconds};
	const systems = options.all ? statusSystems(env) : [options.system ?? DEMO_SYSTEM_ID];
	const interactive = !options.all && Boolean(process.stdin.isTTY);
	const statuses = await askSystems(systems, env, query, options.since, timeout * 1000, interactive);
	out.print(options.json ? JSON.stringify(statusJson(statuses), null, 2) : humanOutput(statuses, out));
	return statusExitCode(statuses);
}

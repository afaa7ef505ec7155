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
	type StatusQuery,
	type SystemStatus,
	shortTime,
	statusExitCode,
	VERDICT_WORDS,
} from '../domain/backup-status.js';
import {DEMO_SYSTEM_ID} from '../host/demo/demo-system.js';
import {SystemsStore} from '../store/systems-store.js';
import {wrapIndented} from '../ui/layout.js';
import {CliError} from './cli-error.js';
import type {Output} from './data-commands.js';
import {formatTable, plainColumns} from './output.js';
import {askSystems, DEFAULT_STATUS_TIMEOUT_S} from './status-query.js';

export {askSystem, askSystems, askWithin, DEFAULT_STATUS_TIMEOUT_S} from './status-query.js';

export type StatusOptions = {system?: string | undefined; all?: boolean; since?: string | undefined; json?: boolean; timeout?: string | undefined};

const usage = (text: string) => new CliError(2, text, true);

/** The systems --all asks: every system added with `brms-tui system add`; the demo system while none is. */
export function statusSystems(env: NodeJS.ProcessEnv = process.env): string[] {
	const profiles = new SystemsStore(env).list();
	return profiles.length > 0 ? profiles.map(profile => profile.name) : [DEMO_SYSTEM_ID];
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

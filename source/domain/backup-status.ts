// The last run of each control group, and BRMS's verdict on it: the morning question "did last
// night's backups work, everywhere" (brms.md §10.5). Pure: the rows come from the host (the
// SQL of host/ibmi/status-query.ts reads QUSRBRM.BRMS_LOG_INFO; the demo system keeps its own
// log); here they become verdicts, and the verdicts an exit code.
//
// A run is keyed on its start message BRM1380 (brms.md §5.3 [?]: the ID public monitoring code
// uses as "control group started") and judged by BRMS's end messages BRM1049 / BRM10A1 / BRM1820
// (brms.md §10.1 [V]) — the verdict issue 12 reads for a followed run (job-follow.ts). A run
// without an end message is running while its job is still on the system, and unknown once the
// job has gone (never "completed": a BRMS log without an end message says nothing of success).

import {compareNames} from './control-group.js';
import {isName, SHIPPED_GROUPS} from './ibmi-names.js';
import {type BrmsLogRow, END_MESSAGES, type JobOutcome} from './job-follow.js';

/** BRMS's verdict on a group's last run (JSON `lastRun.verdict`). */
export type RunVerdict = JobOutcome | 'running';

export const VERDICT_WORDS: Readonly<Record<RunVerdict, string>> = {
	completed: 'Completed',
	completedWithErrors: 'Completed with errors',
	endedAbnormally: 'Ended abnormally',
	running: 'Running',
	unknown: 'Unknown',
};

/** Short words for a system that could not be asked, where a verdict would stand (the full text is shown beside or below). */
export const PROBLEM_WORDS: Readonly<Record<StatusProblem['kind'], string>> = {
	notConfigured: 'Not defined',
	unreachable: 'Not reachable',
	noAnswer: 'No answer',
	logNotReadable: 'BRMS log not readable',
	queryFailed: 'BRMS log not read',
	noRuns: 'No run',
};

/** yyyy-mm-ddThh:mm:ss as yyyy-mm-dd hh:mm (a table's or a panel's column); '' for none. */
export const shortTime = (iso: string | null | undefined): string => (iso ? iso.replace('T', ' ').slice(0, 16) : '');

/** A group's last run (JSON `lastRun`): times in the host's local time, as BRMS logged them. */
export type LastRun = {
	/** yyyy-mm-ddThh:mm:ss, the BRM1380 of the run. */
	start: string;
	/** The end message's time; null while running or when no end message was logged. */
	end: string | null;
	verdict: RunVerdict;
	/** number/user/name. */
	job: string;
	/** Messages of severity 30 and up in the run's BRMS log lines, BRMS's end messages left out. */
	errors: number;
};

/** One row of `status`: a group of a system and its last run (null: no run in the log, or none since --since). */
export type GroupStatus = {system: string; group: string; lastRun: LastRun | null};

/** What a host answers for the last runs: a row per group, as its log gives them. */
export type LastRunRow = {
	group: string;
	job: string;
	/** As the host gave it (BRMS: CHAR() of MESSAGE_TIMESTAMP, yyyy-mm-dd-hh.mm.ss.nnnnnn). */
	started: string;
	ended: string | null;
	/** BRM1049, BRM10A1 or BRM1820; null when the run has none. */
	endMessage: string | null;
	/** The job's status on the host now (*ACTIVE, *JOBQ, *OUTQ; null when it is gone), asked only when the run has no end message. */
	jobStatus: string | null;
	errors: number;
};

/** Why a system's last runs could not be had: each is a row of its own, never a missing one. */
export type StatusProblem = {
	kind: 'notConfigured' | 'unreachable' | 'noAnswer' | 'logNotReadable' | 'queryFailed' | 'noRuns';
	text: string;
};

export type LastRunsAnswer = {rows: LastRunRow[]} | {problem: StatusProblem};

/** The BRMS log lines of one run (option 5 on Backup Status). */
export type RunLogAnswer = {rows: BrmsLogRow[]} | {problem: StatusProblem};

/** A line of a status report: a group and its last run, or a system that could not be asked. */
export type StatusEntry = GroupStatus | {system: string; problem: StatusProblem};

/** The systems' answers, a line each group or each system not asked. */
export function statusEntries(statuses: readonly SystemStatus[]): StatusEntry[] {
	return statuses.flatMap((each): StatusEntry[] => ('groups' in each ? each.groups : [{system: each.system, problem: each.problem}]));
}

/** A system's answer, as `status` prints it. */
export type SystemStatus = {system: string; groups: GroupStatus[]} | {system: string; problem: StatusProblem};

/** Which runs to read: the groups named (all when empty), and only those started since a time. */
export type StatusQuery = {groups: readonly string[]; sinceSeconds?: number | undefined};

/** The verdict of a run from its end message, else from whether its job is still on the system. */
export function lastRunVerdict(endMessage: string | null, jobStatus: string | null): RunVerdict {
	if (endMessage !== null && endMessage in END_MESSAGES) return END_MESSAGES[endMessage as keyof typeof END_MESSAGES];
	return jobStatus === '*ACTIVE' || jobStatus === '*JOBQ' ? 'running' : 'unknown';
}

/** A BRMS log timestamp (yyyy-mm-dd-hh.mm.ss.nnnnnn) as yyyy-mm-ddThh:mm:ss; anything else as it is. */
export function isoTime(brmsTimestamp: string): string {
	const match = /^(\d{4}-\d{2}-\d{2})-(\d{2})\.(\d{2})\.(\d{2})/.exec(brmsTimestamp);
	return match ? `${match[1]}T${match[2]}:${match[3]}:${match[4]}` : brmsTimestamp;
}

export function lastRunOf(row: LastRunRow): LastRun {
	return {
		start: isoTime(row.started),
		end: row.ended === null ? null : isoTime(row.ended),
		verdict: lastRunVerdict(row.endMessage, row.jobStatus),
		job: row.job,
		errors: row.errors,
	};
}

/**
 * The groups of one system as `status` shows them: those named (each, run or not) or else every
 * group the log has a run for, in name order.
 */
export function groupStatuses(system: string, rows: readonly LastRunRow[], named: readonly string[]): GroupStatus[] {
	const byGroup = new Map(rows.map(row => [row.group, row]));
	const groups = named.length > 0 ? [...new Set(named)] : [...byGroup.keys()].sort(compareNames);
	return groups.map(group => {
		const row = byGroup.get(group);
		return {system, group, lastRun: row ? lastRunOf(row) : null};
	});
}

/** A system's answer as `status` shows it: its groups, or one row saying why there are none. */
export function systemStatus(system: string, answer: LastRunsAnswer, query: StatusQuery, since?: string): SystemStatus {
	if ('problem' in answer) return {system, problem: answer.problem};
	const groups = groupStatuses(system, answer.rows, query.groups);
	if (groups.length > 0) return {system, groups};
	const when = since ? ` in the last ${since}` : '';
	return {system, problem: {kind: 'noRuns', text: `No control group has run${when}: the BRMS log holds no start (BRM1380) of one.`}};
}

/** Exit code of `status`: 0 when every group shown completed, 1 otherwise (a system not asked, a group without a run). */
export function statusExitCode(statuses: readonly SystemStatus[]): 0 | 1 {
	const completed = statuses.every(each => 'groups' in each && each.groups.every(group => group.lastRun?.verdict === 'completed'));
	return completed ? 0 : 1;
}

/** A control group name `status` may ask about: a name, or a group BRMS ships (*SYSTEM). */
export function isGroupName(value: string): boolean {
	return isName(value) || (SHIPPED_GROUPS as readonly string[]).includes(value);
}

const UNITS: Readonly<Record<string, number>> = {s: 1, m: 60, h: 3600, d: 86_400, w: 604_800};

/** --since: a whole number and a unit, s m h d or w (24h, 7d, 90m); undefined when it is not one. */
export function parseDuration(text: string): number | undefined {
	const match = /^(\d{1,6})([smhdw])$/.exec(text.trim().toLowerCase());
	if (!match) return undefined;
	const seconds = Number(match[1]) * UNITS[match[2]!]!;
	return seconds > 0 ? seconds : undefined;
}

// The last run of every control group in ONE statement on QUSRBRM.BRMS_LOG_INFO (brms.md §5.5,
// §10.2; ibmi-ssh.md §2.5), and the lines of one run — QSH db2 scripts, their answers read with
// db2.ts's checked parser into the rows domain/backup-status.ts judges. No per-group round trip:
// however many groups there are, a system answers one exec.
//
// The statement: each group's newest BRM1380 (a run's start) is its last run; that job's rows
// from the start on give its end message (the newest BRM1049 / BRM10A1 / BRM1820) and its
// errors (rows of severity 30 and up, the end messages left out); a run without an end message
// asks GET_JOB_INFO whether its job is still there (running) or gone (unknown).
//
// Unverified on a real IBM i, and said so (README, "brms-tui status"):
// - BRMS_LOG_INFO's columns QUALIFIED_JOB_NAME, MESSAGE_TIMESTAMP, CONTROL_GROUP, MESSAGE_ID
//   come from public scripts [P]; MESSAGE_SEVERITY is what deadduckcooper/chkbkubrm selects
//   (brms.md §10.2 notes it filters on SEVERITY too). A host without it answers SQL0206, which
//   is said as "the BRMS log could not be read", never taken for a clean run.
// - A run's rows are the job's rows at or after its BRM1380 whose CONTROL_GROUP is the group or
//   NULL [?] (whether BRMS fills CONTROL_GROUP on a save's own messages is not known).
// - GET_JOB_INFO correlated to the outer row inside a scalar subquery [U]; ROW_NUMBER() OVER
//   (PARTITION BY …) and CTEs are Db2 for i SQL since 5.4/6.1 [K].

import {isGroupName, type LastRunRow, type LastRunsAnswer, type RunLogAnswer, type StatusProblem, type StatusQuery} from '../../domain/backup-status.js';
import {isQualifiedJobName, quotedString} from '../../domain/ibmi-names.js';
import {describeProblem, END_MESSAGES, type QueryProblem} from '../../domain/job-follow.js';
import {db2Script, parseDb2Answers, tableRows} from './db2.js';
import {BRMS_LOG_COLUMNS, brmsLogRow, brmsLogSql, isLogTimestamp} from './job-queries.js';

const END_LIST = Object.keys(END_MESSAGES)
	.map(id => quotedString(id))
	.join(', ');

export const STATUS_COLUMNS = ['CONTROL_GROUP', 'JOB', 'STARTED', 'ENDED', 'END_MESSAGE', 'JOB_STATUS', 'ERRORS'] as const;

/** The statement; only checked group names and a whole number of seconds go into it. */
export function lastRunsSql(query: StatusQuery): string {
	const groups = query.groups.map(group => {
		if (!isGroupName(group)) throw new Error(`Not a control group name: ${group}`);
		return quotedString(group);
	});
	const since = query.sinceSeconds;
	if (since !== undefined && !(Number.isSafeInteger(since) && since > 0)) throw new Error(`Not a number of seconds: ${since}`);
	const filters = [
		"MESSAGE_ID = 'BRM1380'",
		'CONTROL_GROUP IS NOT NULL',
		...(groups.length > 0 ? [`CONTROL_GROUP IN (${groups.join(', ')})`] : []),
		...(since === undefined ? [] : [`MESSAGE_TIMESTAMP >= CURRENT TIMESTAMP - ${since} SECONDS`]),
	].join(' AND ');
	return [
		'WITH STARTS AS (SELECT CONTROL_GROUP, QUALIFIED_JOB_NAME, MESSAGE_TIMESTAMP,',
		'ROW_NUMBER() OVER (PARTITION BY CONTROL_GROUP ORDER BY MESSAGE_TIMESTAMP DESC) AS NEWEST',
		`FROM QUSRBRM.BRMS_LOG_INFO WHERE ${filters}),`,
		'LAST_RUNS AS (SELECT CONTROL_GROUP, QUALIFIED_JOB_NAME, MESSAGE_TIMESTAMP AS STARTED FROM STARTS WHERE NEWEST = 1),',
		'RUN_LINES AS (SELECT R.CONTROL_GROUP, L.MESSAGE_ID, L.MESSAGE_TIMESTAMP, L.MESSAGE_SEVERITY',
		'FROM LAST_RUNS R JOIN QUSRBRM.BRMS_LOG_INFO L ON L.QUALIFIED_JOB_NAME = R.QUALIFIED_JOB_NAME',
		'AND L.MESSAGE_TIMESTAMP >= R.STARTED AND (L.CONTROL_GROUP = R.CONTROL_GROUP OR L.CONTROL_GROUP IS NULL)),',
		'ENDS AS (SELECT CONTROL_GROUP, MESSAGE_ID, MESSAGE_TIMESTAMP,',
		'ROW_NUMBER() OVER (PARTITION BY CONTROL_GROUP ORDER BY MESSAGE_TIMESTAMP DESC) AS NEWEST',
		`FROM RUN_LINES WHERE MESSAGE_ID IN (${END_LIST})),`,
		'ERRORS AS (SELECT CONTROL_GROUP, COUNT(*) AS ERRORS FROM RUN_LINES',
		`WHERE MESSAGE_SEVERITY >= 30 AND MESSAGE_ID NOT IN (${END_LIST}) GROUP BY CONTROL_GROUP)`,
		'SELECT R.CONTROL_GROUP AS CONTROL_GROUP, R.QUALIFIED_JOB_NAME AS JOB, CHAR(R.STARTED) AS STARTED,',
		'CHAR(E.MESSAGE_TIMESTAMP) AS ENDED, E.MESSAGE_ID AS END_MESSAGE,',
		"CASE WHEN E.MESSAGE_ID IS NULL THEN (SELECT J.V_JOB_STATUS FROM TABLE(QSYS2.GET_JOB_INFO(R.QUALIFIED_JOB_NAME, IGNORE_ERRORS => 'YES')) J) END AS JOB_STATUS,",
		'COALESCE(X.ERRORS, 0) AS ERRORS',
		'FROM LAST_RUNS R LEFT JOIN ENDS E ON E.CONTROL_GROUP = R.CONTROL_GROUP AND E.NEWEST = 1',
		'LEFT JOIN ERRORS X ON X.CONTROL_GROUP = R.CONTROL_GROUP ORDER BY R.CONTROL_GROUP',
	].join(' ');
}

export function lastRunsScript(query: StatusQuery): string {
	return db2Script([lastRunsSql(query)]);
}

/** SQL0204 (SQLSTATE 42704) on BRMS_LOG_INFO: the BRMS SQL services are not set up. */
function logProblem(problem: QueryProblem, systemName: string): StatusProblem {
	if (problem.nativeError === -204 || problem.sqlState === '42704')
		return {kind: 'logNotReadable', text: `BRMS log not readable on ${systemName} - run INZBRM OPTION(*SQLSRVINZ) (${describeProblem(problem)})`};
	return {kind: 'queryFailed', text: `The BRMS log could not be read on ${systemName}: ${describeProblem(problem)}`};
}

const isEndMessage = (id: string) => id in END_MESSAGES;

function lastRunRow([group, job, started, ended, endMessage, jobStatus, errors]: Array<string | null>): LastRunRow | undefined {
	if (!group || !isGroupName(group) || !job || !isQualifiedJobName(job) || !started || !isLogTimestamp(started)) return undefined;
	if (ended !== null && ended !== undefined && !isLogTimestamp(ended)) return undefined;
	if (endMessage !== null && endMessage !== undefined && !isEndMessage(endMessage)) return undefined;
	if (!errors || !/^\d{1,9}$/.test(errors)) return undefined;
	return {
		group,
		job,
		started,
		ended: ended ?? null,
		endMessage: endMessage ?? null,
		jobStatus: jobStatus ?? null,
		errors: Number(errors),
	};
}

/** The answer of lastRunsScript: a row per group, or why there is none. */
export function readLastRuns(output: string, systemName: string): LastRunsAnswer {
	const [answer] = parseDb2Answers(output, 1);
	const rows = tableRows(answer!, STATUS_COLUMNS, lastRunRow);
	return 'rows' in rows ? rows : {problem: logProblem(rows.problem, systemName)};
}

/** One run's lines: the job's BRMS log rows from its start (yyyy-mm-ddThh:mm:ss) on, paged on the timestamp as a follow pages. */
export function runLogScript(run: {job: string; start: string}): string {
	const from = `${run.start.replace('T', '-').replaceAll(':', '.')}.000000`;
	return db2Script([brmsLogSql(run.job, from)]);
}

export function readRunLog(output: string, systemName: string): RunLogAnswer {
	const [answer] = parseDb2Answers(output, 1);
	const rows = tableRows(answer!, BRMS_LOG_COLUMNS, brmsLogRow);
	return 'rows' in rows ? rows : {problem: logProblem(rows.problem, systemName)};
}

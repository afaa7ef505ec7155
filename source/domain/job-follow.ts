// Following a submitted backup job on an IBM i (ibmi-ssh.md §2.3–2.6): the SQL that asks for the
// job's status, its BRMS log lines and its end code, written as a QSH script for the db2 utility
// (fed on stdin, so no outer shell quoting), and the reading of its answers. Pure: the polling
// loop lives with the transport (host/ssh-job-follow.ts).
//
// Unverified on a real host, and said so: the BRMS_LOG_INFO column names [P], GET_JOB_INFO's
// answer for a job that is gone (joined to SYSDUMMY1 so there is always one row, its status null
// when the job is gone) [U], and db2 printing each JSON_OBJECT value on one line with -S [U].

export type JobStatus = '*JOBQ' | '*ACTIVE' | '*OUTQ';

export type JobProgress = {status: JobStatus; line?: string};

export type JobEnd = {
	/** ended: the job's end was seen; unknown: following stopped before it (connection lost). */
	outcome: 'ended' | 'unknown';
	/** IBM i end code: 0 normal, 10 normal during controlled end, 20+ abnormal. */
	endCode?: number;
	summary: string;
};

/** Thrown by a follower whose signal was aborted: the operator stopped waiting, the job goes on. */
export class FollowingStopped extends Error {
	constructor() {
		super('Following stopped; the job goes on on the host.');
	}
}

export const QSH = '/QOpenSys/usr/bin/qsh';

const QUALIFIED_JOB = /^\d{6}\/[A-Z0-9$#@_][A-Z0-9$#@_.]{0,9}\/[A-Z0-9$#@_][A-Z0-9$#@_.]{0,9}$/;

/** Only a well-formed number/user/name ever goes into the SQL. */
export function isQualifiedJobName(job: string): boolean {
	return QUALIFIED_JOB.test(job);
}

/** An SQL string literal: apostrophes doubled. */
export function sqlString(value: string): string {
	return `'${value.replaceAll("'", "''")}'`;
}

/** A QSH double-quoted word: \ " $ ` escaped, so `$` in a job name stays a `$`. */
export function qshDoubleQuoted(text: string): string {
	return `"${text.replace(/[\\"$`]/g, character => `\\${character}`)}"`;
}

function db2(sql: string): string {
	return `db2 -S ${qshDoubleQuoted(sql)}`;
}

function checked(job: string): string {
	if (!isQualifiedJobName(job)) throw new Error(`Not a qualified job name: ${job}`);
	return sqlString(job);
}

function statusSql(job: string): string {
	return `SELECT JSON_OBJECT('kind' VALUE 'status', 'status' VALUE V_JOB_STATUS, 'active' VALUE V_ACTIVE_JOB_STATUS) FROM SYSIBM.SYSDUMMY1 LEFT OUTER JOIN TABLE(QSYS2.GET_JOB_INFO(${checked(job)}, IGNORE_ERRORS => 'YES')) J ON 1 = 1`;
}

/** BRMS log lines of the job not yet read: `seen` is a count we keep, never a value from the host. */
function brmsLogSql(job: string, seen: number): string {
	const skip = Number.isSafeInteger(seen) && seen > 0 ? ` OFFSET ${seen} ROWS` : '';
	return `SELECT JSON_OBJECT('kind' VALUE 'log', 'id' VALUE MESSAGE_ID, 'text' VALUE MESSAGE_TEXT) FROM QUSRBRM.BRMS_LOG_INFO WHERE QUALIFIED_JOB_NAME = ${checked(job)} ORDER BY MESSAGE_TIMESTAMP${skip}`;
}

/**
 * The job's own log, messages of severity 30 and up (what went wrong) after the last one read:
 * `after` is an ordinal position already read back as a safe integer, never host text.
 */
function jobLogSql(job: string, after: number): string {
	const from = Number.isSafeInteger(after) && after > 0 ? after : 0;
	return `SELECT JSON_OBJECT('kind' VALUE 'joblog', 'at' VALUE ORDINAL_POSITION, 'id' VALUE MESSAGE_ID, 'type' VALUE MESSAGE_TYPE, 'text' VALUE MESSAGE_TEXT) FROM TABLE(QSYS2.JOBLOG_INFO(${checked(job)})) L WHERE ORDINAL_POSITION > ${from} AND SEVERITY >= 30 ORDER BY ORDINAL_POSITION`;
}

function endSql(job: string): string {
	return `SELECT JSON_OBJECT('kind' VALUE 'end', 'id' VALUE MESSAGE_ID, 'text' VALUE MESSAGE_TEXT) FROM TABLE(QSYS2.HISTORY_LOG_INFO(START_TIME => CURRENT TIMESTAMP - 1 DAY)) H WHERE FROM_JOB = ${checked(job)} AND MESSAGE_ID IN ('CPF1164', 'CPF1124')`;
}

/** One poll: the job's status, its new BRMS log lines and job-log errors, in one exec (one QSH job). */
export function pollScript(job: string, read: Pick<FollowState, 'logSeen' | 'jobLogSeen'>): string {
	return `${db2(statusSql(job))}\n${db2(brmsLogSql(job, read.logSeen))}\n${db2(jobLogSql(job, read.jobLogSeen))}\n`;
}

/** Once the job has left the system: the last BRMS log lines and job-log errors, and how it ended (CPF1164). */
export function endScript(job: string, read: Pick<FollowState, 'logSeen' | 'jobLogSeen'>): string {
	return `${db2(brmsLogSql(job, read.logSeen))}\n${db2(jobLogSql(job, read.jobLogSeen))}\n${db2(endSql(job))}\n`;
}

export type PollAnswer = {
	/** undefined: no status line came back at all (the query failed). */
	status?: {status: string | null; active: string | null};
	log: Array<{id: string; text: string}>;
	/** Job-log messages of severity 30 and up, with their ordinal position. */
	jobLog: Array<{at: number; id: string; type: string; text: string}>;
	end?: {id: string; text: string};
	/** SQLxxxx lines db2 printed (a view missing, no authority). */
	sqlErrors: string[];
};

/** Reads db2's output: each answer row is one JSON object on its own line; the rest is headings. */
export function parsePollAnswer(output: string): PollAnswer {
	const answer: PollAnswer = {log: [], jobLog: [], sqlErrors: []};
	for (const raw of output.split(/\r?\n/)) {
		const line = raw.trim();
		if (/^SQL\d{4}[A-Z]?\b/.test(line)) answer.sqlErrors.push(line);
		if (!line.startsWith('{')) continue;
		let row: Record<string, unknown>;
		try {
			row = JSON.parse(line) as Record<string, unknown>;
		} catch {
			continue;
		}
		const text = (key: string) => (typeof row[key] === 'string' ? (row[key] as string).trim() : null);
		if (row['kind'] === 'status') answer.status = {status: text('status'), active: text('active')};
		else if (row['kind'] === 'log') answer.log.push({id: text('id') ?? '', text: text('text') ?? ''});
		else if (row['kind'] === 'joblog' && Number.isSafeInteger(row['at']))
			answer.jobLog.push({at: row['at'] as number, id: text('id') ?? '', type: text('type') ?? '', text: text('text') ?? ''});
		else if (row['kind'] === 'end' && (!answer.end || text('id') === 'CPF1164')) answer.end = {id: text('id') ?? '', text: text('text') ?? ''};
	}
	return answer;
}

/** "Job 123456/OPER/X ended on 26/08/07 at 09:45:00; 33.5 seconds used; end code 10" → 10. */
export function endCodeOf(text: string): number | undefined {
	const found = /end code (\d+)/i.exec(text);
	return found ? Number(found[1]) : undefined;
}

export type FollowState = {job: string; status?: JobStatus; waitingForReply: boolean; logSeen: number; jobLogSeen: number; logProblemShown: boolean};

export function startFollowing(job: string): FollowState {
	return {job, waitingForReply: false, logSeen: 0, jobLogSeen: 0, logProblemShown: false};
}

/** How far the logs have been read, after this answer. */
function readSoFar(state: FollowState, answer: PollAnswer): Pick<FollowState, 'logSeen' | 'jobLogSeen'> {
	return {logSeen: state.logSeen + answer.log.length, jobLogSeen: Math.max(state.jobLogSeen, ...answer.jobLog.map(each => each.at))};
}

/** What one poll tells: progress lines to show, and whether the job has left the system. */
export function readPoll(state: FollowState, answer: PollAnswer): {state: FollowState; steps: JobProgress[]; left: boolean} {
	const reported = answer.status?.status ?? null;
	const left = reported === null || reported === '*OUTQ';
	const status: JobStatus = left ? '*OUTQ' : reported === '*JOBQ' ? '*JOBQ' : '*ACTIVE';
	const steps: JobProgress[] = [];
	if (status !== state.status && !left)
		steps.push({status, line: status === '*JOBQ' ? `Job ${state.job} is waiting on its job queue.` : `Job ${state.job} is active.`});
	const waitingForReply = answer.status?.active === 'MSGW';
	if (waitingForReply && !state.waitingForReply)
		steps.push({status, line: `Job ${state.job} is waiting for an operator reply (MSGW): answer it on the host (WRKMSGQ QSYSOPR).`});
	steps.push(...logSteps(status, answer));
	// The status came back but something else did not (BRMS SQL services not set up: INZBRM
	// OPTION(*SQLSRVINZ)): said once, following goes on without log lines.
	const logProblem = answer.sqlErrors[0];
	if (logProblem && !state.logProblemShown) steps.push({status, line: `The BRMS log could not be read: ${logProblem}`});
	return {state: {...state, ...readSoFar(state, answer), status, waitingForReply, logProblemShown: state.logProblemShown || Boolean(logProblem)}, steps, left};
}

function logSteps(status: JobStatus, answer: PollAnswer): JobProgress[] {
	return [
		...answer.log.map(each => ({status, line: `${each.id ? `${each.id}: ` : ''}${each.text}`})),
		...answer.jobLog.map(each => ({status, line: `Job log: ${each.id} (${each.type.toLowerCase()}): ${each.text}`})),
	];
}

/** The end script's answer: the last log lines and the job's end. */
export function readEnd(state: FollowState, answer: PollAnswer): {steps: JobProgress[]; end: JobEnd} {
	const steps = logSteps('*OUTQ', answer);
	const endCode = answer.end ? endCodeOf(answer.end.text) : undefined;
	if (endCode === undefined) {
		const why = answer.sqlErrors[0] ? ` (${answer.sqlErrors[0]})` : ' (no CPF1164 in the history log)';
		return {steps, end: {outcome: 'ended', summary: `Job ${state.job} has ended; how it ended could not be read${why}. Check it on the host (DSPLOGBRM).`}};
	}
	const how = endCode === 0 ? 'normally' : endCode === 10 ? 'normally during a controlled end' : 'abnormally';
	return {steps, end: {outcome: 'ended', endCode, summary: `Job ${state.job} ended ${how} (end code ${endCode}).`}};
}

/** Following is a success only when the end was seen with end code 0 or 10. */
export function endedWell(end: JobEnd): boolean {
	return end.outcome === 'ended' && end.endCode !== undefined && end.endCode < 20;
}

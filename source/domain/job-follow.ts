// Following a submitted backup job, and BRMS's verdict on its run. Pure: the rows come from the
// host (host/ibmi/job-queries.ts reads them out of db2's answers; the demo system makes its own);
// here they become progress lines and, at the end, the verdict.
//
// The verdict is BRMS's own (brms.md §10.1 [V]): BRM1049 completed, BRM10A1 completed with
// errors, BRM1820 ended abnormally — read by message ID from the BRMS log rows of the job. Where
// the BRMS log cannot be read, the job log's copy of those messages is used, and without either
// the job's end code, each said as such. A job can end with end code 0 after a BRM10A1, so the
// end code alone never makes a run "completed" while the BRMS log is readable.

import {type Message, message} from './messages.js';

export type JobStatus = '*JOBQ' | '*ACTIVE' | '*OUTQ';

/** A step of a followed job: its status, a line to show, and the entry it is at where the host says so (the demo does). */
export type JobProgress = {status: JobStatus; line?: string; entry?: string};

/** What following several jobs at once reports: a job's step, or its end (each job ends once). */
export type JobsEvent = {job: string; step: JobProgress} | {job: string; end: JobEnd};

/**
 * How a followed run ended (JSON `jobEnd.outcome`):
 * - completed: BRM1049 seen (or, with no readable BRMS log, end code 0 or 10 seen);
 * - completedWithErrors: BRM10A1 seen: every entry processed, some ended in error;
 * - endedAbnormally: BRM1820 seen (stopped early), or with no readable BRMS log an end code of 20+;
 * - unknown: the end or the verdict was not seen (connection lost, queries failed, no end message).
 */
export type JobOutcome = 'completed' | 'completedWithErrors' | 'endedAbnormally' | 'unknown';

/** Where the verdict was read: BRMS's log, the job log's copy of BRMS's message, or only the end code. */
export type VerdictSource = 'brmsLog' | 'jobLog' | 'endCode';

export type JobEnd = {
	outcome: JobOutcome;
	verdictFrom?: VerdictSource;
	/** The BRMS message the verdict was read from (BRM1049, BRM10A1, BRM1820). */
	messageId?: string;
	/** IBM i end code: 0 normal, 10 normal during a controlled end, 20+ abnormal. */
	endCode?: number;
	summary: string;
};

/** The three messages that end a control-group run, and what each says (brms.md §10.1). */
export const END_MESSAGES = {BRM1049: 'completed', BRM10A1: 'completedWithErrors', BRM1820: 'endedAbnormally'} as const satisfies Record<string, JobOutcome>;

type EndMessageId = keyof typeof END_MESSAGES;

const isEndMessage = (id: string): id is EndMessageId => id in END_MESSAGES;

/** Thrown by a follower whose signal was aborted: the operator stopped waiting, the job goes on. */
export class FollowingStopped extends Error {
	constructor() {
		super('Following stopped; the job goes on on the host.');
	}
}

/** A query the host could not answer: db2's SQLSTATE and native error code where it gave them. */
export type QueryProblem = {sqlState?: string; nativeError?: number; text: string};

export type QueryAnswer<T> = {rows: T} | {problem: QueryProblem};

export type BrmsLogRow = {
	/** MESSAGE_TIMESTAMP as the host gave it (the paging key). */
	at: string;
	id: string;
	text: string;
};

export type JobLogRow = {at: number; id: string; type: string; text: string};

export type PollAnswer = {
	status: QueryAnswer<{status: string | null; active: string | null}>;
	brmsLog: QueryAnswer<BrmsLogRow[]>;
	jobLog: QueryAnswer<JobLogRow[]>;
};

export type EndAnswer = {
	brmsLog: QueryAnswer<BrmsLogRow[]>;
	jobLog: QueryAnswer<JobLogRow[]>;
	endCode: QueryAnswer<{endCode: number; from: 'ENDED_JOB_INFO' | 'CPF1164'}>;
};

/** "SQL0204, SQLSTATE 42704: … not found." */
export function describeProblem(problem: QueryProblem): string {
	const id = problem.nativeError === undefined ? undefined : `SQL${String(Math.abs(problem.nativeError)).padStart(4, '0')}`;
	const codes = [id, problem.sqlState ? `SQLSTATE ${problem.sqlState}` : undefined].filter(Boolean).join(', ');
	return codes ? `${codes}: ${problem.text}` : problem.text;
}

/** SQL0204 (SQLSTATE 42704): the object is not there — for BRMS_LOG_INFO, the BRMS SQL services are not set up. */
const isMissingObject = (problem: QueryProblem) => problem.nativeError === -204 || problem.sqlState === '42704';

export type FollowState = {
	job: string;
	systemName: string;
	status?: JobStatus;
	waitingForReply: boolean;
	/** The BRMS log's paging key: the last timestamp read, and how many rows of each kind had it. */
	logFrom?: string;
	seenAtLogFrom: Record<string, number>;
	jobLogAfter: number;
	/** The last read of the BRMS log worked. */
	brmsLogReadable: boolean;
	/** Said once: why the BRMS log or the job log cannot be read. */
	said: {brmsLog?: boolean; jobLog?: boolean};
	/** The last end message seen, in the BRMS log and in the job log. */
	brmsLogEnd?: EndMessageId;
	jobLogEnd?: EndMessageId;
};

export function startFollowing(job: string, systemName: string): FollowState {
	return {job, systemName, waitingForReply: false, seenAtLogFrom: {}, jobLogAfter: 0, brmsLogReadable: false, said: {}};
}

/** What of the logs has been read: the key for the next query. */
export function readSoFar(state: FollowState): {logFrom?: string; jobLogAfter: number} {
	return {...(state.logFrom === undefined ? {} : {logFrom: state.logFrom}), jobLogAfter: state.jobLogAfter};
}

const rowKey = (row: BrmsLogRow) => `${row.id}\u0000${row.text}`;

/**
 * The BRMS log rows not read before. The query asks for rows at or after the last timestamp
 * read; of the rows at that timestamp, as many of each kind as were already read are dropped.
 */
export function newLogRows(state: Pick<FollowState, 'logFrom' | 'seenAtLogFrom'>, rows: readonly BrmsLogRow[]) {
	const already = {...state.seenAtLogFrom};
	const fresh: BrmsLogRow[] = [];
	for (const row of rows) {
		if (state.logFrom !== undefined && row.at < state.logFrom) continue;
		if (row.at === state.logFrom && (already[rowKey(row)] ?? 0) > 0) {
			already[rowKey(row)]! -= 1;
			continue;
		}
		fresh.push(row);
	}
	const last = rows.at(-1)?.at ?? state.logFrom;
	const seenAtLogFrom: Record<string, number> = {};
	for (const row of rows) if (row.at === last) seenAtLogFrom[rowKey(row)] = (seenAtLogFrom[rowKey(row)] ?? 0) + 1;
	return {fresh, logFrom: last, seenAtLogFrom: last === state.logFrom && rows.length === 0 ? state.seenAtLogFrom : seenAtLogFrom};
}

/** The log answers of a poll or of the end: new lines to show, and the state after them. */
function readLogs(state: FollowState, status: JobStatus, answer: Pick<PollAnswer, 'brmsLog' | 'jobLog'>): {state: FollowState; steps: JobProgress[]} {
	const steps: JobProgress[] = [];
	let next = state;
	if ('rows' in answer.brmsLog) {
		const read = newLogRows(state, answer.brmsLog.rows);
		const end = read.fresh.map(row => row.id).findLast(isEndMessage);
		steps.push(...read.fresh.map(row => ({status, line: `${row.id ? `${row.id}: ` : ''}${row.text}`})));
		next = {...next, logFrom: read.logFrom, seenAtLogFrom: read.seenAtLogFrom, brmsLogReadable: true, ...(end ? {brmsLogEnd: end} : {})};
	} else {
		next = {...next, brmsLogReadable: false};
		if (!state.said.brmsLog) {
			const problem = answer.brmsLog.problem;
			steps.push({
				status,
				line: isMissingObject(problem)
					? `BRMS log not readable on ${state.systemName} - run INZBRM OPTION(*SQLSRVINZ) (${describeProblem(problem)})`
					: `The BRMS log could not be read on ${state.systemName}: ${describeProblem(problem)}`,
			});
			next = {...next, said: {...next.said, brmsLog: true}};
		}
	}
	if ('rows' in answer.jobLog) {
		const rows = answer.jobLog.rows.filter(row => row.at > state.jobLogAfter);
		const end = rows.map(row => row.id).findLast(isEndMessage);
		// The job log's copies of BRMS's end messages are shown only when the BRMS log is not.
		const shown = rows.filter(row => !isEndMessage(row.id) || !next.brmsLogReadable);
		steps.push(...shown.map(row => ({status, line: `Job log: ${row.id} (${row.type.toLowerCase()}): ${row.text}`})));
		next = {...next, jobLogAfter: Math.max(state.jobLogAfter, ...rows.map(row => row.at)), ...(end ? {jobLogEnd: end} : {})};
	} else if (!state.said.jobLog && status !== '*OUTQ') {
		// A job that has left the system often takes its job log with it: that is no news.
		steps.push({status, line: `The job log of ${state.job} could not be read: ${describeProblem(answer.jobLog.problem)}`});
		next = {...next, said: {...next.said, jobLog: true}};
	}
	return {state: next, steps};
}

export type PollReading = {state: FollowState; steps: JobProgress[]; left: boolean} | {problem: QueryProblem};

/** What one poll tells: progress lines to show, and whether the job has left the system. */
export function readPoll(state: FollowState, answer: PollAnswer): PollReading {
	if ('problem' in answer.status) return {problem: answer.status.problem};
	const reported = answer.status.rows.status;
	// A job that is gone has ended: jobs submitted by SBMJOB are often removed as soon as they
	// end (ibmi-ssh.md §9), so *OUTQ may never be seen.
	const left = reported === null || reported === '*OUTQ';
	const status: JobStatus = left ? '*OUTQ' : reported === '*JOBQ' ? '*JOBQ' : '*ACTIVE';
	const steps: JobProgress[] = [];
	if (status !== state.status && !left)
		steps.push({status, line: status === '*JOBQ' ? `Job ${state.job} is waiting on its job queue.` : `Job ${state.job} is active.`});
	const waitingForReply = answer.status.rows.active === 'MSGW';
	if (waitingForReply && !state.waitingForReply)
		steps.push({status, line: `Job ${state.job} is waiting for an operator reply (MSGW): answer it on the host (WRKMSGQ QSYSOPR).`});
	const logs = readLogs({...state, status, waitingForReply}, status, answer);
	return {state: logs.state, steps: [...steps, ...logs.steps], left};
}

const VERDICT_WORDS: Record<EndMessageId, string> = {
	BRM1049: 'control group processing completed',
	BRM10A1: 'the control group completed with errors: some entries were not saved',
	BRM1820: 'the control group ended abnormally before all its entries were processed',
};

/** The end script's answer: the last log lines, and the verdict. */
export function readEnd(state: FollowState, answer: EndAnswer): {steps: JobProgress[]; end: JobEnd} {
	const logs = readLogs(state, '*OUTQ', answer);
	const read = logs.state;
	const {job} = state;
	const endCode = 'rows' in answer.endCode ? answer.endCode.rows.endCode : undefined;
	const withCode = endCode === undefined ? {} : {endCode};
	const codeSaid = endCode === undefined ? '' : `; the job ended with end code ${endCode}`;
	const check = ' Check the BRMS log (DSPLOGBRM) for the details.';
	const byMessage = (id: EndMessageId, from: 'brmsLog' | 'jobLog'): JobEnd => ({
		outcome: END_MESSAGES[id],
		verdictFrom: from,
		messageId: id,
		...withCode,
		summary: `Job ${job}: ${VERDICT_WORDS[id]} (${id} in the ${from === 'brmsLog' ? 'BRMS log' : 'job log; the BRMS log could not be read'})${codeSaid}.${id === 'BRM1049' ? '' : check}`,
	});
	if (read.brmsLogEnd) return {steps: logs.steps, end: byMessage(read.brmsLogEnd, 'brmsLog')};
	if (read.jobLogEnd) return {steps: logs.steps, end: byMessage(read.jobLogEnd, 'jobLog')};
	if (read.brmsLogReadable) {
		return {
			steps: logs.steps,
			end: {
				outcome: 'unknown',
				...withCode,
				summary: `Outcome unknown (job ${job}): the BRMS log of the job holds no end message (BRM1049, BRM10A1 or BRM1820)${codeSaid}.${check}`,
			},
		};
	}
	// No BRMS verdict to be had: the end code, said as such.
	if (endCode !== undefined) {
		const normal = endCode < 20;
		const how = endCode === 0 ? 'normally' : endCode === 10 ? 'normally during a controlled end' : 'abnormally';
		return {
			steps: logs.steps,
			end: {
				outcome: normal ? 'completed' : 'endedAbnormally',
				verdictFrom: 'endCode',
				endCode,
				summary: `Job ${job} ended ${how} (end code ${endCode}). BRMS's own verdict could not be read (no BRMS log), so whether every entry was saved is not known.${check}`,
			},
		};
	}
	const why = 'problem' in answer.endCode ? describeProblem(answer.endCode.problem) : 'no end code';
	return {
		steps: logs.steps,
		end: {
			outcome: 'unknown',
			summary: `Outcome unknown (job ${job}): the job has ended, but neither BRMS's verdict nor its end code could be read (${why}).${check}`,
		},
	};
}

/** A success only when BRMS said so (or, with no BRMS log to read, the end code did). */
export function endedWell(end: JobEnd): boolean {
	return end.outcome === 'completed';
}

/** The verdict in an operator's words, for line 24; the whole summary is its cause (F1). */
export function verdictMessage(end: JobEnd): Message {
	switch (end.outcome) {
		case 'completed':
			return message(end.verdictFrom === 'endCode' ? 'backupJobEndedNormally' : 'backupCompleted', end.summary);
		case 'completedWithErrors':
			return message('backupCompletedWithErrors', end.summary);
		case 'endedAbnormally':
			return message('backupEndedAbnormally', end.summary);
		case 'unknown':
			return message('backupOutcomeUnknown', end.summary);
	}
}

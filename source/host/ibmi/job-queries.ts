// The SQL that follows a submitted backup job (ibmi-ssh.md §2.3–2.5, §9; brms.md §10.1–10.2): its
// status, the BRMS log rows of the job, its job log's errors and BRMS end messages, and how it
// ended — written as QSH db2 scripts, and their answers read into the rows domain/job-follow.ts
// judges. Only a checked qualified job name, a timestamp read back and checked, and whole
// numbers go into the SQL.
//
// Unverified on a real IBM i, and said so:
// - QUSRBRM.BRMS_LOG_INFO's column names (QUALIFIED_JOB_NAME, MESSAGE_TIMESTAMP, MESSAGE_ID,
//   MESSAGE_TEXT) come from public scripts [P]; CHAR() of a TIMESTAMP giving
//   yyyy-mm-dd-hh.mm.ss.nnnnnn [K].
// - GET_JOB_INFO for a job that is gone: joined to SYSDUMMY1 so one row always comes back, the
//   status NULL when the job has left the system [U].
// - SYSTOOLS.ENDED_JOB_INFO's default time window and JOB_END_CODE [D, §9: 7.4 SF99704 29,
//   7.5 SF99950 8, 7.6]; CPF1164's message-data layout (CPF1164_TOKENS below) [U].

import {isQualifiedJobName, quotedString} from '../../domain/ibmi-names.js';
import type {BrmsLogRow, EndAnswer, JobLogRow, PollAnswer, QueryAnswer} from '../../domain/job-follow.js';
import {type Db2Answer, db2Script, parseDb2Answers, tableRows} from './db2.js';

function checked(job: string): string {
	if (!isQualifiedJobName(job)) throw new Error(`Not a qualified job name: ${job}`);
	return quotedString(job);
}

/** A timestamp as CHAR() gives it (yyyy-mm-dd-hh.mm.ss.nnnnnn); nothing else is put back into SQL. */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}-\d{2}\.\d{2}\.\d{2}(\.\d{1,12})?$/;

export function isLogTimestamp(value: string): boolean {
	return TIMESTAMP.test(value);
}

function statusSql(job: string): string {
	return `SELECT J.V_JOB_STATUS AS STATUS, J.V_ACTIVE_JOB_STATUS AS ACTIVE FROM SYSIBM.SYSDUMMY1 LEFT OUTER JOIN TABLE(QSYS2.GET_JOB_INFO(${checked(job)}, IGNORE_ERRORS => 'YES')) J ON 1 = 1`;
}

/**
 * The job's BRMS log rows from `from` on (all of them when undefined). Keyed on the timestamp
 * with >=, never OFFSET: rows that share a timestamp come back again and the reader drops the
 * ones already seen (domain/job-follow.ts), so none is skipped and none repeated (brms.md §10.2).
 */
export function brmsLogSql(job: string, from: string | undefined): string {
	if (from !== undefined && !isLogTimestamp(from)) throw new Error(`Not a BRMS log timestamp: ${from}`);
	const after = from === undefined ? '' : ` AND MESSAGE_TIMESTAMP >= TIMESTAMP(${quotedString(from)})`;
	return `SELECT CHAR(MESSAGE_TIMESTAMP) AS LOGGED, MESSAGE_ID, CAST(MESSAGE_TEXT AS VARCHAR(512)) AS MESSAGE_TEXT FROM QUSRBRM.BRMS_LOG_INFO WHERE QUALIFIED_JOB_NAME = ${checked(job)}${after} ORDER BY MESSAGE_TIMESTAMP`;
}

/** The message IDs that end a control-group run (brms.md §10.1). */
const END_MESSAGE_LIST = "'BRM1049', 'BRM10A1', 'BRM1820'";

/**
 * The job log after the last ordinal read: what went wrong (severity 30 and up) and BRMS's end
 * messages, which say how the run ended where the BRMS log cannot be read. ORDINAL_POSITION is
 * unique within a job log, so paging on it cannot skip or repeat.
 */
function jobLogSql(job: string, after: number): string {
	const from = Number.isSafeInteger(after) && after > 0 ? after : 0;
	return `SELECT ORDINAL_POSITION AS ORDINAL, MESSAGE_ID, MESSAGE_TYPE, CAST(MESSAGE_TEXT AS VARCHAR(512)) AS MESSAGE_TEXT FROM TABLE(QSYS2.JOBLOG_INFO(${checked(job)})) L WHERE ORDINAL_POSITION > ${from} AND (SEVERITY >= 30 OR MESSAGE_ID IN (${END_MESSAGE_LIST})) ORDER BY ORDINAL_POSITION`;
}

function endedJobSql(job: string): string {
	return `SELECT JOB_END_CODE FROM TABLE(SYSTOOLS.ENDED_JOB_INFO()) E WHERE FROM_JOB = ${checked(job)}`;
}

/** CPF1164's message data as hexadecimal: read by position (CPF1164_TOKENS), never from its translated text. */
function historySql(job: string): string {
	return `SELECT HEX(SUBSTR(MESSAGE_TOKENS, 1, ${CPF1164_TOKENS.length})) AS TOKENS FROM TABLE(QSYS2.HISTORY_LOG_INFO(START_TIME => CURRENT TIMESTAMP - 1 DAY)) H WHERE FROM_JOB = ${checked(job)} AND MESSAGE_ID = 'CPF1164'`;
}

/**
 * CPF1164 "Job &3/&2/&1 ended on &4 at &5; &6 seconds used; end code &7": its message data [U].
 * The layout is inferred, not read from the host: &1 job name CHAR(10), &2 user CHAR(10), &3
 * number CHAR(6), &4 date CHAR(8), &5 time CHAR(8), &6 processing time DEC(15,3) packed (8 bytes,
 * as ENDED_JOB_INFO's CPU_TIME), &7 end code BIN(2) (as its SMALLINT JOB_END_CODE). Confirm with
 * DSPMSGD CPF1164 and correct here. The job number is checked against the job followed, so a
 * wrong layout gives "unknown", not a wrong end code.
 */
export const CPF1164_TOKENS = {length: 64, jobNumber: {offset: 20, length: 6}, endCode: {offset: 50}} as const;

/** The end codes IBM i gives (ibmi-ssh.md §2.3); anything else read from tokens means a wrong layout. */
const END_CODES = new Set([0, 10, 20, 30, 40, 50, 60, 70, 80, 90]);

/** The end code in CPF1164's message data, when its job number is the job's (EBCDIC digits F0-F9). */
export function endCodeFromTokens(hex: string, job: string): number | undefined {
	if (!/^([0-9A-F]{2})+$/i.test(hex)) return undefined;
	const bytes = Buffer.from(hex, 'hex');
	const {jobNumber, endCode} = CPF1164_TOKENS;
	if (bytes.length < endCode.offset + 2) return undefined;
	const number = [...bytes.subarray(jobNumber.offset, jobNumber.offset + jobNumber.length)]
		.map(byte => (byte >= 0xf0 && byte <= 0xf9 ? String(byte - 0xf0) : '?'))
		.join('');
	if (number !== job.slice(0, 6)) return undefined;
	const code = bytes.readInt16BE(endCode.offset);
	return END_CODES.has(code) ? code : undefined;
}

export type ReadSoFar = {logFrom?: string; jobLogAfter: number};

/** A poll's statements: the status, new BRMS log rows, new job-log messages. */
export function pollStatements(job: string, read: ReadSoFar): string[] {
	return [statusSql(job), brmsLogSql(job, read.logFrom), jobLogSql(job, read.jobLogAfter)];
}

/** Once the job has left the system: the last log rows, and how it ended (ENDED_JOB_INFO, else CPF1164). */
export function endStatements(job: string, read: ReadSoFar): string[] {
	return [brmsLogSql(job, read.logFrom), jobLogSql(job, read.jobLogAfter), endedJobSql(job), historySql(job)];
}

/** One poll, one exec (one QSH job). Following several jobs puts the statements of each in one script. */
export function pollScript(job: string, read: ReadSoFar): string {
	return db2Script(pollStatements(job, read));
}

export function endScript(job: string, read: ReadSoFar): string {
	return db2Script(endStatements(job, read));
}

export const brmsLogRow = ([at, id, text]: Array<string | null>): BrmsLogRow | undefined =>
	at && isLogTimestamp(at) ? {at, id: id ?? '', text: text ?? ''} : undefined;

const jobLogRow = ([at, id, type, text]: Array<string | null>): JobLogRow | undefined =>
	at && /^\d{1,15}$/.test(at) ? {at: Number(at), id: id ?? '', type: type ?? '', text: text ?? ''} : undefined;

export const BRMS_LOG_COLUMNS = ['LOGGED', 'MESSAGE_ID', 'MESSAGE_TEXT'];
const JOB_LOG_COLUMNS = ['ORDINAL', 'MESSAGE_ID', 'MESSAGE_TYPE', 'MESSAGE_TEXT'];

export function readPollAnswer(output: string): PollAnswer {
	return readPollAnswers(parseDb2Answers(output, 3));
}

/** The answers to pollStatements, in order. */
export function readPollAnswers(answers: readonly Db2Answer[]): PollAnswer {
	const [status, brmsLog, jobLog] = answers as [Db2Answer, Db2Answer, Db2Answer];
	const statusRows = tableRows(status, ['STATUS', 'ACTIVE'], ([value, active]) => ({status: value ?? null, active: active ?? null}));
	return {
		// Exactly one row: the join with SYSDUMMY1 always gives one.
		status:
			'rows' in statusRows
				? statusRows.rows.length === 1
					? {rows: statusRows.rows[0]!}
					: {problem: {text: `db2 answered ${statusRows.rows.length} status rows where one was expected`}}
				: statusRows,
		brmsLog: tableRows(brmsLog, BRMS_LOG_COLUMNS, brmsLogRow),
		jobLog: tableRows(jobLog, JOB_LOG_COLUMNS, jobLogRow),
	};
}

export function readEndAnswer(output: string, job: string): EndAnswer {
	return readEndAnswers(parseDb2Answers(output, 4), job);
}

/** The answers to endStatements, in order. */
export function readEndAnswers(answers: readonly Db2Answer[], job: string): EndAnswer {
	const [brmsLog, jobLog, endedJob, history] = answers as [Db2Answer, Db2Answer, Db2Answer, Db2Answer];
	const endCodes = tableRows(endedJob, ['JOB_END_CODE'], ([code]) => (code !== null && code !== undefined && /^-?\d+$/.test(code) ? Number(code) : undefined));
	const tokens = tableRows(history, ['TOKENS'], ([hex]) => hex ?? '');
	return {
		brmsLog: tableRows(brmsLog, BRMS_LOG_COLUMNS, brmsLogRow),
		jobLog: tableRows(jobLog, JOB_LOG_COLUMNS, jobLogRow),
		endCode: endCodeAnswer(endCodes, tokens, job),
	};
}

/** ENDED_JOB_INFO where the host has it, else CPF1164's tokens; said which. */
function endCodeAnswer(endedJob: QueryAnswer<number[]>, history: QueryAnswer<string[]>, job: string): EndAnswer['endCode'] {
	if ('rows' in endedJob && endedJob.rows.length > 0) return {rows: {endCode: endedJob.rows.at(-1)!, from: 'ENDED_JOB_INFO'}};
	if ('rows' in history) {
		const codes = history.rows.map(hex => endCodeFromTokens(hex, job));
		const code = codes.findLast(each => each !== undefined);
		if (code !== undefined) return {rows: {endCode: code, from: 'CPF1164'}};
		if (history.rows.length > 0) return {problem: {text: "CPF1164's message data did not read as brms-tui expects (its layout is unverified)"}};
	}
	if ('problem' in history) return history;
	return {problem: {text: 'no CPF1164 for the job in the history log'}};
}

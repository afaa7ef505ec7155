// F7's read of the job schedule on a real IBM i: QSYS2.SCHEDULED_JOB_INFO (IBM's documented SQL
// service for WRKJOBSCDE's entries), the entries whose command is STRBKUBRM, through db2 in QSH
// (db2.ts). Columns as IBM's page for the view names them; the rows the caller may not see in
// full come back with nulls (no *JOBCTL), shown blank.

import type {ScheduledJob, ScheduledJobsAnswer} from '../../domain/job-schedule.js';
import {db2Script, describeProblem, parseDb2Answers} from './db2.js';

export const SCHEDULED_JOB_COLUMNS = [
	'SCHEDULED_JOB_NAME',
	'STATUS',
	'FREQUENCY',
	'SCHEDULED_DATE_VALUE',
	'SCHEDULED_DAYS',
	'SCHEDULED_TIME',
	'NEXT_SUBMISSION_DATE',
	'DESCRIPTION',
	'COMMAND_STRING',
] as const;

/** The statement: BRMS's jobs on the schedule, by name (the command last: it may be long). */
export const SCHEDULED_JOBS_SQL = `SELECT ${SCHEDULED_JOB_COLUMNS.join(', ')} FROM QSYS2.SCHEDULED_JOB_INFO WHERE UPPER(COMMAND_STRING) LIKE '%STRBKUBRM%' ORDER BY SCHEDULED_JOB_NAME`;

export function scheduledJobsScript(): string {
	return db2Script([SCHEDULED_JOBS_SQL]);
}

export function readScheduledJobs(output: string): ScheduledJobsAnswer {
	const [answer] = parseDb2Answers(output, 1);
	if (!answer?.ok) return {ok: false, problem: answer ? describeProblem(answer.problem) : 'no answer'};
	if (answer.columns.length > 0 && answer.columns.join(' ') !== SCHEDULED_JOB_COLUMNS.join(' '))
		return {ok: false, problem: `db2 answered with columns ${answer.columns.join(', ')} where ${SCHEDULED_JOB_COLUMNS.join(', ')} were asked for`};
	const jobs = answer.rows.map(
		([job, status, frequency, date, days, time, next, text, command]): ScheduledJob => ({
			job: job ?? '',
			status: status ?? '',
			frequency: frequency ?? '',
			date: date ?? '',
			days: days ?? '',
			time: time ?? '',
			nextSubmission: next ?? null,
			text: text ?? '',
			command: command ?? '',
		}),
	);
	return {ok: true, jobs};
}

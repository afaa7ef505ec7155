// What F7 on WRKCTLGBRM ("Work with BRM scheduled jobs") draws: the job schedule's entries that
// run STRBKUBRM, in the columns of IBM i's "Work with Job Schedule Entries" (WRKJOBSCDE), and with
// F11 their command and text. No IBM figure of either panel is in brms.md: the layout is a
// reconstruction [K] following §0.1 (title centred, system name at 70, headings over two rows,
// More.../Bottom at the lower right, keys on rows 22-23). Unverified [K]: the column positions,
// the status abbreviations (SCD, HLD, SAV) and "USER DEF" for a list of days. The Opt column of
// WRKJOBSCDE is left out: changing the host's schedule stays on the IBM i.

import type {ScheduledJob} from '../../domain/job-schedule.js';
import {BLUE, type FunctionKeyLabel, GREEN, type PanelSize, scrollIndicatorRun, textRun, titleRuns, WHITE} from '../../ui/layout.js';
import type {Run} from '../../ui/screen/model.js';
import {hasMore, type SubfileWindow, visibleIndexes} from '../../ui/subfile.js';

export const TITLE = 'Work with BRM Scheduled Jobs';
const FIRST_ROW = 8;
/** Entries on one page: rows 8-20. */
export const PAGE_SIZE = 13;

export type ScheduledJobsView = {
	systemName: string;
	/** Undefined until the host answered. */
	jobs: readonly ScheduledJob[] | undefined;
	/** F11: the schedule's columns, or each job's command and text. */
	view: 'schedule' | 'command';
	top: number;
};

export function window(state: ScheduledJobsView): SubfileWindow {
	return {top: state.top, pageSize: PAGE_SIZE, total: state.jobs?.length ?? 0};
}

export function functionKeys(state: ScheduledJobsView): FunctionKeyLabel[] {
	return [
		{key: 'F3', label: 'Exit'},
		{key: 'F5', label: 'Refresh'},
		{key: 'F11', label: state.view === 'schedule' ? 'Display command' : 'Display schedule'},
		{key: 'F12', label: 'Cancel'},
	];
}

const STATUS: Readonly<Record<string, string>> = {SCHEDULED: 'SCD', HELD: 'HLD', SAVED: 'SAV'};

/** The schedule date column: a date, *MONTHSTR/*MONTHEND, or the days (USER DEF when they do not fit). */
export function scheduleDate(job: ScheduledJob): string {
	if (job.date !== 'SCHEDULED_DAYS') return job.date;
	return job.days.length <= 9 ? job.days : 'USER DEF';
}

function line(job: ScheduledJob, view: ScheduledJobsView['view'], width: number): string {
	if (view === 'command') return `${job.job.padEnd(12)}${job.command}`.slice(0, width);
	return [
		job.job.padEnd(12),
		(STATUS[job.status] ?? job.status).padEnd(7),
		scheduleDate(job).padEnd(10),
		job.time.padEnd(10),
		job.frequency.padEnd(10),
		job.nextSubmission ?? '',
	]
		.join('')
		.slice(0, width);
}

export function body(state: ScheduledJobsView, size: PanelSize): Run[] {
	const runs: Run[] = [
		...titleRuns(TITLE, state.systemName, size),
		textRun(3, 2, 'Press Enter to continue.', BLUE),
		textRun(4, 2, `Job schedule entries that run STRBKUBRM on ${state.systemName}`, BLUE),
	];
	if (state.view === 'schedule')
		runs.push(
			textRun(6, 14, '       -----Schedule------             Next', WHITE),
			textRun(7, 2, 'Job         Status Date      Time      Frequency Submit Date', WHITE),
		);
	else runs.push(textRun(7, 2, 'Job         Command', WHITE));
	const jobs = state.jobs ?? [];
	for (const [row, index] of visibleIndexes(window(state)).entries()) {
		const job = jobs[index]!;
		runs.push(textRun(FIRST_ROW + row, 2, line(job, state.view, size.cols - 2), GREEN));
	}
	if (state.jobs) runs.push(scrollIndicatorRun(FIRST_ROW + PAGE_SIZE, hasMore(window(state))));
	return runs;
}

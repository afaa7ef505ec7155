// The demo system's submitted job: it waits on the job queue, runs, walks the group's entries
// writing BRMS-log-style lines, and ends — so trainees see a backup followed to its end.
// Lines name the step, not an IBM message ID, except BRM1380/BRM1049 (the "probable" start and
// end IDs of brms.md §5.3 [?]).
// The run honours the submitted command's STRSEQ (only the entries in the range) and SCDTIME
// (shown as scheduled on the job queue) — brms.md §5.1; demoRunOf reads them from the CL text.

import type {ControlGroup} from '../../domain/control-group.js';
import {FollowingStopped, type JobEnd, type JobProgress} from '../../domain/job-follow.js';
import {clParameter, parseStartingSequence, sequenceRange} from '../../domain/strbkubrm.js';

/** Milliseconds per step; BRMS_TUI_DEMO_STEP_MS makes it faster (tests) or slower (classes). */
export function demoStepMs(env: NodeJS.ProcessEnv = process.env): number {
	const value = Number(env['BRMS_TUI_DEMO_STEP_MS']);
	return Number.isFinite(value) && value >= 0 ? value : 400;
}

/** What of the submitted STRBKUBRM the simulated job uses. */
export type DemoRun = {
	/** STRSEQ as numbers: *FIRST is 1, *LAST 9999 (the range of a sequence number). */
	sequence: {start: number; end: number};
	/** SCDTIME as hh:mm:ss; absent for *IMMED (the default), when the job is released at once. */
	scheduledAt?: string;
};

export const IMMEDIATE_RUN: DemoRun = {sequence: {start: 1, end: 9999}};

/**
 * The STRSEQ and SCDTIME of a STRBKUBRM command (brms.md §5.1). STRSEQ is an element list
 * (start 1-9999 or *FIRST, end 1-9999 or *LAST, default *FIRST *LAST); as for any CL element
 * list, an element left out takes its default, so STRSEQ(30) is STRSEQ(30 *LAST). SCDTIME is a
 * time (hhmmss; hhmm and hh:mm:ss are read too) or *IMMED, the default; a value the demo cannot
 * read as a time of day runs at once, as *IMMED.
 */
export function demoRunOf(clCommand: string): DemoRun {
	const typed = parseStartingSequence(clParameter(clCommand, 'STRSEQ') ?? '');
	const range = 'keyword' in typed ? IMMEDIATE_RUN.sequence : sequenceRange(typed);
	// A bound the demo cannot read is left at its default (the prompt refuses such a command).
	const sequence = {start: Math.max(range.start, 1), end: range.end >= 1 ? range.end : 9999};
	const time = (clParameter(clCommand, 'SCDTIME') ?? '').replace(/^'(.*)'$/, '$1').replace(/[:.,]/g, '');
	const digits = /^\d{4}$/.test(time) ? `${time}00` : time;
	const valid = /^([01]\d|2[0-3])[0-5]\d[0-5]\d$/.test(digits);
	return valid ? {sequence, scheduledAt: `${digits.slice(0, 2)}:${digits.slice(2, 4)}:${digits.slice(4, 6)}`} : {sequence};
}

export async function followDemoJob(
	job: string,
	group: ControlGroup | undefined,
	progress: (step: JobProgress) => void,
	stepMs = demoStepMs(),
	signal?: AbortSignal,
	run: DemoRun = IMMEDIATE_RUN,
): Promise<JobEnd> {
	// Stopped following: the simulated job, like a real one, is not told.
	const wait = async (ms: number) => {
		await new Promise(resolve => setTimeout(resolve, ms));
		if (signal?.aborted) throw new FollowingStopped();
	};
	// With SCDTIME the real job stays on the job queue until that time of day. The demo shows it
	// as scheduled and then releases it after one step: a trainee practising a submission should
	// not have to wait hours for the walk through the entries.
	progress({
		status: '*JOBQ',
		line: run.scheduledAt
			? `Job ${job} is scheduled to start at ${run.scheduledAt} on job queue QBATCH; the demo system starts it now.`
			: `Job ${job} is waiting on job queue QBATCH.`,
	});
	await wait(stepMs);
	if (!group) {
		progress({status: '*OUTQ', line: 'The control group no longer exists on the demo system.'});
		return {outcome: 'ended', endCode: 20, summary: `Job ${job} ended abnormally (end code 20).`};
	}
	progress({status: '*ACTIVE', line: `BRM1380: Control group ${group.name} type *BKU processing started.`});
	const {start, end} = run.sequence;
	const entries = group.entries.filter(entry => entry.seq >= start && entry.seq <= end).sort((a, b) => a.seq - b.seq);
	for (const entry of entries) {
		await wait(stepMs);
		const what =
			entry.item === '*EXIT' ? `Exit ${entry.exitCommand ?? '(no command)'} processed` : `${entry.item}${entry.listType ? ` (${entry.listType})` : ''} saved`;
		progress({status: '*ACTIVE', line: `Seq ${entry.seq}: ${what}.`});
	}
	await wait(stepMs);
	progress({status: '*OUTQ', line: `BRM1049: Control group ${group.name} type *BKU processing is complete.`});
	return {outcome: 'ended', endCode: 0, summary: `Job ${job} ended normally (end code 0).`};
}

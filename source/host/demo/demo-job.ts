// The demo system's submitted job: it waits on the job queue, runs, walks the group's entries
// writing BRMS-log-style lines, and ends — so trainees see a backup followed to its end.
// Lines name the step, not an IBM message ID, except BRM1380/BRM1049 (the "probable" start and
// end IDs of brms.md §5.3 [?]).

import type {ControlGroup} from '../../domain/control-group.js';
import {FollowingStopped, type JobEnd, type JobProgress} from '../../domain/job-follow.js';

/** Milliseconds per step; BRMS_TUI_DEMO_STEP_MS makes it faster (tests) or slower (classes). */
export function demoStepMs(env: NodeJS.ProcessEnv = process.env): number {
	const value = Number(env['BRMS_TUI_DEMO_STEP_MS']);
	return Number.isFinite(value) && value >= 0 ? value : 400;
}


export async function followDemoJob(job: string, group: ControlGroup | undefined, progress: (step: JobProgress) => void, stepMs = demoStepMs(), signal?: AbortSignal): Promise<JobEnd> {
	// Stopped following: the simulated job, like a real one, is not told.
	const wait = async (ms: number) => {
		await new Promise(resolve => setTimeout(resolve, ms));
		if (signal?.aborted) throw new FollowingStopped();
	};
	progress({status: '*JOBQ', line: `Job ${job} is waiting on job queue QBATCH.`});
	await wait(stepMs);
	if (!group) {
		progress({status: '*OUTQ', line: 'The control group no longer exists on the demo system.'});
		return {outcome: 'ended', endCode: 20, summary: `Job ${job} ended abnormally (end code 20).`};
	}
	progress({status: '*ACTIVE', line: `BRM1380: Control group ${group.name} type *BKU processing started.`});
	for (const entry of [...group.entries].sort((a, b) => a.seq - b.seq)) {
		await wait(stepMs);
		const what = entry.item === '*EXIT' ? `Exit ${entry.exitCommand ?? '(no command)'} processed` : `${entry.item}${entry.listType ? ` (${entry.listType})` : ''} saved`;
		progress({status: '*ACTIVE', line: `Seq ${entry.seq}: ${what}.`});
	}
	await wait(stepMs);
	progress({status: '*OUTQ', line: `BRM1049: Control group ${group.name} type *BKU processing is complete.`});
	return {outcome: 'ended', endCode: 0, summary: `Job ${job} ended normally (end code 0).`};
}

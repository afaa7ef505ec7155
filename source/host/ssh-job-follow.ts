// Follows a submitted job over an open SSH session until it leaves the system: one QSH exec per
// poll (status, new BRMS log rows, new job-log messages), then one for the last rows and the end
// code (ibmi-ssh.md §2.3, state machine JOBQ → ACTIVE (MSGW: needs a reply) → ended), and BRMS's
// verdict read from them (domain/job-follow.ts). A lost connection, or a status that cannot be
// read several times in a row, ends the following with "outcome unknown" and the job's name —
// never with success.

import {isQualifiedJobName} from '../domain/ibmi-names.js';
import {describeProblem, FollowingStopped, type JobEnd, type JobProgress, readEnd, readPoll, readSoFar, startFollowing} from '../domain/job-follow.js';
import {QSH} from './ibmi/db2.js';
import {endScript, pollScript, readEndAnswer, readPollAnswer} from './ibmi/job-queries.js';
import type {SshSession} from './ssh-transport.js';

export type FollowTiming = {
	/** Between polls while the job waits or runs (ibmi-ssh.md §4.5: 5–15 s). */
	pollMs: number;
	/** One poll may take this long before its outcome counts as unknown. */
	commandMs: number;
	/** Polls in a row that may fail (no status could be read) before following gives up. */
	failuresAllowed: number;
};

/** BRMS_TUI_FOLLOW_POLL_MS shortens the poll interval (tests). */
export function followTiming(env: NodeJS.ProcessEnv = process.env): FollowTiming {
	const poll = Number(env['BRMS_TUI_FOLLOW_POLL_MS']);
	return {pollMs: Number.isFinite(poll) && poll >= 0 ? poll : 10_000, commandMs: 45_000, failuresAllowed: 5};
}

export async function followOverSsh(
	session: SshSession,
	job: string,
	systemName: string,
	progress: (step: JobProgress) => void,
	timing: FollowTiming,
	signal?: AbortSignal,
): Promise<JobEnd> {
	if (!isQualifiedJobName(job)) return {outcome: 'unknown', summary: `"${job}" is not a job name brms-tui can follow; check the job on the host.`};
	const unknown = (reason: string): JobEnd => ({outcome: 'unknown', summary: `Outcome unknown (job ${job}): ${reason}. Check the job on the host.`});
	const pause = async (ms: number) => {
		await new Promise(resolve => setTimeout(resolve, ms));
		if (signal?.aborted) throw new FollowingStopped();
	};
	let state = startFollowing(job, systemName);
	let failures = 0;
	for (;;) {
		const run = await session.exec(QSH, {stdin: pollScript(job, readSoFar(state)), timeoutMs: timing.commandMs});
		if (signal?.aborted) throw new FollowingStopped();
		if (run.outcome === 'unknown') return unknown(run.reason ?? 'the connection ended');
		const reading = readPoll(state, readPollAnswer(run.stdout));
		if ('problem' in reading) {
			// The status could not be read: back off; give up after a few in a row.
			failures += 1;
			if (failures >= timing.failuresAllowed) return unknown(`the job status could not be read (${describeProblem(reading.problem)})`);
			await pause(timing.pollMs * 2 ** failures);
			continue;
		}
		failures = 0;
		state = reading.state;
		for (const step of reading.steps) progress(step);
		if (reading.left) break;
		await pause(timing.pollMs);
	}
	const run = await session.exec(QSH, {stdin: endScript(job, readSoFar(state)), timeoutMs: timing.commandMs});
	if (run.outcome === 'unknown') return unknown(`the job has ended, but ${run.reason ?? 'the connection ended'}`);
	const {steps, end} = readEnd(state, readEndAnswer(run.stdout, job));
	for (const step of steps) progress(step);
	return end;
}

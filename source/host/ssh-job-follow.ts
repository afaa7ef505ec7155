// Follows a submitted job over an open SSH session until it leaves the system: one QSH exec per
// poll (status + new BRMS log lines), then one for the end code (ibmi-ssh.md §2.3, state machine
// JOBQ → ACTIVE (MSGW: needs a reply) → ended). A lost connection ends the following with
// "outcome unknown" and the job's name — never with success.

import {
	endScript,
	FollowingStopped,
	isQualifiedJobName,
	type JobEnd,
	type JobProgress,
	parsePollAnswer,
	pollScript,
	QSH,
	readEnd,
	readPoll,
	startFollowing,
} from '../domain/job-follow.js';
import type {SshSession} from './ssh-transport.js';

export type FollowTiming = {
	/** Between polls while the job waits or runs (ibmi-ssh.md §4.5: 5–15 s). */
	pollMs: number;
	/** One poll may take this long before its outcome counts as unknown. */
	commandMs: number;
	/** Polls in a row that may fail (no status came back) before following gives up. */
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
	let state = startFollowing(job);
	let failures = 0;
	for (;;) {
		const run = await session.exec(QSH, {stdin: pollScript(job, state), timeoutMs: timing.commandMs});
		if (signal?.aborted) throw new FollowingStopped();
		if (run.outcome === 'unknown') return unknown(run.reason ?? 'the connection ended');
		const answer = parsePollAnswer(`${run.stdout}\n${run.stderr}`);
		if (!answer.status) {
			// No status at all: the query failed. Back off; give up after a few in a row.
			failures += 1;
			if (failures >= timing.failuresAllowed) return unknown(`the job status could not be read (${answer.sqlErrors[0] ?? `qsh exit status ${run.exitCode}`})`);
			await pause(timing.pollMs * 2 ** failures);
			continue;
		}
		failures = 0;
		const read = readPoll(state, answer);
		state = read.state;
		for (const step of read.steps) progress(step);
		if (read.left) break;
		await pause(timing.pollMs);
	}
	const run = await session.exec(QSH, {stdin: endScript(job, state), timeoutMs: timing.commandMs});
	if (run.outcome === 'unknown') return unknown(`the job has ended, but ${run.reason ?? 'the connection ended'}`);
	const {steps, end} = readEnd(state, parsePollAnswer(`${run.stdout}\n${run.stderr}`));
	for (const step of steps) progress({...step, status: '*OUTQ'});
	return end;
}

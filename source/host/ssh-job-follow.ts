// Follows submitted jobs over an open SSH session until they leave the system: each round is one
// QSH exec holding every job's statements (status, new BRMS log rows, new job-log messages; or,
// for a job that has left, its last rows and end code) — so jobs followed together cost one
// exec a round on one connection, not one each (ibmi-ssh.md §2.3, state machine JOBQ → ACTIVE
// (MSGW: needs a reply) → ended) — and BRMS's verdict read from them (domain/job-follow.ts). A
// lost connection, or a status that cannot be read several times in a row, ends a job's following
// with "outcome unknown" and its name — never with success.

import {isQualifiedJobName} from '../domain/ibmi-names.js';
import {
	describeProblem,
	FollowingStopped,
	type FollowState,
	type JobEnd,
	type JobProgress,
	type JobsEvent,
	readEnd,
	readPoll,
	readSoFar,
	startFollowing,
} from '../domain/job-follow.js';
import {db2Script, parseDb2Answers, QSH} from './ibmi/db2.js';
import {endStatements, pollStatements, readEndAnswers, readPollAnswers} from './ibmi/job-queries.js';
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

/** Where one job stands: still polled, left (its end read next round), or done. */
type Followed = {job: string; state: FollowState; failures: number; phase: 'polling' | 'ending' | 'done'};

export async function followJobsOverSsh(
	session: SshSession,
	jobs: readonly string[],
	systemName: string,
	onEvent: (event: JobsEvent) => void,
	timing: FollowTiming,
	signal?: AbortSignal,
): Promise<void> {
	const unknown = (job: string, reason: string): JobEnd => ({
		outcome: 'unknown',
		summary: `Outcome unknown (job ${job}): ${reason}. Check the job on the host.`,
	});
	const followed: Followed[] = [];
	for (const job of new Set(jobs)) {
		if (isQualifiedJobName(job)) followed.push({job, state: startFollowing(job, systemName), failures: 0, phase: 'polling'});
		else onEvent({job, end: {outcome: 'unknown', summary: `"${job}" is not a job name brms-tui can follow; check the job on the host.`}});
	}
	const finish = (each: Followed, end: JobEnd) => {
		each.phase = 'done';
		onEvent({job: each.job, end});
	};
	const pause = async (ms: number) => {
		await new Promise(resolve => setTimeout(resolve, ms));
		if (signal?.aborted) throw new FollowingStopped();
	};
	for (;;) {
		const active = followed.filter(each => each.phase !== 'done');
		if (active.length === 0) return;
		const statements = active.map(each => (each.phase === 'polling' ? pollStatements : endStatements)(each.job, readSoFar(each.state)));
		const run = await session.exec(QSH, {stdin: db2Script(statements.flat()), timeoutMs: timing.commandMs});
		if (signal?.aborted) throw new FollowingStopped();
		if (run.outcome === 'unknown') {
			const reason = run.reason ?? 'the connection ended';
			for (const each of active) finish(each, unknown(each.job, each.phase === 'ending' ? `the job has ended, but ${reason}` : reason));
			return;
		}
		const answers = parseDb2Answers(
			run.stdout,
			statements.reduce((sum, each) => sum + each.length, 0),
		);
		let at = 0;
		let backoff = 0;
		for (const [index, each] of active.entries()) {
			const mine = answers.slice(at, at + statements[index]!.length);
			at += statements[index]!.length;
			const report = (steps: readonly JobProgress[]) => {
				for (const step of steps) onEvent({job: each.job, step});
			};
			if (each.phase === 'ending') {
				const {steps, end} = readEnd(each.state, readEndAnswers(mine, each.job));
				report(steps);
				finish(each, end);
				continue;
			}
			const reading = readPoll(each.state, readPollAnswers(mine));
			if ('problem' in reading) {
				// The status could not be read: back off; give up after a few in a row.
				each.failures += 1;
				if (each.failures >= timing.failuresAllowed) finish(each, unknown(each.job, `the job status could not be read (${describeProblem(reading.problem)})`));
				else backoff = Math.max(backoff, each.failures);
				continue;
			}
			each.failures = 0;
			each.state = reading.state;
			report(reading.steps);
			// Its end is read in the next round, at once.
			if (reading.left) each.phase = 'ending';
		}
		if (followed.some(each => each.phase === 'ending')) continue;
		if (followed.every(each => each.phase === 'done')) return;
		// Every job still polled failed this round: wait longer, as one job alone does.
		const allFailed = followed.filter(each => each.phase === 'polling').every(each => each.failures > 0);
		await pause(allFailed ? timing.pollMs * 2 ** backoff : timing.pollMs);
	}
}

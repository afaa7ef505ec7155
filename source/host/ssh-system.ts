// A real IBM i reached over SSH: its name on line 1, CL commands (STRBKUBRM, ADDJOBSCDE) run
// through the PASE system utility, and a submitted job followed over the same connection (one
// session, opened on first use, checked for a shell that writes to stdout, ended by close()).

import type {StatusProblem} from '../domain/backup-status.js';
import {addJobScheduleEntryCommand} from '../domain/job-schedule.js';
import type {BrmsHost, CommandRun, JobEnd} from './host.js';
import {QSH} from './ibmi/db2.js';
import {readScheduledJobs, scheduledJobsScript} from './ibmi/scheduled-jobs.js';
import {SHELL_CHECK_LINE, shellOutputProblem} from './ibmi/shell-check.js';
import {lastRunsScript, readLastRuns, readRunLog, runLogScript} from './ibmi/status-query.js';
import {parseMessages, systemExecLine} from './ibmi/system-utility.js';
import {type FollowTiming, followJobsOverSsh, followTiming} from './ssh-job-follow.js';
import {openSshSession, SshRefused, type SshRun, type SshSecrets, type SshSession, type SshTarget, type SshTimeouts, type SshTrust} from './ssh-transport.js';

export type SshAccess = {target: SshTarget; trust: SshTrust; secrets: SshSecrets; timeouts?: SshTimeouts; follow?: FollowTiming};

/** Opens the session and checks, with one echo, that nothing else writes to stdout (shell-check.ts). */
async function openCheckedSession(access: SshAccess): Promise<SshSession> {
	const session = await openSshSession(access.target, access.trust, access.secrets, access.timeouts);
	const check = await session.exec(SHELL_CHECK_LINE, {timeoutMs: access.timeouts?.commandMs ?? 30_000});
	const problem =
		check.outcome === 'unknown'
			? `${access.target.host} did not answer a plain echo (${check.reason ?? 'no answer'}). Nothing was sent.`
			: shellOutputProblem(check.stdout, access.target);
	if (problem) {
		session.close();
		throw new SshRefused('shell-output', problem);
	}
	return session;
}

export function sshSystem(profile: {name: string}, access?: SshAccess): BrmsHost {
	const systemName = profile.name.toUpperCase().slice(0, 8);
	let session: Promise<SshSession> | undefined;
	const connected = async (): Promise<SshSession> => {
		if (!access) throw new Error(`System ${profile.name} was opened without SSH access.`);
		// A refused sign-on is not kept: the next command tries again (the key may be accepted then).
		session ??= openCheckedSession(access).catch(error => {
			session = undefined;
			throw error;
		});
		const open = await session;
		if (!open.closed) return open;
		session = undefined;
		return connected();
	};
	const runCommand = async (clCommand: string): Promise<CommandRun> => {
		const run = await (await connected()).exec(systemExecLine(clCommand));
		const messages = [...parseMessages(run.stdout, 'stdout'), ...parseMessages(run.stderr, 'stderr')];
		return {outcome: run.outcome, exitCode: run.exitCode, messages, ...(run.reason ? {reason: run.reason} : {})};
	};
	const followJobs: BrmsHost['followJobs'] = async (jobs, onEvent, signal) => {
		// Over the connection the commands ran on; if it is gone, following says so.
		const open = session ? await session.catch(() => undefined) : undefined;
		if (!open || open.closed) {
			for (const job of jobs)
				onEvent({job, end: {outcome: 'unknown', summary: `Outcome unknown (job ${job}): the connection to ${profile.name} ended. Check the job on the host.`}});
			return;
		}
		await followJobsOverSsh(open, jobs, systemName, onEvent, access?.follow ?? followTiming(), signal);
	};
	/** One QSH script on the connection (opened if need be); a host that cannot be asked is a problem, not an exception. */
	const ask = async <T>(script: string, read: (output: string) => T | {problem: StatusProblem}): Promise<T | {problem: StatusProblem}> => {
		let run: SshRun;
		try {
			run = await (await connected()).exec(QSH, {stdin: script, timeoutMs: access?.timeouts?.commandMs ?? 45_000});
		} catch (error) {
			if (error instanceof SshRefused) return {problem: {kind: 'unreachable', text: error.message}};
			throw error;
		}
		if (run.outcome === 'unknown')
			return {problem: {kind: 'noAnswer', text: `${profile.name.toUpperCase()} did not answer: ${run.reason ?? 'the connection ended'}.`}};
		return read(run.stdout);
	};
	return {
		systemName,
		kind: 'ssh',
		runCommand,
		async addJobScheduleEntry(entry) {
			const command = addJobScheduleEntryCommand(entry);
			return {...(await runCommand(command)), command};
		},
		async listScheduledJobs() {
			const run = await (await connected()).exec(QSH, {stdin: scheduledJobsScript(), timeoutMs: access?.timeouts?.commandMs ?? 30_000});
			if (run.outcome === 'unknown') return {ok: false, problem: `${profile.name} did not answer (${run.reason ?? 'no answer'}).`};
			return readScheduledJobs(run.stdout);
		},
		async followJob(job, progress, signal) {
			let end: JobEnd | undefined;
			await followJobs(
				[job],
				event => {
					if ('step' in event) progress(event.step);
					else end = event.end;
				},
				signal,
			);
			return end ?? {outcome: 'unknown', summary: `Outcome unknown (job ${job}): its end was not seen. Check the job on the host.`};
		},
		followJobs,
		lastRuns: query => ask(lastRunsScript(query), output => readLastRuns(output, systemName)),
		runLog: run => ask(runLogScript(run), output => readRunLog(output, systemName)),
		close() {
			void session?.then(
				open => open.close(),
				() => {},
			);
			session = undefined;
		},
	};
}

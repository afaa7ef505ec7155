// A real IBM i reached over SSH: its name on line 1, CL commands (STRBKUBRM, ADDJOBSCDE) run
// through the PASE system utility, and a submitted job followed over the same connection (one
// session, opened on first use, checked for a shell that writes to stdout, ended by close()).

import type {StatusProblem} from '../domain/backup-status.js';
import {addJobScheduleEntryCommand} from '../domain/job-schedule.js';
import type {BrmsHost, CommandRun, JobEnd} from './host.js';
import {QSH} from './ibmi/db2.js';
import {readScheduledJobs, scheduledJobsScript} from './ibmi/scheduled-jobs.js';
import {checkedLine, GO, SHELL_CHECK_LINE, SHELL_CHECK_MARKER, shellOutputProblem} from './ibmi/shell-check.js';
import {lastRunsScript, readLastRuns, readRunLog, runLogScript} from './ibmi/status-query.js';
import {parseMessages, systemExecLine} from './ibmi/system-utility.js';
import {type FollowTiming, followJobsOverSsh, followTiming} from './ssh-job-follow.js';
import {openSshSession, SshRefused, type SshRun, type SshSecrets, type SshSession, type SshTarget, type SshTimeouts, type SshTrust} from './ssh-transport.js';

export type SshAccess = {target: SshTarget; trust: SshTrust; secrets: SshSecrets; timeouts?: SshTimeouts; follow?: FollowTiming};

const checkRefusal = (problem: string) => new SshRefused('shell-output', problem);

/** Checks, with one echo, that nothing else writes to stdout (shell-check.ts); closes the session if something does. */
async function checkShell(session: SshSession, access: SshAccess): Promise<void> {
	const check = await session.exec(SHELL_CHECK_LINE, {timeoutMs: access.timeouts?.commandMs ?? 30_000});
	const problem =
		check.outcome === 'unknown'
			? `${access.target.host} did not answer a plain echo (${check.reason ?? 'no answer'}). Nothing was run.`
			: shellOutputProblem(check.stdout, access.target);
	if (problem) {
		session.close();
		throw checkRefusal(problem);
	}
}

export function sshSystem(profile: {name: string}, access?: SshAccess): BrmsHost {
	const systemName = profile.name.toUpperCase().slice(0, 8);
	let session: Promise<SshSession> | undefined;
	/** Sessions whose shell was found to write nothing of its own (shell-check.ts). */
	const checked = new WeakSet<SshSession>();
	/** The session, signed on (its shell not yet checked, maybe). */
	const signedOn = async (): Promise<SshSession> => {
		if (!access) throw new Error(`System ${profile.name} was opened without SSH access.`);
		// A refused sign-on is not kept: the next command tries again (the key may be accepted then).
		session ??= openSshSession(access.target, access.trust, access.secrets, access.timeouts).catch(error => {
			session = undefined;
			throw error;
		});
		const open = await session;
		if (!open.closed) return open;
		session = undefined;
		return signedOn();
	};
	/** The session with its shell checked: a query's script goes to qsh's standard input, so the check is an exec of its own. */
	const connected = async (): Promise<SshSession> => {
		const open = await signedOn();
		if (!checked.has(open)) {
			await checkShell(open, access!).catch(error => {
				session = undefined;
				throw error;
			});
			checked.add(open);
		}
		return open;
	};
	const runCommand = async (clCommand: string): Promise<CommandRun> => {
		const open = await signedOn();
		let run: SshRun;
		if (checked.has(open)) run = await open.exec(systemExecLine(clCommand));
		else {
			// The first command on the connection: the check in the same exec, the command run only once it passed.
			let problem: string | undefined;
			let answered = false;
			run = await open.exec(checkedLine(systemExecLine(clCommand)), {
				gate: {
					marker: SHELL_CHECK_MARKER,
					answer: before => {
						answered = true;
						problem = shellOutputProblem(`${before}${SHELL_CHECK_MARKER}\n`, access!.target);
						return problem ? undefined : GO;
					},
				},
			});
			if (!answered && run.outcome === 'completed') problem = shellOutputProblem(run.stdout, access!.target);
			if (problem) {
				open.close();
				session = undefined;
				throw checkRefusal(problem);
			}
			if (answered) checked.add(open);
		}
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

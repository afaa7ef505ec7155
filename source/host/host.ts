// What brms-tui needs from an IBM i — every action that touches a host goes through here. Two
// implementations: the built-in demo system and an ssh2 connection to a real host.

import type {LastRunsAnswer, RunLogAnswer, StatusQuery} from '../domain/backup-status.js';
import type {CommandRun, ScheduleRun} from '../domain/command-run.js';
import type {JobEnd, JobProgress, JobsEvent} from '../domain/job-follow.js';
import type {ScheduledJobsAnswer, ScheduleEntry} from '../domain/job-schedule.js';

export type {CommandRun, JobEnd, JobProgress, JobsEvent, ScheduleRun};

export type BrmsHost = {
	/** The system name shown at the right of line 1 (8 characters at most). */
	readonly systemName: string;
	readonly kind: 'demo' | 'ssh';
	/** Runs one CL command and returns every message it sent, as the PASE system utility does. */
	runCommand(clCommand: string): Promise<CommandRun>;
	/**
	 * Adds the job-schedule entry (ADDJOBSCDE, built from the checked entry) on this host and
	 * returns what the host said: over SSH the command runs there; the demo system records it in
	 * its own job scheduler. Nothing else ever records a schedule entry.
	 */
	addJobScheduleEntry(entry: ScheduleEntry): Promise<ScheduleRun>;
	/** The BRMS jobs (STRBKUBRM) on this host's job schedule, as the host says (F7). */
	listScheduledJobs(): Promise<ScheduledJobsAnswer>;
	/**
	 * Follows a submitted job (number/user/name) until it ends, reporting its status and its
	 * BRMS log lines as they come; an aborted signal stops the following (not the job).
	 */
	followJob(job: string, progress: (step: JobProgress) => void, signal?: AbortSignal): Promise<JobEnd>;
	/**
	 * Follows several jobs together (one connection, one query round for all of them): each
	 * step and each job's end as it comes; resolves when every job has ended. An aborted signal
	 * stops the following of all of them (the jobs go on) and rejects with FollowingStopped.
	 */
	followJobs(jobs: readonly string[], onEvent: (event: JobsEvent) => void, signal?: AbortSignal): Promise<void>;
	/** The last run of each control group, from the host's BRMS log (one query). */
	lastRuns(query: StatusQuery): Promise<LastRunsAnswer>;
	/** The BRMS log lines of one run: its job's lines from its start (yyyy-mm-ddThh:mm:ss) on. */
	runLog(run: {job: string; start: string}): Promise<RunLogAnswer>;
	/** Ends the connection, if there is one. */
	close(): void;
};

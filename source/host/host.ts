// What brms-tui needs from an IBM i. Two implementations: the built-in demo system and
// an ssh2 connection to a real host.

import type {CommandRun} from '../domain/command-run.js';
import type {JobEnd, JobProgress} from '../domain/job-follow.js';

export type {CommandRun, JobEnd, JobProgress};

export type BrmsHost = {
	/** The system name shown at the right of line 1 (8 characters at most). */
	readonly systemName: string;
	readonly kind: 'demo' | 'ssh';
	/** Runs one CL command and returns every message it sent, as the PASE system utility does. */
	runCommand(clCommand: string): Promise<CommandRun>;
	/**
	 * Follows a submitted job (number/user/name) until it ends, reporting its status and its
	 * BRMS log lines as they come; an aborted signal stops the following (not the job).
	 */
	followJob(job: string, progress: (step: JobProgress) => void, signal?: AbortSignal): Promise<JobEnd>;
	/** Ends the connection, if there is one. */
	close(): void;
};

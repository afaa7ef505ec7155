// What brms-tui needs from an IBM i. Two implementations: the built-in demo system and (later)
// an ssh2 connection to a real host.

import type {ControlGroup} from '../domain/control-group.js';
import type {HostMessage} from '../domain/strbkubrm.js';

export type BrmsHost = {
	/** The system name shown at the right of line 1 (8 characters at most). */
	readonly systemName: string;
	readonly kind: 'demo' | 'ssh';
	/**
	 * The control groups a new local store starts from. BRMS offers no supported way to read a
	 * group's definition (brms.md §6), so for a real host this is what BRMS ships.
	 */
	initialControlGroups(): ControlGroup[];
	/** Runs one CL command and returns every message it sent, as the PASE system utility does. */
	runCommand(clCommand: string): Promise<CommandRun>;
	/**
	 * Follows a submitted job (number/user/name) until it ends, reporting its status and its
	 * BRMS log lines as they come. Absent where following is not available.
	 */
	followJob?(job: string, progress: (step: JobProgress) => void): Promise<JobEnd>;
};

export type JobProgress = {status: '*JOBQ' | '*ACTIVE' | '*OUTQ'; line?: string};

export type JobEnd = {
	/** ended: the job's end was seen; unknown: following stopped before it (connection lost). */
	outcome: 'ended' | 'unknown';
	/** IBM i end code: 0 normal, 10 normal during controlled end, 20+ abnormal. */
	endCode?: number;
	summary: string;
};

export type CommandRun = {
	/** completed: the end was seen; unknown: it was not (connection lost, no answer). */
	outcome: 'completed' | 'unknown';
	exitCode: number | null;
	messages: HostMessage[];
	reason?: string;
};

// What running one CL command on a host gave back: every message it sent, its exit status, and
// whether the end was seen at all (never a success not seen). Both hosts return it; the
// panels and the CLI read it.

import type {HostMessage} from './strbkubrm.js';

export type CommandRun = {
	/** completed: the end was seen; unknown: it was not (connection lost, no answer). */
	outcome: 'completed' | 'unknown';
	exitCode: number | null;
	messages: HostMessage[];
	reason?: string;
};

/** What a host gave back for ADDJOBSCDE, with the command it was sent (shown with its messages). */
export type ScheduleRun = CommandRun & {command: string};

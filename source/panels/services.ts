// What the BRMS panels ask of the world — the store and the host — as one interface. Panels
// never call it: their handlers return effects (effects.ts), the runtime carries them out
// against this interface, and cli/services.ts implements it over a system's store and host.
// Everything the store can refuse comes back as a value (a StoreFailure), never as an exception.

import type {RunLogAnswer, SystemStatus} from '../domain/backup-status.js';
import type {ChangeStep} from '../domain/change-sheet.js';
import type {CommandRun, ScheduleRun} from '../domain/command-run.js';
import type {ControlGroup} from '../domain/control-group.js';
import type {JobEnd, JobProgress, JobsEvent} from '../domain/job-follow.js';
import type {ScheduleEntry} from '../domain/job-schedule.js';
import type {Question} from '../ui/panel/panel.js';

/** A group as stored, with the revision a later save must name. */
export type StoredGroup = {group: ControlGroup; revision: number};

/** Why the store did not make a change; each has one message (failureMessage in effects.ts). */
export type StoreFailure =
	/** Another running copy saved, created or deleted the group since it was read. */
	| {kind: 'changed' | 'exists' | 'deleted'; group: string}
	/** Another running copy held the store's lock too long. */
	| {kind: 'locked'}
	/** The file is damaged, or from a newer brms-tui; it was left as it is. */
	| {kind: 'damaged'; path: string}
	/** Anything else the file system said (no space, no permission). */
	| {kind: 'failed'; detail: string};

export type Saved = {ok: true; revision: number} | {ok: false; failure: StoreFailure};
export type Done = {ok: true} | {ok: false; failure: StoreFailure};

/** Backup Status for the current system, or across every system (from Select System). */
export type StatusScope = 'system' | 'all';

/** A system to change to (F22). */
export type SystemChoice = {id: string; name: string; where: string};

export type Services = {
	// The local store of this system.
	/** Every group, in the order WRKCTLGBRM lists them. */
	listGroups(): ControlGroup[];
	readGroup(name: string): StoredGroup | undefined;
	/** `startedFrom`: the revision the edit started from, null for a new group. */
	saveGroup(group: ControlGroup, startedFrom: number | null): Saved;
	deleteGroup(name: string, startedFrom: number): Done;
	/** What to key on the host so that it holds the local group (empty: nothing). */
	changeSheet(group: string): ChangeStep[];
	/** The host now holds the local group (the operator keyed the change sheet). */
	markApplied(group: string): Done;
	// The host.
	/** Runs one CL command; the host may ask the operator (a host key, a password). */
	runCommand(command: string, ask: (question: Question) => Promise<string | undefined>): Promise<CommandRun>;
	/**
	 * Adds the job-schedule entry on the host (ADDJOBSCDE, built from the checked entry): what
	 * the host said, with the command it was sent. Never recorded locally.
	 */
	addScheduleEntry(entry: ScheduleEntry, ask: (question: Question) => Promise<string | undefined>): Promise<ScheduleRun>;
	followJob(job: string, progress: (step: JobProgress) => void, signal: AbortSignal): Promise<JobEnd>;
	/** Follows several jobs together (one connection): each step and each end as it comes; resolves when all have ended. */
	followJobs(jobs: readonly string[], onEvent: (event: JobsEvent) => void, signal: AbortSignal): Promise<void>;
	/**
	 * The last run of each control group from the BRMS log: of this system (which may ask the
	 * operator), or of every system at the same time, each within its own time limit (asking nobody).
	 */
	backupStatus(scope: StatusScope, ask: (question: Question) => Promise<string | undefined>): Promise<SystemStatus[]>;
	/** The BRMS log lines of one run, on this system (`system` undefined) or on the one named (its id). */
	runLog(system: string | undefined, run: {job: string; start: string}, ask: (question: Question) => Promise<string | undefined>): Promise<RunLogAnswer>;
	// Other systems.
	systems(): SystemChoice[];
	/** Leaves this system for another: the panels start anew there. */
	switchSystem(id: string): void;
};

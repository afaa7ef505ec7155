// What the BRMS panels ask of the world — the store and the host — as one interface. Panels
// never call it: their handlers return effects (effects.ts), the runtime carries them out
// against this interface, and cli/services.ts implements it over a system's store and host.
// Everything the store can refuse comes back as a value (a StoreFailure), never as an exception.

import type {RunLogAnswer, SystemStatus} from '../domain/backup-status.js';
import type {ChangeStep} from '../domain/change-sheet.js';
import type {CommandRun, ScheduleRun} from '../domain/command-run.js';
import type {ControlGroup} from '../domain/control-group.js';
import type {JobEnd, JobProgress, JobsEvent} from '../domain/job-follow.js';
import type {ScheduledJobsAnswer, ScheduleEntry} from '../domain/job-schedule.js';
import type {BackupPolicy, MediaPolicy} from '../domain/policies.js';
import type {Question} from '../ui/panel/panel.js';

/** A group as stored, with the revision a later save must name. */
export type StoredGroup = {group: ControlGroup; revision: number};

/** Why the store did not make a change; each has one message (failureMessage in effects.ts). */
export type StoreFailure =
	/** Another running copy saved, created or deleted the group since it was read. */
	| {kind: 'changed' | 'exists' | 'deleted'; group: string}
	/** Another running copy held the store's lock too long. */
	| {kind: 'locked'}
	/** The lock file is not brms-tui's, cannot be read or made, or was taken over mid-save. */
	| {kind: 'lockUnusable'; path: string; detail: string}
	/** The file is damaged, or from a newer brms-tui; it was left as it is. */
	| {kind: 'damaged'; path: string}
	/** The file system of the store is full; the store was left as it was. */
	| {kind: 'noSpace'; folder: string}
	/** Anything else the file system said (no permission, a read-only file system …). */
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
	/** The host now holds the local group (the operator keyed the change sheet), and the backup policy. */
	markApplied(group: string): Done;
	/** This system's media policies (F4 on a media policy), by name. */
	mediaPolicies(): MediaPolicy[];
	/** This system's backup policy as kept locally (what *BKUPCY takes). */
	backupPolicy(): BackupPolicy;
	saveBackupPolicy(backupPolicy: BackupPolicy): Done;
	// The host.
	/** Runs one CL command; the host may ask the operator (a host key, a password). */
	runCommand(command: string, ask: (question: Question) => Promise<string | undefined>): Promise<CommandRun>;
	/**
	 * Adds the job-schedule entry on the host (ADDJOBSCDE, built from the checked entry): what
	 * the host said, with the command it was sent. Never recorded locally.
	 */
	addScheduleEntry(entry: ScheduleEntry, ask: (question: Question) => Promise<string | undefined>): Promise<ScheduleRun>;
	/** The BRMS jobs on the host's job schedule (F7), as the host says. */
	listScheduledJobs(ask: (question: Question) => Promise<string | undefined>): Promise<ScheduledJobsAnswer>;
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

/** A lesson as the Lessons list shows it, with the trainee's status. */
export type LessonRow = {
	id: string;
	title: string;
	status: 'not started' | 'in progress' | 'done';
	/** The step of the attempt in progress (1-based). */
	step?: number;
	steps: number;
	/** Not startable yet: why. */
	later?: string;
};

/** A lesson as 5=Show shows it. */
export type LessonDetail = {id: string; title: string; summary: string[]; steps: Array<{text: string[]}>; source: string; later?: string};

/** What the Lessons panels ask of the classroom (cli/classroom.tsx): the lessons, and starting one. */
export type LessonServices = {
	lessons(): LessonRow[];
	lesson(id: string): {lesson: LessonDetail; status: string} | undefined;
	/** Makes the lesson's sandbox anew and opens its panels (this list goes); why not, if it cannot. */
	startLesson(id: string): string | undefined;
};

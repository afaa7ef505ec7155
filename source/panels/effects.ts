// The BRMS panels' effects: what a panel asks of the store and the host, as values the runtime
// carries out (with cli's Services). Each names the message its answer comes back as, so a
// panel's results are its own typed union. Store reads and writes are calls (answered before
// the next key); the host's work is a task (the keyboard waits; Ctrl+C stops the waiting).

import type {RunLogAnswer, SystemStatus} from '../domain/backup-status.js';
import type {ChangeStep} from '../domain/change-sheet.js';
import type {CommandRun, ScheduleRun} from '../domain/command-run.js';
import type {ControlGroup} from '../domain/control-group.js';
import type {JobEnd, JobProgress, JobsEvent} from '../domain/job-follow.js';
import type {ScheduledJobsAnswer, ScheduleEntry} from '../domain/job-schedule.js';
import {type Message, message} from '../domain/messages.js';
import type {BackupPolicy, MediaPolicy} from '../domain/policies.js';
import type {Effect, Question} from '../ui/panel/panel.js';
import type {BrmsEffect} from './brms-panel.js';
import type {Done, LessonDetail, LessonRow, LessonServices, Saved, Services, StatusScope, StoredGroup, StoreFailure, SystemChoice} from './services.js';

export function listGroups<Msg>(reply: (groups: ControlGroup[]) => Msg): BrmsEffect<Msg> {
	return {type: 'call', call: env => reply(env.listGroups())};
}

/** The groups as stored now, in the order asked; a group no longer there is left out. */
export function readGroups<Msg>(names: readonly string[], reply: (groups: StoredGroup[]) => Msg): BrmsEffect<Msg> {
	return {type: 'call', call: env => reply(names.flatMap(name => env.readGroup(name) ?? []))};
}

export function readGroup<Msg>(name: string, reply: (group: StoredGroup | undefined) => Msg): BrmsEffect<Msg> {
	return {type: 'call', call: env => reply(env.readGroup(name))};
}

export function saveGroup<Msg>(group: ControlGroup, startedFrom: number | null, reply: (saved: Saved) => Msg): BrmsEffect<Msg> {
	return {type: 'call', call: env => reply(env.saveGroup(group, startedFrom))};
}

export type Deleted = {deleted: string[]; failure?: StoreFailure};

/** Deletes the groups in order; the first one the store refuses stops it (the rest stay). */
export function deleteGroups<Msg>(groups: readonly StoredGroup[], reply: (result: Deleted) => Msg): BrmsEffect<Msg> {
	return {
		type: 'call',
		call: env => {
			const deleted: string[] = [];
			for (const {group, revision} of groups) {
				const done = env.deleteGroup(group.name, revision);
				if (!done.ok) return reply({deleted, failure: done.failure});
				deleted.push(group.name);
			}
			return reply({deleted});
		},
	};
}

export function changeSheetOf<Msg>(group: string, reply: (steps: ChangeStep[]) => Msg): BrmsEffect<Msg> {
	return {type: 'call', call: env => reply(env.changeSheet(group))};
}

export function markApplied<Msg>(group: string, reply: (done: Done) => Msg): BrmsEffect<Msg> {
	return {type: 'call', call: env => reply(env.markApplied(group))};
}

/** This system's backup policy and media policies, as its store keeps them. */
export function readPolicies<Msg>(reply: (backupPolicy: BackupPolicy, mediaPolicies: MediaPolicy[]) => Msg): BrmsEffect<Msg> {
	return {type: 'call', call: env => reply(env.backupPolicy(), env.mediaPolicies())};
}

export function saveBackupPolicy<Msg>(backupPolicy: BackupPolicy, reply: (done: Done) => Msg): BrmsEffect<Msg> {
	return {type: 'call', call: env => reply(env.saveBackupPolicy(backupPolicy))};
}

export function listSystems<Msg>(reply: (systems: SystemChoice[]) => Msg): BrmsEffect<Msg> {
	return {type: 'call', call: env => reply(env.systems())};
}

export function switchSystem<Msg>(id: string, reply: () => Msg): BrmsEffect<Msg> {
	return {
		type: 'call',
		call: env => {
			env.switchSystem(id);
			return reply();
		},
	};
}

// The Lessons panels' calls, on the classroom (brms-tui learn).

export function listLessons<Msg>(reply: (lessons: LessonRow[]) => Msg): Effect<Msg, never, LessonServices> {
	return {type: 'call', call: env => reply(env.lessons())};
}

export function readLesson<Msg>(id: string, reply: (lesson: LessonDetail | undefined, status: string) => Msg): Effect<Msg, never, LessonServices> {
	return {
		type: 'call',
		call: env => {
			const found = env.lesson(id);
			return reply(found?.lesson, found?.status ?? '');
		},
	};
}

/** Starts the lesson (its panels replace the list); the reply says why not, if it could not. */
export function startLesson<Msg>(id: string, reply: (refused: string | undefined) => Msg): Effect<Msg, never, LessonServices> {
	return {type: 'call', call: env => reply(env.startLesson(id))};
}

/** What a host task's end comes back as: its answer, or why there is none. */
export type HostAnswer<T> = {ok: true; value: T} | {ok: false; stopped: boolean; error: string};

/** Runs a CL command on the host (a task: the keyboard waits; the host may ask the operator). */
export function runCommand<Msg>(command: string, reply: (answer: HostAnswer<CommandRun>) => Msg): BrmsEffect<Msg> {
	return {
		type: 'task',
		task: {
			run: (env, {ask}) => env.runCommand(command, ask).then(value => reply({ok: true, value})),
			stopped: reply({ok: false, stopped: true, error: 'stopped'}),
			failed: error => reply({ok: false, stopped: false, error: error.message}),
		},
	};
}

/** Adds a job-schedule entry on the host (a task, as runCommand: the host's answer, or why there is none). */
export function addScheduleEntry<Msg>(entry: ScheduleEntry, reply: (answer: HostAnswer<ScheduleRun>) => Msg): BrmsEffect<Msg> {
	return {
		type: 'task',
		task: {
			run: (env, {ask}) => env.addScheduleEntry(entry, ask).then(value => reply({ok: true, value})),
			stopped: reply({ok: false, stopped: true, error: 'stopped'}),
			failed: error => reply({ok: false, stopped: false, error: error.message}),
		},
	};
}

/** The BRMS jobs on the host's job schedule (a task: over SSH it is a query on the host). */
export function listScheduledJobs<Msg>(reply: (answer: HostAnswer<ScheduledJobsAnswer>) => Msg): BrmsEffect<Msg> {
	return {
		type: 'task',
		task: {
			run: (env, {ask}) => env.listScheduledJobs(ask).then(value => reply({ok: true, value})),
			stopped: reply({ok: false, stopped: true, error: 'stopped'}),
			failed: error => reply({ok: false, stopped: false, error: error.message}),
		},
	};
}

/** Follows a submitted job to its end, each status and log line as a progress message. */
export function followJob<Msg>(job: string, progress: (step: JobProgress) => Msg, reply: (answer: HostAnswer<JobEnd>) => Msg): BrmsEffect<Msg> {
	return {
		type: 'task',
		task: {
			run: (env, context) => env.followJob(job, step => context.progress(progress(step)), context.signal).then(value => reply({ok: true, value})),
			stopped: reply({ok: false, stopped: true, error: 'stopped'}),
			failed: error => reply({ok: false, stopped: false, error: error.message}),
		},
	};
}

/** A host task whose answer or failure becomes one message (the keyboard waits; Ctrl+C stops the waiting). */
function hostTask<T, Msg>(
	run: (env: Services, ask: (question: Question) => Promise<string | undefined>) => Promise<T>,
	reply: (answer: HostAnswer<T>) => Msg,
): BrmsEffect<Msg> {
	return {
		type: 'task',
		task: {
			run: (env, {ask}) => run(env, ask).then(value => reply({ok: true, value})),
			stopped: reply({ok: false, stopped: true, error: 'stopped'}),
			failed: error => reply({ok: false, stopped: false, error: error.message}),
		},
	};
}

/** The last run of each group, of this system or of every system. */
export function backupStatus<Msg>(scope: StatusScope, reply: (answer: HostAnswer<SystemStatus[]>) => Msg): BrmsEffect<Msg> {
	return hostTask((env, ask) => env.backupStatus(scope, ask), reply);
}

/** One run's BRMS log lines. */
export function runLog<Msg>(system: string | undefined, run: {job: string; start: string}, reply: (answer: HostAnswer<RunLogAnswer>) => Msg): BrmsEffect<Msg> {
	return hostTask((env, ask) => env.runLog(system, run, ask), reply);
}

/** A command of several sent in turn (several groups at once): its group, the command and what the host said. */
export type GroupRun = {group: string; command: string; run: CommandRun};

/** Runs the commands in turn on the host (one connection), each group's answer as it comes. */
export function runCommands<Msg>(commands: ReadonlyArray<{group: string; command: string}>, reply: (answer: HostAnswer<GroupRun[]>) => Msg): BrmsEffect<Msg> {
	return hostTask(async (env, ask) => {
		const runs: GroupRun[] = [];
		for (const {group, command} of commands) runs.push({group, command, run: await env.runCommand(command, ask)});
		return runs;
	}, reply);
}

/** Follows several jobs together: each step or end as a progress message; the task ends when all have. */
export function followJobs<Msg>(jobs: readonly string[], progress: (event: JobsEvent) => Msg, reply: (answer: HostAnswer<void>) => Msg): BrmsEffect<Msg> {
	return {
		type: 'task',
		task: {
			run: (env, context) => env.followJobs(jobs, event => context.progress(progress(event)), context.signal).then(() => reply({ok: true, value: undefined})),
			stopped: reply({ok: false, stopped: true, error: 'stopped'}),
			failed: error => reply({ok: false, stopped: false, error: error.message}),
		},
	};
}

/** The one message for each way the store can refuse or fail a change. */
export function failureMessage(failure: StoreFailure): Message {
	switch (failure.kind) {
		case 'changed':
			return message('storeGroupChanged', failure.group);
		case 'exists':
			return message('storeGroupExists', failure.group);
		case 'deleted':
			return message('storeGroupDeleted', failure.group);
		case 'locked':
			return message('storeLocked');
		case 'damaged':
			return message('storeDamaged', failure.path);
		case 'lockUnusable':
			return message('storeLockUnusable', failure.path, failure.detail);
		case 'noSpace':
			return message('storeNoSpace', failure.folder);
		case 'failed':
			return message('storeFailed', failure.detail);
	}
}

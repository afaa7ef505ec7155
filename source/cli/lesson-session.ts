// One lesson being done: its sandbox (a demo system of its own: store, job scheduler and host,
// made anew in the store's folder on each start; nothing touches --system demo or a real system),
// what its host ran and what happened on its panels since the step began, and the trainee's
// progress, which moves on as soon as the step's check passes (domain/lessons/lesson-checks.ts).

import {rmSync} from 'node:fs';
import {join} from 'node:path';
import type {Lesson} from '../domain/lessons/lesson.js';
import {evaluate, type HostRecord, type Observation, type PanelRecord} from '../domain/lessons/lesson-checks.js';
import {hintsShown, isFinished, type LessonProgress, nextHint, sandboxGroups, startAttempt, stepChecked, touched} from '../domain/lessons/progress.js';
import {clParameter, submittedJob} from '../domain/strbkubrm.js';
import {createDemoSystem} from '../host/demo/demo-system.js';
import {demoJobSchedule} from '../host/demo/job-schedule.js';
import type {BrmsHost, JobEnd, JobProgress} from '../host/host.js';
import type {BrmsInstance} from '../panels/brms-panel.js';
import type {LessonView} from '../panels/lessons/pane.js';
import {COMMANDS, OPTIONS, PANEL_IDS, PANELS} from '../panels/registry.js';
import type {Services} from '../panels/services.js';
import {workWithControlGroups} from '../panels/work-with-control-groups/panel.js';
import {ControlGroupStore} from '../store/control-group-store.js';
import {ensureFolder} from '../store/durable-file.js';
import type {LessonProgressStore} from '../store/lesson-progress.js';
import {storeLocation} from '../store/location.js';
import {type PanelEvent, type PanelStack, screenOf, topFrame} from '../ui/panel/runtime.js';
import {SCREEN_24X80, toCells} from '../ui/screen/model.js';
import {systemServices} from './services.js';
import {policyStoreOf} from './system.js';

/** The sandbox's system ID in its own folder (one store file, as --system demo has). */
const SANDBOX_SYSTEM = 'demo';

/** Where a trainee's sandbox of a lesson is kept (beside the store; made anew on each start). */
export function sandboxFolder(storeFolder: string, trainee: string, lessonId: string): string {
	return join(storeFolder, 'lesson-sandboxes', trainee, lessonId.toLowerCase());
}

/** The host of the sandbox, telling the lesson what it ran, which jobs ran and how they ended. */
function recordingHost(host: BrmsHost, record: (each: HostRecord) => void): BrmsHost {
	const groupOfJob = new Map<string, string>();
	return {
		...host,
		runCommand: async command => {
			const run = await host.runCommand(command);
			const job = submittedJob(run.messages);
			if (job) groupOfJob.set(job, (clParameter(command, 'CTLGRP') ?? '').toUpperCase());
			record({kind: 'command', at: Date.now(), command, exitCode: run.exitCode ?? -1, messageIds: run.messages.map(each => each.id), ...(job ? {job} : {})});
			return run;
		},
		followJob: async (job, progress, signal) => {
			const seen = jobSeen(job);
			const end = await host.followJob(
				job,
				step => {
					seen.step(step);
					progress(step);
				},
				signal,
			);
			seen.end(end);
			return end;
		},
		// Several jobs followed together (Running Backups): each recorded as followJob records one.
		followJobs: async (jobs, onEvent, signal) => {
			const seen = new Map(jobs.map(job => [job, jobSeen(job)]));
			await host.followJobs(
				jobs,
				event => {
					if ('step' in event) seen.get(event.job)?.step(event.step);
					else seen.get(event.job)?.end(event.end);
					onEvent(event);
				},
				signal,
			);
		},
	};

	/** Records a job's first *ACTIVE step (or its end, if none was seen) as the time it became active, then its end. */
	function jobSeen(job: string) {
		const group = groupOfJob.get(job) ?? job.split('/')[2] ?? '';
		let active = false;
		const activate = () => {
			if (active) return;
			active = true;
			record({kind: 'jobActive', at: Date.now(), job, group});
		};
		return {
			step: (step: JobProgress) => {
				if (step.status === '*ACTIVE') activate();
			},
			end: (end: JobEnd) => {
				activate();
				record({kind: 'jobEnded', at: Date.now(), job, group, outcome: end.outcome});
			},
		};
	}
}

/** A panel event in the lesson's words. */
function panelRecord(event: PanelEvent): PanelRecord {
	switch (event.kind) {
		case 'help':
			return {kind: 'help', panel: event.panelId, title: event.title};
		case 'valueList':
			return {kind: 'valueList', panel: event.panelId, title: event.title};
		case 'valueChosen':
			return {kind: 'valueChosen', panel: event.panelId, title: event.title, value: event.value};
		case 'message':
			return {kind: 'message', panel: event.panelId, id: event.messageId};
		case 'messageHelp':
			return {kind: 'messageHelp', panel: event.panelId, id: event.messageId};
	}
}

const titleOf = (panel: string) => {
	const known = PANEL_IDS.find(each => each === panel);
	return known ? PANELS[known].title : panel;
};

export type LessonSessionOptions = {
	lesson: Lesson;
	trainee: string;
	progress: LessonProgressStore;
	/** The folder the sandboxes are made in (the store's). */
	storeFolder: string;
	env?: NodeJS.ProcessEnv;
	now?: () => Date;
};

export class LessonSession {
	readonly lesson: Lesson;
	readonly initial: BrmsInstance<never>;
	readonly services: Services;
	private readonly store: ControlGroupStore;
	private readonly host: BrmsHost;
	private readonly trainee: string;
	private readonly progressStore: LessonProgressStore;
	private readonly started: ReturnType<ControlGroupStore['list']>;
	private readonly now: () => Date;
	private progress: LessonProgress;
	private hostRecords: HostRecord[] = [];
	private panelRecords: PanelRecord[] = [];
	private screen: Observation['screen'];
	private listeners = new Set<() => void>();
	/** The step just passed, until the next keystroke (the 80x24 reminder). */
	stepDone: number | undefined;

	constructor({lesson, trainee, progress, storeFolder, env = process.env, now = () => new Date()}: LessonSessionOptions) {
		this.lesson = lesson;
		this.trainee = trainee;
		this.progressStore = progress;
		this.now = now;
		const home = sandboxFolder(storeFolder, trainee, lesson.id);
		rmSync(home, {recursive: true, force: true});
		ensureFolder(home);
		const sandboxEnv = {...env, BRMS_TUI_HOME: home};
		const groups = sandboxGroups(lesson.start);
		// The sandbox's demo host holds what its store applied, as --system demo does; its seed is on it.
		this.store = new ControlGroupStore({systemId: SANDBOX_SYSTEM, seed: () => groups, seedIsOnHost: true, env: sandboxEnv});
		const store = this.store;
		this.host = recordingHost(
			createDemoSystem(() => store.appliedGroups(), demoJobSchedule(storeLocation(sandboxEnv))),
			each => this.recorded(each),
		);
		this.started = this.store.list();
		// The demo host asks nothing (no host key, no password): setAsk has nothing to keep.
		const base = systemServices(
			{id: SANDBOX_SYSTEM, host: this.host, store: this.store, policies: policyStoreOf(SANDBOX_SYSTEM, 'demo', sandboxEnv)},
			{env: sandboxEnv, setAsk: () => {}, switchSystem: () => {}},
		);
		// A lesson stays on its sandbox: F22 lists only it.
		this.services = {...base, systems: () => [{id: SANDBOX_SYSTEM, name: this.host.systemName, where: `the sandbox of lesson ${lesson.id}`}]};
		this.initial = workWithControlGroups({
			systemName: this.host.systemName,
			systemId: SANDBOX_SYSTEM,
			options: OPTIONS,
			commands: COMMANDS,
			canSelectSystem: false,
		});
		this.progress = startAttempt(progress.lessons(trainee)[lesson.id], lesson, now());
		this.progressStore.save(trainee, lesson.id, this.progress);
	}

	/** Counts the changes, for React's useSyncExternalStore (a change before it subscribed is not missed). */
	version = 0;

	readonly subscribe = (listener: () => void): (() => void) => {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	};

	private changed(): void {
		this.version++;
		for (const listener of this.listeners) listener();
	}

	private save(next: LessonProgress): void {
		if (next === this.progress) return;
		this.progress = next;
		this.progressStore.save(this.trainee, this.lesson.id, next);
	}

	private recorded(record: HostRecord): void {
		this.hostRecords.push(record);
		this.check();
	}

	/** What happened on the panels, as it happens (before the stack's change). */
	panelEvent(event: PanelEvent): void {
		this.panelRecords.push(panelRecord(event));
	}

	/** Every state the panel stack goes through: the screen is read, the step checked. */
	panelStack(stack: PanelStack<Services>): void {
		if (stack.exited) return;
		const lines = toCells(screenOf(stack, SCREEN_24X80)).map(row => row.map(cell => cell.char).join(''));
		this.screen = {panel: topFrame(stack).id, lines};
		this.check();
	}

	/** A keystroke went to the panel: the reminder of a step done has been seen. */
	keyPressed(): void {
		if (this.stepDone === undefined) return;
		this.stepDone = undefined;
		this.changed();
	}

	observation(): Observation {
		return {
			groups: this.store.list(),
			started: this.started,
			host: this.hostRecords,
			panels: this.panelRecords,
			screen: this.screen,
			titleOf,
			now: Date.now(),
		};
	}

	/** Checks the current step; passed, the next one is checked at once (its outcome may be there already). */
	check(): void {
		while (!isFinished(this.progress, this.lesson)) {
			const step = this.progress.current.step;
			const result = evaluate(this.lesson.steps[step]!.check, this.observation());
			this.save(stepChecked(this.progress, this.lesson, result.differences, this.now()));
			if (!result.ok) break;
			this.stepDone = step;
			// A new step: only what happens from now on counts for it.
			this.hostRecords = [];
			this.panelRecords = [];
		}
		this.changed();
	}

	/** The hint key: the next hint of the step (undefined: none left). */
	hint(): string | undefined {
		const next = nextHint(this.progress, this.lesson, this.now());
		if (!next) return undefined;
		this.save(next.progress);
		this.changed();
		return next.hint;
	}

	/** The trainee left the lesson: the time taken so far ends now. */
	leave(): void {
		if (!isFinished(this.progress, this.lesson)) this.save(touched(this.progress, this.now()));
		this.host.close();
	}

	view(): LessonView {
		const {current} = this.progress;
		const done = isFinished(this.progress, this.lesson);
		const step = this.lesson.steps[current.step];
		const shown = hintsShown(this.progress, this.lesson);
		return {
			id: this.lesson.id,
			title: this.lesson.title,
			step: current.step,
			steps: this.lesson.steps.length,
			text: step?.text ?? [],
			hints: shown,
			hintsLeft: (step?.hints.length ?? 0) - shown.length,
			stillDifferent: current.stillDifferent,
			done,
		};
	}
}

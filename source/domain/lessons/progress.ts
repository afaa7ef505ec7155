// A trainee's progress through the lessons, as values: each lesson's current attempt (its step,
// hints used, what its step's check still finds different) and its first completion (when,
// how long it took, hints used). Pure functions move it on; the store keeps it (per trainee).

import {demoControlGroups, shippedControlGroups} from '../catalog.js';
import type {ControlGroup} from '../control-group.js';
import type {Lesson, LessonStart} from './lesson.js';

export type Attempt = {
	startedAt: string;
	/** The last time anything happened in the lesson (the time taken so far ends here). */
	activeAt: string;
	/** The step the trainee is on (0-based); the lesson's step count once done. */
	step: number;
	/** Hints shown on each step (the hint key shows the next one). */
	hintsByStep: number[];
	/** What the current step's check found still different, as last checked. */
	stillDifferent: string[];
};

export type Completion = {at: string; timeTakenMs: number; hintsUsed: number};

export type LessonProgress = {attempts: number; current: Attempt; completed?: Completion};

/** Every lesson a trainee started, by lesson ID. */
export type TraineeProgress = Record<string, LessonProgress>;

export type LessonStatus = 'not started' | 'in progress' | 'done';

export function statusOf(progress: LessonProgress | undefined): LessonStatus {
	return progress === undefined ? 'not started' : progress.completed ? 'done' : 'in progress';
}

export const hintsUsed = (attempt: Attempt) => attempt.hintsByStep.reduce((sum, each) => sum + each, 0);
const elapsed = (attempt: Attempt) => Math.max(0, Date.parse(attempt.activeAt) - Date.parse(attempt.startedAt));

/** A new attempt (the sandbox is made anew with it): from the first step, no hints. */
export function startAttempt(previous: LessonProgress | undefined, lesson: Lesson, now: Date): LessonProgress {
	const at = now.toISOString();
	return {
		attempts: (previous?.attempts ?? 0) + 1,
		current: {startedAt: at, activeAt: at, step: 0, hintsByStep: lesson.steps.map(() => 0), stillDifferent: []},
		...(previous?.completed ? {completed: previous.completed} : {}),
	};
}

/** The hint key: the next hint of the current step, if there is one left (undefined: none). */
export function nextHint(progress: LessonProgress, lesson: Lesson, now: Date): {progress: LessonProgress; hint: string} | undefined {
	const {current} = progress;
	const shown = current.hintsByStep[current.step] ?? 0;
	const hint = lesson.steps[current.step]?.hints[shown];
	if (hint === undefined) return undefined;
	const hintsByStep = current.hintsByStep.map((count, index) => (index === current.step ? count + 1 : count));
	return {progress: {...progress, current: {...current, hintsByStep, activeAt: now.toISOString()}}, hint};
}

/** The hints of the current step shown so far. */
export function hintsShown(progress: LessonProgress, lesson: Lesson): string[] {
	const {current} = progress;
	return lesson.steps[current.step]?.hints.slice(0, current.hintsByStep[current.step] ?? 0) ?? [];
}

/** The current step's check, as just evaluated: passed moves on to the next step (the last one completes the lesson). */
export function stepChecked(progress: LessonProgress, lesson: Lesson, differences: readonly string[], now: Date): LessonProgress {
	const {current} = progress;
	if (current.step >= lesson.steps.length) return progress;
	const at = now.toISOString();
	if (differences.length > 0) {
		const same = differences.length === current.stillDifferent.length && differences.every((each, index) => each === current.stillDifferent[index]);
		return same ? progress : {...progress, current: {...current, stillDifferent: [...differences], activeAt: at}};
	}
	const next: Attempt = {...current, step: current.step + 1, stillDifferent: [], activeAt: at};
	if (next.step < lesson.steps.length || progress.completed) return {...progress, current: next};
	return {...progress, current: next, completed: {at, timeTakenMs: elapsed(next), hintsUsed: hintsUsed(next)}};
}

/** The current attempt is over (the trainee left it): the time taken so far ends now. */
export function touched(progress: LessonProgress, now: Date): LessonProgress {
	return {...progress, current: {...progress.current, activeAt: now.toISOString()}};
}

export function isFinished(progress: LessonProgress, lesson: Lesson): boolean {
	return progress.current.step >= lesson.steps.length;
}

/** One row of `learn --report`: what a trainer reads to see who is stuck where. */
export type ReportRow = {
	trainee: string;
	lesson: string;
	title: string;
	status: LessonStatus;
	/** Of the completion when done; else of the attempt so far (null: never started). */
	timeTakenMs: number | null;
	hintsUsed: number;
	attempts: number;
	/** "3 of 5" — the step of the current attempt. */
	step: number | null;
	steps: number;
	/** What the step's check still finds different (empty when done). */
	failedChecks: string[];
};

export function reportRow(trainee: string, lesson: Lesson, progress: LessonProgress | undefined): ReportRow {
	const status = statusOf(progress);
	const current = progress?.current;
	return {
		trainee,
		lesson: lesson.id,
		title: lesson.title,
		status,
		timeTakenMs: progress?.completed ? progress.completed.timeTakenMs : current ? elapsed(current) : null,
		hintsUsed: progress?.completed ? progress.completed.hintsUsed : current ? hintsUsed(current) : 0,
		attempts: progress?.attempts ?? 0,
		step: current ? Math.min(current.step + 1, lesson.steps.length) : null,
		steps: lesson.steps.length,
		failedChecks: status === 'done' || !current ? [] : current.stillDifferent,
	};
}

/** The groups a lesson's sandbox starts with: the demo's (or BRMS's shipped ones), then its removals, copies and own groups. */
export function sandboxGroups(start: LessonStart): ControlGroup[] {
	let groups = start.from === 'shipped' ? shippedControlGroups() : demoControlGroups();
	groups = groups.filter(group => !start.remove.includes(group.name));
	for (const copy of start.copies) {
		const source = groups.find(group => group.name === copy.from);
		// A copy is kept as BRMS's 3=Copy makes it: every entry as it was (exit commands too).
		if (source) groups = [...groups.filter(group => group.name !== copy.to), {...structuredClone(source), name: copy.to, text: copy.text ?? source.text}];
	}
	for (const group of start.groups) groups = [...groups.filter(each => each.name !== group.name), structuredClone(group)];
	return groups;
}

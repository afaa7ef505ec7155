// `brms-tui learn`: the lessons (built in, and a trainer's own files from the lessons folder
// beside the store or --lessons DIR), the trainee (--trainee, default the login name) and
// `--report [--json]`, what a trainer reads to see who is stuck where.

import {userInfo} from 'node:os';
import {join, resolve} from 'node:path';
import {BUILT_IN_LESSONS} from '../domain/lessons/built-in.js';
import type {Lesson} from '../domain/lessons/lesson.js';
import {type ReportRow, reportRow} from '../domain/lessons/progress.js';
import {PANEL_IDS} from '../panels/registry.js';
import {LessonFilesError, readLessonFolder} from '../store/lesson-files.js';
import {type LessonProgressStore, TRAINEE_NAME} from '../store/lesson-progress.js';
import {CliError} from './cli-error.js';
import type {Output} from './data-commands.js';
import {formatTable} from './output.js';

/** The login name, as a trainee name can be kept (see TRAINEE_NAME). */
export function defaultTrainee(env: NodeJS.ProcessEnv = process.env): string {
	let name = env['USER'] ?? env['LOGNAME'] ?? '';
	if (!name) {
		try {
			name = userInfo().username;
		} catch {
			name = 'trainee';
		}
	}
	const kept = name.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 32);
	return TRAINEE_NAME.test(kept) ? kept : 'trainee';
}

export function traineeName(given: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
	if (given === undefined) return defaultTrainee(env);
	if (!TRAINEE_NAME.test(given))
		throw new CliError(2, `Trainee name ${JSON.stringify(given)} not valid: 1-32 letters, digits, '.', '_' or '-', starting with a letter or digit.`);
	return given;
}

/** The lessons folder: --lessons DIR, or "lessons" beside the store. */
export function lessonsFolder(given: string | undefined, progress: LessonProgressStore): string {
	return given === undefined ? join(progress.folder, 'lessons') : resolve(given);
}

/** Built-in lessons, then the folder's (a bad file refuses them all: exit 2, every problem with its file, line and path). */
export function loadLessons(folder: string): Lesson[] {
	try {
		return [...BUILT_IN_LESSONS, ...readLessonFolder(folder, {panels: PANEL_IDS, taken: BUILT_IN_LESSONS.map(each => each.id)}).lessons];
	} catch (error) {
		if (!(error instanceof LessonFilesError)) throw error;
		const count = error.problems.length;
		throw new CliError(2, `Lesson files refused (${count} problem${count === 1 ? '' : 's'}); nothing was started:\n${error.message}`);
	}
}

/** "12m 05s", "1h 03m": time taken as a trainer reads it. */
export function durationText(ms: number | null): string {
	if (ms === null) return '';
	const seconds = Math.round(ms / 1000);
	const hours = Math.floor(seconds / 3600);
	const minutes = Math.floor((seconds % 3600) / 60);
	return hours > 0 ? `${hours}h ${String(minutes).padStart(2, '0')}m` : `${minutes}m ${String(seconds % 60).padStart(2, '0')}s`;
}

/** Every trainee of the progress file (or only the one named), each lesson one row. */
export function reportRows(lessons: readonly Lesson[], progress: LessonProgressStore, trainee: string | undefined): ReportRow[] {
	const trainees = progress.trainees();
	const names = trainee === undefined ? Object.keys(trainees).sort() : [trainee];
	return names.flatMap(name => lessons.map(lesson => reportRow(name, lesson, trainees[name]?.[lesson.id])));
}

export function learnReport(rows: readonly ReportRow[], json: boolean, out: Output): void {
	if (json) {
		out.print(JSON.stringify(rows, null, 2));
		return;
	}
	if (rows.length === 0) {
		out.print('No trainee has started a lesson yet.');
		return;
	}
	const table = rows.map(row => ({
		Trainee: row.trainee,
		Lesson: row.lesson,
		Status: row.status === 'in progress' ? `step ${row.step} of ${row.steps}` : row.status,
		'Time taken': durationText(row.timeTakenMs),
		Hints: String(row.hintsUsed),
		Attempts: String(row.attempts),
		'Still different': row.failedChecks.join('; '),
	}));
	out.print(formatTable(table, ['Trainee', 'Lesson', 'Status', 'Time taken', 'Hints', 'Attempts', 'Still different'], out.stdout));
}

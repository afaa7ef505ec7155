// Each trainee's progress through the lessons, in lessons-progress.json beside the store: per
// trainee, per lesson, the current attempt and the first completion (domain/lessons/progress.ts).
// Written as the control-group stores are (durable-file.ts: every byte checked, fsync, read back,
// rename; mode 0600), checked against PROGRESS_SCHEMA on every read and write; a damaged file is
// named and left as it is. Opening writes nothing.

import {dirname, join} from 'node:path';
import type {LessonProgress, TraineeProgress} from '../domain/lessons/progress.js';
import {ensureFolder, readTextFile, writeFileDurably} from './durable-file.js';
import {validateProgress} from './generated/progress-validator.js';
import {storeFolder} from './location.js';
import {PROGRESS_FORMAT} from './progress-schema.js';
import {schemaProblems} from './schema-problems.js';
import {StoreFormatError} from './store-document.js';

type ProgressDocument = {format: typeof PROGRESS_FORMAT; version: 1; trainees: Record<string, TraineeProgress>};

/** A trainee's name as it may be kept and used as a folder name: letters, digits, . _ - (1-32). */
export const TRAINEE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/;

export class LessonProgressStore {
	readonly path: string;

	constructor(env: NodeJS.ProcessEnv = process.env) {
		this.path = join(storeFolder(env), 'lessons-progress.json');
	}

	/** The folder the store keeps its files in (the sandboxes and the trainer's lessons are beside them). */
	get folder(): string {
		return dirname(this.path);
	}

	private parse(text: string): ProgressDocument {
		try {
			return JSON.parse(text) as ProgressDocument;
		} catch (error) {
			throw new StoreFormatError('corrupt', this.path, (error as Error).message.replace(/\s+/g, ' '));
		}
	}

	private document(): ProgressDocument {
		const text = readTextFile(this.path);
		if (text === undefined) return {format: PROGRESS_FORMAT, version: 1, trainees: {}};
		const document = this.parse(text);
		const problems = schemaProblems(validateProgress, document);
		if (problems) throw new StoreFormatError('corrupt', this.path, problems);
		return document;
	}

	/** Every trainee's progress, by name. */
	trainees(): Record<string, TraineeProgress> {
		return this.document().trainees;
	}

	lessons(trainee: string): TraineeProgress {
		return this.trainees()[trainee] ?? {};
	}

	/** Keeps one lesson's progress of one trainee (the whole file is written anew, atomically). */
	save(trainee: string, lesson: string, progress: LessonProgress): void {
		const document = this.document();
		const next: ProgressDocument = {...document, trainees: {...document.trainees, [trainee]: {...(document.trainees[trainee] ?? {}), [lesson]: progress}}};
		const problems = schemaProblems(validateProgress, next);
		if (problems) throw new Error(`brms-tui built a lessons-progress.json its schema refuses: ${problems}`);
		ensureFolder(dirname(this.path));
		writeFileDurably(this.path, JSON.stringify(next, undefined, '\t'), {verify: text => JSON.parse(text)});
	}
}

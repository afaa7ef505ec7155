// Each trainee's progress through the lessons, in lessons-progress.json beside the store: per
// trainee, per lesson, the current attempt and the first completion (domain/lessons/progress.ts).
// Written as the other stores are (conf: temp file and rename, mode 0600), checked against
// PROGRESS_SCHEMA on every read and write; a damaged file is named and left as it is.

import {dirname} from 'node:path';
import Conf from 'conf';
import type {LessonProgress, TraineeProgress} from '../domain/lessons/progress.js';
import {validateProgress} from './generated/progress-validator.js';
import {storeLocation} from './location.js';
import {PROGRESS_FORMAT} from './progress-schema.js';
import {schemaProblems} from './schema-problems.js';
import {StoreFormatError} from './store-document.js';

type ProgressDocument = {format: typeof PROGRESS_FORMAT; version: 1; trainees: Record<string, TraineeProgress>};

/** A trainee's name as it may be kept and used as a folder name: letters, digits, . _ - (1-32). */
export const TRAINEE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/;

export class LessonProgressStore {
	private readonly conf: Conf<ProgressDocument>;
	readonly path: string;

	constructor(env: NodeJS.ProcessEnv = process.env) {
		const location = {...storeLocation(env), configName: 'lessons-progress', clearInvalidConfig: false, configFileMode: 0o600};
		// The path first (a Conf that reads nothing), so that a file damaged from the start is named.
		this.path = new Conf<Record<string, unknown>>({...location, deserialize: () => ({})}).path;
		this.conf = new Conf<ProgressDocument>({...location, deserialize: text => this.parse(text)});
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
		const stored = this.conf.store as Partial<ProgressDocument>;
		const document: ProgressDocument =
			stored.format === undefined && Object.keys(stored).length === 0 ? {format: PROGRESS_FORMAT, version: 1, trainees: {}} : (stored as ProgressDocument);
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
		this.conf.store = next;
	}
}

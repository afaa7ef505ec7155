// A trainer's own lessons: the .json, .yaml and .yml files of a lessons folder (beside the store,
// or --lessons DIR). Both kinds are read with the `yaml` parser (JSON is YAML 1.2), which keeps
// where each value stands, so a problem the lesson schema finds (domain/lessons/lesson-schema.ts)
// is said with its file, line and path. A folder with any bad file is refused as a whole: a
// trainer must not hand out a set of lessons with one silently missing.

import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import {basename, extname, join} from 'node:path';
import {isCollection, LineCounter, parseDocument} from 'yaml';
import type {Lesson} from '../domain/lessons/lesson.js';
import {pathText, readLesson} from '../domain/lessons/lesson-schema.js';

const LESSON_FILE = /\.(json|ya?ml)$/i;

/** One problem of one lesson file: where (file, line when known, path in the document) and why. */
export type LessonFileProblem = {file: string; line: number | undefined; path: string; reason: string};

export class LessonFilesError extends Error {
	constructor(readonly problems: readonly LessonFileProblem[]) {
		super(problems.map(describeProblem).join('\n'));
	}
}

export function describeProblem({file, line, path, reason}: LessonFileProblem): string {
	return `${file}${line === undefined ? '' : `:${line}`}: ${path}: ${reason}`;
}

export type LessonFolder = {folder: string; lessons: Lesson[]};

/** The folder's lessons, in file-name order; every problem of every file, or the lessons. */
export function readLessonFolder(folder: string, {panels, taken}: {panels: readonly string[]; taken: readonly string[]}): LessonFolder {
	if (!existsSync(folder)) return {folder, lessons: []};
	if (!statSync(folder).isDirectory()) throw new LessonFilesError([{file: folder, line: undefined, path: '(the folder)', reason: 'is not a folder'}]);
	const files = readdirSync(folder)
		.filter(name => LESSON_FILE.test(name))
		.sort();
	const problems: LessonFileProblem[] = [];
	const lessons: Lesson[] = [];
	for (const name of files) {
		const file = join(folder, name);
		const read = readLessonFile(file, panels);
		if ('problems' in read) problems.push(...read.problems);
		else if ([...taken, ...lessons.map(each => each.id)].includes(read.lesson.id))
			problems.push({file, line: undefined, path: 'id', reason: `another lesson is already called ${read.lesson.id}; give this one its own id`});
		else lessons.push(read.lesson);
	}
	if (problems.length > 0) throw new LessonFilesError(problems);
	return {folder, lessons};
}

function jsonSyntaxError(text: string): string | undefined {
	try {
		JSON.parse(text);
		return undefined;
	} catch (error) {
		// Node quotes the text around the error, newlines and all: the line number says where.
		return (error as Error).message.replace(/,\s*(\.\.\.)?"[\s\S]*" is not valid JSON$/, '').replace(/\s+/g, ' ');
	}
}

/** One lesson file, parsed and checked. Its lesson ID is its file name unless it names one. */
export function readLessonFile(file: string, panels: readonly string[]): {lesson: Lesson} | {problems: LessonFileProblem[]} {
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch (error) {
		return {
			problems: [{file, line: undefined, path: '(the file)', reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`}],
		};
	}
	const lineCounter = new LineCounter();
	const document = parseDocument(text, {lineCounter, prettyErrors: false, uniqueKeys: true});
	const json = /\.json$/i.test(file);
	const jsonError = json ? jsonSyntaxError(text) : undefined;
	if (document.errors.length > 0 || jsonError) {
		// The parser's first error gives the line; for a .json file JSON's own words say what is wrong.
		const line = document.errors[0] ? lineCounter.linePos(document.errors[0].pos[0]).line : undefined;
		const reason = jsonError ?? document.errors[0]!.message.split('\n')[0];
		return {problems: [{file, line, path: '(the document)', reason: `not valid ${json ? 'JSON' : 'YAML'}: ${reason}`}]};
	}
	const id = basename(file, extname(file)).toUpperCase();
	const read = readLesson(document.toJS(), {id, source: file, panels});
	if ('lesson' in read) return read;
	return {
		problems: read.problems.map(({path, reason}) => {
			// The line of the value the path names, or of the nearest part of it that is there (a missing field: its object).
			let line: number | undefined;
			for (let length = path.length; length >= 0 && line === undefined; length--) {
				const node = length === 0 ? document.contents : document.getIn(path.slice(0, length), true);
				const range = (node as {range?: [number, number, number]} | undefined)?.range;
				if (range && (length === path.length || isCollection(node))) line = lineCounter.linePos(range[0]).line;
			}
			return {file, line, path: pathText(path), reason};
		}),
	};
}

// A node:test reporter (test/run.js adds it beside the spec reporter), about whole test files:
// - each file's wall time: the ten slowest are printed at the end, so the suite's time is seen
//   where it goes, and all are kept for test/run.js, which starts the slowest files first next time;
// - the files with a failure, kept for test/run.js, which runs them again with source maps
//   (test/build-tests.js), and listed at the end.
// One reporter for both: a third reporter made node 20 warn of an EventEmitter leak at each run
// (11 'end' listeners on its TestsStream).
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {dirname, relative} from 'node:path';
import {sourceOfBuilt} from './build-tests.js';

export const TIMES_FILE = 'node_modules/.cache/brms-tui/test-file-times.json';
export const FAILED_FILE = 'node_modules/.cache/brms-tui/failed-test-files.json';

const sourceOf = file => sourceOfBuilt(relative(process.cwd(), file));

export default async function* fileReport(source) {
	const files = [];
	const failed = new Set();
	for await (const event of source) {
		const {data} = event;
		if (event.type === 'test:fail' && data.file) failed.add(sourceOf(data.file));
		// A test file, run in its own process, ends with a test:complete named by its path.
		if (event.type === 'test:complete' && data.nesting === 0 && data.file && data.name === data.file) {
			files.push({file: sourceOf(data.file), ms: Math.round(data.details.duration_ms)});
		}
	}
	const failedFiles = [...failed].sort();
	mkdirSync(dirname(FAILED_FILE), {recursive: true});
	writeFileSync(FAILED_FILE, `${JSON.stringify(failedFiles)}\n`);
	if (files.length > 0) {
		files.sort((a, b) => b.ms - a.ms);
		try {
			// Merged into the times kept: a run of a few files leaves the others' times as they were.
			const times = existsSync(TIMES_FILE) ? JSON.parse(readFileSync(TIMES_FILE, 'utf8')) : {};
			for (const {file, ms} of files) times[file] = ms;
			writeFileSync(TIMES_FILE, `${JSON.stringify(times, null, '\t')}\n`);
		} catch {
			// Only an ordering hint: a read-only checkout runs the files in name order.
		}
		yield '\nThe ten slowest test files (wall time of each; files run side by side):\n';
		for (const {file, ms} of files.slice(0, 10)) yield `${(ms / 1000).toFixed(1).padStart(7)} s  ${file}\n`;
	}
	if (failedFiles.length > 0) yield `\nThe files with a failure:\n${failedFiles.map(file => `  ${file}\n`).join('')}`;
}

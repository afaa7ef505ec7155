// A node:test reporter (test/run.js adds it beside the spec reporter): each test file's wall time.
// It prints the ten slowest at the end, so the suite's time is seen where it goes, and keeps
// them all for test/run.js, which starts the slowest files first next time.
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {dirname, relative} from 'node:path';
import {sourceOfBuilt} from './build-tests.js';

export const TIMES_FILE = 'node_modules/.cache/brms-tui/test-file-times.json';

export default async function* slowestFiles(source) {
	const files = [];
	for await (const event of source) {
		// A test file, run in its own process, ends with a test:complete named by its path.
		const {data} = event;
		if (event.type === 'test:complete' && data.nesting === 0 && data.file && data.name === data.file) {
			files.push({file: sourceOfBuilt(relative(process.cwd(), data.file)), ms: Math.round(data.details.duration_ms)});
		}
	}
	if (files.length === 0) return;
	files.sort((a, b) => b.ms - a.ms);
	try {
		// Merged into the times kept: a run of a few files leaves the others' times as they were.
		const times = existsSync(TIMES_FILE) ? JSON.parse(readFileSync(TIMES_FILE, 'utf8')) : {};
		for (const {file, ms} of files) times[file] = ms;
		mkdirSync(dirname(TIMES_FILE), {recursive: true});
		writeFileSync(TIMES_FILE, `${JSON.stringify(times, null, '\t')}\n`);
	} catch {
		// Only an ordering hint: a read-only checkout runs the files in name order.
	}
	yield '\nThe ten slowest test files (wall time of each; files run side by side):\n';
	for (const {file, ms} of files.slice(0, 10)) yield `${(ms / 1000).toFixed(1).padStart(7)} s  ${file}\n`;
}

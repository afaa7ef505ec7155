// A node:test reporter (test/run.js adds it): the test files with a failure, kept in FAILED_FILE,
// so that run.js can run them again with source maps (test/build-tests.js), and listed at the end.
import {mkdirSync, writeFileSync} from 'node:fs';
import {dirname, relative} from 'node:path';
import {sourceOfBuilt} from './build-tests.js';

export const FAILED_FILE = 'node_modules/.cache/brms-tui/failed-test-files.json';

export default async function* failedFiles(source) {
	const failed = new Set();
	for await (const event of source) {
		if (event.type === 'test:fail' && event.data.file) failed.add(sourceOfBuilt(relative(process.cwd(), event.data.file)));
	}
	mkdirSync(dirname(FAILED_FILE), {recursive: true});
	const files = [...failed].sort();
	writeFileSync(FAILED_FILE, `${JSON.stringify(files)}\n`);
	if (files.length > 0) yield `\nThe files with a failure:\n${files.map(file => `  ${file}\n`).join('')}`;
}

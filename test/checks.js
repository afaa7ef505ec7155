// What `npm test` does before the tests (`node test/run.js --checks`): build the bundle the tests
// start, type-check (TypeScript strict) and lint (Biome, warnings are errors). The three run side
// by side, beside the test files' own build, instead of one after another (~7 s of wall time
// before the first test, on 2 cores ~4 s; the type check alone is ~3 s on one core). Each one's
// output is kept and printed whole, in this order, once all have ended; if any failed, no test
// runs, so a type error is still seen before the tests, as before.
import {spawn} from 'node:child_process';
import {join} from 'node:path';

/** Each check: its name (for a failure's line) and its command, run in the checkout. */
function checks(root, colour) {
	const bin = name => join(root, 'node_modules/.bin', name);
	return [
		{name: 'npm run build', command: bin('tsx'), args: ['scripts/build.ts']},
		{
			name: 'tsc',
			command: bin('tsc'),
			args: [
				'-p',
				'tsconfig.json',
				'--noEmit',
				'--incremental',
				'--tsBuildInfoFile',
				'node_modules/.cache/brms-tui/tsc.tsbuildinfo',
				...(colour ? ['--pretty'] : []),
			],
		},
		{name: 'biome check', command: bin('biome'), args: ['check', '--error-on-warnings', ...(colour ? ['--colors=force'] : []), '.']},
	];
}

/** Starts the checks; the promise says whether all of them passed, once their output is printed. */
export function startChecks(root) {
	const colour = Boolean(process.stdout.isTTY);
	// A run that ends early (a filter that matches nothing, a test file that does not build) ends
	// the checks it started.
	const running = new Set();
	process.on('exit', () => {
		for (const child of running) child.kill();
	});
	const runs = checks(root, colour).map(
		({name, command, args}) =>
			new Promise(resolve => {
				let output = '';
				const child = spawn(command, args, {cwd: root, stdio: ['ignore', 'pipe', 'pipe']});
				running.add(child);
				child.stdout.on('data', chunk => (output += chunk));
				child.stderr.on('data', chunk => (output += chunk));
				child.on('error', error => resolve({name, code: 1, output: `${output}${error.message}\n`}));
				child.on('close', (code, signal) => {
					running.delete(child);
					resolve({name, code: code ?? 1, signal, output});
				});
			}),
	);
	return Promise.all(runs).then(results => {
		for (const {name, code, signal, output} of results) {
			process.stdout.write(output);
			if (code !== 0) process.stdout.write(`\n${name} failed (${signal ?? `exit ${code}`}): no test runs.\n`);
		}
		return results.every(({code}) => code === 0);
	});
}

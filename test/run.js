#!/usr/bin/env node
// Runs every test file under test/ with node:test, each built first from its TypeScript
// (test/build-tests.js). Node 20's --test takes no globs, so the files are listed here. CI is unset because under CI=true Ink's real renderer
// draws nothing until unmount, which the terminal tests need to see.
import {spawnSync} from 'node:child_process';
import {readdirSync, readFileSync, rmSync} from 'node:fs';
import {join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import {BUILT_TESTS, BUILT_TESTS_VARIABLE, buildTests} from './build-tests.js';
import {startChecks} from './checks.js';
import {FAILED_FILE, TIMES_FILE} from './file-report.js';
import {makeRunTempFolder} from './run-temp-folder.js';

const root = fileURLToPath(new URL('..', import.meta.url));
// `--checks` (npm test): the bundle's build, the type check and the lint run first, beside the
// test files' build (test/checks.js).
const withChecks = process.argv[2] === '--checks';
const checked = withChecks ? startChecks(root) : Promise.resolve(true);
// The tests import ink through tsx, so node_modules/ink must carry the Ink backport too (the
// bundle gets it while it is built: scripts/ink-patch.ts). patch-package applies
// patches/ink+6.8.0.patch once and finds it applied after that. It runs here, in the checkout,
// and never on an install of brms-tui (package.json has no install scripts).
const patched = spawnSync(process.execPath, [join(root, 'node_modules/patch-package/index.js')], {cwd: root, stdio: ['ignore', 'ignore', 'inherit']});
if (patched.status !== 0) process.exit(patched.status ?? 1);
const only = process.argv.slice(withChecks ? 3 : 2);
const files = [];
const walk = dir => {
	for (const entry of readdirSync(dir, {withFileTypes: true})) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) walk(path);
		else if (/\.test\.tsx?$/.test(entry.name)) files.push(relative(root, path));
	}
};
walk(join(root, 'test'));
const selected = only.length > 0 ? files.filter(file => only.some(part => file.includes(part))) : files;
// Given no file, node --test would look for tests on its own (and take this runner for one).
if (selected.length === 0) {
	console.error(`test/run.js: no test file under test/ has ${only.map(part => `"${part}"`).join(' or ')} in its path`);
	process.exit(2);
}
// Colours on, so tests can read display attributes out of ink-testing-library's frames.
// The demo's simulated backup jobs walk their steps quickly under test.
const env = {...process.env, FORCE_COLOR: '3', BRMS_TUI_DEMO_STEP_MS: '5'};
delete env.CI;
delete env.NO_COLOR;
// NODE_EXTRA_CA_CERTS makes every node start read and parse the whole certificate file (here
// /etc/ssl/certs/ca-certificates.crt: 35 ms of CPU a start, ~700 starts in a run). The tests
// talk TLS to nobody; npm in the package test gets it back (BRMS_TUI_EXTRA_CA_CERTS), for the
// registry it may have to ask.
if (env.NODE_EXTRA_CA_CERTS) env.BRMS_TUI_EXTRA_CA_CERTS = env.NODE_EXTRA_CA_CERTS;
delete env.NODE_EXTRA_CA_CERTS;
// The React the bundle ships (scripts/build.ts defines NODE_ENV as production) for the panels
// tests render in-process too: React's development build cost the app fuzzer 40% more CPU (its
// warnings were never asserted on). npm in the package test gets NODE_ENV back as it was.
env.BRMS_TUI_NODE_ENV = env.NODE_ENV ?? '';
env.NODE_ENV = 'production';
// Files run side by side (node's default on 2 cores is one at a time): most of them wait on
// programs they start (brms-tui, sshd, npm, a pty), and each has its own temporary folders,
// ports and servers. The slowest files of the last run start first (test/file-report.js
// keeps their times), so that no long file is left to run alone at the end; without times
// (a fresh clone) the folders of slow files come first.
const concurrency = Number(process.env.BRMS_TUI_TEST_CONCURRENCY) || 4;
let lastTimes = {};
try {
	lastTimes = JSON.parse(readFileSync(join(root, TIMES_FILE), 'utf8'));
} catch {
	// No earlier run.
}
const SLOW_FOLDERS = ['test/e2e/', 'test/faults/', 'test/fuzz/', 'test/cli/'];
const guess = file => lastTimes[file] ?? 1000 * (SLOW_FOLDERS.length - SLOW_FOLDERS.findIndex(folder => file.startsWith(folder)));
const ordered = [...selected].sort((a, b) => guess(b) - guess(a) || a.localeCompare(b));
const reporters = [
	'--test-reporter=spec',
	'--test-reporter-destination=stdout',
	'--test-reporter',
	join(root, 'test/file-report.js'),
	'--test-reporter-destination=stdout',
];
// The programs tests start: each test folder's fixtures/*.ts (test/helpers/test-program.ts).
const programs = readdirSync(join(root, 'test'), {withFileTypes: true})
	.filter(entry => entry.isDirectory() && entry.name !== 'fixtures')
	.flatMap(entry => {
		const folder = join('test', entry.name, 'fixtures');
		try {
			return readdirSync(join(root, folder))
				.filter(name => name.endsWith('.ts'))
				.map(name => join(folder, name));
		} catch {
			return [];
		}
	});
let built;
try {
	built = await buildTests(root, [...ordered, ...programs]);
} catch (error) {
	// esbuild has said where (its log); the checks' findings follow, then one line, no trace.
	await checked;
	console.error(`test/run.js: the test files did not build (${error.message.split('\n')[0].replace(/:$/, '')}, above): no test runs.`);
	process.exit(1);
}
if (!(await checked)) process.exit(1);
env[BUILT_TESTS_VARIABLE] = join(root, BUILT_TESTS);
// Every test has a time limit (a hang fails its test instead of stalling CI): node applies it to
// each test and to each file as a whole (so it is a file's budget); a test may set a shorter one.
const time = ['--test-timeout=300000'];
rmSync(join(root, FAILED_FILE), {force: true});
const runTemp = makeRunTempFolder();
env.TMPDIR = runTemp;
// Ctrl+C reaches the test processes as well (one process group); the folder is removed once they end.
process.on('SIGINT', () => {});
const result = spawnSync(process.execPath, ['--test', `--test-concurrency=${concurrency}`, ...time, ...reporters, ...built.slice(0, ordered.length)], {
	cwd: root,
	stdio: 'inherit',
	env,
});
// The run has no source maps (test/build-tests.js); the files that failed run again with them,
// so each failure is shown at its TypeScript line. The run's own result is the one that counts.
const failed = result.status === 0 ? [] : readFailed();
if (failed.length > 0) {
	console.log('\nThey run again, with source maps, so that each failure shows its TypeScript line:\n');
	const mapped = await buildTests(root, failed, {sourceMaps: true});
	spawnSync(process.execPath, ['--enable-source-maps', '--test', ...time, '--test-reporter=spec', ...mapped], {cwd: root, stdio: 'inherit', env});
}
rmSync(runTemp, {recursive: true, force: true});
process.exit(result.status ?? 1);

function readFailed() {
	try {
		return JSON.parse(readFileSync(join(root, FAILED_FILE), 'utf8'));
	} catch {
		return [];
	}
}

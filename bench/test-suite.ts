// `npm test` timed whole, as a developer runs it: the build, the type check, the lint and every
// test file (test/run.js). Its summary lines give the counts; a failing suite is an error, not a
// figure. Once per bench run (the suite takes minutes); not in --smoke (CI runs npm test next).

import {spawn} from 'node:child_process';
import {performance} from 'node:perf_hooks';

export type TestSuiteFigures = {wallMs: number; tests: number; slowestFiles: string[]};

export async function measureTestSuite({root}: {root: string}): Promise<TestSuiteFigures> {
	const started = performance.now();
	const child = spawn('npm', ['test'], {cwd: root, env: {...process.env, BRMS_TUI_REQUIRE_SSHD: '1'}, stdio: ['ignore', 'pipe', 'pipe']});
	let output = '';
	child.stdout.on('data', chunk => (output += chunk));
	child.stderr.on('data', chunk => (output += chunk));
	const code = await new Promise<number | null>(resolve => child.on('close', resolve));
	const wallMs = performance.now() - started;
	const count = (name: string) => Number(new RegExp(`^ℹ ${name} (\\d+)$`, 'm').exec(output)?.[1] ?? Number.NaN);
	if (code !== 0 || count('fail') !== 0 || !(count('tests') > 0)) throw new Error(`npm test failed (exit ${code}):\n${output.slice(-4000)}`);
	const slowest = output.slice(output.lastIndexOf('The ten slowest test files')).split('\n').slice(1, 4);
	return {wallMs, tests: count('tests'), slowestFiles: slowest.map(line => line.trim()).filter(Boolean)};
}

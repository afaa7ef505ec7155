// `npm test` timed whole, as a developer runs it: the build, the type check, the lint and every
// test file (test/run.js). Its summary lines give the counts; a failing suite is an error, not a
// figure. Once per bench run (the suite takes minutes); not in --smoke (CI runs npm test next).

import {spawn} from 'node:child_process';
import {performance} from 'node:perf_hooks';

export type TestSuiteFigures = {wallMs: number; tests: number; failed: number; slowestFiles: string[]};

/** `tmpdir`: the machine's own temporary folder (the bench's scratch folder is private: the tests run some programs as `nobody`). */
export async function measureTestSuite({root, tmpdir}: {root: string; tmpdir: string | undefined}): Promise<TestSuiteFigures> {
	const started = performance.now();
	const env: NodeJS.ProcessEnv = {...process.env, BRMS_TUI_REQUIRE_SSHD: '1'};
	if (tmpdir === undefined) delete env['TMPDIR'];
	else env['TMPDIR'] = tmpdir;
	const child = spawn('npm', ['test'], {cwd: root, env, stdio: ['ignore', 'pipe', 'pipe']});
	let output = '';
	child.stdout.on('data', chunk => (output += chunk));
	child.stderr.on('data', chunk => (output += chunk));
	const code = await new Promise<number | null>(resolve => child.on('close', resolve));
	const wallMs = performance.now() - started;
	const count = (name: string) => Number(new RegExp(`^ℹ ${name} (\\d+)$`, 'm').exec(output)?.[1] ?? Number.NaN);
	// A run that failed is still a figure (the budget is then missed), so the bench's other figures are not lost.
	if (!(count('tests') > 0)) throw new Error(`npm test ran no tests (exit ${code}):\n${output.slice(-4000)}`);
	const failed = code === 0 ? count('fail') : Math.max(1, count('fail') || 0);
	if (failed > 0) process.stderr.write(`bench: npm test failed (exit ${code}):\n${output.slice(-6000)}\n`);
	const slowest = output.slice(output.lastIndexOf('The ten slowest test files')).split('\n').slice(1, 4);
	return {wallMs, tests: count('tests'), failed, slowestFiles: slowest.map(line => line.trim()).filter(Boolean)};
}

// Ink, React and yoga load only for what draws with them: the full screen and the bordered
// tables printed on a terminal. Scripts' commands (list piped, show, export, submit …) start
// without them (README, Benchmarks). Seen from inside the real program: a module preloaded
// with --import reports at exit whether yoga's module was evaluated (the bundle's yoga sets
// its ready-promise on globalThis as it loads: scripts/build.ts).

import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {spawnInPty} from '../helpers/pty.js';

const PROGRAM = fileURLToPath(new URL('../../dist/brms-tui.cjs', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'brms-tui-lazy-ink-'));
const PROBE = join(folder, 'probe.mjs');
writeFileSync(
	PROBE,
	"import {writeFileSync} from 'node:fs';\nprocess.on('exit', () => writeFileSync(process.env.INK_PROBE, String(Symbol.for('brms-tui.yogaReady') in globalThis)));\n",
);

let runs = 0;
/** Whether the run loaded yoga (and so Ink): what the probe wrote at exit. */
function inkLoaded(run: (env: NodeJS.ProcessEnv) => void): boolean {
	const probe = join(folder, `run-${++runs}`);
	run({...process.env, BRMS_TUI_HOME: join(folder, 'home'), INK_PROBE: probe});
	return readFileSync(probe, 'utf8') === 'true';
}

const piped = (...args: string[]) =>
	inkLoaded(env => {
		const result = spawnSync(process.execPath, ['--import', PROBE, PROGRAM, ...args], {env, encoding: 'utf8'});
		// status exits 1 while a group has not completed (the demo's have not all run).
		assert.equal(result.stderr, '', args.join(' '));
	});

test('list, show, export, diff, submit and status in a script load no Ink', {timeout: 60_000}, () => {
	for (const args of [['list'], ['show', 'SYSWODOM'], ['export'], ['diff', 'SYSWODOM'], ['submit', 'SYSWODOM', '--no-follow'], ['status', '--json']])
		assert.equal(piped(...args), false, args.join(' '));
});

test('on a terminal, list (a bordered table) and the full screen load Ink', {timeout: 60_000}, async () => {
	const onTerminal = (args: string[], keys?: string) => {
		let session: ReturnType<typeof spawnInPty> | undefined;
		const loaded = new Promise<boolean>((resolve, reject) => {
			const probe = join(folder, `run-${++runs}`);
			session = spawnInPty(process.execPath, ['--import', PROBE, PROGRAM, ...args], {env: {BRMS_TUI_HOME: join(folder, 'home'), INK_PROBE: probe}});
			(async () => {
				if (keys) {
					await session!.waitForText('Work with Backup Control Groups');
					await session!.type(keys);
				}
				const exit = await session!.waitForExit(10_000);
				assert.equal(exit.exitCode, 0, session!.output());
				resolve(readFileSync(probe, 'utf8') === 'true');
			})().catch(reject);
		});
		return loaded.finally(() => session?.kill());
	};
	assert.equal(await onTerminal(['list']), true, 'list on a terminal');
	// F3 ends the full screen.
	assert.equal(await onTerminal([], '\u001bOR'), true, 'the full screen');
});

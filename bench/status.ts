// `brms-tui status --all` over 20 systems, timed as whole commands, beside `status --system` on
// the slowest of them alone: 20 in-process ssh2 servers playing IBM i hosts on distinct ports of
// 127.0.0.1, each answering the last-runs query after its own delay (100 ms + 10 ms per system:
// the slowest 290 ms, the sum 3.9 s). Asked at the same time, the 20 should take the slowest
// one's time plus a constant (20 sign-ons on this machine's cores), not the sum.

import {execFile} from 'node:child_process';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {performance} from 'node:perf_hooks';
import {promisify} from 'node:util';
import {db2Table} from '../test/fixtures/ibmi/formats.js';
import {LAST_RUN_COLUMNS, LAST_RUNS} from '../test/fixtures/ibmi/stand-in.js';
import {type FakeIbmi, fakeIbmiClient, startFakeIbmi} from '../test/helpers/ibmi-ssh-server.js';
import {type Summary, summary} from './statistics.js';
import {isExecutableScript} from './terminal-session.js';

const run = promisify(execFile);

export const STATUS_SYSTEMS = 20;
const delayOf = (index: number) => 100 + 10 * index;

export type StatusFigures = {
	/** `status --system` on the slowest system alone. */
	oneSystemMs: Summary;
	/** `status --all` over the 20. */
	allSystemsMs: Summary;
	slowestAnswerMs: number;
	sumOfAnswersMs: number;
};

export async function measureStatus({app, runs}: {app: string; runs: number}): Promise<StatusFigures> {
	const home = mkdtempSync(join(tmpdir(), 'brms-tui-bench-status-'));
	const env: NodeJS.ProcessEnv = {...process.env, BRMS_TUI_HOME: home, HOME: home};
	delete env['SSH_AUTH_SOCK'];
	delete env['CI'];
	const cli = async (args: string[], rows: number) => {
		const [file, argv] = isExecutableScript(app) ? [app, args] : [process.execPath, [app, ...args]];
		const started = performance.now();
		// Exit code 1: a group did not complete (the answer has one with errors and one running).
		const {stdout} = await run(file, argv, {env, encoding: 'utf8'}).catch((error: {code?: number; stdout?: string}) => {
			if (error.code === 1 && error.stdout) return {stdout: error.stdout};
			throw error;
		});
		const elapsed = performance.now() - started;
		const answered = (JSON.parse(stdout) as Array<{lastRun: unknown}>).filter(row => row.lastRun).length;
		if (answered !== rows) throw new Error(`status answered ${answered} rows where ${rows} were expected: ${stdout.slice(0, 400)}`);
		return elapsed;
	};
	const servers: FakeIbmi[] = [];
	try {
		for (let index = 0; index < STATUS_SYSTEMS; index++) {
			const delayMs = delayOf(index);
			const server = await startFakeIbmi({
				clientPublicKey: fakeIbmiClient.publicKey,
				reply: () => ({}),
				qsh: () => ({stdout: db2Table(LAST_RUN_COLUMNS, LAST_RUNS), delayMs}),
			});
			servers.push(server);
			const knownHosts = join(home, `known_hosts_${index}`);
			writeFileSync(knownHosts, `${server.knownHostsLine}\n`);
			const name = `S${String(index).padStart(2, '0')}`;
			await run(
				process.execPath,
				[
					app,
					'system',
					'add',
					name,
					'--host',
					'127.0.0.1',
					'--port',
					String(server.port),
					'--user',
					'bench',
					'--key',
					fakeIbmiClient.keyPath,
					'--known-hosts',
					knownHosts,
				],
				{env},
			);
		}
		const slowest = `S${STATUS_SYSTEMS - 1}`;
		const one: number[] = [];
		const all: number[] = [];
		// Alternated, so a busy moment of the machine touches both.
		for (let round = 0; round < runs; round++) {
			one.push(await cli(['status', '--system', slowest, '--json'], LAST_RUNS.length));
			all.push(await cli(['status', '--all', '--json'], LAST_RUNS.length * STATUS_SYSTEMS));
		}
		return {
			oneSystemMs: summary(one),
			allSystemsMs: summary(all),
			slowestAnswerMs: delayOf(STATUS_SYSTEMS - 1),
			sumOfAnswersMs: Array.from({length: STATUS_SYSTEMS}, (_, index) => delayOf(index)).reduce((a, b) => a + b, 0),
		};
	} finally {
		for (const server of servers) await server.close();
	}
}

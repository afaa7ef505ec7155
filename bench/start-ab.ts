// A/B of start-up variants, for trying a start lever: each program given is started in turn
// (alternated, so a busy moment of this shared machine falls on all of them alike), many rounds,
// on the demo store and on 1,000 groups, beside the bundled Ink hello world; medians printed.
//   npx tsx bench/start-ab.ts [--rounds 20] A.js B.js …   (each an executable bin, or run by node)

import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {bundle} from '../scripts/build.js';
import {largeStore} from './large-store.js';
import {summary} from './statistics.js';
import {helloComplete, listComplete, timeToFrame} from './terminal-figures.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const {values, positionals} = parseArgs({options: {rounds: {type: 'string', default: '20'}}, allowPositionals: true});
const rounds = Number(values.rounds);
const hello = join(root, 'dist/bench-hello.js');
await bundle(join(root, 'bench/baseline/hello.tsx'), hello);

const scratch = mkdtempSync(join(tmpdir(), 'brms-tui-start-ab-'));
process.env['TMPDIR'] = scratch;
try {
	const large = largeStore();
	const demo = mkdtempSync(join(scratch, 'demo-'));
	const samples = new Map<string, number[]>();
	const add = (name: string, ms: number) => samples.set(name, [...(samples.get(name) ?? []), ms]);
	// One start of each first, left open a moment as a user's would be: the demo store written,
	// each variant's code cache made.
	for (const app of positionals) {
		await timeToFrame(app, {BRMS_TUI_HOME: demo}, listComplete, 1000);
		await timeToFrame(app, {BRMS_TUI_HOME: large}, listComplete, 1000);
	}
	for (let round = 0; round < rounds; round++) {
		add('hello', await timeToFrame(hello, {}, helloComplete));
		for (const app of positionals) {
			add(`${app} demo`, await timeToFrame(app, {BRMS_TUI_HOME: demo}, listComplete));
			add(`${app} 1,000`, await timeToFrame(app, {BRMS_TUI_HOME: large}, listComplete));
		}
	}
	const helloMedian = summary(samples.get('hello')!).median;
	for (const [name, ms] of samples) {
		const {median, p99} = summary(ms);
		process.stdout.write(`${name.padEnd(60)} median ${median.toFixed(1)} ms  p99 ${p99.toFixed(1)} ms  ${(median / helloMedian).toFixed(2)}x\n`);
	}
} finally {
	rmSync(scratch, {recursive: true, force: true});
}

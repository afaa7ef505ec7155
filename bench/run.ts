// npm run bench: brms-tui measured from the outside, in real pseudo-terminals, each figure beside
// a bundled production-mode Ink hello world measured in the same run. Prints a table, writes
// JSON. `--smoke` runs every step a few times only (CI: proves the bench works, asserts no times).

import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {cpus, tmpdir, totalmem} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {bundle} from '../scripts/build.js';
import {budgets, type Figures} from './budgets.js';
import {largeStore} from './large-store.js';
import {measureStatus, STATUS_SYSTEMS} from './status.js';
import {measureSubmit} from './submit.js';
import {formatTable} from './table.js';
import {measureApp, measureBaseline, measureStart} from './terminal-figures.js';
import {measureTestSuite} from './test-suite.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const {values} = parseArgs({options: {smoke: {type: 'boolean', default: false}, 'skip-tests': {type: 'boolean', default: false}, output: {type: 'string'}}});
const smoke = values.smoke;
const rounds = smoke
	? {starts: 2, keys: 10, rolls: 3, switches: 2, submits: 2, statuses: 2}
	: {starts: 15, keys: 200, rolls: 20, switches: 15, submits: 15, statuses: 10};

const app = join(root, 'dist/brms-tui.cjs');
const hello = join(root, 'dist/bench-hello.js');
await bundle(join(root, 'bench/baseline/hello.tsx'), hello);

const log = (line: string) => process.stderr.write(`bench: ${line}\n`);
// Every store, sshd and key the bench makes goes in one scratch folder, removed at the end.
const scratch = mkdtempSync(join(tmpdir(), 'brms-tui-bench-run-'));
const machineTmpdir = process.env['TMPDIR'];
process.env['TMPDIR'] = scratch;
let measured: Figures | undefined;
try {
	log('building a store of 1,000 control groups and a 999-entry group');
	const home = largeStore();

	log(`start-up, ${rounds.starts} runs of each program`);
	const start = await measureStart({app, hello, home, runs: rounds.starts});
	log(`typing, ${rounds.keys} keys in each field; ${rounds.rolls} Rolls; ${rounds.switches} panel switches`);
	const typing = await measureApp({app, home, keys: rounds.keys, rolls: rounds.rolls, switches: rounds.switches});
	const baseline = await measureBaseline({hello, keys: rounds.keys});
	log(`submit over SSH, ${rounds.submits} runs each`);
	const submit = await measureSubmit({app, runs: rounds.submits});
	log(`status over SSH: ${STATUS_SYSTEMS} systems at once and the slowest alone, ${rounds.statuses} runs each`);
	const status = await measureStatus({app, runs: rounds.statuses});
	// Last, and alone: the whole test suite, timed (not in --smoke; --skip-tests leaves it out).
	const runTests = !smoke && !values['skip-tests'];
	if (runTests) log('npm test, timed whole (a few minutes)');
	const testSuite = runTests ? await measureTestSuite({root, tmpdir: machineTmpdir}) : undefined;
	measured = {start, typing, baseline, submit, status, testSuite};
} finally {
	rmSync(scratch, {recursive: true, force: true});
}
const figures: Figures = measured;
const machine = {
	cpu: cpus()[0]?.model ?? 'unknown',
	cores: cpus().length,
	memoryGiB: Math.round(totalmem() / 2 ** 30),
	node: process.version,
	platform: `${process.platform} ${process.arch}`,
};
const checked = budgets(figures);
const result = {date: new Date().toISOString(), smoke, machine, rounds, figures, budgets: checked};

const output = values.output ?? join(root, 'bench/results', smoke ? 'smoke.json' : 'latest.json');
mkdirSync(join(output, '..'), {recursive: true});
writeFileSync(output, `${JSON.stringify(result, null, '\t')}\n`);
process.stdout.write(`${formatTable(figures, checked, machine)}\nJSON: ${output}\n`);

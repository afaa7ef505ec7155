// The budgets of issue 6, checked against one run's figures. Each says what it compares.

import type {StatusFigures} from './status.js';
import type {SubmitFigures} from './submit.js';
import type {AppFigures, BaselineFigures, StartFigures, SwitchFigures} from './terminal-figures.js';
import type {TestSuiteFigures} from './test-suite.js';

export type Figures = {
	start: StartFigures;
	typing: AppFigures;
	baseline: BaselineFigures;
	submit: SubmitFigures;
	status: StatusFigures;
	/** Not measured in --smoke or with --skip-tests. */
	testSuite: TestSuiteFigures | undefined;
};

/** Issue 13: `status --all` over 20 systems may take the slowest system alone plus this, never the sum of their answers. */
export const STATUS_ALL_CONSTANT_MS = 1000;

export type Budget = {name: string; measured: number; limit: number; unit: string; met: boolean};

const budget = (name: string, measured: number, limit: number, unit: string): Budget => ({name, measured, limit, unit, met: measured <= limit});

const ratio = (figures: SwitchFigures) => Math.round((figures.bytes.median / figures.fromBlankBytes.median) * 100) / 100;

export function budgets({start, typing, status, submit, testSuite}: Figures): Budget[] {
	return [
		// Issue 18: the first frame painted before Ink is loaded, the bundle run from V8's code cache.
		budget('start, median, x the hello world', Math.round((start.appDemoStoreMs.median / start.helloMs.median) * 100) / 100, 0.8, 'x'),
		// Issue 18: the same with 1,000 control groups in the store.
		budget('start with 1,000 groups, median, x the hello world', Math.round((start.appLargeStoreMs.median / start.helloMs.median) * 100) / 100, 0.8, 'x'),
		budget('echo p99, Opt field', typing.optField.latencyMs.p99, 16, 'ms'),
		budget('echo p99, entry field', typing.entryField.latencyMs.p99, 16, 'ms'),
		budget('bytes per typed character, median, Opt field', typing.optField.bytes.median, 64, 'B'),
		budget('bytes per typed character, median, entry field', typing.entryField.bytes.median, 64, 'B'),
		budget('option 2 to the entries panel, median', typing.option2ToEntriesMs.median, 50, 'ms'),
		// Issue 18: a panel switch never costs more than drawing the new panel from blank.
		budget('bytes of Enter to the entries panel, median, x drawing it from blank', ratio(typing.switchToEntries), 1, 'x'),
		budget('bytes of F12 back to the list, median, x drawing it from blank', ratio(typing.switchToList), 1, 'x'),
		budget('peak RSS', Math.round(typing.peakRssMiB * 10) / 10, 90, 'MiB'),
		budget(
			'status --all over 20 systems, median, minus the slowest system alone',
			Math.round(status.allSystemsMs.median - status.oneSystemMs.median),
			STATUS_ALL_CONSTANT_MS,
			'ms',
		),
		// Issue 18: starting a backup no slower than typing `ssh host system '…'`.
		budget(
			"submit --sbmjob '*NO' to a local sshd, median, x ssh host cmd",
			Math.round((submit.brmsTuiToSshdMs.median / submit.opensshToSshdMs.median) * 100) / 100,
			1.1,
			'x',
		),
		// Issue 18: developers run it many times a day.
		...(testSuite
			? [budget('npm test, wall time', Math.round(testSuite.wallMs / 100) / 10, 90, 's'), budget('npm test, tests failed', testSuite.failed, 0, '')]
			: []),
	];
}

// The bench's table: every figure beside the baseline measured in the same run, then the budgets.

import type {Budget, Figures} from './budgets.js';
import type {Summary} from './statistics.js';

const ms = (value: number) => `${value.toFixed(1)} ms`;
const times = (s: Summary) => `${ms(s.median)} (p99 ${ms(s.p99)})`;
const bytes = (s: Summary) => `${s.median} B (max ${s.max})`;

export function formatTable(
	{start, typing, baseline, submit, status, testSuite}: Figures,
	checked: Budget[],
	machine: {cpu: string; cores: number; node: string; memoryGiB: number},
): string {
	const rows: Array<[string, string, string]> = [
		['Figure', 'brms-tui', 'Ink hello world'],
		['start to first complete frame (demo store)', times(start.appDemoStoreMs), times(start.helloMs)],
		['start to first complete frame (1,000 groups)', times(start.appLargeStoreMs), times(start.helloMs)],
		['start to first complete frame (1,000 groups, store folder changed since)', times(start.appLargeStoreChangedMs), times(start.helloMs)],
		['echo, typing in an Opt field', times(typing.optField.latencyMs), times(baseline.typed.latencyMs)],
		['echo, typing in an entry field (999 entries)', times(typing.entryField.latencyMs), times(baseline.typed.latencyMs)],
		['bytes per typed character, Opt field', bytes(typing.optField.bytes), bytes(baseline.typed.bytes)],
		['bytes per typed character, entry field', bytes(typing.entryField.bytes), bytes(baseline.typed.bytes)],
		['bytes per Roll, list of 1,000 groups', bytes(typing.listRoll.bytes), '-'],
		['bytes per Roll, 999 entries', bytes(typing.entriesRoll.bytes), '-'],
		['Roll, list / entries (to first byte)', `${ms(typing.listRoll.latencyMs.median)} / ${ms(typing.entriesRoll.latencyMs.median)}`, '-'],
		['Enter on option 2 to the entries panel (999 entries)', times(typing.option2ToEntriesMs), '-'],
		['bytes, Enter to the entries panel / from blank', `${bytes(typing.switchToEntries.bytes)} / ${typing.switchToEntries.fromBlankBytes.median} B`, '-'],
		['bytes, F12 back to the list / from blank', `${bytes(typing.switchToList.bytes)} / ${typing.switchToList.fromBlankBytes.median} B`, '-'],
		[
			'last byte of a switch over 56 kbit/s, entries / list',
			`${ms(typing.switchToEntries.slowLinkMs.median)} / ${ms(typing.switchToList.slowLinkMs.median)}`,
			'-',
		],
		['peak RSS', `${typing.peakRssMiB.toFixed(1)} MiB`, `${baseline.peakRssMiB.toFixed(1)} MiB`],
		["submit --sbmjob '*NO' to the in-process server", times(submit.brmsTuiToInProcessMs), '-'],
		["submit --sbmjob '*NO' to a local OpenSSH sshd", times(submit.brmsTuiToSshdMs), `ssh host cmd: ${times(submit.opensshToSshdMs)}`],
		...(submit.brmsTuiToSshdWithoutExtraCaMs
			? [['the same submit, NODE_EXTRA_CA_CERTS unset (set on this machine)', times(submit.brmsTuiToSshdWithoutExtraCaMs), '-'] as [string, string, string]]
			: []),
		['brms-tui --version (process start, no SSH)', times(submit.brmsTuiVersionMs), '-'],
		['the shell check alone (its exec: a shell and its profile)', '-', `ssh host echo: ${times(submit.opensshShellCheckMs)}`],
		['status: the slowest of 20 systems alone', times(status.oneSystemMs), `its answer: ${ms(status.slowestAnswerMs)}`],
		['status --all: 20 systems at once', times(status.allSystemsMs), `sum of answers: ${ms(status.sumOfAnswersMs)}`],
		...(testSuite
			? [
					[`npm test, ${testSuite.tests} tests (slowest file: ${testSuite.slowestFiles[0] ?? '-'})`, `${(testSuite.wallMs / 1000).toFixed(1)} s`, '-'] as [
						string,
						string,
						string,
					],
				]
			: []),
	];
	const widths = [0, 1, 2].map(column => Math.max(...rows.map(row => row[column]!.length)));
	const line = (row: string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
	const rule = `|${widths.map(width => '-'.repeat(width + 2)).join('|')}|`;
	const budgetLines = checked.map(
		each => `  ${each.met ? 'met   ' : 'MISSED'} ${each.name}: ${each.measured} ${each.unit} (budget ${each.limit} ${each.unit})`,
	);
	return [
		`Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}`,
		line(rows[0]!),
		rule,
		...rows.slice(1).map(line),
		'',
		'Budgets:',
		...budgetLines,
	].join('\n');
}

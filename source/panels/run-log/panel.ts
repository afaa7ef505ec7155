// "Display Run Log" — brms-tui's own panel, option 5 on Backup Status: the BRMS log lines of a
// group's last run (its job's lines from its start on), as DSPLOGBRM would list them; for a
// system that could not be asked, the reason in full. Enter or F12 returns.

import {isoTime, type RunLogAnswer, type StatusEntry, VERDICT_WORDS} from '../../domain/backup-status.js';
import type {BrmsLogRow} from '../../domain/job-follow.js';
import {message} from '../../domain/messages.js';
import {createEditState} from '../../ui/fields/editor.js';
import {wrapIndented} from '../../ui/layout.js';
import {instance, type PanelState} from '../../ui/panel/panel.js';
import {type BrmsInstance, type BrmsPanel, displayOnlyKeys, EXIT_CANCEL} from '../brms-panel.js';
import {type HostAnswer, runLog} from '../effects.js';
import type {PanelDefinition} from '../registry.js';
import {body, type LogView, TITLE, window} from './view.js';

type LogState = PanelState & LogView & {job: string};

type LogMsg = {type: 'read'; answer: HostAnswer<RunLogAnswer>};

/** A log row as a line (time, ID, text), a long one wrapped under its text. */
function rowLines(row: BrmsLogRow): string[] {
	const time = isoTime(row.at).slice(11);
	const lead = `${time}  ${(row.id || '').padEnd(7)}  `;
	const [first = '', ...rest] = wrapIndented(`${lead}${row.text}`, 77, lead.length);
	return [first, ...rest];
}

const panel: BrmsPanel<LogState, LogMsg, never> = {
	id: 'RUN-LOG',
	subfile: {window, setTop: (state, top) => ({...state, top})},
	functionKeys: () => [...EXIT_CANCEL],
	hiddenKeys: ['F1'],
	fields: () => [],
	body,
	onKey: displayOnlyKeys,
	onResult: (state, {answer}) => {
		if (!answer.ok) return {state: {...state, loaded: true, ...(answer.stopped ? {} : {notice: message('statusNotRead', state.systemName, answer.error)})}};
		if ('problem' in answer.value) return {state: {...state, loaded: true, lines: wrapIndented(answer.value.problem.text, 77, 2)}};
		const lines = answer.value.rows.flatMap(rowLines);
		return {state: {...state, loaded: true, lines, ...(lines.length === 0 ? {notice: message('statusLogEmpty', state.job)} : {})}};
	},
};

/** The log of a Backup Status line: `system` is the system's id when it is not the current one. */
export function runLogPanel(systemName: string, system: string | undefined, line: StatusEntry): BrmsInstance<never> {
	const base = {systemName, top: 0, edit: createEditState([]), job: ''};
	if ('problem' in line) return instance(panel, {...base, header: [['System', line.system]], lines: wrapIndented(line.problem.text, 77, 2), loaded: true});
	const run = line.lastRun!;
	const header: Array<readonly [string, string]> = [
		['Control group', line.group],
		['Job', run.job],
		['Started', run.start.replace('T', ' ')],
		['Verdict', `${VERDICT_WORDS[run.verdict]}${run.end ? ` (${run.end.replace('T', ' ')})` : ''}`],
	];
	if (system !== undefined) header.unshift(['System', line.system]);
	return instance(
		panel,
		{...base, job: run.job, header, lines: [], loaded: false},
		runLog(system, {job: run.job, start: run.start}, (answer): LogMsg => ({type: 'read', answer})),
	);
}

export const RUN_LOG: PanelDefinition = {
	title: TITLE,
	help: [
		"brms-tui's own panel (option 5 on Backup Status): the BRMS log lines of the group's last run, from its start (BRM1380) on, each with its time and message ID; the last one is BRMS's end message (BRM1049, BRM10A1 or BRM1820) once the run has ended. Press Enter or F12 to return.",
	],
};

// "Backup Status" — brms-tui's own panel (BRMS has none: DSPLOGBRM prints the log, not a verdict
// per group): the last run of each control group and BRMS's verdict on it, read from the BRMS
// log as `brms-tui status` reads it. F14 on WRKCTLGBRM opens it for the current system; F14 on
// Select System for every system at the same time. 5=Display log shows that run's BRMS log
// lines (or, for a system that could not be asked, why).

import {PROBLEM_WORDS, type StatusEntry, type SystemStatus, shortTime, statusEntries, VERDICT_WORDS} from '../../domain/backup-status.js';
import {message} from '../../domain/messages.js';
import {createEditState, fieldValue, showError} from '../../ui/fields/editor.js';
import {instance, open, type PanelState} from '../../ui/panel/panel.js';
import type {BrmsInstance, BrmsPanel} from '../brms-panel.js';
import {backupStatus, type HostAnswer} from '../effects.js';
import type {PanelDefinition} from '../registry.js';
import {runLogPanel} from '../run-log/panel.js';
import type {StatusScope} from '../services.js';
import {body, fields, optId, type StatusLine, type StatusView, TITLE, window} from './view.js';

type StatusState = PanelState & StatusView & {statuses: ReadonlyArray<StatusEntry>};

type StatusMsg = {type: 'asked'; answer: HostAnswer<SystemStatus[]>} | {type: 'back'};

/** A group's last run, or a system's problem, as the list shows it. */
function lineOf(each: StatusEntry): StatusLine {
	if ('problem' in each)
		return {system: each.system, group: undefined, started: '', ended: '', verdict: PROBLEM_WORDS[each.problem.kind], errors: undefined, good: false};
	const run = each.lastRun;
	if (!run) return {system: each.system, group: each.group, started: '', ended: '', verdict: 'No run', errors: undefined, good: false};
	return {
		system: each.system,
		group: each.group,
		started: shortTime(run.start),
		ended: shortTime(run.end),
		verdict: VERDICT_WORDS[run.verdict],
		errors: run.errors,
		good: run.verdict === 'completed' || run.verdict === 'running',
	};
}

const ask = (scope: StatusScope) => backupStatus(scope, (answer): StatusMsg => ({type: 'asked', answer}));

const panel: BrmsPanel<StatusState, StatusMsg, never> = {
	id: 'BACKUP-STATUS',
	subfile: {window, setTop: (state, top) => ({...state, top})},
	functionKeys: () => [
		{key: 'F3', label: 'Exit'},
		{key: 'F5', label: 'Refresh'},
		{key: 'F12', label: 'Cancel'},
	],
	hiddenKeys: ['F1'],
	fields,
	body,
	onKey: (state, keystroke) => {
		if (keystroke.kind !== 'key') return {state};
		if (keystroke.name === 'F3') return {state, effect: {type: 'exit'}};
		if (keystroke.name === 'F12') return {state, effect: {type: 'close'}};
		if (keystroke.name === 'F5') return {state, effect: ask(state.scope)};
		if (keystroke.name !== 'Enter') return {state};
		const chosen = state.lines.findIndex((_, index) => fieldValue(state.edit, optId(index)).trim() !== '');
		if (chosen === -1) return {state};
		const option = fieldValue(state.edit, optId(chosen)).trim();
		if (option !== '5') return {state: {...state, edit: showError(state.edit, {fieldId: optId(chosen), message: message('optionNotValid', option)})}};
		const line = state.statuses[chosen]!;
		const cleared = {...state, edit: createEditState(fields(state))};
		if (!('problem' in line) && !line.lastRun) return {state: {...cleared, notice: message('statusNoRun', line.group)}};
		// The current system's log is asked over its own connection; another system's with its own.
		const system = state.scope === 'all' ? line.system.toLowerCase() : undefined;
		return {state: cleared, effect: open(runLogPanel(state.systemName, system, line), () => ({type: 'back'}))};
	},
	onResult: (state, result) => {
		if (result.type === 'back') return {state};
		const {answer} = result;
		if (!answer.ok) {
			const said = answer.stopped ? undefined : message('statusNotRead', state.systemName, answer.error);
			return {state: {...state, asked: true, ...(said ? {notice: said} : {})}};
		}
		const statuses = statusEntries(answer.value);
		const lines = statuses.map(lineOf);
		const shown = {...state, statuses, lines, asked: true, top: Math.min(state.top, Math.max(0, lines.length - 1))};
		return {state: {...shown, edit: createEditState(fields(shown))}};
	},
};

/** Backup Status of the current system (`scope` 'system') or of every system ('all'); it asks as it opens. */
export function backupStatusPanel(systemName: string, scope: StatusScope): BrmsInstance<never> {
	return instance(panel, {systemName, scope, statuses: [], lines: [], top: 0, asked: false, edit: createEditState([])}, ask(scope));
}

export const BACKUP_STATUS: PanelDefinition = {
	title: TITLE,
	help: [
		"brms-tui's own panel: the last run of each control group in the system's BRMS log (QUSRBRM.BRMS_LOG_INFO over SSH, the demo system's own log) and BRMS's verdict on it: Completed (BRM1049), Completed with errors (BRM10A1), Ended abnormally (BRM1820), Running (no end message yet, the job is still there), Unknown (no end message, the job is gone). Error msgs counts the run's messages of severity 30 and up.",
		`Type 5 next to a group to see the BRMS log lines of its last run; next to a system that could not be asked, to see why. F5 asks again. From Select System (F14) the same for every system at once, each within its own time limit. The verdict words: ${Object.values(VERDICT_WORDS).join(', ')}.`,
	],
};

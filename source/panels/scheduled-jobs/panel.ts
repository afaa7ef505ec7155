// F7 on WRKCTLGBRM: the BRMS jobs on the host's job schedule. The host answers: on the demo
// system what option 6 added to its scheduler, over SSH QSYS2.SCHEDULED_JOB_INFO's entries
// whose command is STRBKUBRM (host/ibmi/scheduled-jobs.ts). Read-only; F5 asks again, F11
// switches between the schedule and the commands, Roll pages.

import type {ScheduledJobsAnswer} from '../../domain/job-schedule.js';
import {message} from '../../domain/messages.js';
import {createEditState} from '../../ui/fields/editor.js';
import {KIT_MESSAGES} from '../../ui/fields/operator-errors.js';
import {instance, type PanelState} from '../../ui/panel/panel.js';
import type {BrmsInstance, BrmsPanel, BrmsTransition} from '../brms-panel.js';
import {type HostAnswer, listScheduledJobs} from '../effects.js';
import type {PanelDefinition} from '../registry.js';
import {body, functionKeys, type ScheduledJobsView, TITLE, window} from './view.js';

type JobsState = PanelState & ScheduledJobsView;

type JobsMsg = {type: 'listed'; answer: HostAnswer<ScheduledJobsAnswer>};

type Next = BrmsTransition<JobsState, JobsMsg, never>;

const ask = () => listScheduledJobs<JobsMsg>(answer => ({type: 'listed', answer}));

const panel: BrmsPanel<JobsState, JobsMsg, never> = {
	id: 'SCHEDULED-JOBS',
	subfile: {window, setTop: (state, top) => ({...state, top})},
	functionKeys,
	hiddenKeys: ['F1'],
	fields: () => [],
	body,
	onKey: (state, keystroke): Next => {
		if (keystroke.kind !== 'key') return {state};
		switch (keystroke.name) {
			case 'Enter':
			case 'F12':
				return {state, effect: {type: 'close'}};
			case 'F3':
				return {state, effect: {type: 'exit'}};
			case 'F5':
				return {state: {...state, notice: KIT_MESSAGES.waitingForHost}, effect: ask()};
			case 'F11':
				return {state: {...state, view: state.view === 'schedule' ? 'command' : 'schedule'}};
			default:
				return {state};
		}
	},
	onResult: (state, {answer}): Next => {
		const waited = {...state, notice: undefined};
		// Stopped (Ctrl+C): the runtime says so on line 24.
		if (!answer.ok) return {state: answer.stopped ? waited : {...waited, notice: message('scheduledJobsNotRead', state.systemName, answer.error)}};
		const read = answer.value;
		if (!read.ok) return {state: {...waited, notice: message('scheduledJobsNotRead', state.systemName, read.problem)}};
		const top = Math.min(state.top, Math.max(0, read.jobs.length - 1));
		return {state: {...waited, jobs: read.jobs, top, ...(read.jobs.length === 0 ? {notice: message('noScheduledJobs', state.systemName)} : {})}};
	},
};

export function scheduledJobs(systemName: string): BrmsInstance<never> {
	const state: JobsState = {systemName, jobs: undefined, view: 'schedule', top: 0, notice: KIT_MESSAGES.waitingForHost, edit: createEditState([])};
	return instance(panel, state, ask());
}

export const SCHEDULED_JOBS: PanelDefinition = {
	title: TITLE,
	help: [
		"F7 on Work with Backup Control Groups: the job schedule entries that run STRBKUBRM, as the host's job schedule holds them (WRKJOBSCDE). On the demo system, the entries option 6 added; on an IBM i, the entries of QSYS2.SCHEDULED_JOB_INFO whose command is STRBKUBRM.",
		"F11 shows each entry's command instead of its schedule; F5 asks the host again. Changing, holding or removing an entry is done on the IBM i (WRKJOBSCDE).",
	],
};

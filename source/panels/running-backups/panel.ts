// "Running Backups" — brms-tui's own panel: several groups sent from the STRBKUBRM prompt at once
// (each its own STRBKUBRM, each its own job — IBM's advice for the per-server QLTSDOMnn groups,
// brms.md §7.1), followed together on one connection: a line per job with its status, the entry
// it is at and its last BRMS log line, updated live, then BRMS's verdict on each. Ctrl+C stops
// the following of all (the jobs go on).

import {endedWell, type JobsEvent} from '../../domain/job-follow.js';
import {message} from '../../domain/messages.js';
import {submittedJob} from '../../domain/strbkubrm.js';
import {createEditState} from '../../ui/fields/editor.js';
import {instance, type PanelState} from '../../ui/panel/panel.js';
import {type BrmsInstance, type BrmsPanel, displayOnlyKeys, EXIT_CANCEL} from '../brms-panel.js';
import {followJobs, type GroupRun, type HostAnswer} from '../effects.js';
import type {PanelDefinition} from '../registry.js';
import {body, type RunningJob, type RunningView, TITLE, window} from './view.js';

type RunningState = PanelState & RunningView;

type RunningMsg = {type: 'event'; event: JobsEvent} | {type: 'ended'; answer: HostAnswer<void>};

function withEvent(jobs: readonly RunningJob[], event: JobsEvent): RunningJob[] {
	return jobs.map(each => {
		if (each.job !== event.job) return each;
		if ('end' in event)
			return {...each, status: event.end.outcome === 'unknown' ? each.status : '*OUTQ', line: event.end.summary, bad: !endedWell(event.end), ended: true};
		const {step} = event;
		return {...each, status: step.status, entry: step.entry ?? each.entry, line: step.line ?? each.line};
	});
}

/** Every job has ended (or has none to follow): line 24 says how many did not complete. */
function summary(jobs: readonly RunningJob[]) {
	const bad = jobs.filter(each => each.bad).length;
	return bad === 0 ? message('runsCompleted', jobs.length) : message('runsNotCompleted', bad, jobs.length);
}

const panel: BrmsPanel<RunningState, RunningMsg, never> = {
	id: 'RUNNING-BACKUPS',
	subfile: {window, setTop: (state, top) => ({...state, top})},
	functionKeys: () => [...EXIT_CANCEL],
	hiddenKeys: ['F1'],
	fields: () => [],
	body,
	onKey: displayOnlyKeys,
	onProgress: (state, update) => (update.type === 'event' ? {...state, jobs: withEvent(state.jobs, update.event)} : state),
	onResult: (state, result) => {
		if (result.type !== 'ended') return {state};
		const {answer} = result;
		if (answer.ok) return {state: {...state, following: false, notice: summary(state.jobs)}};
		// Stopped or failed: the jobs not yet ended go on; nothing is claimed of them.
		const open = state.jobs.filter(each => !each.ended);
		const jobs = state.jobs.map(each =>
			open.includes(each)
				? {...each, line: answer.stopped ? 'Not followed any more; the job goes on on the host.' : `Outcome unknown: ${answer.error}`, bad: true}
				: each,
		);
		const notice = answer.stopped ? message('runsFollowStopped', open.length, open.map(each => each.job).join(', ')) : summary(jobs);
		return {state: {...state, jobs, following: false, notice}};
	},
};

/** The runs the prompt sent; their submitted jobs are followed together as the panel opens. */
export function runningBackups(systemName: string, runs: readonly GroupRun[]): BrmsInstance<never> {
	const jobs: RunningJob[] = runs.map(({group, run}) => {
		const job = run.outcome === 'completed' && run.exitCode === 0 ? submittedJob(run.messages) : undefined;
		const last = run.messages.at(-1);
		const failed = run.outcome === 'unknown' || run.exitCode !== 0;
		return {
			group,
			job,
			status: job ? '*JOBQ' : failed ? 'Refused' : 'Ended',
			entry: undefined,
			line: run.outcome === 'unknown' ? `Outcome unknown: ${run.reason ?? 'the end was not seen'}` : last ? `${last.id}: ${last.text}` : '',
			bad: failed,
			ended: !job,
		};
	});
	const followed = jobs.flatMap(each => each.job ?? []);
	const state: RunningState = {systemName, jobs, top: 0, following: followed.length > 0, edit: createEditState([])};
	if (followed.length === 0) return instance(panel, {...state, notice: summary(jobs)});
	return instance(
		panel,
		state,
		followJobs<RunningMsg>(
			followed,
			event => ({type: 'event', event}),
			answer => ({type: 'ended', answer}),
		),
	);
}

export const RUNNING_BACKUPS: PanelDefinition = {
	title: TITLE,
	help: [
		"brms-tui's own panel: the groups sent together from the STRBKUBRM prompt (CTLGRP with several names), each as its own job, followed together on one connection: status, the entry each job is at, its last BRMS log line, then BRMS's verdict. Ctrl+C stops the following of all of them; the jobs go on. Roll keys page.",
	],
};

// WRKCTLGBRM option 6, Add to schedule: the job-schedule entry that runs
// STRBKUBRM CTLGRP(name) SBMJOB(*NO) [V brms.md §1.2], prompted like ADDJOBSCDE, with the full
// CL command shown before it is added. The demo system records it; IBM advises SBMJOB(*CTLSBS)
// for groups that need a restricted state, which is a change to make on the host afterwards.

import {addJobScheduleEntryCommand, checkScheduleEntry, type ScheduleEntry} from '../../domain/job-schedule.js';
import {message} from '../../domain/messages.js';
import {createEditState, fieldValue, showError} from '../../ui/fields/editor.js';
import {instance, type PanelState} from '../../ui/panel/panel.js';
import type {BrmsInstance, BrmsPanel, OptionDone} from '../brms-panel.js';
import {addScheduleEntry, failureMessage} from '../effects.js';
import type {PanelDefinition} from '../registry.js';
import type {Done} from '../services.js';
import {body, FIELDS, type ScheduleView, TITLE} from './view.js';

type ScheduleState = PanelState & ScheduleView;

type ScheduleMsg = {type: 'added'; done: Done; job: string};

function entryOf(state: ScheduleState): ScheduleEntry {
	const value = (id: string) => fieldValue(state.edit, id).trim();
	return {
		job: value('job'),
		controlGroup: state.controlGroup,
		frequency: value('frequency'),
		scheduleDate: value('scheduleDate'),
		scheduleDays: value('scheduleDays').split(/\s+/).filter(Boolean),
		scheduleTime: value('scheduleTime'),
		text: fieldValue(state.edit, 'text').trimEnd(),
	};
}

/** The command the values give, while they are valid. */
function withCommand(state: ScheduleState): ScheduleState {
	const entry = entryOf(state);
	return {...state, command: checkScheduleEntry(entry).length === 0 ? addJobScheduleEntryCommand(entry) : undefined};
}

const panel: BrmsPanel<ScheduleState, ScheduleMsg, OptionDone> = {
	id: 'ADD-TO-SCHEDULE',
	functionKeys: () => [
		{key: 'F3', label: 'Exit'},
		{key: 'F12', label: 'Cancel'},
	],
	hiddenKeys: ['F1', 'F4'],
	fields: () => FIELDS,
	body,
	legendRow: 23,
	onEdit: state => ({state: withCommand(state)}),
	onKey: (state, keystroke) => {
		if (keystroke.kind !== 'key') return {state};
		if (keystroke.name === 'F12') return {state, effect: {type: 'close'}};
		if (keystroke.name === 'F3') return {state, effect: {type: 'exit'}};
		if (keystroke.name !== 'Enter') return {state};
		const entry = entryOf(state);
		const [problem] = checkScheduleEntry(entry);
		if (problem) {
			return {state: {...state, edit: showError(state.edit, {fieldId: problem.field, message: {id: message('scheduleValueNotValid').id, text: problem.text}})}};
		}
		return {state, effect: addScheduleEntry(entry.job, addJobScheduleEntryCommand(entry), done => ({type: 'added', done, job: entry.job}))};
	},
	onResult: (state, {done, job}) =>
		done.ok
			? {state, effect: {type: 'close', result: {said: message('scheduleEntryAdded', job, state.systemName)}}}
			: {state: {...state, edit: showError(state.edit, {message: failureMessage(done.failure)})}},
};

export function addToSchedule(systemName: string, controlGroup: string): BrmsInstance<OptionDone> {
	const values = {
		job: controlGroup.replace(/^\*/, ''),
		frequency: '*WEEKLY',
		scheduleDate: '*NONE',
		scheduleDays: '*ALL',
		scheduleTime: '2200',
		text: `Backup control group ${controlGroup}`,
	};
	return instance(panel, withCommand({systemName, controlGroup, command: undefined, edit: createEditState(FIELDS, values)}));
}

export const ADD_TO_SCHEDULE: PanelDefinition = {
	title: TITLE,
	help: [
		'Adds a job-schedule entry that runs STRBKUBRM CTLGRP(group) SBMJOB(*NO) on the days and at the time you choose. The command is shown in full before Enter adds it; the demo system records it in demo-job-schedule.json.',
	],
	// BRMS's legend starts its second line here (brms.md §1.2).
	option: {value: 6, label: 'Add to schedule', newLine: true, open: ({systemName, groups: [stored]}) => stored && addToSchedule(systemName, stored.group.name)},
};

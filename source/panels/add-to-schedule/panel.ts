// WRKCTLGBRM option 6, Add to schedule: the job-schedule entry that runs
// STRBKUBRM CTLGRP(name) SBMJOB(*NO) [V brms.md §1.2], prompted like ADDJOBSCDE with the
// prompt-panel layout (labels column 3, values column 44, hints column 58) and the full CL
// command shown before it is added. The demo system records it; IBM advises SBMJOB(*CTLSBS)
// for groups that need a restricted state, which is a change to make on the host afterwards.

import {addJobScheduleEntryCommand, checkScheduleEntry, type ScheduleEntry} from '../../domain/job-schedule.js';
import {message} from '../../domain/messages.js';
import {createEditState, fieldValue, showError} from '../../ui/fields/editor.js';
import type {FieldDefinition} from '../../ui/fields/field.js';
import {BLUE, dottedLabel, GREEN, type PanelSize, textRun, titleRuns} from '../../ui/layout.js';
import {instance, type Panel, type PanelInstance, type PanelState} from '../../ui/panel/panel.js';
import type {Run} from '../../ui/screen/model.js';

const VALUE = 44;
const HINT = 58;

const FIELDS: FieldDefinition[] = [
	{id: 'job', row: 5, col: VALUE, length: 10, kind: 'name'},
	{id: 'frequency', row: 7, col: VALUE, length: 8, kind: 'name'},
	{id: 'scheduleDate', row: 8, col: VALUE, length: 10, kind: 'name'},
	{id: 'scheduleDays', row: 9, col: VALUE, length: 35, kind: 'name'},
	{id: 'scheduleTime', row: 10, col: VALUE, length: 8, kind: 'name'},
	{id: 'text', row: 11, col: VALUE, length: 36, kind: 'text'},
];

const LABELS: Array<[number, string, string]> = [
	[5, 'Job name', 'Name'],
	[7, 'Frequency', '*ONCE, *WEEKLY, *MONTHLY'],
	[8, 'Schedule date', 'Date, *CURRENT, *NONE...'],
	[9, 'Schedule day', '*ALL, *NONE, *MON...'],
	[10, 'Schedule time', 'HHMM, *CURRENT'],
	[11, 'Text', ''],
];

type ScheduleState = PanelState & {controlGroup: string};

export type ScheduleRecorder = (job: string, command: string) => void;

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

export function addToSchedule(systemName: string, controlGroup: string, record: ScheduleRecorder): PanelInstance {
	const panel: Panel<ScheduleState> = {
		id: 'ADD-TO-SCHEDULE',
		functionKeys: () => [
			{key: 'F3', label: 'Exit'},
			{key: 'F12', label: 'Cancel'},
		],
		hiddenKeys: ['F1', 'F4'],
		fields: () => FIELDS,
		body: (state: ScheduleState, size: PanelSize) => {
			const runs: Run[] = [
				...titleRuns('Add Job Schedule Entry (ADDJOBSCDE)', systemName, size),
				textRun(3, 2, 'Type choices, press Enter.', BLUE),
				textRun(6, 3, `${dottedLabel('Control group', 39, ':')}  ${state.controlGroup}`),
				...LABELS.flatMap(([row, label, hint]) => [textRun(row, 3, dottedLabel(label, 39)), textRun(row, HINT + 2, hint.slice(0, 21), BLUE)]).filter(
					run => run.text !== '',
				),
				textRun(14, 2, 'Command to be added:', BLUE),
			];
			const problems = checkScheduleEntry(entryOf(state));
			const command = problems.length === 0 ? addJobScheduleEntryCommand(entryOf(state)) : 'ADDJOBSCDE … (complete the values above)';
			for (let index = 0; index * 76 < command.length && index < 4; index++)
				runs.push(textRun(15 + index, 3, command.slice(index * 76, index * 76 + 76), GREEN));
			return runs;
		},
		legendRow: 23,
		onKey: (state, keystroke) => {
			if (keystroke.kind !== 'key') return {state};
			if (keystroke.name === 'F12') return {state, effect: {type: 'close'}};
			if (keystroke.name === 'F3') return {state, effect: {type: 'exit'}};
			if (keystroke.name !== 'Enter') return {state};
			const entry = entryOf(state);
			const [problem] = checkScheduleEntry(entry);
			if (problem) {
				return {
					state: {...state, edit: showError(state.edit, {fieldId: problem.field, message: message('scheduleValueNotValid', problem.text)})},
				};
			}
			record(entry.job, addJobScheduleEntryCommand(entry));
			return {state, effect: {type: 'close', result: {message: message('scheduleEntryAdded', entry.job, systemName)}}};
		},
	};
	const values = {
		job: controlGroup.replace(/^\*/, ''),
		frequency: '*WEEKLY',
		scheduleDate: '*NONE',
		scheduleDays: '*ALL',
		scheduleTime: '2200',
		text: `Backup control group ${controlGroup}`,
	};
	return instance(panel, {controlGroup, edit: createEditState(FIELDS, values)});
}

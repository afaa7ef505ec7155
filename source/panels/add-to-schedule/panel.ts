// WRKCTLGBRM option 6, Add to schedule: the ADDJOBSCDE prompt as the IBM i command prompter lays
// it out, with Command to run holding STRBKUBRM CTLGRP(name) SBMJOB(*NO) [V brms.md §1.2]. Prompt
// conventions of brms.md §0.1: labels column 3, values column 44, hints column 58, nothing past
// column 80, ASCII only. A value longer than one line (Command to run, Text) is one 5250 field
// continued over the lines below. Enter checks every value, then the host adds the entry (the
// keyboard waits) and its messages are shown as the STRBKUBRM prompt shows them.
// Unverified [K]: the rows, the hints' wording, "+ for more values" as the second row of
// Schedule day; ADDJOBSCDE's other parameters (F10 on the real prompter) are left at their
// defaults and not shown.

import {checkScheduleEntry, defaultScheduleEntry, FREQUENCIES, SCHEDULE_DATES, SCHEDULE_DAYS, type ScheduleEntry} from '../../domain/job-schedule.js';
import {message} from '../../domain/messages.js';
import {createEditState, fieldValue, showError} from '../../ui/fields/editor.js';
import type {FieldDefinition} from '../../ui/fields/field.js';
import {KIT_MESSAGES} from '../../ui/fields/operator-errors.js';
import {BLUE, dottedLabel, scrollIndicatorRun, textRun, titleRuns, wrapText} from '../../ui/layout.js';
import {instance, type Panel, type PanelInstance, type PanelState, type TaskContext} from '../../ui/panel/panel.js';
import type {ValueList} from '../../ui/panel/windows.js';
import type {Run} from '../../ui/screen/model.js';
import {commandMessages, type HostRun, isCommandDone} from '../start-backup/panel.js';

const LABEL = 3;
const VALUE = 44;
const HINT = 58;
/** Columns 44-80: the room a continued value has on each line. */
const WIDE = 80 - VALUE + 1;
const DAY = 5;

export type ScheduleDeps = {
	systemName: string;
	/** Adds the entry on the system's host (the host interface's addJobScheduleEntry). */
	addEntry: (entry: ScheduleEntry, context: TaskContext) => Promise<HostRun & {command: string}>;
};

type Segmented = {id: string; rows: number[]; length: number};

const COMMAND: Segmented = {id: 'command', rows: [6, 7, 8], length: WIDE};
const TEXT: Segmented = {id: 'text', rows: [14, 15], length: WIDE};
const segmentId = (field: Segmented, index: number) => `${field.id}:${index}`;
/** Schedule day: the first value on its own row, six more after "+ for more values". */
const dayId = (index: number) => `day:${index}`;
const DAY_FIELDS: FieldDefinition[] = [
	{id: dayId(0), row: 11, col: VALUE, length: DAY, kind: 'name'},
	...Array.from({length: 6}, (_, index): FieldDefinition => ({id: dayId(index + 1), row: 12, col: VALUE + index * (DAY + 1), length: DAY, kind: 'name'})),
];

const FIELDS: FieldDefinition[] = [
	{id: 'job', row: 5, col: VALUE, length: 10, kind: 'name'},
	...COMMAND.rows.map((row, index): FieldDefinition => ({id: segmentId(COMMAND, index), row, col: VALUE, length: WIDE, kind: 'name'})),
	{id: 'frequency', row: 9, col: VALUE, length: 8, kind: 'name'},
	{id: 'scheduleDate', row: 10, col: VALUE, length: 10, kind: 'name'},
	...DAY_FIELDS,
	{id: 'scheduleTime', row: 13, col: VALUE, length: 8, kind: 'name'},
	...TEXT.rows.map((row, index): FieldDefinition => ({id: segmentId(TEXT, index), row, col: VALUE, length: index === 0 ? WIDE : 50 - WIDE, kind: 'text'})),
];

// Label, and the hint the prompter shows (cut with "..." to end by column 80, as it cuts them).
const LABELS: Array<[number, string, string]> = [
	[5, 'Job name', 'Name, *JOBD'],
	[6, 'Command to run', ''],
	[9, 'Frequency', '*ONCE, *WEEKLY...'],
	[10, 'Schedule date, or', 'Date, *CURRENT...'],
	[11, 'Schedule day', '*NONE, *ALL, *MON...'],
	[13, 'Schedule time', 'Time, *CURRENT'],
	[14, "Text 'description'", ''],
];

const VALUE_LISTS: Record<string, ValueList> = {
	frequency: {
		title: 'Frequency',
		values: FREQUENCIES.map(value => ({value, description: {'*ONCE': 'One time', '*WEEKLY': 'Every week', '*MONTHLY': 'Every month'}[value]})),
	},
	scheduleDate: {
		title: 'Schedule date',
		values: SCHEDULE_DATES.map(value => ({
			value,
			description: {'*NONE': 'Use Schedule day', '*CURRENT': 'Today', '*MONTHSTR': 'First day of the month', '*MONTHEND': 'Last day of the month'}[value],
		})),
	},
	day: {
		title: 'Schedule day',
		values: ['*ALL', '*NONE', ...SCHEDULE_DAYS].map(value => ({
			value,
			description: value === '*ALL' ? 'Every day' : value === '*NONE' ? 'Use Schedule date' : '',
		})),
	},
	scheduleTime: {title: 'Schedule time', values: [{value: '*CURRENT', description: 'The time the entry is added'}]},
};

/** A continued 5250 field: each line's part padded to its width, then joined (what the field holds). */
function joined(state: PanelState, field: Segmented): string {
	return field.rows.map((_, index) => fieldValue(state.edit, segmentId(field, index)).padEnd(index < field.rows.length - 1 ? field.length : 0)).join('');
}

type ScheduleState = PanelState & {controlGroup: string; run?: HostRun};

function entryOf(state: ScheduleState): ScheduleEntry {
	const value = (id: string) => fieldValue(state.edit, id).trim();
	return {
		job: value('job'),
		// CL takes any run of blanks as one, so the parts are joined with them collapsed.
		command: joined(state, COMMAND).replace(/\s+/g, ' ').trim(),
		frequency: value('frequency'),
		scheduleDate: value('scheduleDate'),
		scheduleDays: DAY_FIELDS.map(field => value(field.id)).filter(Boolean),
		scheduleTime: value('scheduleTime'),
		text: joined(state, TEXT).trimEnd(),
	};
}

/** The field a problem stands on. */
const FIELD_OF: Record<keyof ScheduleEntry, string> = {
	job: 'job',
	command: segmentId(COMMAND, 0),
	frequency: 'frequency',
	scheduleDate: 'scheduleDate',
	scheduleDays: dayId(0),
	scheduleTime: 'scheduleTime',
	text: segmentId(TEXT, 0),
};

function initialValues(controlGroup: string): Record<string, string> {
	const entry = defaultScheduleEntry(controlGroup);
	const values: Record<string, string> = {job: entry.job, frequency: entry.frequency, scheduleDate: entry.scheduleDate, scheduleTime: entry.scheduleTime};
	// The command wraps at blanks (CL reads them as one); the text is split where the field continues.
	for (const [index, line] of wrapText(entry.command, WIDE).entries()) values[segmentId(COMMAND, index)] = line;
	values[segmentId(TEXT, 0)] = entry.text.slice(0, WIDE);
	values[segmentId(TEXT, 1)] = entry.text.slice(WIDE);
	for (const [index, day] of entry.scheduleDays.entries()) values[dayId(index)] = day;
	return values;
}

export function addToSchedule(deps: ScheduleDeps, controlGroup: string): PanelInstance {
	const panel: Panel<ScheduleState> = {
		id: 'ADD-TO-SCHEDULE',
		functionKeys: () => [
			{key: 'F3', label: 'Exit'},
			{key: 'F4', label: 'Prompt'},
			{key: 'F5', label: 'Refresh'},
			{key: 'F12', label: 'Cancel'},
		],
		hiddenKeys: ['F1'],
		fields: () => FIELDS,
		legendRow: 23,
		body: (_state, size) => {
			const runs: Run[] = [...titleRuns('Add Job Schedule Entry (ADDJOBSCDE)', deps.systemName, size), textRun(3, 2, 'Type choices, press Enter.', BLUE)];
			for (const [row, label, hint] of LABELS) {
				runs.push(textRun(row, LABEL, dottedLabel(label, 41 - LABEL, '.', LABEL)));
				if (hint) runs.push(textRun(row, HINT, hint, BLUE));
			}
			runs.push(textRun(12, VALUE - 2 - '+ for more values'.length, '+ for more values'), scrollIndicatorRun(22, false));
			return runs;
		},
		prompt: (_state, fieldId) => VALUE_LISTS[fieldId.startsWith('day:') ? 'day' : fieldId],
		onKey: (state, keystroke) => {
			if (keystroke.kind !== 'key') return {state};
			switch (keystroke.name) {
				case 'F12':
					return {state, effect: {type: 'close'}};
				case 'F3':
					return {state, effect: {type: 'exit'}};
				case 'F5':
					return {state: {...state, edit: createEditState(FIELDS, initialValues(controlGroup))}};
				case 'Enter': {
					const entry = entryOf(state);
					const [problem] = checkScheduleEntry(entry);
					if (problem) {
						const shown = {id: message('scheduleValueNotValid').id, text: problem.text};
						return {state: {...state, edit: showError(state.edit, {fieldId: FIELD_OF[problem.field], message: shown})}};
					}
					return {state: {...state, notice: KIT_MESSAGES.waitingForHost}, effect: {type: 'task', task: context => deps.addEntry(entry, context)}};
				}
				default:
					return {state};
			}
		},
		onTaskDone: (state, result) => {
			if (!result.ok) return {state: {...state, edit: showError(state.edit, {message: message('hostRunFailed', result.error.message)})}};
			const run = result.value as HostRun & {command: string};
			return {state: {...state, run}, effect: {type: 'open', panel: commandMessages(deps.systemName, run.command, run).panel}};
		},
		// Back from the host's messages: the function is done; the list says whether the host added it.
		onReturn: (state, result) => {
			if (!isCommandDone(result) || !state.run) return {state};
			const {run} = state;
			const job = entryOf(state).job;
			const added = run.outcome === 'completed' && run.exitCode === 0;
			const said = message(added ? 'scheduleEntryAdded' : run.outcome === 'unknown' ? 'scheduleOutcomeUnknown' : 'scheduleNotAdded', job, deps.systemName);
			return {state, effect: {type: 'close', result: {message: said}}};
		},
	};
	return instance(panel, {controlGroup, edit: createEditState(FIELDS, initialValues(controlGroup))});
}

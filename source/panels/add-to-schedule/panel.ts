// WRKCTLGBRM option 6, Add to schedule: the ADDJOBSCDE prompt as the IBM i command prompter lays
// it out, with Command to run holding STRBKUBRM CTLGRP(name) SBMJOB(*NO) [V brms.md §1.2]. Enter
// checks every value, then the host adds the entry (a task: the keyboard waits; over SSH the IBM i
// runs ADDJOBSCDE, the demo system keeps its own scheduler) and its messages are shown as the
// STRBKUBRM prompt shows them. Line 24 of the list says "added" only when the host said so.

import type {ScheduleRun} from '../../domain/command-run.js';
import {checkScheduleEntry, defaultScheduleEntry, type ScheduleEntry} from '../../domain/job-schedule.js';
import {message} from '../../domain/messages.js';
import {createEditState, fieldValue, showError} from '../../ui/fields/editor.js';
import {KIT_MESSAGES} from '../../ui/fields/operator-errors.js';
import {wrapText} from '../../ui/layout.js';
import {instance, open, type PanelState} from '../../ui/panel/panel.js';
import {helpWindow} from '../../ui/panel/windows.js';
import type {BrmsInstance, BrmsPanel, BrmsTransition, OptionDone} from '../brms-panel.js';
import {commandMessages} from '../command-messages/panel.js';
import {addScheduleEntry, type HostAnswer} from '../effects.js';
import {PROMPTER_HELP} from '../help-texts.js';
import type {PanelDefinition} from '../registry.js';
import {COMMAND, type Continued, DAY_FIELDS, dayId, FIELD_OF, FIELDS, segmentId, TEXT, TITLE, VALUE_LISTS, WIDE} from './layout.js';
import {body, functionKeys, type ScheduleView} from './view.js';

type ScheduleState = PanelState &
	ScheduleView & {
		controlGroup: string;
		/** What the list's line 24 says once the host's messages are read. */
		said?: OptionDone['said'];
	};

type ScheduleMsg = {type: 'added'; job: string; answer: HostAnswer<ScheduleRun>} | {type: 'messagesClosed'};

type Next = BrmsTransition<ScheduleState, ScheduleMsg, OptionDone>;

/** A continued 5250 field: each line's part padded to its width, then joined (what the field holds). */
function joined(state: ScheduleState, field: Continued): string {
	return field.rows.map((_, index) => fieldValue(state.edit, segmentId(field, index)).padEnd(index < field.rows.length - 1 ? field.length : 0)).join('');
}

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

/** What the host's answer means for the list: added only when the host ran it and said so. */
function verdict(run: ScheduleRun, job: string, systemName: string): OptionDone['said'] {
	if (run.outcome === 'unknown') return message('scheduleOutcomeUnknown', job, systemName);
	return message(run.exitCode === 0 ? 'scheduleEntryAdded' : 'scheduleNotAdded', job, systemName);
}

const panel: BrmsPanel<ScheduleState, ScheduleMsg, OptionDone> = {
	id: 'ADD-TO-SCHEDULE',
	functionKeys,
	fields: () => FIELDS,
	body,
	prompt: (_state, fieldId) => {
		const list = VALUE_LISTS[fieldId.startsWith('day:') ? 'day' : fieldId];
		return list && {kind: 'values', list};
	},
	onKey: (state, keystroke): Next => {
		if (keystroke.kind !== 'key') return {state};
		switch (keystroke.name) {
			case 'F12':
				return {state, effect: {type: 'close'}};
			case 'F3':
				return {state, effect: {type: 'exit'}};
			case 'F5':
				return {state: {...state, edit: createEditState(FIELDS, initialValues(state.controlGroup))}};
			case 'F13':
				return {state, effect: open(helpWindow(PROMPTER_HELP))};
			case 'Enter': {
				const entry = entryOf(state);
				const [problem] = checkScheduleEntry(entry);
				if (problem) {
					return {state: {...state, edit: showError(state.edit, {fieldId: FIELD_OF[problem.field], message: message('scheduleValueNotValid', problem.text)})}};
				}
				return {
					state: {...state, notice: KIT_MESSAGES.waitingForHost},
					effect: addScheduleEntry(entry, answer => ({type: 'added', job: entry.job, answer})),
				};
			}
			default:
				return {state};
		}
	},
	onResult: (state, result): Next => {
		switch (result.type) {
			case 'added': {
				const waited = {...state, notice: undefined};
				const {answer} = result;
				// Stopped (Ctrl+C): the runtime says so on line 24 (the host may still add it).
				if (!answer.ok)
					return {
						state: answer.stopped ? waited : {...waited, edit: showError(state.edit, {message: message('hostRunFailed', state.systemName, answer.error)})},
					};
				const run = answer.value;
				return {
					state: {...waited, said: verdict(run, result.job, state.systemName)},
					effect: open(commandMessages(state.systemName, run.command, run), () => ({type: 'messagesClosed'})),
				};
			}
			// Back from the host's messages: the function is done; the list says whether the host added it.
			case 'messagesClosed':
				return {state, effect: {type: 'close', result: state.said && {said: state.said}}};
		}
	},
};

export function addToSchedule(systemName: string, controlGroup: string): BrmsInstance<OptionDone> {
	return instance(panel, {systemName, controlGroup, edit: createEditState(FIELDS, initialValues(controlGroup))});
}

export const ADD_TO_SCHEDULE: PanelDefinition = {
	title: TITLE,
	help: [
		'Adds a job-schedule entry on the host whose Command to run is STRBKUBRM CTLGRP(group) SBMJOB(*NO), on the days and at the time you choose; F4 on a field lists its values. IBM advises SBMJOB(*CTLSBS) for groups that need a restricted state: type it in Command to run.',
		'Enter checks every value, then the host adds the entry (over SSH the IBM i runs ADDJOBSCDE; the demo system keeps its own scheduler in demo-job-schedule.json) and its messages are shown. The list says the entry was added only when the host said so.',
	],
	// BRMS's legend starts its second line here (brms.md §1.2).
	option: {value: 6, label: 'Add to schedule', newLine: true, open: ({systemName, groups: [stored]}) => stored && addToSchedule(systemName, stored.group.name)},
};

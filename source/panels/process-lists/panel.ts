// Options 9 (Subsystems to process) and 10 (Job queues to process): a control group's list of
// subsystems to end and restart, or job queues to hold and release, edited as 5250 subfile
// lines. Their layouts are reconstructions (brms.md §4.3, §4.4 [?]); only Seq, Subsystem and
// Restart are verified for option 9. Enter checks every line with BRMS's rules, stores a valid
// list renumbered 10, 20, 30 …, and returns; F12 keeps nothing; F3 keeps a valid list and leaves.

import type {ControlGroup, JobQueueEntry, SubsystemEntry} from '../../domain/control-group.js';
import {message} from '../../domain/messages.js';
import {checkJobQueue, checkSubsystem, errorsOnly, type Problem, problemMessage, resequence} from '../../domain/rules.js';
import {createEditState, fieldValue, placeCursor, showError} from '../../ui/fields/editor.js';
import {instance, type PanelState} from '../../ui/panel/panel.js';
import type {BrmsInstance, BrmsPanel, BrmsTransition, OptionDone} from '../brms-panel.js';
import {failureMessage, saveGroup} from '../effects.js';
import {FIELD_HELP, type FieldHelpId, valueList} from '../help-texts.js';
import type {PanelDefinition} from '../registry.js';
import type {Saved, StoredGroup} from '../services.js';
import {body, fieldId, fields, type ListLayout, type ListView, pageSize, SEQ, window} from './view.js';

type ListSpec<Row extends {seq: number}> = ListLayout & {
	id: 'SUBSYSTEMS' | 'JOB-QUEUES';
	rows: (group: ControlGroup) => Row[];
	/** A line's values (strings, blank for null) and back. */
	toValues: (row: Row) => Partial<Record<FieldHelpId, string>>;
	fromValues: (value: (key: FieldHelpId) => string | null, seq: number) => Row;
	check: (row: Row, index: number, rows: Row[]) => Problem[];
	store: (group: ControlGroup, rows: Row[]) => ControlGroup;
};

type ListState = PanelState & ListView & {group: ControlGroup; revision: number};

type ListMsg = {type: 'saved'; saved: Saved; leave: 'close' | 'exit'};

const SUBSYSTEMS: ListSpec<SubsystemEntry> = {
	id: 'SUBSYSTEMS',
	title: 'Subsystems to Process',
	headings: ['                                      End         Delay', ' Seq   Subsystem   Library    Restart Option      (seconds)'],
	columns: [
		SEQ,
		{key: 'subsystem', col: 8, length: 10, kind: 'name', required: true},
		{key: 'library', col: 20, length: 10, kind: 'name'},
		{key: 'restart', col: 31, length: 4, kind: 'name', list: 'restart'},
		{key: 'endOption', col: 39, length: 7, kind: 'name', list: 'endOption'},
		{key: 'delay', col: 51, length: 8, kind: 'name'},
	],
	rows: group => group.subsystems,
	toValues: row => ({subsystem: row.subsystem, library: row.library ?? '', restart: row.restart, endOption: row.endOption ?? '', delay: row.delay ?? ''}),
	// A new line's Restart defaults to *YES (restart what was ended) [K].
	fromValues: (value, seq) => ({
		seq,
		subsystem: value('subsystem') ?? '',
		library: value('library'),
		restart: value('restart') ?? '*YES',
		endOption: value('endOption'),
		delay: value('delay'),
	}),
	check: checkSubsystem,
	store: (group, rows) => ({...group, subsystems: rows}),
};

const JOB_QUEUES: ListSpec<JobQueueEntry> = {
	id: 'JOB-QUEUES',
	title: 'Job Queues to Process',
	headings: [' Seq   Job Queue   Library    Hold     Release'],
	columns: [
		SEQ,
		{key: 'jobQueue', col: 8, length: 10, kind: 'name', required: true},
		{key: 'library', col: 20, length: 10, kind: 'name'},
		{key: 'hold', col: 31, length: 4, kind: 'name', list: 'hold'},
		{key: 'release', col: 40, length: 4, kind: 'name', list: 'release'},
	],
	rows: group => group.jobQueues,
	toValues: row => ({jobQueue: row.jobQueue, library: row.library ?? '', hold: row.hold, release: row.release}),
	// A new line holds the queue and releases it afterwards unless told otherwise [K].
	fromValues: (value, seq) => ({
		seq,
		jobQueue: value('jobQueue') ?? '',
		library: value('library'),
		hold: value('hold') ?? '*YES',
		release: value('release') ?? '*YES',
	}),
	check: checkJobQueue,
	store: (group, rows) => ({...group, jobQueues: rows}),
};

function linesFor(layout: ListLayout, count: number): number {
	// The rows, then blank lines to the end of the page (a full page gets a page of them): the
	// list never ends on an empty page; Roll Up past a last line typed on adds a page (more).
	return count + pageSize(layout) - (count % pageSize(layout));
}

function valuesFor<Row extends {seq: number}>(spec: ListSpec<Row>, group: ControlGroup): Record<string, string> {
	const values: Record<string, string> = {};
	[...spec.rows(group)]
		.sort((a, b) => a.seq - b.seq)
		.forEach((row, line) => {
			values[fieldId(line, 'seq')] = String(row.seq).padStart(SEQ.length);
			for (const column of spec.columns) {
				const value = spec.toValues(row)[column.key];
				if (value !== undefined) values[fieldId(line, column.key)] = value;
			}
		});
	return values;
}

/** The column of a field on a line (`line:3:restart`). */
function columnOf<Row extends {seq: number}>(spec: ListSpec<Row>, id: string) {
	return spec.columns.find(column => id.endsWith(`:${column.key}`));
}

function listPanel<Row extends {seq: number}>(spec: ListSpec<Row>): BrmsPanel<ListState, ListMsg, OptionDone> {
	/** The lines as rows; a line with a blank Seq or name is removed. */
	const typed = (state: ListState) => {
		const rows: Row[] = [];
		const lineOf = new Map<Row, number>();
		for (let line = 0; line < state.lines; line++) {
			const value = (key: FieldHelpId) => fieldValue(state.edit, fieldId(line, key)).trim() || null;
			if (spec.columns.some(column => column.required && value(column.key) === null)) continue;
			const seq = value('seq')!;
			const row = spec.fromValues(value, /^\d+$/.test(seq) ? Number(seq) : Number.NaN);
			rows.push(row);
			lineOf.set(row, line);
		}
		return {rows, lineOf};
	};

	const submit = (state: ListState, leave: 'close' | 'exit'): BrmsTransition<ListState, ListMsg, OptionDone> => {
		const {rows, lineOf} = typed(state);
		const [problem] = errorsOnly(rows.flatMap((row, index) => spec.check(row, index, rows)));
		if (problem) {
			const line = lineOf.get(rows[problem.index ?? 0]!) ?? 0;
			const column = spec.columns.find(each => each.key === problem.field.split('.').at(-1)) ?? SEQ;
			const top = Math.floor(line / pageSize(spec)) * pageSize(spec);
			return {state: {...state, top, edit: showError(state.edit, {fieldId: fieldId(line, column.key), message: problemMessage(problem)})}};
		}
		return {state, effect: saveGroup(spec.store(state.group, resequence(rows)), state.revision, saved => ({type: 'saved', saved, leave}))};
	};

	const more = (state: ListState): ListState | undefined => {
		const last = state.lines - 1;
		const typedOn = spec.columns.some(column => fieldValue(state.edit, fieldId(last, column.key)).trim() !== '');
		return typedOn ? {...state, lines: state.lines + pageSize(spec)} : undefined;
	};

	return {
		id: spec.id,
		subfile: {window: state => window(spec, state), setTop: (state, top) => ({...state, top}), more},
		functionKeys: () => [
			{key: 'F3', label: 'Exit'},
			{key: 'F5', label: 'Refresh'},
			{key: 'F12', label: 'Cancel'},
		],
		hiddenKeys: ['F1'],
		fields: state => fields(spec, state),
		body: (state, size) => body(spec, state, size),
		legendRow: 23,
		prompt: (_state, id) => {
			const list = columnOf(spec, id)?.list;
			return list ? {kind: 'values', list: valueList(list)} : undefined;
		},
		help: (_state, id) => {
			const column = id === undefined ? undefined : columnOf(spec, id);
			return column && FIELD_HELP[column.key];
		},
		onKey: (state, keystroke) => {
			if (keystroke.kind !== 'key') return {state};
			switch (keystroke.name) {
				case 'Enter':
					return submit(state, 'close');
				case 'F3':
					return state.edit.modified.length > 0 ? submit(state, 'exit') : {state, effect: {type: 'exit'}};
				case 'F12':
					return {state, effect: {type: 'close'}};
				case 'F5':
					return {state: {...state, top: 0, edit: createEditState([], valuesFor(spec, state.group))}};
				default:
					return {state};
			}
		},
		onResult: (state, {saved, leave}) => {
			if (!saved.ok) return {state: {...state, edit: showError(state.edit, {message: failureMessage(saved.failure)})}};
			if (leave === 'exit') return {state, effect: {type: 'exit'}};
			return {state, effect: {type: 'close', result: {said: message('groupSaved', state.group.name)}}};
		},
	};
}

const LIST_PANELS = {SUBSYSTEMS: listPanel(SUBSYSTEMS), 'JOB-QUEUES': listPanel(JOB_QUEUES)};

function processList<Row extends {seq: number}>(spec: ListSpec<Row>, systemName: string, {group, revision}: StoredGroup): BrmsInstance<OptionDone> {
	const state: ListState = {
		systemName,
		groupName: group.name,
		group,
		revision,
		lines: linesFor(spec, spec.rows(group).length),
		top: 0,
		edit: createEditState([], valuesFor(spec, group)),
	};
	return instance(LIST_PANELS[spec.id], {...state, edit: placeCursor(state.edit, fields(spec, state), fieldId(0, 'seq'))});
}

export const SUBSYSTEMS_TO_PROCESS: PanelDefinition = {
	title: SUBSYSTEMS.title,
	help: [
		"Subsystems to Process lists the subsystems BRMS ends before the group's entries run and restarts (Restart *YES) after them. Type on a blank line to add one; blank out Seq or Subsystem to remove one.",
	],
	option: {value: 9, label: 'Subsystems to process', open: ({systemName, groups: [stored]}) => stored && processList(SUBSYSTEMS, systemName, stored)},
};

export const JOB_QUEUES_TO_PROCESS: PanelDefinition = {
	title: JOB_QUEUES.title,
	help: [
		'Job Queues to Process lists the job queues BRMS holds while the group runs and releases after it. Type on a blank line to add one; blank out Seq or Job Queue to remove one.',
	],
	option: {value: 10, label: 'Job queues to process', open: ({systemName, groups: [stored]}) => stored && processList(JOB_QUEUES, systemName, stored)},
};

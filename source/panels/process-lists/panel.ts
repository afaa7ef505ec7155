// Options 9 (Subsystems to process) and 10 (Job queues to process): a control group's list of
// subsystems to end and restart, or job queues to hold and release, edited as 5250 subfile
// lines. Their layouts are reconstructions (brms.md §4.3, §4.4 [?]); only Seq, Subsystem and
// Restart are verified for option 9. Enter checks every line with BRMS's rules, stores a valid
// list renumbered 10, 20, 30 …, and returns; F12 keeps nothing; F3 keeps a valid list and leaves.

import type {ControlGroup, JobQueueEntry, SubsystemEntry} from '../../domain/control-group.js';
import {message} from '../../domain/messages.js';
import {checkJobQueue, checkSubsystem, errorsOnly, type Problem, problemMessage, resequence} from '../../domain/rules.js';
import {createEditState, fieldValue, placeCursor, showError} from '../../ui/fields/editor.js';
import type {FieldDefinition, FieldKind} from '../../ui/fields/field.js';
import {BLUE, dottedLabel, type PanelSize, scrollIndicatorRun, textRun, titleRuns, WHITE} from '../../ui/layout.js';
import {instance, type Panel, type PanelInstance, type PanelState, type Transition} from '../../ui/panel/panel.js';
import {panelHelp} from '../../ui/panel/windows.js';
import type {Run} from '../../ui/screen/model.js';
import {hasMore, visibleIndexes} from '../../ui/subfile.js';
import {FIELD_HELP, PANEL_HELP, valueList} from '../help-texts.js';

type Column = {key: string; col: number; length: number; kind: FieldKind; required?: boolean};

type ListSpec<Row extends {seq: number}> = {
	id: string;
	title: string;
	headings: string[];
	columns: Column[];
	rows: (group: ControlGroup) => Row[];
	/** A line's values (strings, blank for null) and back. */
	toValues: (row: Row) => Record<string, string>;
	fromValues: (value: (key: string) => string | null, seq: number) => Row;
	check: (row: Row, index: number, rows: Row[]) => Problem[];
	store: (group: ControlGroup, rows: Row[]) => ControlGroup;
};

type ListState = PanelState & {group: ControlGroup; revision: number; lines: number; top: number};

export type ListStore = {save: (group: ControlGroup, startedFrom: number | null) => number};

const SEQ: Column = {key: 'seq', col: 2, length: 4, kind: 'digits', required: true};

export const SUBSYSTEMS: ListSpec<SubsystemEntry> = {
	id: 'SUBSYSTEMS',
	title: 'Subsystems to Process',
	headings: ['                                      End         Delay', ' Seq   Subsystem   Library    Restart Option      (seconds)'],
	columns: [
		SEQ,
		{key: 'subsystem', col: 8, length: 10, kind: 'name', required: true},
		{key: 'library', col: 20, length: 10, kind: 'name'},
		{key: 'restart', col: 31, length: 4, kind: 'name'},
		{key: 'endOption', col: 39, length: 7, kind: 'name'},
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

export const JOB_QUEUES: ListSpec<JobQueueEntry> = {
	id: 'JOB-QUEUES',
	title: 'Job Queues to Process',
	headings: ['', ' Seq   Job Queue   Library    Hold     Release'],
	columns: [
		SEQ,
		{key: 'jobQueue', col: 8, length: 10, kind: 'name', required: true},
		{key: 'library', col: 20, length: 10, kind: 'name'},
		{key: 'hold', col: 31, length: 4, kind: 'name'},
		{key: 'release', col: 40, length: 4, kind: 'name'},
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

const FIRST_ROW = 9;
const PAGE_SIZE = 11;

const fieldId = (line: number, key: string) => `line:${line}:${key}`;

function linesFor(count: number): number {
	// The rows, then blank lines to fill the page and one more page for new ones.
	return count + PAGE_SIZE + ((PAGE_SIZE - ((count + PAGE_SIZE) % PAGE_SIZE)) % PAGE_SIZE);
}

function valuesFor<Row extends {seq: number}>(spec: ListSpec<Row>, group: ControlGroup): Record<string, string> {
	const values: Record<string, string> = {};
	[...spec.rows(group)]
		.sort((a, b) => a.seq - b.seq)
		.forEach((row, line) => {
			values[fieldId(line, 'seq')] = String(row.seq).padStart(SEQ.length);
			for (const [key, value] of Object.entries(spec.toValues(row))) values[fieldId(line, key)] = value;
		});
	return values;
}

export function processList<Row extends {seq: number}>(
	spec: ListSpec<Row>,
	systemName: string,
	store: ListStore,
	stored: {group: ControlGroup; revision: number},
): PanelInstance {
	const fields = (state: ListState): FieldDefinition[] =>
		visibleIndexes({top: state.top, pageSize: PAGE_SIZE, total: state.lines}).flatMap((line, index) =>
			spec.columns.map(column => ({
				id: fieldId(line, column.key),
				row: FIRST_ROW + index,
				col: column.col,
				length: column.length,
				kind: column.kind,
				rightAdjust: column.key === 'seq',
			})),
		);

	const body = (state: ListState, size: PanelSize): Run[] => [
		...titleRuns(spec.title, systemName, size),
		textRun(3, 2, `${dottedLabel('Control group', 29, ':')} ${state.group.name}`),
		textRun(5, 2, 'Type choices, press Enter.', BLUE),
		...spec.headings.map((heading, index) => textRun(7 + index, 1, heading, WHITE)),
		scrollIndicatorRun(FIRST_ROW + PAGE_SIZE, hasMore({top: state.top, pageSize: PAGE_SIZE, total: state.lines}), 76),
	];

	/** The lines as rows; a line with a blank Seq or name is removed. */
	const typed = (state: ListState) => {
		const rows: Row[] = [];
		const lineOf = new Map<Row, number>();
		for (let line = 0; line < state.lines; line++) {
			const value = (key: string) => fieldValue(state.edit, fieldId(line, key)).trim() || null;
			const required = spec.columns.filter(column => column.required);
			if (required.some(column => value(column.key) === null)) continue;
			const seq = value('seq')!;
			const row = spec.fromValues(value, /^\d+$/.test(seq) ? Number(seq) : Number.NaN);
			rows.push(row);
			lineOf.set(row, line);
		}
		return {rows, lineOf};
	};

	const submit = (state: ListState, leave: 'close' | 'exit'): Transition<ListState> => {
		const {rows, lineOf} = typed(state);
		const [problem] = errorsOnly(rows.flatMap((row, index) => spec.check(row, index, rows)));
		if (problem) {
			const line = lineOf.get(rows[problem.index ?? 0]!) ?? 0;
			const key = problem.field.split('.').at(-1)!;
			const top = Math.floor(line / PAGE_SIZE) * PAGE_SIZE;
			return {state: {...state, top, edit: showError(state.edit, {fieldId: fieldId(line, key), message: problemMessage(problem)})}};
		}
		try {
			store.save(spec.store(state.group, resequence(rows)), state.revision);
		} catch (error) {
			return {state: {...state, edit: showError(state.edit, {message: message('saveFailed', state.group.name, (error as Error).message)})}};
		}
		if (leave === 'exit') return {state, effect: {type: 'exit'}};
		return {state, effect: {type: 'close', result: {saved: true, groupName: state.group.name, message: message('groupSaved', state.group.name)}}};
	};

	const panel: Panel<ListState> = {
		id: spec.id,
		subfile: {window: state => ({top: state.top, pageSize: PAGE_SIZE, total: state.lines}), setTop: (state, top) => ({...state, top})},
		functionKeys: () => [
			{key: 'F3', label: 'Exit'},
			{key: 'F5', label: 'Refresh'},
			{key: 'F12', label: 'Cancel'},
		],
		hiddenKeys: ['F1'],
		fields,
		body,
		legendRow: 23,
		prompt: (_state, id) => valueList(id.split(':').at(-1) ?? ''),
		help: (_state, id) => (id === undefined ? panelHelp(spec.title, PANEL_HELP[spec.id] ?? []) : FIELD_HELP[id.split(':').at(-1) ?? '']),
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
	};
	const state: ListState = {
		group: stored.group,
		revision: stored.revision,
		lines: linesFor(spec.rows(stored.group).length),
		top: 0,
		edit: createEditState([], valuesFor(spec, stored.group)),
	};
	return instance(panel, {...state, edit: placeCursor(state.edit, fields(state), fieldId(0, 'seq'))});
}

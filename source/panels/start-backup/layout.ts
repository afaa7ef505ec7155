// Where everything stands on the STRBKUBRM prompt (24x80), as the IBM i command prompter lays a
// command out (brms.md §0.1 [V]: labels at column 3 and nested ones at 5, values at 44, the
// allowed values from 58, nothing past column 80): one parameter (or element, or library of a
// qualified name) a line, in the command's order (brms.md §5.1 — keywords CTLGRP, SBMJOB, JOBD
// verified, the rest [K]). The parameters that are not usually changed show after F10, under
// "Additional Parameters", as the prompter shows them. The lines scroll (Roll keys) over rows 5
// to 20, More... or Bottom on row 21, the prompter's keys on rows 22-23. Unverified [K]: which
// parameters are the additional ones, their hints' wording, and the CL command shown at the end
// (brms-tui's own: what Enter sends).
// And the values F4 lists on each field.

import {RETENTION_TYPES, STRBKUBRM_PARAMETERS, type StrbkubrmProblem} from '../../domain/strbkubrm.js';
import type {FieldDefinition} from '../../ui/fields/field.js';
import type {ValueList} from '../../ui/panel/windows.js';

export const TITLE = 'Start Backup using BRM (STRBKUBRM)';

export const LABEL = 3;
export const VALUE = 44;
export const HINT = 58;
/** Columns 58-80. */
export const HINT_WIDTH = 80 - HINT + 1;
export const FIRST_ROW = 5;
/** Prompt lines on a page: rows 5-20. */
export const PAGE_SIZE = 16;
export const SCROLL_INDICATOR_ROW = 21;

export type FieldId =
	| 'controlGroup'
	| 'scheduleTime'
	| 'submitJob'
	| 'start'
	| 'end'
	| 'activity'
	| 'retentionType'
	| 'retentionValue'
	| 'append'
	| 'jobDescription'
	| 'jobDescriptionLibrary'
	| 'jobQueue'
	| 'jobQueueLibrary'
	| 'omits';

/** One input field of the prompt: a parameter, an element of an element list or a qualifier (nested under its parameter). */
export type PromptField = {
	id: FieldId;
	label: string;
	length: number;
	hint: string;
	keyword: keyof typeof STRBKUBRM_PARAMETERS;
	element?: StrbkubrmProblem['element'];
	/** Nested under the line above it (an element, a library). */
	nested?: boolean;
	/** Shown after F10 (Additional Parameters). */
	additional?: boolean;
};

/** A line of the prompt: a field, a heading of an element list, or a blank. */
export type PromptLine = {kind: 'field'; field: PromptField} | {kind: 'heading'; label: string; additional?: boolean} | {kind: 'blank'};

const P = STRBKUBRM_PARAMETERS;
const LIBRARY_HINT = 'Name, *LIBL, *CURLIB';

export const PARAMETERS: readonly PromptField[] = [
	{id: 'controlGroup', label: P.CTLGRP.prompt, length: 10, hint: P.CTLGRP.hint, keyword: 'CTLGRP'},
	{id: 'scheduleTime', label: P.SCDTIME.prompt, length: 8, hint: P.SCDTIME.hint, keyword: 'SCDTIME'},
	{id: 'submitJob', label: P.SBMJOB.prompt, length: 7, hint: P.SBMJOB.hint, keyword: 'SBMJOB'},
	{id: 'start', label: 'Beginning sequence', length: 6, hint: '1-9999, *FIRST', keyword: 'STRSEQ', element: 'start', nested: true},
	{id: 'end', label: 'Ending sequence', length: 6, hint: '1-9999, *LAST', keyword: 'STRSEQ', element: 'end', nested: true},
	{id: 'activity', label: P.ACTIVITY.prompt, length: 10, hint: P.ACTIVITY.hint, keyword: 'ACTIVITY'},
	{id: 'retentionType', label: 'Retention type', length: 10, hint: P.RETENTION.hint, keyword: 'RETENTION', element: 'type', nested: true, additional: true},
	{id: 'retentionValue', label: 'Retain media', length: 4, hint: 'Number, blank', keyword: 'RETENTION', element: 'value', nested: true, additional: true},
	{id: 'append', label: P.APPEND.prompt, length: 10, hint: P.APPEND.hint, keyword: 'APPEND', additional: true},
	{id: 'jobDescription', label: P.JOBD.prompt, length: 10, hint: P.JOBD.hint, keyword: 'JOBD', additional: true},
	{id: 'jobDescriptionLibrary', label: 'Library', length: 10, hint: LIBRARY_HINT, keyword: 'JOBD', nested: true, additional: true},
	{id: 'jobQueue', label: P.JOBQ.prompt, length: 10, hint: P.JOBQ.hint, keyword: 'JOBQ', additional: true},
	{id: 'jobQueueLibrary', label: 'Library', length: 10, hint: LIBRARY_HINT, keyword: 'JOBQ', nested: true, additional: true},
	{id: 'omits', label: P.OMITS.prompt, length: 8, hint: P.OMITS.hint, keyword: 'OMITS', additional: true},
];

const field = (id: FieldId): PromptLine => ({kind: 'field', field: PARAMETERS.find(each => each.id === id)!});

/** The prompt's lines, in order; `additional`: with the parameters F10 shows. */
export function promptLines(additional: boolean): PromptLine[] {
	const basic: PromptLine[] = [
		field('controlGroup'),
		field('scheduleTime'),
		field('submitJob'),
		{kind: 'heading', label: `${P.STRSEQ.prompt}:`},
		field('start'),
		field('end'),
		field('activity'),
	];
	if (!additional) return basic;
	return [
		...basic,
		{kind: 'blank'},
		{kind: 'heading', label: 'Additional Parameters', additional: true},
		{kind: 'blank'},
		{kind: 'heading', label: `${P.RETENTION.prompt}:`},
		field('retentionType'),
		field('retentionValue'),
		field('append'),
		field('jobDescription'),
		field('jobDescriptionLibrary'),
		field('jobQueue'),
		field('jobQueueLibrary'),
		field('omits'),
	];
}

/** The input field of a prompt field standing on `row`. */
export function fieldAt(prompt: PromptField, row: number): FieldDefinition {
	return {id: prompt.id, row, col: VALUE, length: prompt.length, kind: prompt.id === 'retentionValue' ? 'digits' : 'name'};
}

/** F4 on a field: the values the prompt allows there (brms.md §5.1; RETENTION and APPEND [?]). */
export const VALUE_LISTS: Partial<Readonly<Record<FieldId, ValueList>>> = {
	scheduleTime: {title: 'Schedule time', values: [{value: '*IMMED', description: 'Start now'}]},
	submitJob: {
		title: 'Submit to batch',
		values: [
			{value: '*YES', description: 'Submit a batch job'},
			{value: '*NO', description: 'Run in this session'},
			{value: '*CTLSBS', description: 'Batch, in the controlling subsystem'},
		],
	},
	activity: {
		title: 'Activity',
		values: [
			{value: '*CTLGRPATR', description: "The group's weekly activity"},
			{value: '*FULL', description: 'Full backup'},
			{value: '*INCR', description: 'Incremental backup'},
		],
	},
	retentionType: {
		title: 'Retention type',
		values: Object.keys(RETENTION_TYPES).map(value => ({
			value,
			description: RETENTION_TYPES[value] === 'number' ? 'with a number to keep' : value === '*PERM' ? 'Keep permanently' : 'As the media policy says',
		})),
	},
	append: {
		title: 'Append to media',
		values: [
			{value: '*CTLGRPATR', description: "The group's attribute"},
			{value: '*YES', description: 'Append to active media'},
			{value: '*NO', description: 'Start on new media'},
		],
	},
	jobDescriptionLibrary: {
		title: 'Library',
		values: [
			{value: '*LIBL', description: 'The library list'},
			{value: '*CURLIB', description: 'The current library'},
		],
	},
	jobQueueLibrary: {
		title: 'Library',
		values: [
			{value: '*LIBL', description: 'The library list'},
			{value: '*CURLIB', description: 'The current library'},
		],
	},
	omits: {
		title: 'Process object omits',
		values: [
			{value: '*PROCESS', description: 'Leave out the omitted objects'},
			{value: '*IGNORE', description: 'Save everything'},
		],
	},
};

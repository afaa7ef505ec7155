// Where everything stands on the STRBKUBRM prompt (24x80), as data: rows 5-18, one parameter
// (or element) a row, in the command's order (brms.md §5.1 — keywords CTLGRP, SBMJOB, JOBD
// verified, the rest [K]); the element lists have a heading row of their own, as the IBM i
// prompter shows them. And the values F4 lists on each field.

import {RETENTION_TYPES, STRBKUBRM_PARAMETERS, type StrbkubrmProblem} from '../../domain/strbkubrm.js';
import type {FieldDefinition} from '../../ui/fields/field.js';
import type {ValueList} from '../../ui/panel/windows.js';

export const TITLE = 'Start Backup using BRM (STRBKUBRM)';

export const VALUE = 37;
export const HINT = 59;
export const HINT_WIDTH = 80 - HINT + 1;

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
	| 'jobQueue'
	| 'omits';

/** One input field of the prompt: a parameter, or one element of an element list (indented under its heading). */
export type PromptField = {
	id: FieldId;
	row: number;
	label: string;
	length: number;
	hint: string;
	keyword: keyof typeof STRBKUBRM_PARAMETERS;
	element?: StrbkubrmProblem['element'];
};

const P = STRBKUBRM_PARAMETERS;

export const PARAMETERS: readonly PromptField[] = [
	{id: 'controlGroup', row: 5, label: P.CTLGRP.prompt, length: 10, hint: P.CTLGRP.hint, keyword: 'CTLGRP'},
	{id: 'scheduleTime', row: 6, label: P.SCDTIME.prompt, length: 8, hint: P.SCDTIME.hint, keyword: 'SCDTIME'},
	{id: 'submitJob', row: 7, label: P.SBMJOB.prompt, length: 7, hint: P.SBMJOB.hint, keyword: 'SBMJOB'},
	{id: 'start', row: 9, label: 'Beginning sequence', length: 6, hint: '1-9999, *FIRST', keyword: 'STRSEQ', element: 'start'},
	{id: 'end', row: 10, label: 'Ending sequence', length: 6, hint: '1-9999, *LAST', keyword: 'STRSEQ', element: 'end'},
	{id: 'activity', row: 11, label: P.ACTIVITY.prompt, length: 10, hint: P.ACTIVITY.hint, keyword: 'ACTIVITY'},
	{id: 'retentionType', row: 13, label: 'Retention type', length: 10, hint: P.RETENTION.hint, keyword: 'RETENTION', element: 'type'},
	{id: 'retentionValue', row: 14, label: 'Retain media', length: 4, hint: 'Number, blank', keyword: 'RETENTION', element: 'value'},
	{id: 'append', row: 15, label: P.APPEND.prompt, length: 10, hint: P.APPEND.hint, keyword: 'APPEND'},
	{id: 'jobDescription', row: 16, label: P.JOBD.prompt, length: 21, hint: P.JOBD.hint, keyword: 'JOBD'},
	{id: 'jobQueue', row: 17, label: P.JOBQ.prompt, length: 21, hint: P.JOBQ.hint, keyword: 'JOBQ'},
	{id: 'omits', row: 18, label: P.OMITS.prompt, length: 8, hint: P.OMITS.hint, keyword: 'OMITS'},
];

export const ELEMENT_HEADINGS = [
	{row: 8, label: `${P.STRSEQ.prompt}:`},
	{row: 12, label: `${P.RETENTION.prompt}:`},
];

export const FIELDS: FieldDefinition[] = PARAMETERS.map(parameter => ({
	id: parameter.id,
	row: parameter.row,
	col: VALUE,
	length: parameter.length,
	kind: parameter.id === 'retentionValue' ? 'digits' : 'name',
}));

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
	omits: {
		title: 'Process object omits',
		values: [
			{value: '*PROCESS', description: 'Leave out the omitted objects'},
			{value: '*IGNORE', description: 'Save everything'},
		],
	},
};

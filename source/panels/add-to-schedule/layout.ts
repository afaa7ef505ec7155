// Where everything stands on option 6's ADDJOBSCDE prompt (24x80), as data: the prompt
// conventions of brms.md §0.1 (labels column 3, values column 44, hints column 58, nothing past
// column 80, ASCII only). A value longer than one line (Command to run, Text) is one 5250 field
// continued over the lines below. And the values F4 lists on each field.
// Bottom on row 21 and the prompter's keys on rows 22-23, as on the STRBKUBRM prompt.
// Unverified [K]: the rows, the hints' wording, "+ for more values" as the second row of
// Schedule day; ADDJOBSCDE's other parameters (F10 on the real prompter) are left at their
// defaults and not shown, so F10 is not on the legend.

import {FREQUENCIES, SCHEDULE_DATES, SCHEDULE_DAYS, type ScheduleEntry} from '../../domain/job-schedule.js';
import type {FieldDefinition} from '../../ui/fields/field.js';
import type {ValueList} from '../../ui/panel/windows.js';

export const TITLE = 'Add Job Schedule Entry (ADDJOBSCDE)';

export const LABEL = 3;
export const VALUE = 44;
export const HINT = 58;
/** Columns 44-80: the room a continued value has on each line. */
export const WIDE = 80 - VALUE + 1;
const DAY = 5;

/** A value continued over several lines: one field a line, joined into one value. */
export type Continued = {id: string; rows: number[]; length: number};

export const COMMAND: Continued = {id: 'command', rows: [6, 7, 8], length: WIDE};
export const TEXT: Continued = {id: 'text', rows: [14, 15], length: WIDE};
export const segmentId = (field: Continued, index: number) => `${field.id}:${index}`;

/** Schedule day: the first value on its own row, six more after "+ for more values". */
export const dayId = (index: number) => `day:${index}`;
export const DAY_FIELDS: FieldDefinition[] = [
	{id: dayId(0), row: 11, col: VALUE, length: DAY, kind: 'name'},
	...Array.from({length: 6}, (_, index): FieldDefinition => ({id: dayId(index + 1), row: 12, col: VALUE + index * (DAY + 1), length: DAY, kind: 'name'})),
];
export const MORE_VALUES_ROW = 12;

export const FIELDS: FieldDefinition[] = [
	{id: 'job', row: 5, col: VALUE, length: 10, kind: 'name'},
	...COMMAND.rows.map((row, index): FieldDefinition => ({id: segmentId(COMMAND, index), row, col: VALUE, length: WIDE, kind: 'name'})),
	{id: 'frequency', row: 9, col: VALUE, length: 8, kind: 'name'},
	{id: 'scheduleDate', row: 10, col: VALUE, length: 10, kind: 'name'},
	...DAY_FIELDS,
	{id: 'scheduleTime', row: 13, col: VALUE, length: 8, kind: 'name'},
	...TEXT.rows.map((row, index): FieldDefinition => ({id: segmentId(TEXT, index), row, col: VALUE, length: index === 0 ? WIDE : 50 - WIDE, kind: 'text'})),
];

/** Label, and the hint the prompter shows (cut with "..." to end by column 80, as it cuts them). */
export const LABELS: ReadonlyArray<[row: number, label: string, hint: string]> = [
	[5, 'Job name', 'Name, *JOBD'],
	[6, 'Command to run', ''],
	[9, 'Frequency', '*ONCE, *WEEKLY...'],
	[10, 'Schedule date, or', 'Date, *CURRENT...'],
	[11, 'Schedule day', '*NONE, *ALL, *MON...'],
	[13, 'Schedule time', 'Time, *CURRENT'],
	[14, "Text 'description'", ''],
];

/** The field a problem of the entry stands on. */
export const FIELD_OF: Readonly<Record<keyof ScheduleEntry, string>> = {
	job: 'job',
	command: segmentId(COMMAND, 0),
	frequency: 'frequency',
	scheduleDate: 'scheduleDate',
	scheduleDays: dayId(0),
	scheduleTime: 'scheduleTime',
	text: segmentId(TEXT, 0),
};

export const VALUE_LISTS: Readonly<Record<string, ValueList>> = {
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

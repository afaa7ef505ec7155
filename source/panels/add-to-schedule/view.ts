// What option 6's prompt draws: ADDJOBSCDE's prompt-panel layout (labels column 3, values
// column 44, hints column 58) and the full CL command that Enter adds (worked out by the panel
// whenever a value changes: the view only shows it).

import type {FieldDefinition} from '../../ui/fields/field.js';
import {BLUE, dottedLabel, GREEN, type PanelSize, textRun, titleRuns} from '../../ui/layout.js';
import type {Run} from '../../ui/screen/model.js';

export const TITLE = 'Add Job Schedule Entry (ADDJOBSCDE)';

const VALUE = 44;
const HINT = 58;

export const FIELDS: FieldDefinition[] = [
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

/** `command`: the command Enter adds, or undefined while a value is not valid. */
export type ScheduleView = {systemName: string; controlGroup: string; command: string | undefined};

export function body(state: ScheduleView, size: PanelSize): Run[] {
	const runs: Run[] = [
		...titleRuns(TITLE, state.systemName, size),
		textRun(3, 2, 'Type choices, press Enter.', BLUE),
		textRun(6, 3, `${dottedLabel('Control group', 39, ':')}  ${state.controlGroup}`),
		...LABELS.flatMap(([row, label, hint]) => [textRun(row, 3, dottedLabel(label, 39)), textRun(row, HINT + 2, hint.slice(0, 21), BLUE)]).filter(
			run => run.text !== '',
		),
		textRun(14, 2, 'Command to be added:', BLUE),
	];
	const command = state.command ?? 'ADDJOBSCDE … (complete the values above)';
	for (let index = 0; index * 76 < command.length && index < 4; index++) runs.push(textRun(15 + index, 3, command.slice(index * 76, index * 76 + 76), GREEN));
	return runs;
}

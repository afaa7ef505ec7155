// Where everything stands on "Work with Backup Control Groups" (24x80), after the
// reconstruction in brms.md §1.2 snapped to the grid in keys-5250.md §1.3. The list panel
// itself was never published, so these positions are [K]; they are kept here as data.

import type {FieldDefinition} from '../../ui/fields/field.js';

export const TITLE = 'Work with Backup Control Groups';

export const ROW = {
	positionTo: 3,
	instruction: 5,
	optionLegend: 6,
	headings: 9,
	firstRecord: 11,
	scrollIndicator: 19,
	commandLabel: 20,
	commandLine: 21,
} as const;

/** Records per page: rows 11-18. */
export const PAGE_SIZE = 8;

export const COLUMN = {opt: 2, group: 7, fullMediaPolicy: 19, incrMediaPolicy: 31, text: 43} as const;

export const HEADINGS = ['     Control     Full Media  Incr Media', 'Opt  Group       Policy      Policy      Text'];

export const POSITION_TO_LABEL = 'Position to  . . . . . .';
export const POSITION_TO_HINT = 'Starting characters';

export const POSITION_TO_FIELD: FieldDefinition = {id: 'positionTo', row: ROW.positionTo, col: 27, length: 10, kind: 'name'};

export const COMMAND_FIELD: FieldDefinition = {id: 'command', row: ROW.commandLine, col: 7, length: 73, kind: 'text'};

export function optionField(groupName: string, row: number): FieldDefinition {
	return {id: optionFieldId(groupName), row, col: COLUMN.opt, length: 2, kind: 'digits'};
}

export function optionFieldId(groupName: string): string {
	return `opt:${groupName}`;
}

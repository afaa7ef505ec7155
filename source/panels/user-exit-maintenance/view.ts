// What "User Exit Maintenance" draws, from the IBM 7.1 figure (brms.md §2.5). The command may be
// long (about 5000 characters on the host [K]); brms-tui gives it the rest of row 8 and rows 9-19.

import type {FieldDefinition} from '../../ui/fields/field.js';
import {BLUE, dottedLabel, type PanelSize, textRun, titleRuns} from '../../ui/layout.js';
import type {Run} from '../../ui/screen/model.js';

export const TITLE = 'User Exit Maintenance';

const FIRST: FieldDefinition = {id: 'command:0', row: 8, col: 35, length: 45, kind: 'text'};
const CONTINUATION_ROWS = 11;
export const COMMAND_FIELDS: FieldDefinition[] = [
	FIRST,
	...Array.from({length: CONTINUATION_ROWS}, (_, index): FieldDefinition => ({id: `command:${index + 1}`, row: 9 + index, col: 3, length: 77, kind: 'text'})),
];

export function body(state: {systemName: string; seq: string; activity: string}, size: PanelSize): Run[] {
	return [
		...titleRuns(TITLE, state.systemName, size),
		textRun(3, 2, 'Type command, press Enter.', BLUE),
		textRun(5, 3, `${dottedLabel('Sequence number', 31, ':')} ${state.seq}`),
		textRun(6, 3, `${dottedLabel('Where used', 31, ':')} *EXIT`),
		textRun(7, 3, `${dottedLabel('Weekly activity', 31, ':')} ${state.activity.padEnd(10)} SMTWTFS`),
		textRun(8, 3, dottedLabel('Command', 31)),
	];
}

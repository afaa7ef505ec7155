// What the prompts that name a new control group draw: option 1 (Create: name and text) and
// option 3 (Copy: new name, text, and where to copy it). The copy layout follows the
// reconstruction in brms.md §4.6 [?]; the create prompt uses the same layout [?].

import type {FieldDefinition} from '../../ui/fields/field.js';
import {BLUE, dottedLabel, type PanelSize, textRun, titleRuns} from '../../ui/layout.js';
import type {Run} from '../../ui/screen/model.js';

export type NamePromptKind = 'create' | 'copy';

export const TITLES: Readonly<Record<NamePromptKind, string>> = {create: 'Create Backup Control Group', copy: 'Copy Backup Control Group'};

const VALUE_COLUMN = 37;

const NAME_FIELD = (row: number): FieldDefinition => ({id: 'name', row, col: VALUE_COLUMN, length: 10, kind: 'name'});
const TEXT_FIELD = (row: number): FieldDefinition => ({id: 'text', row, col: VALUE_COLUMN, length: 43, kind: 'text'});
const NETWORK_FIELD: FieldDefinition = {id: 'network', row: 8, col: VALUE_COLUMN, length: 8, kind: 'name'};
const LOCATION_FIELD: FieldDefinition = {id: 'location', row: 9, col: VALUE_COLUMN, length: 8, kind: 'name'};

export type NamePromptView = {systemName: string; kind: NamePromptKind; fromName?: string | undefined};

export function fields(state: {kind: NamePromptKind}): FieldDefinition[] {
	return state.kind === 'create' ? [NAME_FIELD(5), TEXT_FIELD(6)] : [NAME_FIELD(6), TEXT_FIELD(7), NETWORK_FIELD, LOCATION_FIELD];
}

export function body(state: NamePromptView, size: PanelSize): Run[] {
	const runs = [...titleRuns(TITLES[state.kind], state.systemName, size), textRun(3, 2, 'Type choices, press Enter.', BLUE)];
	if (state.kind === 'create') {
		runs.push(textRun(5, 3, dottedLabel('Control group', 33)), textRun(5, 49, 'Name', BLUE), textRun(6, 3, dottedLabel('Text', 33)));
	} else {
		runs.push(
			textRun(5, 3, `${dottedLabel('Control group', 33, ':')} ${state.fromName ?? ''}`),
			textRun(6, 3, dottedLabel('New control group', 33)),
			textRun(6, 49, 'Name', BLUE),
			textRun(7, 3, dottedLabel('Text', 33)),
			textRun(8, 3, dottedLabel('Network identifier', 33)),
			textRun(8, 49, '*LCL', BLUE),
			textRun(9, 3, dottedLabel('Location name', 33)),
			textRun(9, 49, '*LCL', BLUE),
		);
	}
	return runs;
}

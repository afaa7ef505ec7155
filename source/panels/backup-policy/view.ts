// What F9 on WRKCTLGBRM ("Change backup policy") draws: the backup policy's values that a
// control group's *BKUPCY takes (WRKPCYBRM *BKU, option 1), a page at a time. No IBM figure of
// "Change Backup Policy" is in brms.md: the layout follows the prompt conventions of §0.1
// (labels at 3, nested labels at 5, values at 44, hints at 58, More.../Bottom on row 21, keys on
// rows 22-23) with the labels and hints of the control-group attributes (§4.2, §10.3) less
// *BKUPCY [K]. Unverified [K]: the real panel's order, its other values (start time, items to
// omit and the rest that groups do not take from it) and its page breaks.

import {attributeDefinition, BACKUP_DEVICES, IPL_DETAILS} from '../../domain/attributes.js';
import {BKUPCY, POLICY_ATTRIBUTES} from '../../domain/policies.js';
import type {FieldDefinition} from '../../ui/fields/field.js';
import {BLUE, dottedLabel, type FunctionKeyLabel, type PanelSize, scrollIndicatorRun, textRun, titleRuns} from '../../ui/layout.js';
import type {Run} from '../../ui/screen/model.js';

export const TITLE = 'Change Backup Policy';
const LABEL = 3;
const VALUE = 44;
const HINT = 58;
const FIRST_ROW = 5;
/** Lines on a page: rows 5-20. */
export const PAGE_SIZE = 16;
export const DEFAULT_ACTIVITY = 'defaultActivity';

/** A line: a heading, or a field of an attribute (Backup devices has four, one a line). */
export type PolicyLine = {kind: 'heading'; text: string} | {kind: 'field'; key: string; index: number; nested: boolean};

function policyLines(): PolicyLine[] {
	const lines: PolicyLine[] = [{kind: 'field', key: DEFAULT_ACTIVITY, index: 0, nested: false}];
	for (const definition of POLICY_ATTRIBUTES) {
		if (definition.key === 'fullMediaPolicy') lines.push({kind: 'heading', text: 'Media policy for:'});
		const nested = definition.key === 'fullMediaPolicy' || definition.key === 'incrMediaPolicy' || IPL_DETAILS.has(definition.key);
		const count = definition.key === 'backupDevices' ? BACKUP_DEVICES : 1;
		for (let index = 0; index < count; index++) lines.push({kind: 'field', key: definition.key, index, nested});
	}
	return lines;
}

export const LINES: readonly PolicyLine[] = policyLines();
export const PAGES = Math.ceil(LINES.length / PAGE_SIZE);

export const fieldId = (key: string, index = 0) => (key === 'backupDevices' ? `policy:${key}:${index}` : `policy:${key}`);
export const keyOfField = (id: string) => id.split(':')[1] ?? '';

/** Label and hint: the attribute's, without *BKUPCY (the policy is where *BKUPCY leads). */
export function policyLabel(key: string): {label: string; hint: string} {
	if (key === DEFAULT_ACTIVITY) return {label: 'Default weekly activity', hint: 'SMTWTFS(F/I)'};
	const definition = attributeDefinition(key);
	const hint = (definition?.hint ?? '')
		.split(/, ?/)
		.filter(part => part !== BKUPCY)
		.join(', ');
	return {label: definition?.label ?? key, hint};
}

const width = (key: string) => (key === DEFAULT_ACTIVITY ? 7 : 10);

export type PolicyView = {systemName: string; page: number; loaded: boolean};

const shown = (state: PolicyView) => LINES.slice(state.page * PAGE_SIZE, (state.page + 1) * PAGE_SIZE).map((line, index) => ({line, row: FIRST_ROW + index}));

export function fields(state: PolicyView): FieldDefinition[] {
	if (!state.loaded) return [];
	return shown(state).flatMap(({line, row}): FieldDefinition[] =>
		line.kind === 'field' ? [{id: fieldId(line.key, line.index), row, col: VALUE, length: width(line.key), kind: 'name'}] : [],
	);
}

export function functionKeys(): FunctionKeyLabel[] {
	return [
		{key: 'F3', label: 'Exit'},
		{key: 'F4', label: 'Prompt'},
		{key: 'F5', label: 'Refresh'},
		{key: 'F12', label: 'Cancel'},
	];
}

export function body(state: PolicyView, size: PanelSize): Run[] {
	const runs: Run[] = [...titleRuns(TITLE, state.systemName, size), textRun(3, 2, 'Type choices, press Enter.', BLUE)];
	if (!state.loaded) return runs;
	for (const {line, row} of shown(state)) {
		if (line.kind === 'heading') {
			runs.push(textRun(row, LABEL, line.text));
			continue;
		}
		if (line.index > 0) continue;
		const col = line.nested ? LABEL + 2 : LABEL;
		const {label, hint} = policyLabel(line.key);
		const hintCol = Math.max(VALUE + width(line.key) + 1, Math.min(HINT, 81 - hint.length));
		runs.push(textRun(row, col, dottedLabel(label, VALUE - 3 - col, '.', col)), textRun(row, hintCol, hint.slice(0, 81 - hintCol), BLUE));
	}
	runs.push(scrollIndicatorRun(21, state.page < PAGES - 1));
	return runs;
}

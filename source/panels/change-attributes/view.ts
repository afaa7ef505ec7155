// What "Change / Display Backup Control Group Attributes" draws: page 1 as the IBM 7.2 figure
// shows it (brms.md §4.1, verified: title at column 22, labels column 3, nested labels column 5,
// values column 44, hints column 58, More... on row 22, the keys on row 23; the widths of Backup
// devices, 10, and Maximum resources, 5, which the figure shows empty — held against it by
// test/panels/transcriptions.test.ts), pages 2 to 4 as reconstructed in §4.2 and §10.3 [K]/[?],
// from the attribute table. Unverified [K]: the other fields' widths (the longest value each
// takes), everything on pages 2-4 but the labels §10.3 gives, and the whole display panel
// (option 5: the values as output text, and in the hint column what *BKUPCY and the media
// policies resolve to on this system).

import {ATTRIBUTE_DEFINITIONS, type AttributeValueRule, attributeDefinition, BACKUP_DEVICES, IPL_DETAILS} from '../../domain/attributes.js';
import type {MediaPolicy} from '../../domain/policies.js';
import type {EditState} from '../../ui/fields/editor.js';
import {fieldValue} from '../../ui/fields/editor.js';
import type {FieldDefinition} from '../../ui/fields/field.js';
import {BLUE, dottedLabel, type FunctionKeyLabel, type PanelSize, scrollIndicatorRun, textRun, titleRuns} from '../../ui/layout.js';
import type {Run} from '../../ui/screen/model.js';

export const TITLES = {change: 'Change Backup Control Group Attributes', display: 'Display Backup Control Group Attributes'} as const;

export const TITLE_COLUMN = 22;
const VALUE = 44;
const HINT = 58;
export const DEFAULT_ACTIVITY = 'defaultActivity';

/** A line of a page: a heading ("Media policy for:") or an attribute, maybe indented. */
export type AttributeLine = {row: number; indent: 0 | 2} & ({kind: 'heading'; heading: string} | {kind: 'attribute'; key: string});

function page1(): AttributeLine[] {
	return [
		{row: 7, indent: 0, kind: 'heading', heading: 'Media policy for:'},
		{row: 8, indent: 2, kind: 'attribute', key: 'fullMediaPolicy'},
		{row: 9, indent: 2, kind: 'attribute', key: 'incrMediaPolicy'},
		{row: 10, indent: 0, kind: 'attribute', key: 'backupDevices'},
		{row: 14, indent: 0, kind: 'heading', heading: 'Parallel device resources:'},
		{row: 15, indent: 2, kind: 'attribute', key: 'minimumResources'},
		{row: 16, indent: 2, kind: 'attribute', key: 'maximumResources'},
		{row: 17, indent: 0, kind: 'attribute', key: 'signOffInteractiveUsers'},
		{row: 18, indent: 0, kind: 'attribute', key: 'signOffLimit'},
		// The group's default activity, shown here as on the real panel.
		{row: 19, indent: 0, kind: 'attribute', key: DEFAULT_ACTIVITY},
		{row: 20, indent: 0, kind: 'attribute', key: 'incrementalType'},
		{row: 21, indent: 0, kind: 'attribute', key: 'forceFullBackupDays'},
	];
}

/**
 * Pages 2 to 4 in the order of the attribute table, one row each from row 7; an attribute with
 * a heading gets the heading on a row of its own before the first of its group, and is nested
 * under it (Save active wait time: Object locks …) — unless the heading is an attribute itself
 * (Backup item exit program, then its Library and Format).
 */
function laterPage(page: 2 | 3 | 4): AttributeLine[] {
	const lines: AttributeLine[] = [];
	let row = 7;
	for (const definition of ATTRIBUTE_DEFINITIONS.filter(each => each.page === page)) {
		const heading = definition.heading;
		const headingIsAttribute = ATTRIBUTE_DEFINITIONS.some(each => each.label === heading && !each.heading);
		if (heading && !headingIsAttribute && !lines.some(line => line.kind === 'heading' && line.heading === `${heading}:`))
			lines.push({row: row++, indent: 0, kind: 'heading', heading: `${heading}:`});
		lines.push({row: row++, indent: heading || IPL_DETAILS.has(definition.key) ? 2 : 0, kind: 'attribute', key: definition.key});
	}
	return lines;
}

export const PAGES: AttributeLine[][] = [page1(), laterPage(2), laterPage(3), laterPage(4)];

/** Every attribute line of the pages, in order (brms-tui show prints them so). */
export const ATTRIBUTE_LINES: readonly AttributeLine[] = PAGES.flat();

export const fieldId = (key: string, index = 0) => (key === 'backupDevices' ? `attr:${key}:${index}` : `attr:${key}`);

/** The attribute a field stands for (`attr:backupDevices:2` is backupDevices). */
export const keyOfField = (id: string) => id.split(':')[1] ?? '';

/** The figure's widths where it shows an empty field [V]; the Minimum resources field takes *AVAIL [K]. */
const FIGURE_WIDTHS: Readonly<Record<string, number>> = {backupDevices: 10, maximumResources: 5, minimumResources: 6};

/** The longest value a rule allows (a name is 10). */
function widthOf(rule: AttributeValueRule): number {
	const longest = (values: readonly string[]) => Math.max(...values.map(value => value.length));
	switch (rule.kind) {
		case 'choice':
			return longest(rule.values);
		case 'name':
		case 'names':
			return 10;
		case 'number':
			return longest([String(rule.max), ...rule.specials]);
		case 'release':
			return longest(['VxRxMx', ...rule.specials]);
	}
}

/** How wide an attribute's field is. */
export function fieldWidth(key: string): number {
	if (key === DEFAULT_ACTIVITY) return 7;
	const definition = attributeDefinition(key);
	return FIGURE_WIDTHS[key] ?? (definition ? widthOf(definition.rule) : 10);
}

export function fieldsOf(page: readonly AttributeLine[]): FieldDefinition[] {
	return page.flatMap(line => {
		if (line.kind !== 'attribute') return [];
		const count = line.key === 'backupDevices' ? BACKUP_DEVICES : 1;
		const length = fieldWidth(line.key);
		return Array.from(
			{length: count},
			(_, index): FieldDefinition => ({id: fieldId(line.key, index), row: line.row + index, col: VALUE, length, kind: 'name'}),
		);
	});
}

/** An attribute's label and hint as the pages show them. */
export function attributeLabel(key: string): {label: string; hint: string} {
	if (key === DEFAULT_ACTIVITY) return {label: 'Default weekly activity', hint: 'SMTWTFS(F/I), *BKUPCY'};
	const definition = attributeDefinition(key);
	return {label: definition?.label ?? key, hint: definition?.hint ?? ''};
}

export type AttributesView = {
	systemName: string;
	groupName: string;
	page: number;
	readOnly: boolean;
	edit: EditState;
	/** This system's media policies (F4 lists them). */
	mediaPolicies: readonly MediaPolicy[];
	/**
	 * Option 5's hint column, by attribute: what its value resolves to on this system (a media
	 * policy's retention, the backup policy's value for *BKUPCY), worked out by the panel.
	 */
	resolved: Readonly<Record<string, string>>;
};

export function fields(state: AttributesView): FieldDefinition[] {
	return state.readOnly ? [] : fieldsOf(PAGES[state.page]!);
}

export function functionKeys(state: AttributesView): FunctionKeyLabel[] {
	return [{key: 'F3', label: 'Exit'}, ...(state.readOnly ? [] : [{key: 'F4', label: 'Prompt'}]), {key: 'F12', label: 'Cancel'}];
}

export function body(state: AttributesView, size: PanelSize): Run[] {
	const runs: Run[] = [
		...titleRuns(state.readOnly ? TITLES.display : TITLES.change, state.systemName, size, TITLE_COLUMN),
		textRun(3, 2, `${dottedLabel('Group', 39, ':', 2)} ${state.groupName}`),
		textRun(5, 2, state.readOnly ? 'Press Enter to continue.' : 'Type information, press Enter.', BLUE),
	];
	if (state.readOnly) {
		for (const field of fieldsOf(PAGES[state.page]!)) runs.push(textRun(field.row, field.col, fieldValue(state.edit, field.id)));
	}
	for (const line of PAGES[state.page]!) {
		const col = 3 + line.indent;
		if (line.kind === 'heading') {
			runs.push(textRun(line.row, col, line.heading));
			continue;
		}
		const {label, hint: allowed} = attributeLabel(line.key);
		// Option 5 shows, instead of the values allowed, what the value resolves to here.
		const hint = (state.readOnly ? state.resolved[line.key] : undefined) ?? allowed;
		// A hint longer than columns 58-80 starts further left, still clear of the field.
		const hintCol = Math.max(VALUE + fieldWidth(line.key) + 1, Math.min(HINT, 81 - hint.length));
		runs.push(textRun(line.row, col, dottedLabel(label, 41 - col, '.', col)), textRun(line.row, hintCol, hint.slice(0, 81 - hintCol), BLUE));
	}
	runs.push(scrollIndicatorRun(22, state.page < PAGES.length - 1, 79));
	return runs;
}

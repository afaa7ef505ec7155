// "Change Backup Control Group Attributes" (option 8): page 1 as the IBM 7.2 figure shows it
// (brms.md §4.1, verified positions: labels column 3, nested labels column 5, values column 44,
// hints column 58), pages 2 and 3 as reconstructed in §4.2 [K]/[?]. Roll keys change pages and
// keep what was typed on each; Enter checks every attribute and stores a valid group.

import {ATTRIBUTE_DEFINITIONS, attributeDefinition} from '../../domain/attributes.js';
import type {Attributes, ControlGroup} from '../../domain/control-group.js';
import {message} from '../../domain/messages.js';
import {checkAttributes, checkHeader, errorsOnly, problemMessage} from '../../domain/rules.js';
import {createEditState, fieldValue, showError} from '../../ui/fields/editor.js';
import type {FieldDefinition} from '../../ui/fields/field.js';
import {BLUE, dottedLabel, type PanelSize, scrollIndicatorRun, textRun, titleRuns} from '../../ui/layout.js';
import {instance, type Panel, type PanelInstance, type PanelState, type Transition} from '../../ui/panel/panel.js';
import type {Run} from '../../ui/screen/model.js';
import {attributeHelp, valueList} from '../help-texts.js';

const VALUE = 44;
const HINT = 58;
const DEVICE_FIELDS = 4;
const DEFAULT_ACTIVITY = 'defaultActivity';

/** A line of a page: a heading ("Media policy for:") or an attribute, maybe indented. */
type Line = {row: number; indent: 0 | 2} & ({heading: string} | {key: string});

function page1(): Line[] {
	return [
		{row: 7, indent: 0, heading: 'Media policy for:'},
		{row: 8, indent: 2, key: 'fullMediaPolicy'},
		{row: 9, indent: 2, key: 'incrMediaPolicy'},
		{row: 10, indent: 0, key: 'backupDevices'},
		{row: 14, indent: 0, heading: 'Parallel device resources:'},
		{row: 15, indent: 2, key: 'minimumResources'},
		{row: 16, indent: 2, key: 'maximumResources'},
		{row: 17, indent: 0, key: 'signOffInteractiveUsers'},
		{row: 18, indent: 0, key: 'signOffLimit'},
		// The group's default activity, shown here as on the real panel.
		{row: 19, indent: 0, key: DEFAULT_ACTIVITY},
		{row: 20, indent: 0, key: 'incrementalType'},
		{row: 21, indent: 0, key: 'forceFullBackupDays'},
	];
}

const NESTED_ON_PAGE_3 = new Set(['iplHowToEnd', 'iplDelayTime', 'iplRestartAfterPowerDown', 'iplSource']);

function laterPage(page: 2 | 3): Line[] {
	return ATTRIBUTE_DEFINITIONS.filter(definition => definition.page === page).map((definition, index) => ({
		row: 7 + index,
		indent: NESTED_ON_PAGE_3.has(definition.key) ? 2 : 0,
		key: definition.key,
	}));
}

const PAGES: Line[][] = [page1(), laterPage(2), laterPage(3)];

/** Every attribute line of the three pages, in order (brms-tui show prints them so). */
export const ATTRIBUTE_LINES: readonly Line[] = PAGES.flat();

const fieldId = (key: string, index = 0) => (key === 'backupDevices' ? `attr:${key}:${index}` : `attr:${key}`);

function fieldsOf(page: Line[]): FieldDefinition[] {
	return page.flatMap(line => {
		if (!('key' in line)) return [];
		const count = line.key === 'backupDevices' ? DEVICE_FIELDS : 1;
		return Array.from(
			{length: count},
			(_, index): FieldDefinition => ({id: fieldId(line.key, index), row: line.row + index, col: VALUE, length: 10, kind: 'name'}),
		);
	});
}

function labelOf(key: string): {label: string; hint: string} {
	if (key === DEFAULT_ACTIVITY) return {label: 'Default weekly activity', hint: 'SMTWTFS(F/I), *BKUPCY'};
	const definition = attributeDefinition(key)!;
	return {label: definition.label, hint: definition.hint};
}

type AttributesState = PanelState & {group: ControlGroup; revision: number; page: number};

export type AttributesStore = {save: (group: ControlGroup, startedFrom: number | null) => number};

function valuesFor(group: ControlGroup): Record<string, string> {
	const values: Record<string, string> = {[fieldId(DEFAULT_ACTIVITY)]: group.defaultActivity};
	for (const definition of ATTRIBUTE_DEFINITIONS) {
		const value = group.attributes[definition.key] ?? null;
		if (definition.key === 'backupDevices') {
			const devices = Array.isArray(value) ? value : value ? [value] : [];
			for (const [index, device] of devices.slice(0, DEVICE_FIELDS).entries()) values[fieldId(definition.key, index)] = device;
		} else values[fieldId(definition.key)] = Array.isArray(value) ? value.join(' ') : (value ?? '');
	}
	return values;
}

/**
 * The attributes panel. `readOnly` is option 5's view ("Display Backup Control Group
 * Attributes", values as output, Enter returns) — its layout follows the change panel [K].
 */
export function changeAttributes(systemName: string, store: AttributesStore, stored: {group: ControlGroup; revision: number}, readOnly = false): PanelInstance {
	const typed = (state: AttributesState): {attributes: Attributes; defaultActivity: string} => {
		const attributes: Record<string, string | string[] | null> = {...state.group.attributes};
		for (const definition of ATTRIBUTE_DEFINITIONS) {
			if (definition.key === 'backupDevices') {
				attributes[definition.key] = Array.from({length: DEVICE_FIELDS}, (_, index) => fieldValue(state.edit, fieldId(definition.key, index)).trim()).filter(
					Boolean,
				);
			} else attributes[definition.key] = fieldValue(state.edit, fieldId(definition.key)).trim() || null;
		}
		return {attributes: attributes as Attributes, defaultActivity: fieldValue(state.edit, fieldId(DEFAULT_ACTIVITY)).trim()};
	};

	const submit = (state: AttributesState, leave: 'close' | 'exit'): Transition<AttributesState> => {
		const {attributes, defaultActivity} = typed(state);
		const [problem] = errorsOnly([...checkHeader({text: state.group.text, defaultActivity}), ...checkAttributes(attributes)]);
		if (problem) {
			const key = problem.field.replace(/^attributes\./, '');
			const page = PAGES.findIndex(lines => lines.some(line => 'key' in line && line.key === key));
			const shown = {...state, page: Math.max(0, page)};
			return {state: {...shown, edit: showError(shown.edit, {fieldId: fieldId(key), message: problemMessage(problem)})}};
		}
		try {
			store.save({...state.group, attributes, defaultActivity}, state.revision);
		} catch (error) {
			return {state: {...state, edit: showError(state.edit, {message: message('saveFailed', state.group.name, (error as Error).message)})}};
		}
		if (leave === 'exit') return {state, effect: {type: 'exit'}};
		return {state, effect: {type: 'close', result: {saved: true, groupName: state.group.name, message: message('groupSaved', state.group.name)}}};
	};

	const keyOfField = (fieldIdValue: string) => fieldIdValue.split(':')[1];

	const panel: Panel<AttributesState> = {
		id: readOnly ? 'DISPLAY-ATTRIBUTES' : 'CHANGE-ATTRIBUTES',
		functionKeys: () => [{key: 'F3', label: 'Exit'}, ...(readOnly ? [] : [{key: 'F4', label: 'Prompt'}]), {key: 'F12', label: 'Cancel'}],
		hiddenKeys: ['F1'],
		legendRow: 23,
		fields: state => (readOnly ? [] : fieldsOf(PAGES[state.page]!)),
		body: (state: AttributesState, size: PanelSize) => {
			const runs: Run[] = [
				...titleRuns(readOnly ? 'Display Backup Control Group Attributes' : 'Change Backup Control Group Attributes', systemName, size),
				textRun(3, 2, `${dottedLabel('Group', 39, ':', 2)} ${state.group.name}`),
				textRun(5, 2, readOnly ? 'Press Enter to continue.' : 'Type information, press Enter.', BLUE),
			];
			if (readOnly) {
				for (const field of fieldsOf(PAGES[state.page]!)) runs.push(textRun(field.row, field.col, fieldValue(state.edit, field.id)));
			}
			for (const line of PAGES[state.page]!) {
				const col = 3 + line.indent;
				if ('heading' in line) {
					runs.push(textRun(line.row, col, line.heading));
					continue;
				}
				const {label, hint} = labelOf(line.key);
				runs.push(textRun(line.row, col, dottedLabel(label, 41 - col, '.', col)), textRun(line.row, HINT, hint.slice(0, 22), BLUE));
			}
			runs.push(scrollIndicatorRun(22, state.page < PAGES.length - 1, 79));
			return runs;
		},
		prompt: (_state, id) => {
			const key = keyOfField(id);
			if (key === DEFAULT_ACTIVITY) return valueList('defaultActivity');
			const definition = key ? attributeDefinition(key) : undefined;
			if (!definition || definition.rule.kind === 'name' || definition.rule.kind === 'names') {
				// Media policies and devices are the host's objects; their names are not known here.
				return definition && 'specials' in definition.rule
					? {title: definition.label, values: definition.rule.specials.map(value => ({value, description: 'Special value'}))}
					: undefined;
			}
			const values = definition.rule.kind === 'choice' ? definition.rule.values : definition.rule.specials;
			return {
				title: `${definition.label} (${definition.hint})`,
				values: values.map(value => ({value, description: value === '*BKUPCY' ? 'Use the backup policy value' : ''})),
			};
		},
		help: (_state, id) => (id === undefined ? undefined : attributeHelp(keyOfField(id) ?? '')),
		onKey: (state, keystroke) => {
			if (keystroke.kind !== 'key') return {state};
			switch (keystroke.name) {
				case 'Enter':
					return readOnly ? {state, effect: {type: 'close'}} : submit(state, 'close');
				case 'F3':
					return state.edit.modified.length > 0 ? submit(state, 'exit') : {state, effect: {type: 'exit'}};
				case 'F12':
					return {state, effect: {type: 'close'}};
				case 'RollUp':
					return state.page < PAGES.length - 1 ? {state: {...state, page: state.page + 1}} : {state: {...state, notice: message('attributesLastPage')}};
				case 'RollDown':
					return state.page > 0 ? {state: {...state, page: state.page - 1}} : {state: {...state, notice: message('attributesFirstPage')}};
				default:
					return {state};
			}
		},
	};
	return instance(panel, {group: stored.group, revision: stored.revision, page: 0, edit: createEditState(fieldsOf(PAGES[0]!), valuesFor(stored.group))});
}

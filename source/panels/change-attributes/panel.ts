// "Change Backup Control Group Attributes" (option 8) and its read-only twin "Display Backup
// Control Group Attributes" (after option 5's entries). Roll keys change pages and keep what was
// typed on each; Enter checks every attribute and asks the store to keep a valid group.

import {ATTRIBUTE_DEFINITIONS, attributeDefinition, attributeTitle} from '../../domain/attributes.js';
import type {Attributes, ControlGroup} from '../../domain/control-group.js';
import {message} from '../../domain/messages.js';
import type {BackupPolicy, MediaPolicy} from '../../domain/policies.js';
import {resolvedAttributes} from '../../domain/policy-rules.js';
import {checkAttributes, checkHeader, errorsOnly, problemMessage} from '../../domain/rules.js';
import {createEditState, fieldValue, showError} from '../../ui/fields/editor.js';
import {instance, type PanelState} from '../../ui/panel/panel.js';
import {attributeFieldValues, typedAttributeValues} from '../attribute-fields.js';
import type {BrmsInstance, BrmsPanel, BrmsTransition, OptionDone} from '../brms-panel.js';
import {failureMessage, readPolicies, saveGroup} from '../effects.js';
import {attributeHelp, mediaPolicyList, valueList} from '../help-texts.js';
import type {PanelDefinition} from '../registry.js';
import type {Saved, StoredGroup} from '../services.js';
import {type AttributesView, body, DEFAULT_ACTIVITY, fieldId, fields, fieldsOf, functionKeys, keyOfField, PAGES, TITLES} from './view.js';

type AttributesState = PanelState & AttributesView & {group: ControlGroup; revision: number};

type AttributesMsg =
	| {type: 'saved'; saved: Saved; leave: 'close' | 'exit'}
	/** This system's media policies and backup policy, read as the panel opens (F4, and what option 5 resolves). */
	| {type: 'policies'; mediaPolicies: MediaPolicy[]; backupPolicy: BackupPolicy};

function valuesFor(group: ControlGroup): Record<string, string> {
	return {[fieldId(DEFAULT_ACTIVITY)]: group.defaultActivity, ...attributeFieldValues(ATTRIBUTE_DEFINITIONS, group.attributes, fieldId)};
}

function typed(state: AttributesState): {attributes: Attributes; defaultActivity: string} {
	const values = typedAttributeValues(ATTRIBUTE_DEFINITIONS, id => fieldValue(state.edit, id), fieldId);
	return {attributes: {...state.group.attributes, ...values}, defaultActivity: fieldValue(state.edit, fieldId(DEFAULT_ACTIVITY)).trim()};
}

function submit(state: AttributesState, leave: 'close' | 'exit'): BrmsTransition<AttributesState, AttributesMsg, OptionDone> {
	const {attributes, defaultActivity} = typed(state);
	const [problem] = errorsOnly([...checkHeader({text: state.group.text, defaultActivity}), ...checkAttributes(attributes)]);
	if (problem) {
		const key = problem.field.replace(/^attributes\./, '');
		const page = PAGES.findIndex(lines => lines.some(line => line.kind === 'attribute' && line.key === key));
		const shown = {...state, page: Math.max(0, page)};
		return {state: {...shown, edit: showError(shown.edit, {fieldId: fieldId(key), message: problemMessage(problem)})}};
	}
	return {state, effect: saveGroup({...state.group, attributes, defaultActivity}, state.revision, saved => ({type: 'saved', saved, leave}))};
}

function attributesPanel(readOnly: boolean): BrmsPanel<AttributesState, AttributesMsg, OptionDone> {
	return {
		id: readOnly ? 'DISPLAY-ATTRIBUTES' : 'CHANGE-ATTRIBUTES',
		functionKeys,
		hiddenKeys: ['F1'],
		legendRow: 23,
		fields,
		body,
		prompt: (state, id) => {
			const key = keyOfField(id);
			if (key === DEFAULT_ACTIVITY) return {kind: 'values', list: valueList('defaultActivity')};
			if (key === 'fullMediaPolicy' || key === 'incrMediaPolicy') return {kind: 'values', list: mediaPolicyList(key, state.mediaPolicies, true)};
			const definition = attributeDefinition(key);
			if (!definition) return undefined;
			if (definition.rule.kind === 'name' || definition.rule.kind === 'names') {
				// Devices and exit programs are the host's objects; their names are not known here.
				return {
					kind: 'values',
					list: {title: attributeTitle(definition), values: definition.rule.specials.map(value => ({value, description: 'Special value'}))},
				};
			}
			const values = definition.rule.kind === 'choice' ? definition.rule.values : definition.rule.specials;
			return {
				kind: 'values',
				list: {
					title: `${attributeTitle(definition)} (${definition.hint})`,
					values: values.map(value => ({value, description: value === '*BKUPCY' ? 'Use the backup policy value' : ''})),
				},
			};
		},
		help: (_state, id) => (id === undefined ? undefined : attributeHelp(keyOfField(id))),
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
		onResult: (state, result) => {
			if (result.type === 'policies')
				return {state: {...state, mediaPolicies: result.mediaPolicies, resolved: resolvedAttributes(state.group, result.backupPolicy, result.mediaPolicies)}};
			const {saved, leave} = result;
			if (!saved.ok) return {state: {...state, edit: showError(state.edit, {message: failureMessage(saved.failure)})}};
			if (leave === 'exit') return {state, effect: {type: 'exit'}};
			return {state, effect: {type: 'close', result: {said: message('groupSaved', state.group.name)}}};
		},
	};
}

const CHANGE = attributesPanel(false);
const DISPLAY = attributesPanel(true);

function attributesInstance(readOnly: boolean, systemName: string, {group, revision}: StoredGroup): BrmsInstance<OptionDone> {
	const state: AttributesState = {
		systemName,
		groupName: group.name,
		group,
		revision,
		page: 0,
		readOnly,
		mediaPolicies: [],
		resolved: {},
		edit: createEditState(fieldsOf(PAGES[0]!), valuesFor(group)),
	};
	return instance(
		readOnly ? DISPLAY : CHANGE,
		state,
		readPolicies((backupPolicy, mediaPolicies): AttributesMsg => ({type: 'policies', mediaPolicies, backupPolicy})),
	);
}

export function changeAttributes(systemName: string, stored: StoredGroup): BrmsInstance<OptionDone> {
	return attributesInstance(false, systemName, stored);
}

/** Option 5's attributes, read-only ("Display Backup Control Group Attributes", values as output, Enter returns). */
export function attributesDisplay(systemName: string, stored: StoredGroup): BrmsInstance<OptionDone> {
	return attributesInstance(true, systemName, stored);
}

export const CHANGE_ATTRIBUTES: PanelDefinition = {
	title: TITLES.change,
	help: [
		"The group's attributes, on four pages (Roll keys): media policies, devices, sign-off, what else BRMS saves with the group, save-active wait times, the backup item exit program, and the IPL after it. *BKUPCY takes a value from the backup policy. Enter checks every page and stores the group.",
	],
	option: {value: 8, label: 'Change attributes', open: ({systemName, groups: [stored]}) => stored && changeAttributes(systemName, stored)},
};

export const DISPLAY_ATTRIBUTES: PanelDefinition = {
	title: TITLES.display,
	help: ["The group's attributes, read-only, on four pages (Roll keys). Enter goes back to the list."],
};

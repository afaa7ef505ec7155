// F9 on WRKCTLGBRM: the backup policy, changed locally. Its values are what a control group's
// *BKUPCY takes on this system (domain/policies.ts); Enter checks them and keeps them in the
// system's store; the change sheet of a group that takes values from the policy lists what to
// key in WRKPCYBRM *BKU on the host. F4 on a media policy lists the system's media policies with
// their retention; Roll pages and keeps what was typed on each page.

import {attributeDefinition, attributeTitle} from '../../domain/attributes.js';
import {message} from '../../domain/messages.js';
import {type BackupPolicy, BKUPCY, type MediaPolicy, POLICY_ATTRIBUTES} from '../../domain/policies.js';
import {checkBackupPolicy} from '../../domain/policy-rules.js';
import {createEditState, fieldValue, hasUnsavedTyping, placeCursor, showError} from '../../ui/fields/editor.js';
import {instance, type PanelState} from '../../ui/panel/panel.js';
import type {ValueList} from '../../ui/panel/windows.js';
import {attributeFieldValues, typedAttributeValues} from '../attribute-fields.js';
import type {BrmsInstance, BrmsPanel, BrmsTransition, OptionDone} from '../brms-panel.js';
import {failureMessage, readPolicies, saveBackupPolicy} from '../effects.js';
import {attributeHelp, mediaPolicyList, valueList} from '../help-texts.js';
import type {PanelDefinition} from '../registry.js';
import type {Done} from '../services.js';
import {body, DEFAULT_ACTIVITY, fieldId, fields, functionKeys, keyOfField, LINES, PAGE_SIZE, PAGES, type PolicyView, TITLE} from './view.js';

type PolicyState = PanelState & PolicyView & {policy: BackupPolicy | undefined; mediaPolicies: readonly MediaPolicy[]};

type PolicyMsg = {type: 'read'; policy: BackupPolicy; mediaPolicies: MediaPolicy[]} | {type: 'saved'; done: Done; changed: boolean; leave: 'close' | 'exit'};

type Next = BrmsTransition<PolicyState, PolicyMsg, OptionDone>;

function valuesOf(policy: BackupPolicy): Record<string, string> {
	return {[fieldId(DEFAULT_ACTIVITY)]: policy.defaultActivity, ...attributeFieldValues(POLICY_ATTRIBUTES, policy.attributes, fieldId)};
}

function typed(state: PolicyState, policy: BackupPolicy): BackupPolicy {
	const values = typedAttributeValues(POLICY_ATTRIBUTES, id => fieldValue(state.edit, id), fieldId);
	// The activity keeps its blanks (a day without a backup).
	const defaultActivity = fieldValue(state.edit, fieldId(DEFAULT_ACTIVITY)).toUpperCase().padEnd(7).slice(0, 7);
	return {defaultActivity, attributes: {...policy.attributes, ...values}};
}

const pageOf = (key: string) => Math.floor(LINES.findIndex(line => line.kind === 'field' && line.key === key) / PAGE_SIZE);

function submit(state: PolicyState, leave: 'close' | 'exit'): Next {
	if (!state.policy) return {state, effect: {type: leave}};
	const policy = typed(state, state.policy);
	const [problem] = checkBackupPolicy(policy);
	if (problem) {
		const shown = {...state, page: Math.max(0, pageOf(problem.key))};
		const definition = attributeDefinition(problem.key);
		const title = definition ? attributeTitle(definition) : 'Default weekly activity';
		const value = problem.key === DEFAULT_ACTIVITY ? policy.defaultActivity.trim() : String(policy.attributes[problem.key] ?? '');
		return {
			state: {
				...shown,
				edit: showError(shown.edit, {fieldId: fieldId(problem.key), message: message('policyValueNotValid', value || "' '", title, problem.text)}),
			},
		};
	}
	const changed = JSON.stringify(policy) !== JSON.stringify(state.policy);
	if (!changed) return {state, effect: {type: leave}};
	return {state, effect: saveBackupPolicy(policy, (done): PolicyMsg => ({type: 'saved', done, changed, leave}))};
}

const panel: BrmsPanel<PolicyState, PolicyMsg, OptionDone> = {
	id: 'BACKUP-POLICY',
	functionKeys,
	hiddenKeys: ['F1', 'RollUp', 'RollDown'],
	fields,
	body,
	prompt: (state, id) => {
		const key = keyOfField(id);
		if (key === 'fullMediaPolicy' || key === 'incrMediaPolicy') return {kind: 'values', list: mediaPolicyList(key, state.mediaPolicies, false)};
		if (key === DEFAULT_ACTIVITY) return {kind: 'values', list: valueList('defaultActivity')};
		const definition = attributeDefinition(key);
		if (!definition) return undefined;
		const {rule} = definition;
		const values = (rule.kind === 'choice' ? rule.values : rule.specials).filter(value => value !== BKUPCY);
		const list: ValueList = {title: attributeTitle(definition), values: values.map(value => ({value, description: ''}))};
		return values.length > 0 ? {kind: 'values', list} : undefined;
	},
	help: (_state, id) => (id === undefined ? undefined : attributeHelp(keyOfField(id))),
	onKey: (state, keystroke): Next => {
		if (keystroke.kind !== 'key') return {state};
		switch (keystroke.name) {
			case 'Enter':
				return submit(state, 'close');
			case 'F3':
				return hasUnsavedTyping(state.edit) ? submit(state, 'exit') : {state, effect: {type: 'exit'}};
			case 'F12':
				return {state, effect: {type: 'close'}};
			case 'F5':
				return state.policy ? {state: {...state, page: 0, edit: createEditState(fields({...state, page: 0}), valuesOf(state.policy))}} : {state};
			case 'RollUp':
				return state.page < PAGES - 1 ? {state: {...state, page: state.page + 1}} : {state: {...state, notice: message('attributesLastPage')}};
			case 'RollDown':
				return state.page > 0 ? {state: {...state, page: state.page - 1}} : {state: {...state, notice: message('attributesFirstPage')}};
			default:
				return {state};
		}
	},
	onResult: (state, result): Next => {
		if (result.type === 'read') {
			const loaded = {...state, loaded: true, policy: result.policy, mediaPolicies: result.mediaPolicies};
			return {state: {...loaded, edit: placeCursor(createEditState(fields(loaded), valuesOf(result.policy)), fields(loaded))}};
		}
		if (!result.done.ok) return {state: {...state, edit: showError(state.edit, {message: failureMessage(result.done.failure)})}};
		if (result.leave === 'exit') return {state, effect: {type: 'exit'}};
		return {state, effect: {type: 'close', result: {said: message('backupPolicyChanged')}}};
	},
};

export function backupPolicy(systemName: string): BrmsInstance<OptionDone> {
	const state: PolicyState = {systemName, page: 0, loaded: false, policy: undefined, mediaPolicies: [], edit: createEditState([])};
	return instance(
		panel,
		state,
		readPolicies((policy, mediaPolicies): PolicyMsg => ({type: 'read', policy, mediaPolicies})),
	);
}

export const BACKUP_POLICY: PanelDefinition = {
	title: TITLE,
	help: [
		"F9 on Work with Backup Control Groups: the backup policy's values that a control group takes where it says *BKUPCY (WRKPCYBRM *BKU, option 1). F4 on a media policy lists this system's media policies with their retention.",
		"Enter checks every page and keeps the policy in this system's local store. The host keeps its own until it is keyed there: the change sheet of a group that takes values from the policy (F8 on STRBKUBRM, brms-tui diff) lists the steps under F9=Change backup policy.",
	],
};

// The prompts that name a new control group: option 1 (Create: name and text, then the entries
// panel of the new group) and option 3 (Copy: new name, text, and where to copy it; Enter
// stores the copy). The name is checked against the groups the list showed; a group another
// copy of brms-tui made meanwhile is caught when the store refuses the save.

import {withDefaultAttributes} from '../../domain/attributes.js';
import type {ControlGroup} from '../../domain/control-group.js';
import {message} from '../../domain/messages.js';
import {checkControlGroup, checkNewGroupName, errorsOnly, MAX_TEXT, problemMessage} from '../../domain/rules.js';
import {createEditState, fieldValue, showError} from '../../ui/fields/editor.js';
import {instance, open, type PanelState} from '../../ui/panel/panel.js';
import type {BrmsInstance, BrmsPanel, OptionDone} from '../brms-panel.js';
import {controlGroupEntries} from '../control-group-entries/panel.js';
import {failureMessage, saveGroup} from '../effects.js';
import type {PanelDefinition} from '../registry.js';
import type {Saved, StoredGroup} from '../services.js';
import {body, fields, type NamePromptView, TITLES} from './view.js';

type PromptState = PanelState & NamePromptView & {names: readonly string[]; from?: StoredGroup | undefined};

type PromptMsg = {type: 'entriesClosed'; done: OptionDone | undefined} | {type: 'copied'; saved: Saved; name: string};

export function newControlGroup(name: string, text: string): ControlGroup {
	return {name, type: '*BKU', text, defaultActivity: '*BKUPCY', attributes: withDefaultAttributes(), entries: [], subsystems: [], jobQueues: []};
}

function panel(id: 'CREATE-GROUP' | 'COPY-GROUP'): BrmsPanel<PromptState, PromptMsg, OptionDone> {
	return {
		id,
		functionKeys: () => [
			{key: 'F3', label: 'Exit'},
			{key: 'F12', label: 'Cancel'},
		],
		hiddenKeys: ['F1', 'F4'],
		fields,
		body,
		legendRow: 23,
		onKey: (state, keystroke) => {
			if (keystroke.kind !== 'key') return {state};
			if (keystroke.name === 'F12') return {state, effect: {type: 'close'}};
			if (keystroke.name === 'F3') return {state, effect: {type: 'exit'}};
			if (keystroke.name !== 'Enter') return {state};
			const name = fieldValue(state.edit, 'name').trim();
			const typedText = fieldValue(state.edit, 'text').trim();
			const error = errorsOnly(checkNewGroupName(name, state.names))[0];
			if (error) return {state: {...state, edit: showError(state.edit, {fieldId: 'name', message: problemMessage(error)})}};
			if (state.kind === 'copy') {
				for (const field of ['network', 'location']) {
					if (fieldValue(state.edit, field).trim() !== '*LCL') {
						// Copying to another system needs BRMS networking; brms-tui copies within the store.
						return {state: {...state, edit: showError(state.edit, {fieldId: field, message: message('remoteCopyNotAvailable')})}};
					}
				}
			}
			const text = state.kind === 'copy' && (typedText === '*SAME' || typedText === '') ? (state.from?.group.text ?? '') : typedText || '*NONE';
			if (text.length > MAX_TEXT) return {state: {...state, edit: showError(state.edit, {fieldId: 'text', message: message('textTooLong')})}};
			if (state.kind === 'copy' && state.from) {
				// The copy must pass BRMS's rules under its new name too: a SAVDOMBRM exit names its
				// group (CTLGRP), and a copy that still names the old one is refused with that message.
				const copy = {...state.from.group, name, text};
				const [problem] = errorsOnly(checkControlGroup(copy));
				if (problem) return {state: {...state, edit: showError(state.edit, {fieldId: 'name', message: problemMessage(problem)})}};
				return {state, effect: saveGroup(copy, null, saved => ({type: 'copied', saved, name}))};
			}
			const entries = controlGroupEntries(state.systemName, 'create', {group: newControlGroup(name, text), revision: null});
			return {state, effect: open(entries, done => ({type: 'entriesClosed', done}))};
		},
		onResult: (state, result) => {
			switch (result.type) {
				// The entries panel of a new group closed: after a save, go straight back to the list.
				case 'entriesClosed':
					return result.done ? {state, effect: {type: 'close', result: result.done}} : {state};
				case 'copied':
					if (!result.saved.ok) return {state: {...state, edit: showError(state.edit, {message: failureMessage(result.saved.failure)})}};
					return {state, effect: {type: 'close', result: {said: message('groupCopied', state.fromName ?? '', result.name)}}};
			}
		},
	};
}

const CREATE = panel('CREATE-GROUP');
const COPY = panel('COPY-GROUP');

export function createGroupPrompt(systemName: string, names: readonly string[]): BrmsInstance<OptionDone> {
	return instance(CREATE, {systemName, kind: 'create', names, edit: createEditState(fields({kind: 'create'}))});
}

export function copyGroupPrompt(systemName: string, names: readonly string[], from: StoredGroup): BrmsInstance<OptionDone> {
	const initial = {text: '*SAME', network: '*LCL', location: '*LCL'};
	return instance(COPY, {systemName, kind: 'copy', names, from, fromName: from.group.name, edit: createEditState(fields({kind: 'copy'}), initial)});
}

export const CREATE_GROUP: PanelDefinition = {
	title: TITLES.create,
	help: [
		'Names a new control group: 1 to 10 characters, starting with a letter or $ # @. Enter checks the name and goes on to the entries of the new group; it is stored when you press Enter there.',
	],
	option: {value: 1, label: 'Create', open: ({systemName, names}) => createGroupPrompt(systemName, names)},
};

export const COPY_GROUP: PanelDefinition = {
	title: TITLES.copy,
	help: [
		'Copies a control group (entries, attributes, subsystems and job queues) under a new name. *SAME keeps its text. brms-tui copies within this system only (*LCL).',
	],
	option: {value: 3, label: 'Copy', open: ({systemName, names, groups: [stored]}) => stored && copyGroupPrompt(systemName, names, stored)},
};

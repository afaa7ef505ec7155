// "Confirm Delete of Backup Control Groups" (option 4), the standard IBM i confirmation panel:
// every group typed with 4 is listed (Roll pages them); Enter deletes them all, F12 goes back to
// the list with nothing deleted and the 4s still typed, to change the choices. A group another
// copy changed meanwhile stops the deletes there, with its message.

import {message} from '../../domain/messages.js';
import {createEditState, showError} from '../../ui/fields/editor.js';
import {instance, type PanelState} from '../../ui/panel/panel.js';
import type {BrmsInstance, BrmsPanel, OptionDone} from '../brms-panel.js';
import {type Deleted, deleteGroups, failureMessage} from '../effects.js';
import type {PanelDefinition} from '../registry.js';
import type {StoredGroup} from '../services.js';
import {body, type ConfirmView, TITLE, window} from './view.js';

type ConfirmState = PanelState & Omit<ConfirmView, 'groups'> & {groups: readonly StoredGroup[]};

type ConfirmMsg = {type: 'deleted'; result: Deleted};

const panel: BrmsPanel<ConfirmState, ConfirmMsg, OptionDone> = {
	id: 'CONFIRM-DELETE',
	subfile: {window, setTop: (state, top) => ({...state, top})},
	functionKeys: () => [{key: 'F12', label: 'Cancel'}],
	hiddenKeys: ['F1'],
	fields: () => [],
	legendRow: 23,
	body,
	onKey: (state, keystroke) => {
		if (keystroke.kind !== 'key') return {state};
		if (keystroke.name === 'F12') return {state, effect: {type: 'close'}};
		if (keystroke.name !== 'Enter') return {state};
		return {state, effect: deleteGroups(state.groups, result => ({type: 'deleted', result}))};
	},
	onResult: (state, {result}) => {
		if (result.failure) {
			// Stopped there: the groups not deleted stay listed.
			const groups = state.groups.filter(each => !result.deleted.includes(each.group.name));
			return {state: {...state, groups, top: 0, edit: showError(state.edit, {message: failureMessage(result.failure)})}};
		}
		const {deleted} = result;
		const said = deleted.length === 1 ? message('groupDeleted', deleted[0]!) : message('groupsDeleted', deleted.length, deleted.join(', '));
		return {state, effect: {type: 'close', result: {said}}};
	},
};

export function confirmDelete(systemName: string, groups: StoredGroup[]): BrmsInstance<OptionDone> {
	return instance(panel, {systemName, groups, top: 0, edit: createEditState([])});
}

export const CONFIRM_DELETE: PanelDefinition = {
	title: TITLE,
	help: [
		'Every group typed with 4 on the list is shown. Enter deletes them all from the local store; F12 goes back to the list, deletes nothing and leaves the 4s typed, to change the choices.',
	],
	option: {
		value: 4,
		label: 'Delete',
		keptOnCancel: true,
		open: ({systemName, groups}) => (groups.length > 0 ? confirmDelete(systemName, [...groups]) : undefined),
	},
};

// "Confirm Delete of Backup Control Groups" (option 4), the standard IBM i confirmation panel
// (layout reconstructed in brms.md §4.7 [K]): every group typed with 4 is listed; Enter deletes
// them all, F12 goes back with nothing deleted.

import type {ControlGroup} from '../../domain/control-group.js';
import {message} from '../../domain/messages.js';
import {createEditState, showError} from '../../ui/fields/editor.js';
import {BLUE, GREEN, type PanelSize, scrollIndicatorRun, textRun, titleRuns, WHITE} from '../../ui/layout.js';
import {instance, type Panel, type PanelInstance, type PanelState} from '../../ui/panel/panel.js';

type ConfirmState = PanelState & {groups: Array<{group: ControlGroup; revision: number}>};

export type DeleteStore = {delete: (name: string, startedFrom: number) => void};

export type DeleteResult = {deleted: string[]; message?: {id: string; text: string}};

export function confirmDelete(systemName: string, store: DeleteStore, groups: Array<{group: ControlGroup; revision: number}>): PanelInstance {
	const panel: Panel<ConfirmState> = {
		id: 'CONFIRM-DELETE',
		functionKeys: () => [{key: 'F12', label: 'Cancel'}],
		hiddenKeys: ['F1'],
		fields: () => [],
		legendRow: 23,
		body: (state: ConfirmState, size: PanelSize) => [
			...titleRuns('Confirm Delete of Backup Control Groups', systemName, size),
			textRun(3, 2, 'Press Enter to confirm your choices for 4=Delete.', BLUE),
			textRun(4, 2, 'Press F12=Cancel to return to change your choices.', BLUE),
			textRun(6, 2, '     Control', WHITE),
			textRun(7, 2, 'Opt  Group       Text', WHITE),
			...state.groups
				.slice(0, 12)
				.flatMap(({group}, index) => [
					textRun(8 + index, 3, '4', GREEN),
					textRun(8 + index, 7, group.name.padEnd(12) + group.text.slice(0, size.cols - 19), GREEN),
				]),
			scrollIndicatorRun(20, state.groups.length > 12, 76),
		],
		onKey: (state, keystroke) => {
			if (keystroke.kind !== 'key') return {state};
			if (keystroke.name === 'F12') return {state, effect: {type: 'close'}};
			if (keystroke.name !== 'Enter') return {state};
			const deleted: string[] = [];
			for (const {group, revision} of state.groups) {
				try {
					store.delete(group.name, revision);
					deleted.push(group.name);
				} catch (error) {
					// Another copy changed the group meanwhile: stop here, say so, keep the rest.
					const remaining = state.groups.filter(each => !deleted.includes(each.group.name));
					return {
						state: {...state, groups: remaining, edit: showError(state.edit, {message: message('deleteFailed', group.name, (error as Error).message)})},
					};
				}
			}
			const result: DeleteResult = {
				deleted,
				message: deleted.length === 1 ? message('groupDeleted', deleted[0]!) : message('groupsDeleted', deleted.length, deleted.join(', ')),
			};
			return {state, effect: {type: 'close', result}};
		},
	};
	return instance(panel, {groups, edit: createEditState([])});
}

// "Select System" — brms-tui's own panel (BRMS has none: on IBM i another system is another
// session), reached with F22 from WRKCTLGBRM: the demo system and every system added with
// `brms-tui system add`; 1=Select leaves the current system and opens WRKCTLGBRM on the chosen one.

import {message} from '../../domain/messages.js';
import {createEditState, fieldValue, showError} from '../../ui/fields/editor.js';
import {instance, open, type PanelState} from '../../ui/panel/panel.js';
import {backupStatusPanel} from '../backup-status/panel.js';
import type {BrmsInstance, BrmsPanel} from '../brms-panel.js';
import {listSystems, switchSystem} from '../effects.js';
import type {PanelDefinition} from '../registry.js';
import type {SystemChoice} from '../services.js';
import {body, fields, optId, type SelectView, TITLE, window} from './view.js';

type SelectState = PanelState & SelectView;

type SelectMsg = {type: 'listed'; systems: SystemChoice[]} | {type: 'switched'};

const panel: BrmsPanel<SelectState, SelectMsg, never> = {
	id: 'SELECT-SYSTEM',
	subfile: {window, setTop: (state, top) => ({...state, top})},
	functionKeys: () => [
		{key: 'F3', label: 'Exit'},
		{key: 'F12', label: 'Cancel'},
		{key: 'F14', label: 'Backup status of all'},
	],
	hiddenKeys: ['F1'],
	fields,
	body,
	onKey: (state, keystroke) => {
		if (keystroke.kind !== 'key') return {state};
		if (keystroke.name === 'F3') return {state, effect: {type: 'exit'}};
		if (keystroke.name === 'F12') return {state, effect: {type: 'close'}};
		// Every system's last runs at once, each within its own time limit.
		if (keystroke.name === 'F14') return {state, effect: open(backupStatusPanel(state.systemName, 'all'))};
		if (keystroke.name !== 'Enter') return {state};
		const chosen = state.systems.findIndex((_, index) => fieldValue(state.edit, optId(index)) !== '');
		if (chosen === -1) return {state, effect: {type: 'close'}};
		const option = fieldValue(state.edit, optId(chosen));
		if (option !== '1') return {state: {...state, edit: showError(state.edit, {fieldId: optId(chosen), message: message('optionNotValid', option)})}};
		const choice = state.systems[chosen]!;
		if (choice.id === state.currentId) return {state, effect: {type: 'close'}};
		return {state, effect: switchSystem(choice.id, () => ({type: 'switched'}))};
	},
	onResult: (state, result) => {
		if (result.type === 'switched') return {state};
		const listed = {...state, systems: result.systems};
		return {state: {...listed, edit: createEditState(fields(listed))}};
	},
};

export function selectSystem(systemName: string, currentId: string): BrmsInstance<never> {
	return instance(
		panel,
		{systemName, currentId, systems: [], top: 0, edit: createEditState([])},
		listSystems(systems => ({type: 'listed', systems})),
	);
}

export const SELECT_SYSTEM: PanelDefinition = {
	title: TITLE,
	help: [
		'brms-tui works with one system at a time: the built-in demo system, or an IBM i added with brms-tui system add. Type 1 next to a system and press Enter to leave this one and work with that one; each keeps its own local store.',
		'F14 shows the Backup Status of every system listed: each is asked at the same time, within its own time limit, and a system that cannot be asked is a line that says so.',
	],
};

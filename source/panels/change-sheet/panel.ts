// The change sheet as a panel: what to key in WRKCTLGBRM on the host so that it holds the local
// group (the same steps `brms-tui diff` prints), opened from the STRBKUBRM prompt when the local
// group has changes not applied. Read-only; Roll pages it; Enter or F12 returns; F10 (brms-tui's
// own key) records that the host now holds the local group, once the operator keyed the sheet.

import {type ChangeStep, changeSheetLines} from '../../domain/change-sheet.js';
import {message} from '../../domain/messages.js';
import {createEditState, showError} from '../../ui/fields/editor.js';
import {wrapIndented} from '../../ui/layout.js';
import {instance, type PanelState} from '../../ui/panel/panel.js';
import {type BrmsInstance, type BrmsPanel, displayOnlyKeys, type OptionDone} from '../brms-panel.js';
import {failureMessage, markApplied} from '../effects.js';
import type {PanelDefinition} from '../registry.js';
import type {Done} from '../services.js';
import {body, functionKeys, PAGE_SIZE, type SheetView, TITLE} from './view.js';

type SheetState = PanelState & SheetView;

type SheetMsg = {type: 'marked'; done: Done};

const panel: BrmsPanel<SheetState, SheetMsg, OptionDone> = {
	id: 'CHANGE-SHEET',
	subfile: {window: state => ({top: state.top, pageSize: PAGE_SIZE, total: state.lines.length}), setTop: (state, top) => ({...state, top})},
	functionKeys,
	hiddenKeys: ['F1'],
	fields: () => [],
	body,
	onKey: (state, keystroke) =>
		keystroke.kind === 'key' && keystroke.name === 'F10' && state.canMarkApplied
			? {state, effect: markApplied(state.group, done => ({type: 'marked', done}))}
			: displayOnlyKeys(state, keystroke),
	onResult: (state, {done}) =>
		done.ok
			? {state, effect: {type: 'close', result: {said: message('groupMarkedApplied', state.group, state.systemName)}}}
			: {state: {...state, edit: showError(state.edit, {message: failureMessage(done.failure)})}},
};

/** `canMarkApplied`: F10 is offered (the prompt's system keeps what it applied). */
export function changeSheetPanel(systemName: string, group: string, steps: readonly ChangeStep[], canMarkApplied = true): BrmsInstance<OptionDone> {
	const sheet = changeSheetLines(steps);
	if (sheet.length === 0) sheet.push({text: 'No changes since the group was last marked applied.', heading: false});
	// Every step in full: a long one goes on over the next lines, indented.
	const lines = sheet.flatMap(line => wrapIndented(line.text, 78, 4).map(text => ({text, heading: line.heading})));
	return instance(panel, {systemName, group, lines, top: 0, canMarkApplied: canMarkApplied && steps.length > 0, edit: createEditState([])});
}

export const CHANGE_SHEET: PanelDefinition = {
	title: TITLE,
	help: [
		'STRBKUBRM runs the control group as the host holds it, and BRMS has no command that changes a group. The change sheet lists what to key in WRKCTLGBRM on the host, option by option and entry by entry, so that it holds the local group.',
		'Once you keyed it, press F10: brms-tui then records that the host holds the local group, and the warning on the STRBKUBRM prompt goes.',
	],
};

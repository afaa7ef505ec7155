// The prompts that name a new control group: option 1 (Create: name and text, then the entries
// panel) and option 3 (Copy: new name, text, and where to copy it). The copy layout follows the
// reconstruction in brms.md §4.6 [?]; the create prompt uses the same layout [?].

import {message} from '../../domain/messages.js';
import {checkNewGroupName, errorsOnly, MAX_TEXT, problemMessage} from '../../domain/rules.js';
import {createEditState, fieldValue, type ScreenMessage, showError} from '../../ui/fields/editor.js';
import type {FieldDefinition} from '../../ui/fields/field.js';
import {BLUE, dottedLabel, type PanelSize, textRun, titleRuns} from '../../ui/layout.js';
import {instance, type Panel, type PanelInstance, type PanelState, type Transition} from '../../ui/panel/panel.js';

const VALUE_COLUMN = 37;

export type NamePromptKind = 'create' | 'copy';

export type NamePromptResult = {name: string; text: string};

type PromptState = PanelState & {kind: NamePromptKind; from?: {name: string; text: string}};

const NAME_FIELD = (row: number): FieldDefinition => ({id: 'name', row, col: VALUE_COLUMN, length: 10, kind: 'name'});
const TEXT_FIELD = (row: number): FieldDefinition => ({id: 'text', row, col: VALUE_COLUMN, length: 43, kind: 'text'});
const NETWORK_FIELD: FieldDefinition = {id: 'network', row: 8, col: VALUE_COLUMN, length: 8, kind: 'name'};
const LOCATION_FIELD: FieldDefinition = {id: 'location', row: 9, col: VALUE_COLUMN, length: 8, kind: 'name'};

export type NamePromptDeps = {
	systemName: string;
	existingNames: () => string[];
	/** What Enter leads to once the name is valid (the entries panel, or the copy itself). */
	proceed: (result: NamePromptResult) => Transition<PanelState>['effect'] | {error: ScreenMessage};
};

export function groupNamePrompt(deps: NamePromptDeps, kind: NamePromptKind, from?: {name: string; text: string}): PanelInstance {
	const fields = (): FieldDefinition[] => (kind === 'create' ? [NAME_FIELD(5), TEXT_FIELD(6)] : [NAME_FIELD(6), TEXT_FIELD(7), NETWORK_FIELD, LOCATION_FIELD]);

	const panel: Panel<PromptState> = {
		id: kind === 'create' ? 'CREATE-GROUP' : 'COPY-GROUP',
		functionKeys: () => [
			{key: 'F3', label: 'Exit'},
			{key: 'F12', label: 'Cancel'},
		],
		hiddenKeys: ['F1', 'F4'],
		fields,
		body: (state: PromptState, size: PanelSize) => {
			const runs = [
				...titleRuns(kind === 'create' ? 'Create Backup Control Group' : 'Copy Backup Control Group', deps.systemName, size),
				textRun(3, 2, 'Type choices, press Enter.', BLUE),
			];
			if (kind === 'create') {
				runs.push(textRun(5, 3, dottedLabel('Control group', 33)), textRun(5, 49, 'Name', BLUE), textRun(6, 3, dottedLabel('Text', 33)));
			} else {
				runs.push(
					textRun(5, 3, `${dottedLabel('Control group', 33, ':')} ${state.from?.name ?? ''}`),
					textRun(6, 3, dottedLabel('New control group', 33)),
					textRun(6, 49, 'Name', BLUE),
					textRun(7, 3, dottedLabel('Text', 33)),
					textRun(8, 3, dottedLabel('Network identifier', 33)),
					textRun(8, 49, '*LCL', BLUE),
					textRun(9, 3, dottedLabel('Location name', 33)),
					textRun(9, 49, '*LCL', BLUE),
				);
			}
			return runs;
		},
		legendRow: 23,
		// The entries panel of a new group closed: after a save, go straight back to the list.
		onReturn: (state, result) =>
			typeof result === 'object' && result !== null && (result as {saved?: boolean}).saved ? {state, effect: {type: 'close', result}} : {state},
		onKey: (state, keystroke) => {
			if (keystroke.kind !== 'key') return {state};
			if (keystroke.name === 'F12') return {state, effect: {type: 'close'}};
			if (keystroke.name === 'F3') return {state, effect: {type: 'exit'}};
			if (keystroke.name !== 'Enter') return {state};
			const name = fieldValue(state.edit, 'name').trim();
			const typedText = fieldValue(state.edit, 'text').trim();
			const error = errorsOnly(checkNewGroupName(name, deps.existingNames()))[0];
			if (error) return {state: {...state, edit: showError(state.edit, {fieldId: 'name', message: problemMessage(error)})}};
			if (kind === 'copy') {
				for (const field of ['network', 'location']) {
					if (fieldValue(state.edit, field).trim() !== '*LCL') {
						// Copying to another system needs BRMS networking; brms-tui copies within the store.
						return {state: {...state, edit: showError(state.edit, {fieldId: field, message: message('remoteCopyNotAvailable')})}};
					}
				}
			}
			const text = kind === 'copy' && (typedText === '*SAME' || typedText === '') ? (state.from?.text ?? '') : typedText || '*NONE';
			if (text.length > MAX_TEXT) return {state: {...state, edit: showError(state.edit, {fieldId: 'text', message: message('textTooLong')})}};
			const next = deps.proceed({name, text});
			if (next && 'error' in next) return {state: {...state, edit: showError(state.edit, {message: next.error})}};
			return {state, effect: next};
		},
	};
	const initial: Record<string, string> = kind === 'copy' ? {text: '*SAME', network: '*LCL', location: '*LCL'} : {};
	return instance(panel, {kind, ...(from ? {from} : {}), edit: createEditState(fields(), initial)});
}

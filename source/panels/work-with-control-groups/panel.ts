// "Work with Backup Control Groups" (WRKCTLGBRM): the list of control groups with Opt fields.
// Enter processes the typed options in list order, one panel after another, as BRMS does (each
// option's panel comes from the registry, on the group as the store holds it now); F3 exits,
// F5 refreshes from the store, F12 cancels, Roll keys page, F23 shows more options.

import {type ControlGroup, compareNames} from '../../domain/control-group.js';
import {upperAscii} from '../../domain/field-text.js';
import {message} from '../../domain/messages.js';
import {createEditState, fieldValue, placeCursor, setValues, showError} from '../../ui/fields/editor.js';
import type {Keystroke} from '../../ui/keys/key-names.js';
import {instance, open, type PanelState} from '../../ui/panel/panel.js';
import {positionTo} from '../../ui/subfile.js';
import {backupPolicy} from '../backup-policy/panel.js';
import {backupStatusPanel} from '../backup-status/panel.js';
import type {BrmsEffect, BrmsInstance, BrmsPanel, BrmsTransition, OptionDone} from '../brms-panel.js';
import {listGroups, readGroups} from '../effects.js';
import {FIELD_HELP} from '../help-texts.js';
import type {CommandEntry, OptionEntry, PanelDefinition} from '../registry.js';
import {scheduledJobs} from '../scheduled-jobs/panel.js';
import {selectSystem} from '../select-system/panel.js';
import type {StoredGroup} from '../services.js';
import {COMMAND_FIELD, optionFieldId, PAGE_SIZE, POSITION_TO_FIELD, TITLE} from './layout.js';
import {optionLegendPages} from './options.js';
import {body, type ControlGroupRow, fields, functionKeys, type ListView, window} from './view.js';

export type PendingOption = {groupName: string; option: OptionEntry};

type ListState = PanelState &
	ListView & {
		systemId: string;
		options: readonly OptionEntry[];
		commands: readonly CommandEntry[];
		/** Options typed and not yet processed, in list order. */
		pending: readonly PendingOption[];
		/** The options whose panel is open now. */
		opened: readonly PendingOption[];
	};

type ListMsg =
	| {type: 'listed'; groups: ControlGroup[]}
	| {type: 'refreshed'; groups: ControlGroup[]}
	/** Back from a panel: the list as it is now, then the next option. */
	| {type: 'closed'; done: OptionDone | undefined}
	| {type: 'returned'; groups: ControlGroup[]}
	| {type: 'read'; batch: readonly PendingOption[]; groups: StoredGroup[]};

type Next = BrmsTransition<ListState, ListMsg, never>;

export function toRow(group: ControlGroup): ControlGroupRow {
	return {
		name: group.name,
		text: group.text,
		fullMediaPolicy: String(group.attributes.fullMediaPolicy),
		incrMediaPolicy: String(group.attributes.incrMediaPolicy),
	};
}

const closed = (done: OptionDone | undefined): ListMsg => ({type: 'closed', done});

/** The command entry for what was typed on the command line (its first word names it). */
function commandFor(state: ListState, typed: string): CommandEntry | undefined {
	const name = upperAscii(typed.trim().split(/[\s(]/)[0] ?? '');
	return state.commands.find(command => command.name === name);
}

/** Opens the panel of the next pending option, on its groups as the store holds them now. */
function processPending(state: ListState): Next {
	const [next] = state.pending;
	if (!next) return {state};
	// Deletes are confirmed together, on one panel, as IBM's list panels do.
	const batch = next.option.value === 4 ? state.pending.filter(each => each.option.value === 4) : [next];
	return {
		state,
		effect: readGroups(
			batch.map(each => each.groupName),
			groups => ({type: 'read', batch, groups}),
		),
	};
}

function openOption(state: ListState, batch: readonly PendingOption[], groups: StoredGroup[]): Next {
	const [next] = batch;
	if (!next) return {state};
	if (groups.length === 0) return {state: {...state, pending: [], notice: message('groupNotFound', next.groupName)}};
	const panel = next.option.open({systemName: state.systemName, groups, names: state.groups.map(group => group.name)});
	if (!panel) return {state: {...state, pending: [], notice: message('optionNotAvailable', next.option.value, next.option.label)}};
	const cleared = {
		...state,
		pending: state.pending.filter(each => !batch.includes(each)),
		opened: batch,
		edit: setValues(state.edit, Object.fromEntries(batch.map(each => [optionFieldId(each.groupName), '']))),
	};
	return {state: cleared, effect: open(panel, closed)};
}

function enter(state: ListState): Next {
	// The panel is shown anew: the option legend starts again at its first page.
	let current: ListState = {...state, optionPage: 0};
	const typed = fieldValue(current.edit, COMMAND_FIELD.id).trim();
	if (typed !== '') {
		const command = commandFor(current, typed);
		if (command)
			return {state: {...current, edit: setValues(current.edit, {[COMMAND_FIELD.id]: ''})}, effect: open(command.open(typed, current.systemName), closed)};
		return {state: {...current, edit: showError(current.edit, {fieldId: COMMAND_FIELD.id, message: message('commandLineNotAvailable')})}};
	}

	const start = fieldValue(current.edit, POSITION_TO_FIELD.id).trim();
	if (start !== '') {
		const found = positionTo(
			current.groups.map(group => group.name),
			start,
			compareNames,
		);
		current = {...current, top: found.index, edit: setValues(current.edit, {[POSITION_TO_FIELD.id]: ''})};
		if (!found.exact) current = {...current, notice: message('positionToNotFound', start)};
	}

	const pending: PendingOption[] = [];
	for (const [index, group] of current.groups.entries()) {
		const value = fieldValue(current.edit, optionFieldId(group.name)).trim();
		if (value === '') continue;
		const option = /^\d{1,2}$/.test(value) ? current.options.find(each => each.value === Number(value)) : undefined;
		if (!option) {
			// The field in error must be on the screen: page to it.
			const top = index >= current.top && index < current.top + PAGE_SIZE ? current.top : index;
			const shown = {...current, top};
			return {state: {...shown, edit: showError(shown.edit, {fieldId: optionFieldId(group.name), message: message('optionNotValid', value)})}};
		}
		pending.push({groupName: group.name, option});
	}
	return processPending({...current, pending});
}

function onKey(state: ListState, keystroke: Keystroke): Next {
	if (keystroke.kind !== 'key') return {state};
	switch (keystroke.name) {
		case 'Enter':
			return enter(state);
		case 'F3':
			return {state, effect: {type: 'exit'}};
		case 'F12':
			return {state, effect: {type: 'close'}};
		case 'F5':
			return {state: {...state, optionPage: 0, pending: []}, effect: listGroups(groups => ({type: 'refreshed', groups}))};
		case 'F23':
			return {state: {...state, optionPage: (state.optionPage + 1) % state.optionLegend.length}};
		// F7: the BRMS jobs on the host's job schedule; F9: the backup policy *BKUPCY leads to.
		case 'F7':
			return {state, effect: open(scheduledJobs(state.systemName), closed)};
		case 'F9':
			return {state, effect: open(backupPolicy(state.systemName), closed)};
		case 'F14':
			return {state, effect: open(backupStatusPanel(state.systemName, 'system'), closed)};
		case 'F22':
			return state.canSelectSystem ? {state, effect: open(selectSystem(state.systemName, state.systemId), closed)} : {state};
		default:
			return {state};
	}
}

/** The groups listed anew: the page stays where it was, as far as the list still reaches. */
function withGroups(state: ListState, groups: readonly ControlGroup[]): ListState {
	const rows = groups.map(toRow);
	return {...state, groups: rows, top: Math.min(state.top, Math.max(0, rows.length - 1))};
}

const panel: BrmsPanel<ListState, ListMsg, never> = {
	id: 'WRKCTLGBRM',
	subfile: {window, setTop: (state, top) => ({...state, top})},
	prompt: (state, fieldId) => {
		if (fieldId.startsWith('opt:'))
			return {kind: 'values', list: {title: 'Options', values: state.options.map(option => ({value: String(option.value), description: option.label}))}};
		// F4 on the command line prompts the command typed there, as on IBM i.
		if (fieldId === COMMAND_FIELD.id) {
			const typed = fieldValue(state.edit, COMMAND_FIELD.id).trim();
			const command = commandFor(state, typed);
			return command && {kind: 'transition', transition: {state, effect: open(command.open(typed, state.systemName), closed)}};
		}
		return undefined;
	},
	help: (_state, fieldId) => {
		if (fieldId === undefined) return undefined;
		if (fieldId.startsWith('opt:')) return FIELD_HELP.opt;
		return fieldId === POSITION_TO_FIELD.id ? FIELD_HELP.positionTo : fieldId === COMMAND_FIELD.id ? FIELD_HELP.command : undefined;
	},
	functionKeys,
	hiddenKeys: ['F1'],
	fields,
	body,
	onKey,
	onResult: (state, result): Next => {
		switch (result.type) {
			case 'listed': {
				const listed = withGroups(state, result.groups);
				// The cursor starts in the first Opt field, as on IBM's list panels.
				const shown = fields(listed);
				const firstOption = shown.find(field => field.id.startsWith('opt:'));
				return {state: {...listed, edit: placeCursor(createEditState(shown, {}), shown, firstOption?.id)}};
			}
			// F5: typed options are dropped.
			case 'refreshed':
				return {state: {...withGroups(state, result.groups), edit: createEditState([])}};
			case 'closed': {
				const said = result.done?.said;
				const [first] = state.opened;
				if (!result.done && first?.option.keptOnCancel) {
					// F12 returns to change the choices: the option stays typed, the rest waits.
					const typedAgain = Object.fromEntries(state.opened.map(each => [optionFieldId(each.groupName), String(each.option.value)]));
					const back = {...state, opened: [], pending: [], edit: setValues(state.edit, typedAgain)};
					return {state: back, effect: listGroups(groups => ({type: 'returned', groups}))};
				}
				const back = {...state, opened: []};
				return {state: said ? {...back, notice: said} : back, effect: listGroups(groups => ({type: 'returned', groups}))};
			}
			case 'returned': {
				// The list is shown anew: the cursor stands at the start of its Opt field again.
				const listed = withGroups(state, result.groups);
				const {cursor} = listed.edit;
				return processPending({...listed, edit: {...listed.edit, cursor: cursor.fieldId === undefined ? cursor : {fieldId: cursor.fieldId, offset: 0}}});
			}
			case 'read':
				return openOption(state, result.batch, result.groups);
		}
	},
};

export type WorkWithControlGroupsOptions = {
	systemName: string;
	/** The system's id (Select System marks it current). */
	systemId: string;
	options: readonly OptionEntry[];
	/** Commands typed on the command line that brms-tui prompts and runs (STRBKUBRM). */
	commands: readonly CommandEntry[];
	/** F22 (brms-tui's own key): the Select System panel, to work with another system. */
	canSelectSystem: boolean;
};

/** WRKCTLGBRM as the first panel: it lists the groups as it opens. */
export function workWithControlGroups({systemName, systemId, options, commands, canSelectSystem}: WorkWithControlGroupsOptions): BrmsInstance<never> {
	const state: ListState = {
		systemName,
		systemId,
		options,
		commands,
		canSelectSystem,
		groups: [],
		top: 0,
		optionLegend: optionLegendPages(options),
		optionPage: 0,
		pending: [],
		opened: [],
		edit: createEditState([]),
	};
	const start: BrmsEffect<ListMsg> = listGroups(groups => ({type: 'listed', groups}));
	return instance(panel, state, start);
}

export const WORK_WITH_CONTROL_GROUPS: PanelDefinition = {
	title: TITLE,
	help: [
		'Work with Backup Control Groups lists the backup control groups of the system. A control group is a list of what to save (its entries), on which days, and how (its attributes); STRBKUBRM CTLGRP(name) runs it.',
		'The groups whose names start with * are supplied by BRMS: *SYSTEM saves the whole system, *SYSGRP the IBM part, *BKUGRP the user data.',
	],
};

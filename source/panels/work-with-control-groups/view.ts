// What "Work with Backup Control Groups" draws: title, Position to, the option legend, the
// headings, a page of groups with their Opt fields, More.../Bottom and the command line.

import type {FieldDefinition} from '../../ui/fields/field.js';
import {BLUE, type FunctionKeyLabel, GREEN, type PanelSize, scrollIndicatorRun, textRun, titleRuns, WHITE} from '../../ui/layout.js';
import type {Run} from '../../ui/screen/model.js';
import {hasMore, type SubfileWindow, visibleIndexes} from '../../ui/subfile.js';
import {COLUMN, COMMAND_FIELD, HEADINGS, optionField, PAGE_SIZE, POSITION_TO_FIELD, POSITION_TO_HINT, POSITION_TO_LABEL, ROW, TITLE} from './layout.js';

/** What the list shows of a group. */
export type ControlGroupRow = {name: string; text: string; fullMediaPolicy: string; incrMediaPolicy: string};

export type ListView = {
	systemName: string;
	groups: readonly ControlGroupRow[];
	/** Index of the first group on the page. */
	top: number;
	/** The option legend's pages, and the one shown (F23). */
	optionLegend: readonly (readonly string[])[];
	optionPage: number;
	/** F22 is offered (brms-tui's own key: another system). */
	canSelectSystem: boolean;
};

export function window(state: ListView): SubfileWindow {
	return {top: state.top, pageSize: PAGE_SIZE, total: state.groups.length};
}

const visible = (state: ListView) => visibleIndexes(window(state)).map(index => state.groups[index]!);

export function fields(state: ListView): FieldDefinition[] {
	return [POSITION_TO_FIELD, ...visible(state).map((group, index) => optionField(group.name, ROW.firstRecord + index)), COMMAND_FIELD];
}

export function body(state: ListView, size: PanelSize): Run[] {
	const runs: Run[] = [
		...titleRuns(TITLE, state.systemName, size),
		textRun(ROW.positionTo, 2, POSITION_TO_LABEL),
		textRun(ROW.positionTo, 39, POSITION_TO_HINT, BLUE),
		textRun(ROW.instruction, 2, 'Type options, press Enter.', BLUE),
		...(state.optionLegend[state.optionPage] ?? []).map((line, index) => textRun(ROW.optionLegend + index, 3, line, BLUE)),
		...HEADINGS.map((line, index) => textRun(ROW.headings + index, 2, line, WHITE)),
		textRun(ROW.commandLabel, 2, 'Parameters or command'),
		textRun(ROW.commandLine, 2, '===>'),
	];
	visible(state).forEach((group, index) => {
		const row = ROW.firstRecord + index;
		runs.push(
			textRun(row, COLUMN.group, group.name.padEnd(11), GREEN),
			textRun(row, COLUMN.fullMediaPolicy, group.fullMediaPolicy.padEnd(11), GREEN),
			textRun(row, COLUMN.incrMediaPolicy, group.incrMediaPolicy.padEnd(11), GREEN),
			textRun(row, COLUMN.text, group.text.slice(0, size.cols - COLUMN.text), GREEN),
		);
	});
	if (state.groups.length > 0) runs.push(scrollIndicatorRun(ROW.scrollIndicator, hasMore(window(state))));
	return runs;
}

export function functionKeys(state: ListView): FunctionKeyLabel[] {
	return [
		{key: 'F3', label: 'Exit'},
		{key: 'F5', label: 'Refresh'},
		{key: 'F7', label: 'Work with BRM scheduled jobs'},
		{key: 'F9', label: 'Change backup policy'},
		{key: 'F12', label: 'Cancel'},
		{key: 'F23', label: 'More options'},
		// brms-tui's own keys, after BRMS's so their first legend page stays as on IBM i.
		{key: 'F14', label: 'Backup status'},
		...(state.canSelectSystem ? [{key: 'F22', label: 'Select system'}] : []),
		{key: 'F24', label: 'More keys'},
	];
}

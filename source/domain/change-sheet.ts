// The change sheet: what an operator keys on the host, in WRKCTLGBRM, to bring the group the
// host holds (as last applied) to the local definition — in the order they would key it:
// option 2 (header, then entries in sequence order: changes, removals, new lines, exit
// commands), option 8 (attributes), option 9 (subsystems), option 10 (job queues). BRMS has no
// command that changes a group (brms.md §6), so this sheet is how local edits reach the host.

import {attributeDefinition} from './attributes.js';
import type {ControlGroup, Entry} from './control-group.js';

export type ChangeStep = {option: 1 | 2 | 8 | 9 | 10; where: string; change: string};

const ENTRY_COLUMNS: Array<[keyof Entry, string]> = [
	['listType', 'List Type'],
	['aspDevice', 'ASP Device'],
	['activity', 'Weekly Activity'],
	['retainObjectDetail', 'Retain Object Detail'],
	['saveWhileActive', 'Save While Active'],
	['swaMessageQueue', 'SWA Message Queue'],
	['syncId', 'Sync ID'],
];

const shown = (value: unknown) => (value === null || value === undefined || value === '' ? '(blank)' : Array.isArray(value) ? value.join(' ') : String(value));

function entryValues(entry: Entry): string {
	return ENTRY_COLUMNS.filter(([key]) => entry[key] !== null && entry[key] !== undefined)
		.map(([key, label]) => `${label} ${shown(entry[key])}`)
		.join(', ');
}

/** A sequence number between two applied entries, for a line typed on a blank line (BRMS renumbers). */
function seqBetween(before: number | undefined, after: number | undefined): number {
	const low = before ?? 0;
	const high = after ?? low + 20;
	return high - low > 1 ? Math.floor((low + high) / 2) : low + 1;
}

export function changeSheet(applied: ControlGroup | undefined, local: ControlGroup): ChangeStep[] {
	const steps: ChangeStep[] = [];
	if (!applied) {
		steps.push({option: 1, where: local.name, change: `Not known to be on the host: create it (text ${shown(local.text)}) and key every entry, attribute, subsystem and job queue below.`});
	}
	const base: ControlGroup = applied ?? {...local, text: '', defaultActivity: '*BKUPCY', entries: [], subsystems: [], jobQueues: [], attributes: {...local.attributes}};
	if (base.defaultActivity !== local.defaultActivity) steps.push({option: 2, where: 'Default activity', change: `${shown(base.defaultActivity)} → ${shown(local.defaultActivity)}`});
	if (applied && base.text !== local.text) steps.push({option: 2, where: 'Text', change: `${shown(base.text)} → ${shown(local.text)}`});

	// Pair entries by item and list type, in order: what is left over was added or removed.
	const remaining = [...base.entries].sort((a, b) => a.seq - b.seq);
	const localEntries = [...local.entries].sort((a, b) => a.seq - b.seq);
	const pairs = new Map<Entry, Entry>();
	for (const entry of localEntries) {
		const index = remaining.findIndex(each => each.item === entry.item && each.listType === entry.listType);
		if (index !== -1) pairs.set(entry, remaining.splice(index, 1)[0]!);
	}
	for (const [entry, old] of pairs) {
		for (const [key, label] of ENTRY_COLUMNS) {
			if ((old[key] ?? null) !== (entry[key] ?? null)) steps.push({option: 2, where: `Seq ${old.seq} ${old.item}`, change: `${label} ${shown(old[key])} → ${shown(entry[key])}`});
		}
		if ((old.exitCommand ?? null) !== (entry.exitCommand ?? null)) steps.push({option: 2, where: `Seq ${old.seq} ${old.item}`, change: `F10, Command ${shown(entry.exitCommand)}`});
	}
	for (const old of remaining) steps.push({option: 2, where: `Seq ${old.seq} ${old.item}`, change: 'Remove: blank out the backup item'});
	localEntries.forEach((entry, index) => {
		if (pairs.has(entry)) return;
		// Place the new line after the applied entry that precedes it locally.
		const previous = localEntries.slice(0, index).reverse().find(each => pairs.has(each));
		const next = localEntries.slice(index + 1).find(each => pairs.has(each));
		const seq = seqBetween(previous ? pairs.get(previous)!.seq : undefined, next ? pairs.get(next)!.seq : undefined);
		const values = entryValues(entry);
		steps.push({option: 2, where: `New line, Seq ${seq}`, change: `Backup Items ${entry.item}${values ? `, ${values}` : ''}${entry.exitCommand ? `; then F10, Command ${entry.exitCommand}` : ''}`});
	});

	const keys = new Set([...Object.keys(base.attributes), ...Object.keys(local.attributes)]);
	for (const key of keys) {
		if (shown(base.attributes[key]) !== shown(local.attributes[key])) {
			steps.push({option: 8, where: attributeDefinition(key)?.label ?? key, change: `${shown(base.attributes[key])} → ${shown(local.attributes[key])}`});
		}
	}
	const rows = <T extends {seq: number}>(option: 9 | 10, before: T[], after: T[], describe: (row: T) => string) => {
		const old = new Map(before.map(row => [describe(row), row]));
		const now = new Map(after.map(row => [describe(row), row]));
		for (const [text, row] of old) if (!now.has(text)) steps.push({option, where: `Seq ${row.seq}`, change: `Remove ${text}`});
		for (const [text, row] of now) if (!old.has(text)) steps.push({option, where: `New line, Seq ${row.seq}`, change: text});
	};
	rows(9, base.subsystems, local.subsystems, row => `${row.subsystem} ${shown(row.library)} Restart ${row.restart} End ${shown(row.endOption)} Delay ${shown(row.delay)}`);
	rows(10, base.jobQueues, local.jobQueues, row => `${row.jobQueue} ${shown(row.library)} Hold ${row.hold} Release ${row.release}`);
	return steps;
}

const OPTION_TITLES: Record<ChangeStep['option'], string> = {1: '1=Create', 2: '2=Edit entries', 8: '8=Change attributes', 9: '9=Subsystems to process', 10: '10=Job queues to process'};

/** The sheet as lines to show: an "Option n=…" heading before the steps of each option. */
export function changeSheetLines(steps: readonly ChangeStep[]): Array<{text: string; heading: boolean}> {
	const lines: Array<{text: string; heading: boolean}> = [];
	let option: number | undefined;
	for (const step of steps) {
		if (step.option !== option) {
			option = step.option;
			lines.push({text: `Option ${OPTION_TITLES[step.option]}`, heading: true});
		}
		lines.push({text: `  ${step.where}: ${step.change}`, heading: false});
	}
	return lines;
}

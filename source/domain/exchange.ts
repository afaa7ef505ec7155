// The JSON brms-tui prints and reads (shared/spec/product.md): `show --json` objects, `list
// --json` rows, and the versioned export/import document. Key order is part of the contract.

import {withDefaultAttributes} from './attributes.js';
import {type ControlGroup, type Entry, EXIT_ITEM, type JobQueueEntry, type SubsystemEntry} from './control-group.js';
import {stringsIn, unfitCharacter} from './field-text.js';
import {isName, SHIPPED_GROUPS} from './ibmi-names.js';
import {message} from './messages.js';
import {checkControlGroup, errorsOnly} from './rules.js';

export const EXCHANGE_FORMAT = 'brms-tui/1';

export type EntryJson = {
	seq: number;
	item: string;
	listType: string | null;
	activity: string;
	retainObjectDetail: string | null;
	saveWhileActive: string | null;
	swaMessageQueue: string | null;
	aspDevice: string | null;
	syncId: string | null;
	exitCommand?: string | null;
};

export type ControlGroupJson = {
	name: string;
	text: string;
	defaultActivity: string;
	attributes: ControlGroup['attributes'];
	entries: EntryJson[];
	subsystems: SubsystemEntry[];
	jobQueues: JobQueueEntry[];
};

export type ControlGroupListRow = {name: string; fullMediaPolicy: string; incrMediaPolicy: string; text: string};

export type ExchangeDocument = {format: typeof EXCHANGE_FORMAT; controlGroups: ControlGroupJson[]};

export function entryToJson(entry: Entry): EntryJson {
	const json: EntryJson = {
		seq: entry.seq,
		item: entry.item,
		listType: entry.listType,
		activity: entry.activity,
		retainObjectDetail: entry.retainObjectDetail,
		saveWhileActive: entry.saveWhileActive,
		swaMessageQueue: entry.swaMessageQueue,
		aspDevice: entry.aspDevice,
		syncId: entry.syncId,
	};
	if (entry.item === EXIT_ITEM) json.exitCommand = entry.exitCommand ?? null;
	return json;
}

export function controlGroupToJson(group: ControlGroup): ControlGroupJson {
	return {
		name: group.name,
		text: group.text,
		defaultActivity: group.defaultActivity,
		attributes: group.attributes,
		entries: [...group.entries].sort((a, b) => a.seq - b.seq).map(entryToJson),
		subsystems: group.subsystems,
		jobQueues: group.jobQueues,
	};
}

export function listRow(group: ControlGroup): ControlGroupListRow {
	return {
		name: group.name,
		fullMediaPolicy: String(group.attributes.fullMediaPolicy),
		incrMediaPolicy: String(group.attributes.incrMediaPolicy),
		text: group.text,
	};
}

export function exportDocument(groups: readonly ControlGroup[]): ExchangeDocument {
	return {format: EXCHANGE_FORMAT, controlGroups: groups.map(controlGroupToJson)};
}

/** Where an import problem is: the group, the entry (by sequence number) and the field. */
export type ImportProblem = {group?: string; entry?: number; field: string; text: string};

const ENTRY_STRING_FIELDS = ['listType', 'retainObjectDetail', 'saveWhileActive', 'swaMessageQueue', 'aspDevice', 'syncId'] as const;

/**
 * Reads an export document back into control groups, checking its shape (types and required
 * fields). BRMS's own rules are checked afterwards by the caller, so every problem is reported
 * with the group, entry and field it concerns, and nothing is stored if there is one.
 */
export function parseExchangeDocument(input: unknown): {groups: ControlGroup[]; problems: ImportProblem[]} {
	const problems: ImportProblem[] = [];
	const groups: ControlGroup[] = [];
	if (!isObject(input) || input['format'] !== EXCHANGE_FORMAT) {
		problems.push({field: 'format', text: `The document's format must be "${EXCHANGE_FORMAT}".`});
		return {groups, problems};
	}
	const list = input['controlGroups'];
	if (!Array.isArray(list)) {
		problems.push({field: 'controlGroups', text: 'The document must hold a "controlGroups" array.'});
		return {groups, problems};
	}
	for (const [index, raw] of list.entries()) {
		const group = isObject(raw) && typeof raw['name'] === 'string' ? raw['name'] : `#${index + 1}`;
		const problem = (field: string, text: string, entry?: number) => problems.push({group, field, text, ...(entry === undefined ? {} : {entry})});
		if (!isObject(raw)) {
			problem('controlGroup', 'A control group must be a JSON object.');
			continue;
		}
		for (const field of ['name', 'text', 'defaultActivity'] as const) {
			if (typeof raw[field] !== 'string') problem(field, `${field} must be a string.`);
		}
		const attributes = raw['attributes'];
		if (!isObject(attributes)) problem('attributes', 'attributes must be an object.');
		else {
			for (const [key, value] of Object.entries(attributes)) {
				if (value !== null && typeof value !== 'string' && !(Array.isArray(value) && value.every(each => typeof each === 'string'))) {
					problem(`attributes.${key}`, `${key} must be a string, a list of strings or null.`);
				}
			}
			for (const key of ['fullMediaPolicy', 'incrMediaPolicy']) if (!(key in attributes)) problem(`attributes.${key}`, `${key} is missing.`);
		}
		const entries: Entry[] = [];
		if (!Array.isArray(raw['entries'])) problem('entries', 'entries must be an array.');
		else {
			for (const [entryIndex, rawEntry] of raw['entries'].entries()) {
				const seq = isObject(rawEntry) && Number.isInteger(rawEntry['seq']) ? (rawEntry['seq'] as number) : undefined;
				const where = seq ?? entryIndex + 1;
				if (!isObject(rawEntry)) {
					problem('entry', 'An entry must be a JSON object.', where);
					continue;
				}
				if (seq === undefined) problem('seq', 'seq must be a whole number.', where);
				if (typeof rawEntry['item'] !== 'string') problem('item', 'item must be a string.', where);
				if (typeof rawEntry['activity'] !== 'string') problem('activity', 'activity must be a string.', where);
				for (const field of [...ENTRY_STRING_FIELDS, 'exitCommand'] as const) {
					const value = rawEntry[field];
					if (value !== undefined && value !== null && typeof value !== 'string') problem(field, `${field} must be a string or null.`, where);
				}
				const entry: Entry = {
					seq: seq ?? 0,
					item: String(rawEntry['item'] ?? ''),
					listType: nullable(rawEntry['listType']),
					aspDevice: nullable(rawEntry['aspDevice']),
					activity: String(rawEntry['activity'] ?? ''),
					retainObjectDetail: nullable(rawEntry['retainObjectDetail']),
					saveWhileActive: nullable(rawEntry['saveWhileActive']),
					swaMessageQueue: nullable(rawEntry['swaMessageQueue']),
					syncId: nullable(rawEntry['syncId']),
				};
				if (entry.item === EXIT_ITEM) entry.exitCommand = nullable(rawEntry['exitCommand']);
				entries.push(entry);
			}
		}
		const subsystems = Array.isArray(raw['subsystems']) ? (raw['subsystems'] as SubsystemEntry[]) : [];
		const jobQueues = Array.isArray(raw['jobQueues']) ? (raw['jobQueues'] as JobQueueEntry[]) : [];
		if (raw['subsystems'] !== undefined && !Array.isArray(raw['subsystems'])) problem('subsystems', 'subsystems must be an array.');
		if (raw['jobQueues'] !== undefined && !Array.isArray(raw['jobQueues'])) problem('jobQueues', 'jobQueues must be an array.');
		groups.push({
			name: String(raw['name'] ?? ''),
			type: '*BKU',
			text: String(raw['text'] ?? ''),
			defaultActivity: String(raw['defaultActivity'] ?? ''),
			// An attribute the document does not hold (an export of an older brms-tui) takes BRMS's default.
			attributes: withDefaultAttributes((isObject(attributes) ? attributes : {}) as Partial<ControlGroup['attributes']>),
			entries,
			subsystems,
			jobQueues,
		});
	}
	return {groups, problems};
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nullable(value: unknown): string | null {
	return typeof value === 'string' && value !== '' ? value : null;
}

/** A group name as a problem may show it: one that does not pass the rules shows as JSON (escaped). */
function safeName(name: string): string {
	return unfitCharacter(name) ? JSON.stringify(name) : name;
}

/** BRMS's rules for one imported group, as problems naming its entry (by sequence) and field. */
export function importProblems(group: ControlGroup): ImportProblem[] {
	const problems: ImportProblem[] = [];
	// Every string, wherever it stands, holds only what a 5250 field can (no control characters).
	for (const {path, value} of stringsIn(group)) {
		const unfit = unfitCharacter(value);
		if (!unfit) continue;
		const entry = /^entries\[(\d+)\]\.(.*)$/.exec(path);
		const {id, text, help} = message('characterNotValid', unfit.codePoint, unfit.position);
		const seq = entry ? group.entries[Number(entry[1])]?.seq : undefined;
		problems.push({
			group: safeName(group.name),
			...(seq === undefined ? {} : {entry: seq}),
			field: entry ? entry[2]! : path,
			text: `${id}: ${text} ${help.cause}`,
		});
	}
	if (problems.length > 0) return problems;
	if (!isName(group.name) && !(SHIPPED_GROUPS as readonly string[]).includes(group.name)) {
		problems.push({group: group.name, field: 'name', text: `Control group name ${group.name} not valid.`});
	}
	for (const each of errorsOnly(checkControlGroup(group))) {
		const isEntryField = !each.field.includes('.') && each.index !== undefined;
		const entry = isEntryField ? group.entries[each.index!]?.seq : undefined;
		const field = each.index !== undefined && each.field.includes('.') ? `${each.field.split('.')[0]}[${each.index}].${each.field.split('.')[1]}` : each.field;
		// Line 24's text, and its cause: a script has no F1 to press.
		problems.push({group: group.name, ...(entry === undefined ? {} : {entry}), field, text: `${each.messageId}: ${each.text} ${each.help.cause}`});
	}
	return problems;
}

// BRMS's rules for control groups (brms.md §3, §4 and the checklist in §8), as pure functions
// returning problems in the order a 5250 panel reports them: header fields first, then each
// entry left to right, then subsystems, job queues and attributes. Rules that rest on a [K] or
// [?] fact say so; several of those are warnings, which do not stop a save.

import {ATTRIBUTE_DEFINITIONS, type AttributeDefinition, attributeTitle} from './attributes.js';
import {type ControlGroup, type Entry, EXIT_ITEM, type JobQueueEntry, type SubsystemEntry} from './control-group.js';
import {unfitCharacter, upperAscii} from './field-text.js';
import {GENERATED_GROUP_PREFIXES, isGenericName, isName, isQualifiedName, SHIPPED_GROUPS} from './ibmi-names.js';
import {type Message, type MessageHelp, type MessageKey, message} from './messages.js';
import {
	type AllowedValue,
	ASP_DEVICE_SPECIAL,
	ASP_ITEM_PATTERN,
	AUTOMATIC_OMIT_LISTS,
	type ItemKind,
	isAllowed,
	LIST_TYPES,
	RETAIN_OBJECT_DETAIL,
	SAVE_WHILE_ACTIVE_LIBRARY,
	SAVE_WHILE_ACTIVE_LINK,
	SWA_MESSAGE_QUEUE_SPECIAL,
	SYNC_ID_SPECIAL,
	specialItem,
	UNSAFE_EXIT_COMMANDS,
} from './values.js';

export type EntryField =
	| 'seq'
	| 'item'
	| 'listType'
	| 'aspDevice'
	| 'activity'
	| 'retainObjectDetail'
	| 'saveWhileActive'
	| 'swaMessageQueue'
	| 'syncId'
	| 'exitCommand';

export type Problem = {
	/** The field: a group field (name, text, defaultActivity), an entry field, or e.g. "subsystems.restart". */
	field: string;
	messageId: string;
	text: string;
	/** The message's second-level text (F1 on it). */
	help: MessageHelp;
	severity: 'error' | 'warning';
	/** Index into the entries (or subsystems / job queues) array the problem is about. */
	index?: number;
};

function problem(field: string, key: MessageKey, values: Array<string | number> = [], extra: Partial<Problem> = {}): Problem {
	const {id, text, help} = message(key, ...values);
	return {field, messageId: id, text, help, severity: 'error', ...extra};
}

/** The problem as a message for line 24. */
export function problemMessage(problem: Problem): Message {
	return {id: problem.messageId, text: problem.text, help: problem.help};
}

export const MAX_ENTRIES = 999;
export const MAX_TEXT = 50;

const ACTIVITY_PATTERN = /^[FI ]{1,7}$/;

/** A weekly activity as typed: trailing blanks (days not processed) may have been dropped. */
export function isActivityPattern(value: string): boolean {
	return ACTIVITY_PATTERN.test(value) && /[FI]/.test(value);
}

/** The name of a group about to be created (option 1, 3=Copy). */
export function checkNewGroupName(name: string, existing: readonly string[] = []): Problem[] {
	if (name === '') return [problem('name', 'nameRequired')];
	if ((SHIPPED_GROUPS as readonly string[]).includes(name)) return [problem('name', 'nameReserved', [name])];
	if (!isName(name)) return [problem('name', 'nameNotValid', [name])];
	if (existing.includes(name)) return [problem('name', 'groupExists', [name])];
	const prefix = GENERATED_GROUP_PREFIXES.find(each => name.startsWith(each));
	// Advice, not a BRMS rule [K]: BRMS generates groups under these prefixes.
	return prefix ? [{...problem('name', 'nameGenerated', [prefix]), severity: 'warning'}] : [];
}

export function checkHeader(group: Pick<ControlGroup, 'text' | 'defaultActivity'>): Problem[] {
	const problems: Problem[] = [];
	if (group.defaultActivity !== '*BKUPCY' && !isActivityPattern(group.defaultActivity)) {
		problems.push(problem('defaultActivity', 'defaultActivityNotValid', [group.defaultActivity]));
	}
	if (group.text.length > MAX_TEXT) problems.push(problem('text', 'textTooLong'));
	const unfit = unfitCharacter(group.text);
	if (unfit) problems.push(problem('text', 'characterNotValid', [unfit.codePoint, unfit.position]));
	return problems;
}

/** What an entry's item is, which decides the columns that apply. */
export type ItemClass = {kind: ItemKind | 'list' | 'name'; special: boolean};

export function classifyItem(entry: Pick<Entry, 'item' | 'listType'>): ItemClass | undefined {
	const special = specialItem(entry.item);
	if (special) return {kind: special.kind, special: true};
	if (ASP_ITEM_PATTERN.test(entry.item)) return {kind: entry.item.startsWith('*ASP') ? 'library' : 'document', special: true};
	if (entry.item.startsWith('*')) return undefined;
	if (entry.listType !== null) return {kind: 'list', special: false};
	return isName(entry.item) || isGenericName(entry.item) ? {kind: 'name', special: false} : undefined;
}

function oneOf(values: readonly AllowedValue[]): string {
	return values.map(each => each.value).join(', ');
}

/** The rules of one entry, field by field in panel order. */
export function checkEntry(entry: Entry, index: number, groupName: string, entries: readonly Entry[]): Problem[] {
	const problems: Problem[] = [];
	const at = (field: EntryField, key: MessageKey, values: Array<string | number> = [], severity: Problem['severity'] = 'error') =>
		problems.push({...problem(field, key, values, {index}), severity});

	if (!Number.isInteger(entry.seq) || entry.seq < 1 || entry.seq > 9999) at('seq', 'seqNotValid', [String(entry.seq)]);
	else if (entries.some((other, otherIndex) => otherIndex !== index && other.seq === entry.seq)) at('seq', 'seqDuplicate', [entry.seq]);

	const item = classifyItem(entry);
	if (!item) {
		at('item', 'itemNotValid', [entry.item]);
		return problems;
	}
	if ((AUTOMATIC_OMIT_LISTS as readonly string[]).includes(entry.item)) at('item', 'automaticOmitList', [entry.item], 'warning');

	if (entry.listType !== null) {
		if (item.special || isGenericName(entry.item)) at('listType', 'listTypeNotAllowed');
		else if (!isAllowed(LIST_TYPES, entry.listType)) at('listType', 'listTypeNotValid', [entry.listType]);
	}

	const isExit = entry.item === EXIT_ITEM;
	// An *EXIT carries only its sequence, weekly activity and command (brms.md §2.5, §3.10).
	const blankFor = (field: EntryField, label: string, value: string | null, applies: boolean) => {
		if (value !== null && !applies) at(field, 'columnNotAllowed', [label, entry.item]);
		return value !== null && applies;
	};
	const takesColumns = !isExit && item.kind !== 'operation';

	if (blankFor('aspDevice', 'ASP device', entry.aspDevice, takesColumns)) {
		if (!isAllowed(ASP_DEVICE_SPECIAL, entry.aspDevice!) && !isName(entry.aspDevice!)) at('aspDevice', 'aspDeviceNotValid', [entry.aspDevice!]);
	}

	if (entry.activity !== '*DFTACT' && !isActivityPattern(entry.activity)) at('activity', 'activityNotValid', [entry.activity]);

	// Retain object detail is blank for *EXIT and *SAVSYS [V figure][K rule].
	if (blankFor('retainObjectDetail', 'Retain object detail', entry.retainObjectDetail, takesColumns && item.kind !== 'system')) {
		if (!isAllowed(RETAIN_OBJECT_DETAIL, entry.retainObjectDetail!)) at('retainObjectDetail', 'retainNotValid', [entry.retainObjectDetail!]);
	}

	// Save while active is blank for *EXIT, *SAVSYS, *SAVSECDTA and *SAVCFG [V seed][K rule].
	const swaApplies = takesColumns && item.kind !== 'system' && item.kind !== 'data';
	if (blankFor('saveWhileActive', 'Save while active', entry.saveWhileActive, swaApplies)) {
		const isLink = item.kind === 'link' || (item.kind === 'list' && entry.listType === '*LNK');
		const allowed = isLink ? SAVE_WHILE_ACTIVE_LINK : SAVE_WHILE_ACTIVE_LIBRARY;
		if (!isAllowed(allowed, entry.saveWhileActive!)) {
			at('saveWhileActive', 'swaNotValid', [entry.saveWhileActive!, isLink ? 'link items' : 'library items', oneOf(allowed)]);
		}
	}

	if (blankFor('swaMessageQueue', 'SWA message queue', entry.swaMessageQueue, swaApplies)) {
		if (!isAllowed(SWA_MESSAGE_QUEUE_SPECIAL, entry.swaMessageQueue!) && !isQualifiedName(entry.swaMessageQueue!)) {
			at('swaMessageQueue', 'swaMessageQueueNotValid', [entry.swaMessageQueue!]);
		} else if (entry.saveWhileActive === null || entry.saveWhileActive === '*NO') {
			// Used only when save while active is not *NO [K]: a warning, as brms.md §8 advises.
			at('swaMessageQueue', 'swaMessageQueueUnused', [], 'warning');
		}
	}

	if (blankFor('syncId', 'Sync ID', entry.syncId, takesColumns)) {
		if (!isAllowed(SYNC_ID_SPECIAL, entry.syncId!) && !isName(entry.syncId!)) at('syncId', 'syncIdNotValid', [entry.syncId!]);
	}

	if (isExit && entry.exitCommand) problems.push(...checkExitCommand(entry.exitCommand, index, groupName, entries));
	return problems;
}

/** Rules for the command of an *EXIT entry (brms.md §3.10, §3.11, §7.1). */
export function checkExitCommand(command: string, index: number, groupName: string, entries: readonly Entry[]): Problem[] {
	const problems: Problem[] = [];
	const unfit = unfitCharacter(command);
	if (unfit) return [problem('exitCommand', 'characterNotValid', [unfit.codePoint, unfit.position], {index})];
	const words = upperAscii(command.trim());
	const verb = (words.split(/[\s(]/)[0] ?? '').replace(/^.*\//, '');
	if (verb === 'SAVDOMBRM' || verb === 'SAVLQPBRM') {
		const group = /CTLGRP\(\s*([^)\s]+)\s*\)/.exec(words)?.[1];
		if (group !== undefined && group !== groupName) problems.push(problem('exitCommand', 'exitControlGroupMismatch', [groupName, group], {index}));
		if (/SAVTYPE\(/.test(words)) problems.push({...problem('exitCommand', 'exitSaveType', [], {index}), severity: 'warning'});
		const sorted = [...entries].sort((a, b) => a.seq - b.seq);
		const entry = entries[index];
		if (entry && (sorted[0] === entry || sorted.at(-1) === entry)) {
			problems.push({...problem('exitCommand', 'exitLotusFirstOrLast', [verb], {index}), severity: 'warning'});
		}
	}
	const unsafe = (UNSAFE_EXIT_COMMANDS as readonly string[]).includes(verb) || (verb === 'STRBKUBRM' && !/SBMJOB\(\s*\*YES\s*\)/.test(words));
	if (unsafe) problems.push({...problem('exitCommand', 'exitUnsafeCommand', [verb], {index}), severity: 'warning'});
	return problems;
}

/** Sequence numbers of option 9 and 10 rows: 1 through 9999, each used once. */
function checkSequence(rows: ReadonlyArray<{seq: number}>, index: number, at: (field: string, key: MessageKey, values: Array<string | number>) => void): void {
	const {seq} = rows[index]!;
	if (!Number.isInteger(seq) || seq < 1 || seq > 9999) at('seq', 'seqNotValid', [String(seq)]);
	else if (rows.some((other, otherIndex) => otherIndex !== index && other.seq === seq)) at('seq', 'seqDuplicate', [seq]);
}

export function checkSubsystem(row: SubsystemEntry, index: number, rows: readonly SubsystemEntry[]): Problem[] {
	const problems: Problem[] = [];
	const at = (field: string, key: MessageKey, values: Array<string | number>) => problems.push(problem(`subsystems.${field}`, key, values, {index}));
	checkSequence(rows, index, at);
	if (row.subsystem !== '*ALL' && !isName(row.subsystem)) at('subsystem', 'subsystemNotValid', [row.subsystem]);
	if (row.library !== null && row.library !== '*LIBL' && !isName(row.library)) at('library', 'libraryNotValid', [row.library]);
	if (!['*YES', '*NO'].includes(row.restart)) at('restart', 'valueNotAllowed', [row.restart, 'Restart', '*YES, *NO']);
	// End option and delay are reconstructed columns [?] (brms.md §4.3).
	if (row.endOption !== null && !['*CNTRLD', '*IMMED'].includes(row.endOption))
		at('endOption', 'valueNotAllowed', [row.endOption, 'End option', '*CNTRLD, *IMMED']);
	if (row.delay !== null && row.delay !== '*NOLIMIT' && !/^\d{1,6}$/.test(row.delay)) at('delay', 'valueNotAllowed', [row.delay, 'Delay', 'seconds, *NOLIMIT']);
	return problems;
}

export function checkJobQueue(row: JobQueueEntry, index: number, rows: readonly JobQueueEntry[]): Problem[] {
	const problems: Problem[] = [];
	const at = (field: string, key: MessageKey, values: Array<string | number>) => problems.push(problem(`jobQueues.${field}`, key, values, {index}));
	checkSequence(rows, index, at);
	if (!isName(row.jobQueue)) at('jobQueue', 'jobQueueNotValid', [row.jobQueue]);
	if (row.library !== null && row.library !== '*LIBL' && !isName(row.library)) at('library', 'libraryNotValid', [row.library]);
	// Hold and Release columns are reconstructed [?] (brms.md §4.4).
	if (!['*YES', '*NO'].includes(row.hold)) at('hold', 'valueNotAllowed', [row.hold, 'Hold', '*YES, *NO']);
	if (!['*YES', '*NO'].includes(row.release)) at('release', 'valueNotAllowed', [row.release, 'Release', '*YES, *NO']);
	return problems;
}

export function checkAttributes(attributes: ControlGroup['attributes']): Problem[] {
	const problems: Problem[] = [];
	for (const definition of ATTRIBUTE_DEFINITIONS) {
		if (!(definition.key in attributes)) continue;
		const value = attributes[definition.key] ?? null;
		const reason = checkAttributeValue(definition, value);
		if (!reason) continue;
		const field = `attributes.${definition.key}`;
		// A list (the devices) is named as a whole; one value is quoted.
		if (Array.isArray(value)) problems.push(problem(field, 'attributeValuesNotValid', [attributeTitle(definition), reason]));
		else problems.push(problem(field, 'attributeNotValid', [String(value ?? ''), attributeTitle(definition), reason]));
	}
	return problems;
}

/** Every rule for a whole group, in panel order. */
export function checkControlGroup(group: ControlGroup): Problem[] {
	const problems = [...checkHeader(group)];
	if (group.entries.length > MAX_ENTRIES) problems.push(problem('entries', 'tooManyEntries'));
	for (const [index, entry] of group.entries.entries()) problems.push(...checkEntry(entry, index, group.name, group.entries));
	for (const [index, row] of group.subsystems.entries()) problems.push(...checkSubsystem(row, index, group.subsystems));
	for (const [index, row] of group.jobQueues.entries()) problems.push(...checkJobQueue(row, index, group.jobQueues));
	problems.push(...checkAttributes(group.attributes));
	return problems;
}

export function errorsOnly(problems: readonly Problem[]): Problem[] {
	return problems.filter(each => each.severity === 'error');
}

/**
 * Numbers entries 10, 20, 30 … in order, as BRMS does on Enter; an entry typed with the same
 * number as an existing one goes after it (brms.md §3.1). `isNew` tells typed entries apart.
 */
export function resequence<T extends Pick<Entry, 'seq'>>(entries: readonly T[], isNew: (entry: T) => boolean = () => false): T[] {
	return entries
		.map((entry, position) => ({entry, position}))
		.sort((a, b) => a.entry.seq - b.entry.seq || Number(isNew(a.entry)) - Number(isNew(b.entry)) || a.position - b.position)
		.map(({entry}, index) => ({...entry, seq: (index + 1) * 10}));
}

/** Whether `value` is allowed for the attribute; a reason when it is not. */
export function checkAttributeValue(definition: AttributeDefinition, value: string | string[] | null): string | undefined {
	const {rule} = definition;
	if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) {
		return definition.optional ? undefined : 'a value is required';
	}
	if (rule.kind === 'names') {
		const list = Array.isArray(value) ? value : [value];
		if (list.length > rule.max) return `at most ${rule.max} values`;
		const special = list.find(each => rule.specials.includes(each));
		if (special && list.length > 1) return `${special} must be the only value`;
		const bad = list.find(each => !rule.specials.includes(each) && !isName(each));
		return bad === undefined ? undefined : `'${bad}' is not a name or ${rule.specials.join(', ')}`;
	}
	if (Array.isArray(value)) return 'one value only';
	switch (rule.kind) {
		case 'choice':
			return rule.values.includes(value) ? undefined : `allowed: ${rule.values.join(', ')}`;
		case 'name':
			return rule.specials.includes(value) || isName(value) ? undefined : `a name or ${rule.specials.join(', ')}`;
		case 'number': {
			if (rule.specials.includes(value)) return undefined;
			const number = /^\d+$/.test(value) ? Number(value) : Number.NaN;
			return number >= rule.min && number <= rule.max ? undefined : `${rule.min}-${rule.max} or ${rule.specials.join(', ')}`;
		}
		case 'release':
			return rule.specials.includes(value) || /^V\dR\dM\d$/.test(value) ? undefined : `${rule.specials.join(', ')} or VxRxMx`;
	}
}

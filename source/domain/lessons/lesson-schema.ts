// Reads a lesson a trainer wrote (already parsed from JSON or YAML) into a Lesson, checking every
// field: an unknown field, a missing one, a wrong type, a check kind that does not exist, an
// attribute BRMS does not have. Each problem names its path in the file (steps[2].check.group)
// so the command line can name the line too; nothing is guessed.

import {attributeDefinition} from '../attributes.js';
import {EXCHANGE_FORMAT, parseExchangeDocument} from '../exchange.js';
import {isName, SHIPPED_GROUPS} from '../ibmi-names.js';
import type {JobOutcome} from '../job-follow.js';
import {type Check, type CheckKind, ENTRY_CHECK_COLUMNS, type GroupCopy, type Lesson, type LessonStart, type LessonStep} from './lesson.js';

export type LessonPath = ReadonlyArray<string | number>;
export type LessonProblem = {path: LessonPath; reason: string};

/** `steps[2].check.group` */
export function pathText(path: LessonPath): string {
	return path.reduce<string>((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part), '') || '(the document)';
}

type FieldType = 'string' | 'boolean' | 'nullableString' | 'strings' | 'items' | 'check' | 'checks' | 'outcome' | 'name' | 'panel';

const OUTCOMES: readonly JobOutcome[] = ['completed', 'completedWithErrors', 'endedAbnormally', 'unknown'];

/** Every check kind: its required and optional fields, with their types. */
export const CHECK_FIELDS: Readonly<Record<CheckKind, {required: Record<string, FieldType>; optional: Record<string, FieldType>}>> = {
	all: {required: {checks: 'checks'}, optional: {}},
	any: {required: {checks: 'checks'}, optional: {}},
	not: {required: {check: 'check'}, optional: {}},
	group: {required: {group: 'name'}, optional: {exists: 'boolean', text: 'string', defaultActivity: 'string'}},
	entry: {required: {group: 'name', item: 'string'}, optional: Object.fromEntries(ENTRY_CHECK_COLUMNS.map(column => [column, 'nullableString']))},
	entries: {required: {group: 'name'}, optional: {like: 'name', items: 'items'}},
	attribute: {required: {group: 'name', attribute: 'string', value: 'string'}, optional: {}},
	valid: {required: {group: 'name'}, optional: {}},
	ran: {required: {group: 'name'}, optional: {sbmjob: 'string', outcome: 'outcome'}},
	together: {required: {groups: 'strings'}, optional: {}},
	screen: {required: {}, optional: {panel: 'panel', text: 'string'}},
	help: {required: {}, optional: {panel: 'panel', title: 'string'}},
	valueList: {required: {}, optional: {panel: 'panel', title: 'string', chosen: 'string'}},
	message: {required: {id: 'string'}, optional: {panel: 'panel'}},
	messageHelp: {required: {}, optional: {id: 'string'}},
};

const CHECK_KINDS = Object.keys(CHECK_FIELDS) as CheckKind[];
const SBMJOB_VALUES = ['*YES', '*NO', '*CTLSBS'];
/** The Title column of the Lessons list: columns 38 to 79. */
const TITLE_WIDTH = 42;

type Reader = {problems: LessonProblem[]; panels: readonly string[]};

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const describeValue = (value: unknown) =>
	value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : JSON.stringify(value);

function problem(reader: Reader, path: LessonPath, reason: string): undefined {
	reader.problems.push({path, reason});
	return undefined;
}

/** Fields other than `known` are refused: a misspelt field must not silently do nothing. */
function onlyKnown(reader: Reader, value: Record<string, unknown>, path: LessonPath, known: readonly string[]): void {
	for (const key of Object.keys(value))
		if (!known.includes(key)) problem(reader, [...path, key], `unknown field "${key}"; expected one of ${known.join(', ')}`);
}

/** A text of one line or several (a list of lines). */
function readLines(reader: Reader, value: unknown, path: LessonPath): string[] | undefined {
	if (typeof value === 'string' && value.trim() !== '') return value.trimEnd().split('\n');
	if (Array.isArray(value) && value.length > 0 && value.every(line => typeof line === 'string')) return value as string[];
	return problem(reader, path, `must be a text or a list of lines, not ${describeValue(value)}`);
}

function readField(reader: Reader, type: FieldType, value: unknown, path: LessonPath): unknown {
	switch (type) {
		case 'string':
			return typeof value === 'string' && value !== '' ? value : problem(reader, path, `must be a text, not ${describeValue(value)}`);
		case 'nullableString':
			return value === null || typeof value === 'string' ? value : problem(reader, path, `must be a text or null (blank), not ${describeValue(value)}`);
		case 'boolean':
			return typeof value === 'boolean' ? value : problem(reader, path, `must be true or false, not ${describeValue(value)}`);
		case 'name':
			return typeof value === 'string' && (isName(value.toUpperCase()) || (SHIPPED_GROUPS as readonly string[]).includes(value.toUpperCase()))
				? value.toUpperCase()
				: problem(reader, path, `must be a control group name (1-10 characters, A-Z 0-9 $ # @ _ .), not ${describeValue(value)}`);
		case 'strings':
			return Array.isArray(value) && value.length >= 2 && value.every(each => typeof each === 'string')
				? (value as string[]).map(each => each.toUpperCase())
				: problem(reader, path, `must be a list of at least two control group names, not ${describeValue(value)}`);
		case 'items':
			return Array.isArray(value) && value.length > 0 && value.every(each => typeof each === 'string' && each !== '')
				? (value as string[]).map(each => each.toUpperCase())
				: problem(reader, path, `must be a list of backup items, not ${describeValue(value)}`);
		case 'outcome':
			return OUTCOMES.includes(value as JobOutcome) ? value : problem(reader, path, `must be one of ${OUTCOMES.join(', ')}, not ${describeValue(value)}`);
		case 'panel':
			return typeof value === 'string' && reader.panels.includes(value)
				? value
				: problem(reader, path, `must be a panel ID (${reader.panels.join(', ')}), not ${describeValue(value)}`);
		case 'check':
			return readCheck(reader, value, path);
		case 'checks': {
			if (!Array.isArray(value) || value.length === 0) return problem(reader, path, `must be a list of checks, not ${describeValue(value)}`);
			const checks = value.map((each, index) => readCheck(reader, each, [...path, index]));
			return checks.every(each => each !== undefined) ? checks : undefined;
		}
	}
}

function readCheck(reader: Reader, value: unknown, path: LessonPath): Check | undefined {
	if (!isObject(value)) return problem(reader, path, `must be a check (an object with a kind), not ${describeValue(value)}`);
	const kind = value['kind'];
	if (typeof kind !== 'string' || !CHECK_KINDS.includes(kind as CheckKind))
		return problem(reader, [...path, 'kind'], `must be one of ${CHECK_KINDS.join(', ')}, not ${describeValue(kind)}`);
	const {required, optional} = CHECK_FIELDS[kind as CheckKind];
	onlyKnown(reader, value, path, ['kind', ...Object.keys(required), ...Object.keys(optional)]);
	const before = reader.problems.length;
	const check: Record<string, unknown> = {kind};
	for (const [field, type] of Object.entries(required)) {
		if (value[field] === undefined) problem(reader, [...path, field], `is missing (a ${kind} check needs ${Object.keys(required).join(', ')})`);
		else check[field] = readField(reader, type, value[field], [...path, field]);
	}
	for (const [field, type] of Object.entries(optional)) if (value[field] !== undefined) check[field] = readField(reader, type, value[field], [...path, field]);
	if (kind === 'attribute' && typeof check['attribute'] === 'string' && !attributeDefinition(check['attribute']))
		problem(reader, [...path, 'attribute'], `BRMS has no attribute "${check['attribute']}"`);
	if (kind === 'ran' && typeof check['sbmjob'] === 'string') {
		check['sbmjob'] = check['sbmjob'].toUpperCase();
		if (!SBMJOB_VALUES.includes(check['sbmjob'] as string)) problem(reader, [...path, 'sbmjob'], `must be one of ${SBMJOB_VALUES.join(', ')}`);
	}
	if (kind === 'entries' && (check['like'] === undefined) === (check['items'] === undefined) && reader.problems.length === before)
		problem(reader, path, 'an entries check needs either like (a group) or items (a list), not both');
	if (kind === 'entry' && typeof check['item'] === 'string') check['item'] = check['item'].toUpperCase();
	return reader.problems.length === before ? (check as Check) : undefined;
}

function readStep(reader: Reader, value: unknown, path: LessonPath): LessonStep | undefined {
	if (!isObject(value)) return problem(reader, path, `must be a step (text, hints, check), not ${describeValue(value)}`);
	onlyKnown(reader, value, path, ['text', 'hints', 'check']);
	const text = readLines(reader, value['text'], [...path, 'text']);
	const hints = value['hints'] === undefined ? [] : value['hints'];
	if (!Array.isArray(hints) || !hints.every(each => typeof each === 'string')) return problem(reader, [...path, 'hints'], 'must be a list of texts');
	if (value['check'] === undefined) return problem(reader, [...path, 'check'], 'is missing (how the step is checked)');
	const check = readCheck(reader, value['check'], [...path, 'check']);
	return text && check ? {text, hints: hints as string[], check} : undefined;
}

function readStart(reader: Reader, value: unknown, path: LessonPath): LessonStart | undefined {
	if (value === undefined || value === 'demo') return {from: 'demo', groups: [], copies: [], remove: []};
	if (!isObject(value)) return problem(reader, path, `must be "demo" or an object (from, groups, copies, remove), not ${describeValue(value)}`);
	onlyKnown(reader, value, path, ['from', 'groups', 'copies', 'remove']);
	const from = value['from'] ?? 'demo';
	if (from !== 'demo' && from !== 'shipped') problem(reader, [...path, 'from'], `must be "demo" or "shipped", not ${describeValue(from)}`);
	const groupsValue = value['groups'] ?? [];
	let groups: LessonStart['groups'] = [];
	if (!Array.isArray(groupsValue)) problem(reader, [...path, 'groups'], 'must be a list of control groups, as brms-tui export writes them');
	else {
		const parsed = parseExchangeDocument({format: EXCHANGE_FORMAT, controlGroups: groupsValue});
		for (const each of parsed.problems) {
			const index = groupsValue.findIndex(raw => isObject(raw) && raw['name'] === each.group);
			const at = index >= 0 ? index : Number(/^#(\d+)$/.exec(each.group ?? '')?.[1] ?? 1) - 1;
			problem(
				reader,
				[...path, 'groups', at, ...(each.entry === undefined ? [] : ['entries']), ...each.field.split('.')],
				`${each.entry === undefined ? '' : `entry ${each.entry}: `}${each.text}`,
			);
		}
		groups = parsed.groups;
		for (const [index, group] of groups.entries())
			if (!isName(group.name)) problem(reader, [...path, 'groups', index, 'name'], `${group.name} is not a control group name`);
	}
	const copiesValue = value['copies'] ?? [];
	const copies: GroupCopy[] = [];
	if (!Array.isArray(copiesValue)) problem(reader, [...path, 'copies'], 'must be a list of {from, to, text}');
	else
		for (const [index, raw] of copiesValue.entries()) {
			const at = [...path, 'copies', index];
			if (!isObject(raw)) {
				problem(reader, at, 'must be {from, to, text}');
				continue;
			}
			onlyKnown(reader, raw, at, ['from', 'to', 'text']);
			const source = readField(reader, 'name', raw['from'], [...at, 'from']) as string | undefined;
			const target = readField(reader, 'name', raw['to'], [...at, 'to']) as string | undefined;
			const text = raw['text'] === undefined ? undefined : (readField(reader, 'string', raw['text'], [...at, 'text']) as string | undefined);
			if (source && target) copies.push({from: source, to: target, ...(text === undefined ? {} : {text})});
		}
	const removeValue = value['remove'] ?? [];
	const remove = Array.isArray(removeValue) ? removeValue.map((each, index) => readField(reader, 'name', each, [...path, 'remove', index]) as string) : [];
	if (!Array.isArray(removeValue)) problem(reader, [...path, 'remove'], 'must be a list of control group names');
	return {from: from === 'shipped' ? 'shipped' : 'demo', groups, copies, remove};
}

export type ReadOptions = {
	/** The lesson's ID when the document names none (a trainer's file: its name). */
	id: string;
	source: string;
	/** The panel IDs a check may name (the registry's). */
	panels: readonly string[];
};

/** The lesson a parsed document describes, or every problem it has (each with its path). */
export function readLesson(document: unknown, {id, source, panels}: ReadOptions): {lesson: Lesson} | {problems: LessonProblem[]} {
	const reader: Reader = {problems: [], panels};
	if (!isObject(document)) return {problems: [{path: [], reason: `a lesson is an object (title, summary, start, steps), not ${describeValue(document)}`}]};
	onlyKnown(reader, document, [], ['id', 'title', 'summary', 'start', 'steps', 'later']);
	const lessonId = document['id'] ?? id;
	if (typeof lessonId !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9-]{0,14}$/.test(lessonId))
		problem(reader, ['id'], `must be 1-15 letters, digits and hyphens, not ${describeValue(lessonId)}`);
	const title = readField(reader, 'string', document['title'], ['title']) as string | undefined;
	if (title && title.length > TITLE_WIDTH) problem(reader, ['title'], `is ${title.length} characters; at most ${TITLE_WIDTH} fit the Lessons list`);
	const summary = document['summary'] === undefined ? [] : readLines(reader, document['summary'], ['summary']);
	const start = readStart(reader, document['start'], ['start']);
	const stepsValue = document['steps'];
	const steps: LessonStep[] = [];
	if (!Array.isArray(stepsValue) || stepsValue.length === 0)
		problem(reader, ['steps'], `must be a list of at least one step, not ${describeValue(stepsValue)}`);
	else for (const [index, each] of stepsValue.entries()) steps.push(readStep(reader, each, ['steps', index]) as LessonStep);
	const later = document['later'] === undefined ? undefined : (readField(reader, 'string', document['later'], ['later']) as string | undefined);
	if (reader.problems.length > 0 || !title || !summary || !start) return {problems: reader.problems};
	return {lesson: {id: String(lessonId).toUpperCase(), title, summary, start, steps, ...(later ? {later} : {}), source}};
}

// A step's check, judged by outcome: pure functions over what the sandbox shows now — its groups,
// what its host ran (commands, jobs and their verdicts), what happened on the panels (F1, F4, a
// message on line 24) and the screen. Never over the keys pressed: any way to the outcome passes.
// A check that fails says what is still different, as the change sheet says it: the group, the
// entry (Seq and item), the field, now → expected.

import {attributeDefinition, attributeTitle} from '../attributes.js';
import {type ControlGroup, type Entry, EXIT_ITEM} from '../control-group.js';
import {END_MESSAGES, type JobOutcome} from '../job-follow.js';
import {checkControlGroup, errorsOnly} from '../rules.js';
import {clParameter} from '../strbkubrm.js';
import {type Check, ENTRY_CHECK_COLUMNS, type EntryCheckColumn} from './lesson.js';

/** What the sandbox's host did, as the lesson records it. */
export type HostRecord =
	/** A command the host ran, with the IDs of the messages it answered. */
	| {kind: 'command'; at: number; command: string; exitCode: number; messageIds: string[]; job?: string}
	/** A submitted job was seen running. */
	| {kind: 'jobActive'; at: number; job: string; group: string}
	/** A followed job ended, with BRMS's verdict. */
	| {kind: 'jobEnded'; at: number; job: string; group: string; outcome: JobOutcome};

/** What happened on the panels (the display kit's events, in the lesson's words). */
export type PanelRecord =
	| {kind: 'help'; panel: string; title: string}
	| {kind: 'valueList'; panel: string; title: string}
	| {kind: 'valueChosen'; panel: string; title: string; value: string}
	| {kind: 'message'; panel: string; id: string}
	| {kind: 'messageHelp'; panel: string; id: string};

export type Observation = {
	/** The sandbox's groups now. */
	groups: readonly ControlGroup[];
	/** The sandbox's groups as the lesson started (`entries … like`). */
	started: readonly ControlGroup[];
	/** What the host did and what happened on the panels since the step began. */
	host: readonly HostRecord[];
	panels: readonly PanelRecord[];
	/** The panel on the screen now and its 24 lines. */
	screen: {panel: string; lines: readonly string[]} | undefined;
	/** A panel's title, by its ID (what a trainee reads on row 1). */
	titleOf: (panel: string) => string;
	now: number;
};

export type CheckResult = {ok: boolean; differences: string[]};

const COLUMN_LABELS: Readonly<Record<EntryCheckColumn, string>> = {
	listType: 'List Type',
	aspDevice: 'ASP Device',
	activity: 'Weekly Activity',
	retainObjectDetail: 'Retain Object Detail',
	saveWhileActive: 'Save While Active',
	swaMessageQueue: 'SWA Message Queue',
	syncId: 'Sync ID',
	exitCommand: 'Exit command',
};

const OUTCOME_WORDS: Readonly<Record<JobOutcome, string>> = {
	completed: 'completed normally',
	completedWithErrors: 'completed with errors',
	endedAbnormally: 'ended abnormally',
	unknown: 'outcome unknown',
};

/** At most this many differences are listed for one check (the rest are counted). */
const MOST_DIFFERENCES = 5;

const shown = (value: string | null | undefined) => (value === null || value === undefined || value === '' ? '(blank)' : value);
const same = (a: string | null | undefined, b: string | null | undefined) =>
	(a ?? '').replace(/\s+/g, ' ').trim().toUpperCase() === (b ?? '').replace(/\s+/g, ' ').trim().toUpperCase();
const bySeq = (entries: readonly Entry[]) => [...entries].sort((a, b) => a.seq - b.seq);
const passed: CheckResult = {ok: true, differences: []};
const failed = (...differences: string[]): CheckResult => ({ok: false, differences});
const findGroup = (groups: readonly ControlGroup[], name: string) => groups.find(group => group.name.toUpperCase() === name.toUpperCase());
const noGroup = (name: string) => `No control group ${name.toUpperCase()} yet.`;
const itemName = (entry: Pick<Entry, 'item' | 'listType'>) => (entry.listType ? `${entry.item} (${entry.listType})` : entry.item);
const columnOf = (entry: Entry, column: EntryCheckColumn) => (column === 'exitCommand' ? (entry.exitCommand ?? null) : entry[column]);

function capped(differences: string[]): string[] {
	if (differences.length <= MOST_DIFFERENCES) return differences;
	return [...differences.slice(0, MOST_DIFFERENCES), `… and ${differences.length - MOST_DIFFERENCES} more.`];
}

/** The columns a check asks for, as [column, value] (undefined: the check does not care). */
function wanted(check: Extract<Check, {kind: 'entry'}>): Array<[EntryCheckColumn, string | null]> {
	return ENTRY_CHECK_COLUMNS.flatMap(column => (check[column] === undefined ? [] : [[column, check[column] ?? null] as [EntryCheckColumn, string | null]]));
}

/** The columns of `entry` that differ from `columns`, as "Label now → expected". */
function columnDifferences(entry: Entry, columns: ReadonlyArray<[EntryCheckColumn, string | null]>): string[] {
	return columns
		.filter(([column, value]) => !same(columnOf(entry, column), value))
		.map(([column, value]) => `${COLUMN_LABELS[column]} ${shown(columnOf(entry, column))} → ${shown(value)}`);
}

function checkEntry(check: Extract<Check, {kind: 'entry'}>, groups: readonly ControlGroup[]): CheckResult {
	const group = findGroup(groups, check.group);
	if (!group) return failed(noGroup(check.group));
	const columns = wanted(check);
	const candidates = group.entries.filter(entry => same(entry.item, check.item) && (check.listType === undefined || same(entry.listType, check.listType)));
	const name = `${group.name}`;
	const listed = itemName({item: check.item.toUpperCase(), listType: check.listType ?? null});
	const asked = columns.filter(([column]) => column !== 'listType').map(([column, value]) => `${COLUMN_LABELS[column]} ${shown(value)}`);
	if (candidates.length === 0) return failed(`${name}: no entry ${listed} yet${asked.length > 0 ? ` (${asked.join(', ')})` : ''}.`);
	// The entry closest to what is asked: the fewest columns still to change.
	const [best] = [...candidates].sort((a, b) => columnDifferences(a, columns).length - columnDifferences(b, columns).length);
	const differences = columnDifferences(best!, columns);
	if (differences.length === 0) return passed;
	if (check.item.toUpperCase() === EXIT_ITEM && check.exitCommand !== undefined && candidates.every(each => !same(each.exitCommand, check.exitCommand))) {
		return failed(`${name}: no *EXIT entry runs ${shown(check.exitCommand)} yet.`);
	}
	return failed(...differences.map(each => `${name} Seq ${best!.seq} ${itemName(best!)}: ${each}`));
}

function checkEntries(check: Extract<Check, {kind: 'entries'}>, observation: Observation): CheckResult {
	const group = findGroup(observation.groups, check.group);
	if (!group) return failed(noGroup(check.group));
	const now = bySeq(group.entries);
	if ('items' in check) {
		const have = now.map(entry => entry.item);
		if (have.length === check.items.length && have.every((item, index) => same(item, check.items[index]))) return passed;
		return failed(`${group.name}: Backup Items ${have.join(' ') || '(none)'} → ${check.items.join(' ')}`);
	}
	const model = findGroup(observation.started, check.like);
	if (!model) return failed(`The lesson has no control group ${check.like.toUpperCase()} to compare with.`);
	const expected = bySeq(model.entries);
	const differences: string[] = [];
	for (let index = 0; index < Math.max(now.length, expected.length); index++) {
		const have = now[index];
		const want = expected[index];
		const line = `${group.name} line ${index + 1}`;
		if (!want) differences.push(`${line}: ${itemName(have!)} is one entry too many (Seq ${have!.seq}).`);
		else if (!have)
			differences.push(
				`${group.name}: entry ${itemName(want)} missing after line ${index} (${want.item === EXIT_ITEM ? `exit ${shown(want.exitCommand)}` : `Retain Object Detail ${shown(want.retainObjectDetail)}`}).`,
			);
		else if (!same(have.item, want.item) || !same(have.listType, want.listType))
			differences.push(`${line}: Backup Items ${itemName(have)} → ${itemName(want)}`);
		else {
			const columns = ENTRY_CHECK_COLUMNS.map(column => [column, columnOf(want, column)] as [EntryCheckColumn, string | null]);
			differences.push(...columnDifferences(have, columns).map(each => `${group.name} Seq ${have.seq} ${itemName(have)}: ${each}`));
		}
	}
	return differences.length === 0 ? passed : failed(...capped(differences));
}

function checkGroup(check: Extract<Check, {kind: 'group'}>, groups: readonly ControlGroup[]): CheckResult {
	const group = findGroup(groups, check.group);
	if (check.exists === false) return group ? failed(`Control group ${group.name} still exists.`) : passed;
	if (!group) return failed(noGroup(check.group));
	const differences: string[] = [];
	if (check.text !== undefined && !same(group.text, check.text)) differences.push(`${group.name}: Text ${shown(group.text)} → ${check.text}`);
	if (check.defaultActivity !== undefined && !same(group.defaultActivity, check.defaultActivity))
		differences.push(`${group.name}: Default activity ${shown(group.defaultActivity)} → ${check.defaultActivity}`);
	return differences.length === 0 ? passed : failed(...differences);
}

function checkAttribute(check: Extract<Check, {kind: 'attribute'}>, groups: readonly ControlGroup[]): CheckResult {
	const group = findGroup(groups, check.group);
	if (!group) return failed(noGroup(check.group));
	const value = group.attributes[check.attribute];
	const now = Array.isArray(value) ? value.join(' ') : value;
	if (same(now, check.value)) return passed;
	const definition = attributeDefinition(check.attribute);
	return failed(`${group.name}: ${definition ? attributeTitle(definition) : check.attribute} ${shown(now)} → ${check.value}`);
}

function checkValid(check: Extract<Check, {kind: 'valid'}>, groups: readonly ControlGroup[]): CheckResult {
	const group = findGroup(groups, check.group);
	if (!group) return failed(noGroup(check.group));
	const problems = errorsOnly(checkControlGroup(group));
	return problems.length === 0
		? passed
		: failed(
				...capped(
					problems.map(problem => {
						const entry = problem.index !== undefined && !problem.field.includes('.') ? group.entries[problem.index] : undefined;
						return `${group.name}${entry ? ` Seq ${entry.seq} ${itemName(entry)}` : ''}: ${problem.text}`;
					}),
				),
			);
}

/** The group and SBMJOB of a STRBKUBRM command (SBMJOB defaults to *YES, as on the command). */
function strbkubrmOf(command: string): {group: string; sbmjob: string} | undefined {
	if (!/^\s*STRBKUBRM\b/i.test(command)) return undefined;
	const group = clParameter(command, 'CTLGRP');
	return group ? {group: group.toUpperCase(), sbmjob: (clParameter(command, 'SBMJOB') ?? '*YES').toUpperCase()} : undefined;
}

/** How a run ended: from its own end message (run in the session), or its followed job's verdict. */
function outcomeOf(record: Extract<HostRecord, {kind: 'command'}>, host: readonly HostRecord[]): JobOutcome | undefined {
	if (record.job) return host.find((each): each is Extract<HostRecord, {kind: 'jobEnded'}> => each.kind === 'jobEnded' && each.job === record.job)?.outcome;
	const ending = record.messageIds.findLast(id => id in END_MESSAGES) as keyof typeof END_MESSAGES | undefined;
	return ending ? END_MESSAGES[ending] : record.exitCode === 0 ? undefined : 'unknown';
}

function checkRan(check: Extract<Check, {kind: 'ran'}>, host: readonly HostRecord[]): CheckResult {
	const group = check.group.toUpperCase();
	const runs = host.flatMap(record => {
		const run = record.kind === 'command' ? strbkubrmOf(record.command) : undefined;
		return run && run.group === group ? [{record: record as Extract<HostRecord, {kind: 'command'}>, sbmjob: run.sbmjob}] : [];
	});
	const wantedSbmjob = check.sbmjob?.toUpperCase();
	const command = `STRBKUBRM CTLGRP(${group})${wantedSbmjob ? ` SBMJOB(${wantedSbmjob})` : ''}`;
	if (runs.length === 0) return failed(`${command} has not run yet.`);
	const fitting = runs.filter(run => !wantedSbmjob || run.sbmjob === wantedSbmjob);
	if (fitting.length === 0) return failed(`${group} ran with SBMJOB(${runs.at(-1)!.sbmjob}) → SBMJOB(${wantedSbmjob})`);
	if (!check.outcome) return passed;
	const outcomes = fitting.map(run => outcomeOf(run.record, host));
	if (outcomes.includes(check.outcome)) return passed;
	const last = outcomes.at(-1);
	return failed(last === undefined ? `${command} has not ended yet.` : `${command}: ${OUTCOME_WORDS[last]} → ${OUTCOME_WORDS[check.outcome]}`);
}

/** When each job of a group ran: from its first sight running to its end (or now). */
function runningTimes(host: readonly HostRecord[], group: string, now: number): Array<{from: number; to: number}> {
	const jobs = new Map<string, {from: number; to: number}>();
	for (const record of host) {
		if (record.kind === 'command' || record.group.toUpperCase() !== group) continue;
		const known = jobs.get(record.job);
		if (record.kind === 'jobActive') jobs.set(record.job, {from: Math.min(known?.from ?? record.at, record.at), to: known?.to ?? now});
		else if (known) jobs.set(record.job, {...known, to: record.at});
	}
	return [...jobs.values()];
}

function checkTogether(check: Extract<Check, {kind: 'together'}>, observation: Observation): CheckResult {
	const groups = check.groups.map(each => each.toUpperCase());
	const times = groups.map(group => runningTimes(observation.host, group, observation.now));
	const idle = groups.filter((_, index) => times[index]!.length === 0);
	if (idle.length > 0) return failed(`No job of ${idle.join(' or ')} has run yet.`);
	// A moment when one job of each group was running: some choice of one run each overlaps.
	const overlaps = (chosen: Array<{from: number; to: number}>, rest: Array<Array<{from: number; to: number}>>): boolean => {
		if (rest.length === 0) return Math.max(...chosen.map(each => each.from)) < Math.min(...chosen.map(each => each.to));
		return rest[0]!.some(run => overlaps([...chosen, run], rest.slice(1)));
	};
	return overlaps([], times) ? passed : failed(`The jobs of ${groups.join(' and ')} ran one after the other, not at the same time.`);
}

function checkScreen(check: Extract<Check, {kind: 'screen'}>, observation: Observation): CheckResult {
	const {screen, titleOf} = observation;
	if (!screen) return failed('No panel is on the screen.');
	if (check.panel !== undefined && screen.panel !== check.panel) return failed(`The screen shows ${titleOf(screen.panel)} → ${titleOf(check.panel)}`);
	if (check.text !== undefined && !screen.lines.some(line => line.includes(check.text!)))
		return failed(`${titleOf(screen.panel)} does not show "${check.text}" yet.`);
	return passed;
}

const onPanel = (panel: string | undefined, titleOf: Observation['titleOf']) => (panel ? ` on ${titleOf(panel)}` : '');

/** Runs a check against what the sandbox shows. */
export function evaluate(check: Check, observation: Observation): CheckResult {
	const {panels, titleOf} = observation;
	switch (check.kind) {
		case 'all': {
			const differences = check.checks.flatMap(each => evaluate(each, observation).differences);
			return differences.length === 0 ? passed : failed(...capped(differences));
		}
		case 'any': {
			const results = check.checks.map(each => evaluate(each, observation));
			return results.some(each => each.ok) ? passed : failed(`One of these: ${results.flatMap(each => each.differences).join(' Or: ')}`);
		}
		case 'not':
			return evaluate(check.check, observation).ok ? failed(`No longer so: ${describe(check.check)}`) : passed;
		case 'group':
			return checkGroup(check, observation.groups);
		case 'entry':
			return checkEntry(check, observation.groups);
		case 'entries':
			return checkEntries(check, observation);
		case 'attribute':
			return checkAttribute(check, observation.groups);
		case 'valid':
			return checkValid(check, observation.groups);
		case 'ran':
			return checkRan(check, observation.host);
		case 'together':
			return checkTogether(check, observation);
		case 'screen':
			return checkScreen(check, observation);
		case 'help':
			return panels.some(each => each.kind === 'help' && (!check.panel || each.panel === check.panel) && (!check.title || same(each.title, check.title)))
				? passed
				: failed(`F1 not yet pressed on ${check.title ?? 'a field'}${onPanel(check.panel, titleOf)}.`);
		case 'valueList': {
			const kind = check.chosen === undefined ? 'valueList' : 'valueChosen';
			const seen = panels.some(
				each =>
					each.kind === kind &&
					(!check.panel || each.panel === check.panel) &&
					(!check.title || same(each.title, check.title)) &&
					(check.chosen === undefined || (each.kind === 'valueChosen' && same(each.value, check.chosen))),
			);
			if (seen) return passed;
			return failed(
				check.chosen === undefined
					? `F4 not yet pressed on ${check.title ?? 'a field'}${onPanel(check.panel, titleOf)}.`
					: `${check.chosen} not yet chosen from the F4 list of ${check.title ?? 'a field'}${onPanel(check.panel, titleOf)}.`,
			);
		}
		case 'message':
			return panels.some(each => each.kind === 'message' && same(each.id, check.id) && (!check.panel || each.panel === check.panel))
				? passed
				: failed(`Message ${check.id} not shown yet${onPanel(check.panel, titleOf)}.`);
		case 'messageHelp':
			return panels.some(each => each.kind === 'messageHelp' && (!check.id || same(each.id, check.id)))
				? passed
				: failed(`F1 not yet pressed on ${check.id ? `message ${check.id}` : 'a message on line 24'}.`);
	}
}

/** What a check asks for, in one sentence (for `not`, the report and 5=Show). */
export function describe(check: Check): string {
	switch (check.kind) {
		case 'all':
			return check.checks.map(describe).join(' And ');
		case 'any':
			return `One of: ${check.checks.map(describe).join(' Or ')}`;
		case 'not':
			return `Not so: ${describe(check.check)}`;
		case 'group':
			return check.exists === false ? `Control group ${check.group} does not exist.` : `Control group ${check.group} exists.`;
		case 'entry': {
			const columns = wanted(check).filter(([column]) => column !== 'listType');
			const values = columns.map(([column, value]) => `${COLUMN_LABELS[column]} ${shown(value)}`).join(', ');
			return `${check.group} has an entry ${itemName({item: check.item, listType: check.listType ?? null})}${values ? ` (${values})` : ''}.`;
		}
		case 'entries':
			return 'items' in check ? `${check.group} holds ${check.items.join(' ')}, in this order.` : `${check.group} holds the entries of ${check.like}.`;
		case 'attribute':
			return `${check.group}: ${check.attribute} is ${check.value}.`;
		case 'valid':
			return `${check.group} passes BRMS's rules.`;
		case 'ran':
			return `STRBKUBRM CTLGRP(${check.group})${check.sbmjob ? ` SBMJOB(${check.sbmjob})` : ''} ran${check.outcome ? ` and ${OUTCOME_WORDS[check.outcome]}` : ''}.`;
		case 'together':
			return `${check.groups.join(' and ')} ran at the same time.`;
		case 'screen':
			return `The screen shows ${check.panel ?? 'a panel'}${check.text ? ` with "${check.text}"` : ''}.`;
		case 'help':
			return `F1 on ${check.title ?? 'a field'}.`;
		case 'valueList':
			return check.chosen === undefined ? `F4 on ${check.title ?? 'a field'}.` : `${check.chosen} chosen with F4 on ${check.title ?? 'a field'}.`;
		case 'message':
			return `Message ${check.id} shown.`;
		case 'messageHelp':
			return `F1 on message ${check.id ?? 'on line 24'}.`;
	}
}

// The change sheet: what an operator keys on the host, in WRKCTLGBRM, to bring the group the
// host holds (as last applied) to the local definition — in the order they would key it:
// option 2 (header, then the host's lines in sequence order: changed columns, exit commands and
// new sequence numbers; then removals; then new lines), option 8 (attributes), option 9
// (subsystems), option 10 (job queues). BRMS has no command that changes a group (brms.md §6),
// so this sheet is how local edits reach the host, and keying it must give the local group
// exactly, entries in the same order (the run order, brms.md §3.1).
//
// The entries panel (brms.md §2.2, §3.1): the operator changes columns on the host's lines
// (Seq included), blanks out a backup item to remove a line, types new lines with a sequence
// number; on Enter BRMS sorts by sequence and renumbers by 10. So every number on one screen
// refers to the host's numbers as shown before Enter, and the host shows its lines as 10, 20,
// 30 … whatever numbers the applied copy was stored with.
//
// How: the host's lines and the local entries are paired in order by a longest common
// subsequence over identity (item and list type), preferring equal exit commands and equal
// columns. Paired lines keep their number (only changed columns are keyed). Lines of the same
// identity left over on both sides were moved: they get a new sequence number that puts them
// in place (keeping the host line, so nothing the list does not show is lost). Host lines left
// over are removed; local entries left over are new lines, numbered in place. The numbers
// chosen between two kept lines are distinct, in order and not any number the host shows; when
// there are not enough of them, the sheet says to press Enter (BRMS renumbers by 10) and goes
// on from the renumbered lines.

import {attributeDefinition, attributeTitle, withDefaultAttributes} from './attributes.js';
import {type ControlGroup, type Entry, EXIT_ITEM} from './control-group.js';
import {SHIPPED_GROUPS} from './ibmi-names.js';
import {type BackupPolicy, BKUPCY} from './policies.js';
import {backupPolicyChanges} from './policy-rules.js';

/** An entry column the panel shows (brms.md §2.2), besides Seq and Backup Items. */
export type EntryColumnKey = 'listType' | 'aspDevice' | 'activity' | 'retainObjectDetail' | 'saveWhileActive' | 'swaMessageQueue' | 'syncId';

/**
 * What an option-2 step does, for scripts (and the tests that key the sheet): `seq` is always
 * the number the line shows on the host at that moment (before Enter).
 */
export type EntryEdit =
	| {kind: 'defaultActivity'; value: string}
	| {kind: 'text'; value: string}
	| {kind: 'column'; seq: number; column: EntryColumnKey; value: string | null}
	| {kind: 'exitCommand'; seq: number; value: string | null}
	| {kind: 'seq'; seq: number; to: number}
	| {kind: 'remove'; seq: number}
	/** A new line typed on a blank line; `entry.seq` is the number typed. */
	| {kind: 'add'; entry: Entry}
	/** Press Enter: BRMS sorts by sequence and renumbers by 10; later steps use the new numbers. */
	| {kind: 'renumber'};

/** `option`: the WRKCTLGBRM option to key the step on; 'F9' is its F9, the backup policy (WRKPCYBRM *BKU, option 1). */
export type ChangeStep = {option: 1 | 2 | 8 | 9 | 10 | 'F9'; where: string; change: string; edit?: EntryEdit};

const ENTRY_COLUMNS: Array<[EntryColumnKey, string]> = [
	['listType', 'List Type'],
	['aspDevice', 'ASP Device'],
	['activity', 'Weekly Activity'],
	['retainObjectDetail', 'Retain Object Detail'],
	['saveWhileActive', 'Save While Active'],
	['swaMessageQueue', 'SWA Message Queue'],
	['syncId', 'Sync ID'],
];

const MAX_SEQ = 9999;
/** How many passes (Enter in between) the sheet may take before giving up: never reached. */
const MAX_PASSES = 20;

const shown = (value: unknown) => (value === null || value === undefined || value === '' ? '(blank)' : Array.isArray(value) ? value.join(' ') : String(value));

function entryValues(entry: Entry): string {
	return ENTRY_COLUMNS.filter(([key]) => entry[key] !== null && entry[key] !== undefined)
		.map(([key, label]) => `${label} ${shown(entry[key])}`)
		.join(', ');
}

const identity = (entry: Entry) => `${entry.item}\u0000${entry.listType ?? ''}`;
const exitCommand = (entry: Entry) => (entry.item === EXIT_ITEM ? (entry.exitCommand ?? null) : null);
const column = (entry: Entry, key: EntryColumnKey) => entry[key] ?? null;
const isShipped = (name: string) => (SHIPPED_GROUPS as readonly string[]).includes(name);

/** Entries in sequence order (a stable sort: equal numbers keep their order). */
const inOrder = (entries: readonly Entry[]) => [...entries].sort((a, b) => a.seq - b.seq);

/** As the host shows them: sorted by sequence and renumbered 10, 20, 30 … */
const renumbered = (entries: readonly Entry[]) => inOrder(entries).map((entry, index) => ({...entry, seq: (index + 1) * 10}));

/** Which host line each local entry is kept as: `anchor` in place, `moved` to a new number. */
type Pairing = {anchor: Array<number | undefined>; moved: Array<number | undefined>};

/**
 * The longest common subsequence of host lines and local entries by identity, weighted so that
 * an *EXIT keeps the host line with the same command, then lines with more equal columns, then
 * lines whose number the local entry still has. Left-over lines of the same identity are moved.
 */
function pairEntries(host: readonly Entry[], hostSeqs: readonly number[], local: readonly Entry[]): Pairing {
	const n = host.length;
	const m = local.length;
	const hostIds = host.map(identity);
	const localIds = local.map(identity);
	const likeness = (i: number, j: number) => {
		const before = host[i]!;
		const after = local[j]!;
		let score = ENTRY_COLUMNS.filter(([key]) => column(before, key) === column(after, key)).length;
		if (before.item === EXIT_ITEM && exitCommand(before) === exitCommand(after)) score += 100;
		if (hostSeqs[i] === after.seq) score += 0.5;
		return score;
	};
	const weight = (i: number, j: number) => (hostIds[i] === localIds[j] ? 1000 + likeness(i, j) : -1);
	const width = m + 1;
	const best = new Float64Array((n + 1) * width);
	for (let i = 1; i <= n; i++) {
		for (let j = 1; j <= m; j++) {
			let score = Math.max(best[(i - 1) * width + j]!, best[i * width + j - 1]!);
			const w = weight(i - 1, j - 1);
			if (w >= 0) score = Math.max(score, best[(i - 1) * width + j - 1]! + w);
			best[i * width + j] = score;
		}
	}
	const anchor: Array<number | undefined> = Array.from({length: m}, () => undefined);
	const pairedHost = new Set<number>();
	for (let i = n, j = m; i > 0 && j > 0; ) {
		const w = weight(i - 1, j - 1);
		if (w >= 0 && best[i * width + j] === best[(i - 1) * width + j - 1]! + w) {
			anchor[j - 1] = i - 1;
			pairedHost.add(i - 1);
			i--;
			j--;
		} else if (best[i * width + j] === best[(i - 1) * width + j]) i--;
		else j--;
	}
	const moved: Array<number | undefined> = Array.from({length: m}, () => undefined);
	for (let j = 0; j < m; j++) {
		if (anchor[j] !== undefined) continue;
		let pick: number | undefined;
		for (let i = 0; i < n; i++) {
			if (pairedHost.has(i) || hostIds[i] !== localIds[j]) continue;
			if (pick === undefined || likeness(i, j) > likeness(pick, j)) pick = i;
		}
		if (pick !== undefined) {
			moved[j] = pick;
			pairedHost.add(pick);
		}
	}
	return {anchor, moved};
}

/** Numbers strictly between `low` and `high` that no host line shows. */
function freeNumbers(low: number, high: number, taken: ReadonlySet<number>): number[] {
	const free: number[] = [];
	for (let seq = low + 1; seq < high; seq++) if (!taken.has(seq)) free.push(seq);
	return free;
}

/**
 * Numbers for the local entries `run` (in order) between two kept host lines `low` and `high`
 * (0 and MAX_SEQ + 1 at the ends), spread out. When there are fewer free numbers than entries,
 * only some get one (spread among the others) and the rest wait for the next pass.
 */
function numberRun(run: readonly number[], low: number, high: number, atEnd: boolean, taken: ReadonlySet<number>, numbers: Map<number, number>): boolean {
	const count = run.length;
	if (count === 0) return true;
	let top = high;
	if (atEnd) {
		// Appended lines go on in tens after the last kept line, as BRMS would number them.
		top = Math.min(high, low + 10 * (count + 1));
		while (top < high && freeNumbers(low, top, taken).length < count) top = Math.min(high, top + 10);
	}
	const free = freeNumbers(low, top, taken);
	if (count <= free.length) {
		for (const [index, local] of run.entries()) numbers.set(local, free[Math.floor(((index + 1) * (free.length + 1)) / (count + 1)) - 1]!);
		return true;
	}
	for (const [index, seq] of free.entries()) numbers.set(run[Math.floor(((index + 1) * (count + 1)) / (free.length + 1)) - 1]!, seq);
	return false;
}

const lineName = (entry: Entry) => `Seq ${entry.seq} ${entry.item}`;

/**
 * One screen of option 2, from the host lines as shown (numbered by 10) to the local entries:
 * its steps, and the host lines after Enter when some entries could not be placed yet.
 */
function entryPass(host: readonly Entry[], hostSeqs: readonly number[], local: readonly Entry[]): {steps: ChangeStep[]; next?: Entry[]} {
	const {anchor, moved} = pairEntries(host, hostSeqs, local);
	const taken = new Set(host.map(entry => entry.seq));
	const numbers = new Map<number, number>();
	let complete = true;
	let low = 0;
	let run: number[] = [];
	local.forEach((_, j) => {
		const kept = anchor[j];
		if (kept === undefined) {
			run.push(j);
			return;
		}
		const high = host[kept]!.seq;
		complete = numberRun(run, low, high, false, taken, numbers) && complete;
		run = [];
		low = high;
	});
	complete = numberRun(run, low, MAX_SEQ + 1, true, taken, numbers) && complete;

	const steps: ChangeStep[] = [];
	const localOf = new Map<number, number>();
	local.forEach((_, j) => {
		const i = anchor[j] ?? moved[j];
		if (i !== undefined) localOf.set(i, j);
	});
	host.forEach((old, i) => {
		const j = localOf.get(i);
		if (j === undefined) return;
		const entry = local[j]!;
		for (const [key, label] of ENTRY_COLUMNS) {
			if (column(old, key) !== column(entry, key)) {
				steps.push({
					option: 2,
					where: lineName(old),
					change: `${label} ${shown(old[key])} -> ${shown(entry[key])}`,
					edit: {kind: 'column', seq: old.seq, column: key, value: column(entry, key)},
				});
			}
		}
		if (old.item === EXIT_ITEM && exitCommand(old) !== exitCommand(entry)) {
			steps.push({
				option: 2,
				where: lineName(old),
				change: `F10, Command ${shown(exitCommand(entry))}`,
				edit: {kind: 'exitCommand', seq: old.seq, value: exitCommand(entry)},
			});
		}
		const to = numbers.get(j);
		if (moved[j] !== undefined && to !== undefined)
			steps.push({option: 2, where: lineName(old), change: `Seq ${old.seq} -> ${to}`, edit: {kind: 'seq', seq: old.seq, to}});
	});
	host.forEach((old, i) => {
		if (!localOf.has(i)) steps.push({option: 2, where: lineName(old), change: 'Remove: blank out the backup item', edit: {kind: 'remove', seq: old.seq}});
	});
	local.forEach((entry, j) => {
		const seq = numbers.get(j);
		if (anchor[j] !== undefined || moved[j] !== undefined || seq === undefined) return;
		const values = entryValues(entry);
		const line: Entry = {...entry, seq};
		if (entry.item === EXIT_ITEM) line.exitCommand = exitCommand(entry);
		else delete line.exitCommand;
		const command = exitCommand(entry);
		steps.push({
			option: 2,
			where: `New line, Seq ${seq}`,
			change: `Backup Items ${entry.item}${values ? `, ${values}` : ''}${command ? `; then F10, Command ${command}` : ''}`,
			edit: {kind: 'add', entry: line},
		});
	});
	if (complete) return {steps};

	// What the host shows after Enter: the kept and placed lines, as keyed, renumbered by 10.
	const after: Entry[] = [];
	host.forEach((old, i) => {
		const j = localOf.get(i);
		if (j !== undefined) after.push({...local[j]!, seq: numbers.get(j) ?? old.seq});
	});
	local.forEach((entry, j) => {
		const seq = numbers.get(j);
		if (anchor[j] === undefined && moved[j] === undefined && seq !== undefined) after.push({...entry, seq});
	});
	return {steps, next: renumbered(after)};
}

function entrySteps(applied: readonly Entry[], local: readonly Entry[]): ChangeStep[] {
	const stored = inOrder(applied);
	let host = renumbered(stored);
	// The numbers the applied copy was stored with: a local entry that still has its number
	// is the one kept in place when two orders are equally good.
	let hostSeqs = stored.map(entry => entry.seq);
	const wanted = inOrder(local);
	const steps: ChangeStep[] = [];
	for (let pass = 0; pass < MAX_PASSES; pass++) {
		const {steps: keyed, next} = entryPass(host, hostSeqs, wanted);
		steps.push(...keyed);
		if (!next) return steps;
		steps.push({
			option: 2,
			where: 'Press Enter now',
			change: 'BRMS renumbers the lines by 10 (10, 20, 30 ...); the steps below use the new numbers',
			edit: {kind: 'renumber'},
		});
		host = next;
		hostSeqs = [];
	}
	throw new Error('The change sheet could not place every entry.');
}

export function changeSheet(applied: ControlGroup | undefined, local: ControlGroup): ChangeStep[] {
	const steps: ChangeStep[] = [];
	if (!applied && isShipped(local.name)) {
		// BRMS ships it on every host: it is there, only what it holds is not known.
		steps.push({
			option: 2,
			where: local.name,
			change: `The host's content is not known: compare it with WRKCTLGBRM option 5 on the host and key what differs from this definition (text ${shown(local.text)}), in full below.`,
		});
	} else if (!applied) {
		steps.push({
			option: 1,
			where: local.name,
			change: `Not known to be on the host: create it (text ${shown(local.text)}) and key every entry, attribute, subsystem and job queue below.`,
		});
	}
	// Not applied: a group created with option 1 starts with BRMS's default attributes, so only
	// what differs from them is keyed; a shipped group's content is unknown, so every attribute is.
	const startingAttributes = isShipped(local.name) ? ({} as ControlGroup['attributes']) : withDefaultAttributes();
	const base: ControlGroup = applied ?? {
		...local,
		text: '',
		defaultActivity: '*BKUPCY',
		entries: [],
		subsystems: [],
		jobQueues: [],
		attributes: startingAttributes,
	};
	if (base.defaultActivity !== local.defaultActivity) {
		steps.push({
			option: 2,
			where: 'Default activity',
			change: `${shown(base.defaultActivity)} -> ${shown(local.defaultActivity)}`,
			edit: {kind: 'defaultActivity', value: local.defaultActivity},
		});
	}
	if (applied && base.text !== local.text)
		steps.push({option: 2, where: 'Text', change: `${shown(base.text)} -> ${shown(local.text)}`, edit: {kind: 'text', value: local.text}});
	steps.push(...entrySteps(base.entries, local.entries));

	const keys = new Set([...Object.keys(base.attributes), ...Object.keys(local.attributes)]);
	for (const key of keys) {
		if (shown(base.attributes[key]) !== shown(local.attributes[key])) {
			steps.push({
				option: 8,
				where: attributeDefinition(key) ? attributeTitle(attributeDefinition(key)!) : key,
				change: `${shown(base.attributes[key])} -> ${shown(local.attributes[key])}`,
			});
		}
	}
	const rows = <T extends {seq: number}>(option: 9 | 10, before: T[], after: T[], describe: (row: T) => string) => {
		const old = new Map(before.map(row => [describe(row), row]));
		const now = new Map(after.map(row => [describe(row), row]));
		for (const [text, row] of old) if (!now.has(text)) steps.push({option, where: `Seq ${row.seq}`, change: `Remove ${text}`});
		for (const [text, row] of now) if (!old.has(text)) steps.push({option, where: `New line, Seq ${row.seq}`, change: text});
	};
	rows(
		9,
		base.subsystems,
		local.subsystems,
		row => `${row.subsystem} ${shown(row.library)} Restart ${row.restart} End ${shown(row.endOption)} Delay ${shown(row.delay)}`,
	);
	rows(10, base.jobQueues, local.jobQueues, row => `${row.jobQueue} ${shown(row.library)} Hold ${row.hold} Release ${row.release}`);
	return steps;
}

const OPTION_TITLES: Record<ChangeStep['option'], string> = {
	1: 'Option 1=Create',
	2: 'Option 2=Edit entries',
	8: 'Option 8=Change attributes',
	9: 'Option 9=Subsystems to process',
	10: 'Option 10=Job queues to process',
	F9: 'F9=Change backup policy (WRKPCYBRM *BKU, option 1)',
};

/**
 * The backup policy's changes, when the group takes a value from it (*BKUPCY): a group runs with
 * the host's policy, so what differs there is keyed too.
 */
export function backupPolicySteps(group: ControlGroup, applied: BackupPolicy, local: BackupPolicy): ChangeStep[] {
	const usesPolicy =
		group.defaultActivity === BKUPCY || Object.values(group.attributes).some(value => (Array.isArray(value) ? value.includes(BKUPCY) : value === BKUPCY));
	if (!usesPolicy) return [];
	return backupPolicyChanges(applied, local).map(({where, from, to}) => ({option: 'F9', where, change: `${from} -> ${to}`}));
}

/** The sheet as lines to show: an "Option n=…" heading before the steps of each option. */
export function changeSheetLines(steps: readonly ChangeStep[]): Array<{text: string; heading: boolean}> {
	const lines: Array<{text: string; heading: boolean}> = [];
	let option: ChangeStep['option'] | undefined;
	for (const step of steps) {
		if (step.option !== option) {
			option = step.option;
			lines.push({text: OPTION_TITLES[step.option], heading: true});
		}
		lines.push({text: `  ${step.where}: ${step.change}`, heading: false});
	}
	return lines;
}

import assert from 'node:assert/strict';
import {test} from 'node:test';
import {demoControlGroups} from '../../source/domain/catalog.js';
import {type ChangeStep, changeSheet, type EntryColumnKey} from '../../source/domain/change-sheet.js';
import {type ControlGroup, type Entry, newEntry} from '../../source/domain/control-group.js';

const syswodom = () => structuredClone(demoControlGroups().find(group => group.name === 'SYSWODOM')!);
const entryOf = (group: ControlGroup, item: string) => group.entries.find(entry => entry.item === item)!;
const textOf = (steps: ChangeStep[]) => steps.map(({option, where, change}) => ({option, where, change}));

// ---------------------------------------------------------------------------------------------
// The host, as the operator keys the sheet on it: WRKCTLGBRM option 2 (brms.md §2.2, §3.1).
// Every number on a screen is the one the host shows before Enter; Enter sorts the lines by
// sequence and renumbers them by 10. Written apart from the sheet: it reads what the operator
// reads (each step's text is checked against the structured edit it carries).

const COLUMNS: Array<[EntryColumnKey, string]> = [
	['listType', 'List Type'],
	['aspDevice', 'ASP Device'],
	['activity', 'Weekly Activity'],
	['retainObjectDetail', 'Retain Object Detail'],
	['saveWhileActive', 'Save While Active'],
	['swaMessageQueue', 'SWA Message Queue'],
	['syncId', 'Sync ID'],
];
const label = (key: EntryColumnKey) => COLUMNS.find(([each]) => each === key)![1];
const blank = (value: string | null | undefined) => (value === null || value === undefined || value === '' ? '(blank)' : value);

/** An entry with every column the panel shows, the command only on *EXIT. */
function normal(entry: Entry): Entry {
	const result: Entry = {
		seq: entry.seq,
		item: entry.item,
		listType: entry.listType ?? null,
		aspDevice: entry.aspDevice ?? null,
		activity: entry.activity,
		retainObjectDetail: entry.retainObjectDetail ?? null,
		saveWhileActive: entry.saveWhileActive ?? null,
		swaMessageQueue: entry.swaMessageQueue ?? null,
		syncId: entry.syncId ?? null,
	};
	if (entry.item === '*EXIT') result.exitCommand = entry.exitCommand ?? null;
	return result;
}

/** Sorted by sequence (stable) and renumbered by 10, as BRMS keeps them. */
const byTen = (entries: readonly Entry[]) => [...entries].sort((a, b) => a.seq - b.seq).map((entry, index) => normal({...entry, seq: (index + 1) * 10}));

type Line = {shown: number; entry: Entry; typed: number; removed: boolean; isNew: boolean; seqKeyed: boolean};

const screenOf = (entries: readonly Entry[]): Line[] =>
	entries.map(entry => ({shown: entry.seq, entry: {...entry}, typed: entry.seq, removed: false, isNew: false, seqKeyed: false}));

function enter(lines: Line[]): Line[] {
	const kept = lines.filter(line => !line.removed);
	for (const line of kept) assert.ok(Number.isInteger(line.typed) && line.typed >= 1 && line.typed <= 9999, `Seq ${line.typed} is not 1-9999`);
	const typed = kept.map(line => line.typed);
	assert.equal(new Set(typed).size, typed.length, `two lines typed with the same Seq: ${typed.join(' ')}`);
	return screenOf(byTen(kept.map(line => ({...line.entry, seq: line.typed}))));
}

/** A new line's step text read back: "Backup Items X, Label value, …; then F10, Command C". */
function readNewLine(seq: number, change: string): Entry {
	const [values, command] = change.split('; then F10, Command ');
	const parts = values!.split(', ');
	assert.match(parts[0]!, /^Backup Items /);
	const entry: Entry = newEntry(seq, parts[0]!.slice('Backup Items '.length), {activity: '(missing)'});
	for (const part of parts.slice(1)) {
		const column = COLUMNS.find(([, name]) => part.startsWith(`${name} `));
		assert.ok(column, `unknown column in ${change}`);
		(entry as Record<EntryColumnKey, string | null>)[column[0]] = part.slice(column[1].length + 1);
	}
	if (entry.item === '*EXIT') entry.exitCommand = command ?? null;
	else assert.equal(command, undefined);
	return entry;
}

type Keyed = {defaultActivity: string; text: string; entries: Entry[]; enters: number};

/** Keys the option-2 steps of the sheet on the host that holds `applied` (or nothing). */
function keyOnHost(applied: ControlGroup | undefined, steps: ChangeStep[]): Keyed {
	let defaultActivity = applied?.defaultActivity ?? '*BKUPCY';
	let text = applied?.text ?? '';
	let lines = screenOf(byTen(applied?.entries ?? []));
	let enters = 0;
	const line = (seq: number, where: string) => {
		const found = lines.filter(each => !each.isNew && !each.removed && each.shown === seq);
		assert.equal(found.length, 1, `no single line Seq ${seq} on the screen for "${where}"`);
		assert.equal(where, `Seq ${seq} ${found[0]!.entry.item}`);
		return found[0]!;
	};
	for (const step of steps) {
		if (step.option !== 2) continue;
		const edit = step.edit;
		if (!edit) {
			assert.match(step.change, /host's content is not known/, `an option-2 step without an edit: ${step.where}: ${step.change}`);
			continue;
		}
		switch (edit.kind) {
			case 'defaultActivity':
				assert.equal(step.change, `${blank(defaultActivity)} -> ${blank(edit.value)}`);
				defaultActivity = edit.value;
				break;
			case 'text':
				assert.equal(step.change, `${blank(text)} -> ${blank(edit.value)}`);
				text = edit.value;
				break;
			case 'column': {
				const target = line(edit.seq, step.where);
				assert.equal(step.change, `${label(edit.column)} ${blank(target.entry[edit.column])} -> ${blank(edit.value)}`);
				assert.notEqual(edit.column, 'listType', 'a list type is not changed in place');
				(target.entry as Record<EntryColumnKey, string | null>)[edit.column] = edit.value;
				break;
			}
			case 'exitCommand': {
				const target = line(edit.seq, step.where);
				assert.equal(target.entry.item, '*EXIT');
				assert.equal(step.change, `F10, Command ${blank(edit.value)}`);
				target.entry.exitCommand = edit.value;
				break;
			}
			case 'seq': {
				const target = line(edit.seq, step.where);
				assert.equal(target.seqKeyed, false, 'Seq keyed twice on one line');
				assert.equal(step.change, `Seq ${edit.seq} -> ${edit.to}`);
				target.typed = edit.to;
				target.seqKeyed = true;
				break;
			}
			case 'remove':
				line(edit.seq, step.where).removed = true;
				assert.equal(step.change, 'Remove: blank out the backup item');
				break;
			case 'add': {
				assert.equal(step.where, `New line, Seq ${edit.entry.seq}`);
				const typed = readNewLine(edit.entry.seq, step.change);
				assert.deepEqual(typed, normal(edit.entry), 'the text says what the edit adds');
				lines.push({shown: typed.seq, entry: typed, typed: typed.seq, removed: false, isNew: true, seqKeyed: false});
				break;
			}
			case 'renumber':
				lines = enter(lines);
				enters++;
				break;
		}
	}
	lines = enter(lines);
	return {defaultActivity, text, entries: lines.map(each => each.entry), enters};
}

function assertKeysToLocal(applied: ControlGroup | undefined, local: ControlGroup, context = ''): {steps: ChangeStep[]; keyed: Keyed} {
	const steps = changeSheet(applied, local);
	const keyed = keyOnHost(applied, steps);
	const sheet = () => `${context}\n${steps.map(step => `${step.where}: ${step.change}`).join('\n')}`;
	assert.deepEqual(keyed.entries, byTen(local.entries), `keying the sheet gives the local entries, in order${sheet()}`);
	assert.equal(keyed.defaultActivity, local.defaultActivity, sheet());
	if (applied) assert.equal(keyed.text, local.text, sheet());
	return {steps, keyed};
}

// ---------------------------------------------------------------------------------------------

test('no difference, no steps', () => {
	assert.deepEqual(changeSheet(syswodom(), syswodom()), []);
});

test('the sheet lists, in keying order, header, entry changes, removals, new lines, exits, attributes, job queues', () => {
	const local = syswodom();
	local.defaultActivity = 'FIIIIII';
	local.entries = local.entries.filter(entry => entry.item !== '*SAVCFG');
	local.entries.find(entry => entry.item === '*ALLUSR')!.retainObjectDetail = '*YES';
	local.entries[0]!.exitCommand = 'MONSWABRM LIB(*ALLUSR)';
	local.entries.push({
		seq: 45,
		item: 'PAYROLL',
		listType: null,
		aspDevice: null,
		activity: '*DFTACT',
		retainObjectDetail: '*NO',
		saveWhileActive: '*YES',
		swaMessageQueue: null,
		syncId: null,
	});
	local.attributes['signOffInteractiveUsers'] = '*NO';
	local.jobQueues = [];
	local.subsystems = [{seq: 10, subsystem: 'QBATCH', library: null, restart: '*YES', endOption: null, delay: null}];
	const steps = changeSheet(syswodom(), local);
	assert.deepEqual(textOf(steps), [
		{option: 2, where: 'Default activity', change: 'FFFFFFF -> FIIIIII'},
		{option: 2, where: 'Seq 10 *EXIT', change: 'F10, Command MONSWABRM LIB(*ALLUSR)'},
		{option: 2, where: 'Seq 40 *ALLUSR', change: 'Retain Object Detail *ERR -> *YES'},
		{option: 2, where: 'Seq 30 *SAVCFG', change: 'Remove: blank out the backup item'},
		{option: 2, where: 'New line, Seq 45', change: 'Backup Items PAYROLL, Weekly Activity *DFTACT, Retain Object Detail *NO, Save While Active *YES'},
		{option: 8, where: 'Sign off interactive users', change: '*BKUPCY -> *NO'},
		{option: 9, where: 'New line, Seq 10', change: 'QBATCH (blank) Restart *YES End (blank) Delay (blank)'},
		{option: 10, where: 'Seq 10', change: 'Remove QBATCH QGPL Hold *YES Release *YES'},
	]);
	assert.deepEqual(steps[2]!.edit, {kind: 'column', seq: 40, column: 'retainObjectDetail', value: '*YES'});
	assert.deepEqual(steps[3]!.edit, {kind: 'remove', seq: 30});
	assertKeysToLocal(syswodom(), local);
});

test('a group never applied on the host starts with creating it, and never claims the host has it', () => {
	const steps = changeSheet(undefined, syswodom());
	assert.equal(steps[0]!.option, 1);
	assert.match(steps[0]!.change, /Not known to be on the host: create it/);
	const newLines = steps.filter(step => step.where.startsWith('New line'));
	assert.equal(newLines.length, 7 + 1, 'every entry and the job queue');
	assert.deepEqual(
		newLines.filter(step => step.option === 2).map(step => step.where),
		[10, 20, 30, 40, 50, 60, 70].map(seq => `New line, Seq ${seq}`),
		'each new line its own number, in order',
	);
	// A group created with option 1 starts with BRMS's default attributes: the sheet keys what differs.
	const local = syswodom();
	assert.deepEqual(textOf(steps.filter(step => step.option === 8)), [
		{option: 8, where: 'Full backups', change: `*BKUPCY -> ${local.attributes.fullMediaPolicy}`},
		{option: 8, where: 'Incremental backups', change: `*BKUPCY -> ${local.attributes.incrMediaPolicy}`},
	]);
	assertKeysToLocal(undefined, syswodom());
});

test('a group BRMS ships, never applied: the host has it, its content is not known; compare with option 5, full definition below', () => {
	for (const name of ['*BKUGRP', '*SYSGRP', '*SYSTEM']) {
		const local = structuredClone(demoControlGroups().find(group => group.name === name)!);
		const steps = changeSheet(undefined, local);
		assert.deepEqual(textOf([steps[0]!]), [
			{
				option: 2,
				where: name,
				change: `The host's content is not known: compare it with WRKCTLGBRM option 5 on the host and key what differs from this definition (text ${local.text}), in full below.`,
			},
		]);
		assert.ok(!steps.some(step => step.option === 1), 'never "create it"');
		assert.doesNotMatch(steps.map(step => step.change).join('\n'), /create it|Not known to be on the host/);
		assert.equal(steps.filter(step => step.option === 2 && step.where.startsWith('New line')).length, local.entries.length, 'the full definition');
		const set = Object.values(local.attributes).filter(value => value !== null && value !== '');
		assert.equal(steps.filter(step => step.option === 8).length, set.length, 'every attribute that has a value');
		assertKeysToLocal(undefined, local, name);
	}
});

test('moving *SAVSECDTA after the next entry (seq 20 to 35) changes its Seq: the run order is kept', () => {
	const local = syswodom();
	entryOf(local, '*SAVSECDTA').seq = 35;
	const steps = changeSheet(syswodom(), local);
	assert.deepEqual(steps, [{option: 2, where: 'Seq 20 *SAVSECDTA', change: 'Seq 20 -> 35', edit: {kind: 'seq', seq: 20, to: 35}}]);
	assertKeysToLocal(syswodom(), local);
});

test('deleting the first of two *EXIT entries removes that one, not the one with the command', () => {
	const applied = syswodom();
	applied.entries.at(-1)!.exitCommand = 'CALL QGPL/STARTAPP';
	const local = structuredClone(applied);
	local.entries.shift();
	assert.deepEqual(textOf(changeSheet(applied, local)), [{option: 2, where: 'Seq 10 *EXIT', change: 'Remove: blank out the backup item'}]);
	assertKeysToLocal(applied, local);
	// And the other way round: deleting the last keeps the first's place.
	const other = structuredClone(applied);
	other.entries.pop();
	assert.deepEqual(textOf(changeSheet(applied, other)), [{option: 2, where: 'Seq 70 *EXIT', change: 'Remove: blank out the backup item'}]);
	// Of two exits side by side, the one kept is the one with the same command.
	const adjacent = syswodom();
	adjacent.entries.splice(1, 0, {...adjacent.entries[0]!, seq: 15, exitCommand: 'CALL QGPL/STARTAPP'});
	const fewer = structuredClone(adjacent);
	fewer.entries.splice(0, 1);
	assert.deepEqual(textOf(assertKeysToLocal(adjacent, fewer).steps), [{option: 2, where: 'Seq 10 *EXIT', change: 'Remove: blank out the backup item'}]);
});

test('two *EXIT entries that swap commands keep their places and swap commands; an exit moved keeps its command', () => {
	const applied = syswodom();
	applied.entries[0]!.exitCommand = 'CALL QGPL/FIRST';
	applied.entries.at(-1)!.exitCommand = 'CALL QGPL/LAST';
	const moved = structuredClone(applied);
	moved.entries[0]!.seq = 65; // the first exit now runs just before the last one
	const {steps} = assertKeysToLocal(applied, moved);
	assert.deepEqual(textOf(steps), [{option: 2, where: 'Seq 10 *EXIT', change: 'Seq 10 -> 65'}]);
	const duplicated = structuredClone(applied);
	duplicated.entries.push({...duplicated.entries[0]!, seq: 45, exitCommand: 'CALL QGPL/MIDDLE'}, {...duplicated.entries[0]!, seq: 46, exitCommand: null});
	assert.deepEqual(textOf(assertKeysToLocal(applied, duplicated).steps), [
		{option: 2, where: 'New line, Seq 43', change: 'Backup Items *EXIT, Weekly Activity *DFTACT; then F10, Command CALL QGPL/MIDDLE'},
		{option: 2, where: 'New line, Seq 46', change: 'Backup Items *EXIT, Weekly Activity *DFTACT'},
	]);
});

test('the sheet uses the numbers the host shows (by 10), whatever numbers the applied copy was stored with', () => {
	const applied = syswodom();
	for (const [index, entry] of applied.entries.entries()) entry.seq = [5, 6, 7, 45, 46, 900, 9999][index]!;
	const local = structuredClone(applied);
	local.entries.find(entry => entry.item === '*ALLDLO')!.retainObjectDetail = '*YES';
	local.entries.push({...local.entries[1]!, seq: 1000, item: 'LIBA'});
	assert.deepEqual(textOf(assertKeysToLocal(applied, local).steps), [
		{option: 2, where: 'Seq 50 *ALLDLO', change: 'Retain Object Detail *NO -> *YES'},
		{option: 2, where: 'New line, Seq 65', change: 'Backup Items LIBA, Weekly Activity *DFTACT, Retain Object Detail *NO'},
	]);
});

test('more new lines between two host lines than there are free numbers: press Enter to renumber, then go on', () => {
	const applied = syswodom();
	const local = structuredClone(applied);
	// 25 new libraries between *ALLUSR (40) and *ALLDLO (50), the local group numbered by 10.
	local.entries.splice(4, 0, ...Array.from({length: 25}, (_, index) => ({...local.entries[3]!, item: `LIB${String(index).padStart(2, '0')}`})));
	for (const [index, entry] of local.entries.entries()) entry.seq = (index + 1) * 10;
	const {steps, keyed} = assertKeysToLocal(applied, local);
	assert.ok(keyed.enters >= 1, 'the sheet renumbers on the way');
	const enter = steps.findIndex(step => step.edit?.kind === 'renumber');
	assert.deepEqual(textOf([steps[enter]!]), [
		{option: 2, where: 'Press Enter now', change: 'BRMS renumbers the lines by 10 (10, 20, 30 ...); the steps below use the new numbers'},
	]);
	assert.ok(steps.slice(0, enter).filter(step => step.edit?.kind === 'add').length <= 9, 'at most the 9 free numbers between 40 and 50');
	// Lines typed before a full group's last one, and after it.
	const full = structuredClone(applied);
	full.entries = Array.from({length: 999}, (_, index) => ({...applied.entries[3]!, seq: (index + 1) * 10, item: `L${index}`}));
	const crowded = structuredClone(full);
	crowded.entries.splice(0, 12);
	crowded.entries.push(...Array.from({length: 12}, (_, index) => ({...applied.entries[3]!, seq: index + 1, item: `NEW${index}`})));
	assertKeysToLocal(full, crowded);
	const appended = structuredClone(full);
	appended.entries.splice(500, 1);
	appended.entries.push({...applied.entries[3]!, seq: 9995, item: 'LAST'});
	const {steps: last} = assertKeysToLocal(full, appended);
	assert.deepEqual(
		last.map(step => step.where),
		['Seq 5010 L500', 'New line, Seq 9995'],
		'after 9990, the last number the host shows',
	);
});

// ---------------------------------------------------------------------------------------------
// The property: for many random pairs of groups, keying the sheet on the host gives the local group.

function random(seed: number) {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (low: number, high: number) => low + Math.floor(next() * (high - low + 1));
	const pick = <T>(values: readonly T[]): T => values[int(0, values.length - 1)]!;
	return {next, int, pick};
}

const ITEMS: Array<[string, string | null]> = [
	['*EXIT', null],
	['*EXIT', null],
	['*EXIT', null],
	['*SAVSECDTA', null],
	['*SAVCFG', null],
	['*ALLUSR', null],
	['*ALLDLO', null],
	['LIBA', null],
	['LIBB', null],
	['PAY*', null],
	['QLTSEXCL', '*LNK'],
	['MYLIST', '*OBJ'],
	['MYLIST', '*LNK'],
];
const VALUES: Record<EntryColumnKey, Array<string | null>> = {
	listType: [null],
	aspDevice: [null, '*SYSBAS'],
	activity: ['*DFTACT', 'FFFFFFF', 'FIIIIII', ' F F F '],
	retainObjectDetail: [null, '*NO', '*YES', '*ERR'],
	saveWhileActive: [null, '*NO', '*YES', '*LIB'],
	swaMessageQueue: [null, '*LIB'],
	syncId: [null, '*NONE'],
};
const COMMANDS = [null, null, 'CALL QGPL/STARTAPP', 'MONSWABRM LIB(*ALLUSR)', 'SAVDOMBRM SERVER(DOM1) CTLGRP(RANDOM)'];
const CHANGEABLE = COLUMNS.map(([key]) => key).filter(key => key !== 'listType');

type Random = ReturnType<typeof random>;

function randomEntry(r: Random): Entry {
	const [item, listType] = r.pick(ITEMS);
	const entry: Entry = newEntry(0, item, {listType, activity: r.pick(VALUES.activity) as string});
	if (item === '*EXIT') entry.exitCommand = r.pick(COMMANDS);
	else for (const key of CHANGEABLE.filter(each => each !== 'activity')) (entry as Record<EntryColumnKey, string | null>)[key] = r.pick(VALUES[key]);
	return entry;
}

/** Increasing numbers: by 10, or with uneven gaps (a local edit, or an applied copy not renumbered). */
function numbered(r: Random, entries: Entry[]): Entry[] {
	const even = r.next() < 0.5;
	let seq = 0;
	return entries.map(entry => {
		seq += even ? 10 : r.int(1, 25);
		return {...entry, seq};
	});
}

function randomPair(seed: number): {applied: ControlGroup | undefined; local: ControlGroup} {
	const r = random(seed);
	const base = syswodom();
	base.entries = numbered(
		r,
		Array.from({length: r.int(0, 12)}, () => randomEntry(r)),
	);
	const entries = base.entries.map(entry => ({...entry}));
	const at = () => r.int(0, entries.length);
	for (let edits = r.int(0, 7); edits > 0; edits--) {
		const choice = r.next();
		const index = r.int(0, Math.max(0, entries.length - 1));
		const entry = entries[index];
		if (choice < 0.18 && entry) {
			if (entry.item === '*EXIT' && r.next() < 0.5) entry.exitCommand = r.pick(COMMANDS);
			else {
				const key = r.pick(entry.item === '*EXIT' ? (['activity'] as EntryColumnKey[]) : CHANGEABLE);
				(entry as Record<EntryColumnKey, string | null>)[key] = r.pick(VALUES[key]);
			}
		} else if (choice < 0.38 && entry) {
			entries.splice(index, 1);
			entries.splice(at(), 0, entry);
		} else if (choice < 0.5 && entry) {
			entries.splice(index, 1);
		} else if (choice < 0.7) {
			entries.splice(at(), 0, randomEntry(r));
		} else if (choice < 0.85) {
			const exit = entries.filter(each => each.item === '*EXIT');
			const copy = exit.length > 0 ? {...r.pick(exit)} : {...randomEntry(r), item: '*EXIT', listType: null};
			if (r.next() < 0.5) copy.exitCommand = r.pick(COMMANDS);
			entries.splice(at(), 0, copy);
		} else if (choice < 0.95 && entries.length > 1) {
			const first = r.int(0, entries.length - 2);
			entries.splice(first, 2, entries[first + 1]!, entries[first]!);
		} else {
			entries.splice(at(), 0, ...Array.from({length: r.int(8, 30)}, () => randomEntry(r)));
		}
	}
	const local = structuredClone(base);
	local.entries = numbered(r, entries);
	if (r.next() < 0.1) local.defaultActivity = 'FIIIIII';
	if (r.next() < 0.1) local.text = 'Changed text';
	return {applied: r.next() < 0.05 ? undefined : base, local};
}

test('property: keying the sheet on the host gives the local group exactly, in order, for 3000 random pairs', () => {
	for (let seed = 1; seed <= 3000; seed++) {
		const {applied, local} = randomPair(seed);
		const {steps, keyed} = assertKeysToLocal(applied, local, `seed ${seed}`);
		if (applied) {
			const same =
				JSON.stringify(byTen(applied.entries)) === JSON.stringify(byTen(local.entries)) &&
				applied.defaultActivity === local.defaultActivity &&
				applied.text === local.text;
			assert.equal(steps.length === 0, same, `seed ${seed}: "no changes" exactly when nothing differs`);
		}
		assert.ok(keyed.enters <= 2, `seed ${seed}: ${keyed.enters} renumbering passes`);
	}
});

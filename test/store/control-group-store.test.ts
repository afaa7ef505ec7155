import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {test} from 'node:test';
import {demoControlGroups} from '../../source/domain/catalog.js';
import {ControlGroupStore, StoreConflictError} from '../../source/store/control-group-store.js';
import {STORE_VERSION, StoreFormatError} from '../../source/store/store-document.js';

function home(): string {
	return mkdtempSync(join(tmpdir(), 'brms-tui-store-'));
}

function open(folder: string): ControlGroupStore {
	return new ControlGroupStore({systemId: 'demo', seed: demoControlGroups, env: {BRMS_TUI_HOME: folder}});
}

/** As an import opens it: the file is first read by its save, under the lock. */
function openUnread(folder: string): ControlGroupStore {
	return new ControlGroupStore({systemId: 'demo', seed: demoControlGroups, env: {BRMS_TUI_HOME: folder}, readOnOpen: false});
}

test('a new store starts from the seed, in the folder BRMS_TUI_HOME names, mode 0600', async () => {
	const folder = home();
	const store = open(folder);
	assert.equal(store.path, join(folder, 'system-demo.json'));
	assert.deepEqual(
		store.list().map(group => group.name),
		['*BKUGRP', '*SYSGRP', '*SYSTEM', 'QLTSDOM01', 'QLTSDOM02', 'QLTSSVR', 'RESTRICTED', 'SYSWODOM'],
	);
	const file = JSON.parse(readFileSync(store.path, 'utf8'));
	assert.equal(file.format, 'brms-tui/store');
	assert.equal(file.version, STORE_VERSION);
	assert.equal(file.revisions.SYSWODOM, 1);
	const {statSync} = await import('node:fs');
	assert.equal(statSync(store.path).mode & 0o777, 0o600);
});

test('a save carries the revision it started from; a save over a newer revision is refused and stores nothing', () => {
	const folder = home();
	const first = open(folder);
	const second = open(folder);
	const read1 = first.get('SYSWODOM')!;
	const read2 = second.get('SYSWODOM')!;
	const revision = first.save({...read1.group, text: 'Changed by the first copy'}, read1.revision);
	assert.equal(revision, read1.revision + 1);
	assert.throws(
		() => second.save({...read2.group, text: 'Changed by the second copy'}, read2.revision),
		(error: unknown) => {
			assert.ok(error instanceof StoreConflictError);
			assert.equal(error.reason, 'changed');
			return true;
		},
	);
	assert.equal(open(folder).get('SYSWODOM')!.group.text, 'Changed by the first copy');
	// After reading again, the second copy can save.
	const fresh = second.get('SYSWODOM')!;
	second.save({...fresh.group, text: 'Second, after refresh'}, fresh.revision);
	assert.equal(first.get('SYSWODOM')!.group.text, 'Second, after refresh');
});

test('creating a group that another copy created meanwhile is refused; so is saving a deleted one', () => {
	const folder = home();
	const first = open(folder);
	const second = open(folder);
	const template = first.get('SYSWODOM')!.group;
	first.save({...template, name: 'NEWGRP'}, null);
	assert.throws(() => second.save({...template, name: 'NEWGRP'}, null), /already exists/);
	const stored = first.get('NEWGRP')!;
	second.delete('NEWGRP', stored.revision);
	assert.throws(() => first.save({...stored.group, text: 'x'}, stored.revision), /was deleted/);
	assert.equal(first.get('NEWGRP'), undefined);
});

test('a corrupt file stops the store with a message naming the file, and the file is kept untouched', () => {
	const folder = home();
	const path = join(folder, 'system-demo.json');
	writeFileSync(path, '{"format": "brms-tui/store", "version": 2, "controlGroups": [');
	const before = readFileSync(path, 'utf8');
	assert.throws(
		() => open(folder),
		(error: unknown) => {
			assert.ok(error instanceof StoreFormatError);
			assert.equal(error.kind, 'corrupt');
			assert.equal(error.path, path);
			return true;
		},
	);
	assert.equal(readFileSync(path, 'utf8'), before);
});

test('a store opened without reading (an import) refuses a damaged file at its first save, stores nothing, and saves on top of the newest file', () => {
	const folder = home();
	const path = join(folder, 'system-demo.json');
	writeFileSync(path, '{"format": "brms-tui/store", "version": 2, "controlGroups": [');
	const before = readFileSync(path, 'utf8');
	const damaged = openUnread(folder);
	const group = {...demoControlGroups().find(each => each.name === 'SYSWODOM')!, name: 'IMPORTED'};
	assert.throws(
		() => damaged.replaceGroups([group]),
		(error: unknown) => error instanceof StoreFormatError && error.kind === 'corrupt' && error.path === path,
	);
	assert.equal(readFileSync(path, 'utf8'), before);
	// A sound store: another copy saves between the open and the save; both saves are kept.
	const fresh = home();
	const first = openUnread(fresh);
	open(fresh).replaceGroups([{...group, name: 'OTHER'}]);
	first.replaceGroups([group]);
	assert.deepEqual(
		open(fresh)
			.list()
			.map(each => each.name)
			.filter(name => name === 'IMPORTED' || name === 'OTHER'),
		['IMPORTED', 'OTHER'],
	);
});

test('a file that breaks the schema is reported as corrupt and kept', () => {
	const folder = home();
	const path = join(folder, 'system-demo.json');
	const content = JSON.stringify({format: 'brms-tui/store', version: STORE_VERSION, controlGroups: [{name: 'X'}], revisions: {}});
	writeFileSync(path, content);
	assert.throws(
		() => open(folder),
		(error: unknown) => error instanceof StoreFormatError && error.kind === 'corrupt' && /schema/.test(error.message),
	);
	assert.equal(readFileSync(path, 'utf8'), content);
});

test('a file from a newer brms-tui is refused and kept', () => {
	const folder = home();
	const path = join(folder, 'system-demo.json');
	const content = JSON.stringify({format: 'brms-tui/store', version: STORE_VERSION + 1, controlGroups: [], revisions: {}});
	writeFileSync(path, content);
	assert.throws(
		() => open(folder),
		(error: unknown) => error instanceof StoreFormatError && error.kind === 'newer',
	);
	assert.equal(readFileSync(path, 'utf8'), content);
});

test('a version-1 file is migrated in memory when read, and written in the new format by the next save', () => {
	const folder = home();
	const path = join(folder, 'system-demo.json');
	const groups = demoControlGroups().slice(0, 2);
	const content = JSON.stringify({revision: 4, controlGroups: groups});
	writeFileSync(path, content);
	const store = open(folder);
	assert.deepEqual(store.list(), groups);
	assert.equal(store.get('*BKUGRP')!.revision, 4);
	assert.equal(readFileSync(path, 'utf8'), content, 'opening and reading write nothing');
	store.save({...groups[0]!, text: 'saved'}, 4);
	assert.equal(JSON.parse(readFileSync(path, 'utf8')).version, STORE_VERSION);
});

test('replaceGroups stores several groups in one write', () => {
	const folder = home();
	const store = open(folder);
	const template = store.get('SYSWODOM')!.group;
	store.replaceGroups([
		{...template, name: 'A1'},
		{...template, name: 'SYSWODOM', text: 'replaced'},
	]);
	assert.equal(store.get('SYSWODOM')!.group.text, 'replaced');
	assert.ok(store.get('A1'));
});

test('a version-2 file whose groups hold only the media policies gets default values for the other attributes', () => {
	const folder = home();
	const path = join(folder, 'system-demo.json');
	const groups = demoControlGroups()
		.slice(0, 1)
		.map(group => ({...group, attributes: {fullMediaPolicy: 'FULL', incrMediaPolicy: 'INCR'}}));
	writeFileSync(path, JSON.stringify({format: 'brms-tui/store', version: 2, controlGroups: groups, revisions: {'*BKUGRP': 3}}));
	const stored = open(folder).get('*BKUGRP')!;
	assert.equal(stored.revision, 3);
	assert.equal(stored.group.attributes.fullMediaPolicy, 'FULL');
	assert.equal(stored.group.attributes['signOffInteractiveUsers'], '*BKUPCY');
	assert.deepEqual(stored.group.attributes['backupDevices'], ['*BKUPCY']);
});

test('a read is kept while the file is the same version; a save by another copy is read anew; kept groups cannot be changed in place', () => {
	const folder = home();
	const first = open(folder);
	const second = open(folder);
	const kept = first.get('SYSWODOM')!.group;
	assert.equal(first.get('SYSWODOM')!.group, kept, 'the same file gives the same parsed group');
	assert.throws(() => ((kept as {text: string}).text = 'changed in place'), TypeError);
	second.save({...second.get('SYSWODOM')!.group, text: 'Saved by the second copy'}, second.get('SYSWODOM')!.revision);
	assert.equal(first.get('SYSWODOM')!.group.text, 'Saved by the second copy');
	// Our own save is kept too, and stays what the file holds.
	const ours = first.get('RESTRICTED')!;
	first.save({...ours.group, text: 'Ours'}, ours.revision);
	assert.equal(first.get('RESTRICTED')!.group.text, 'Ours');
	assert.equal(JSON.parse(readFileSync(first.path, 'utf8')).controlGroups.find((group: {name: string}) => group.name === 'RESTRICTED').text, 'Ours');
});

test('a new store records its seed as applied only when the seed is what the host holds', () => {
	const demo = new ControlGroupStore({systemId: 'demo', seed: demoControlGroups, seedIsOnHost: true, env: {BRMS_TUI_HOME: home()}});
	assert.equal(demo.applied('SYSWODOM')?.name, 'SYSWODOM');
	assert.equal(demo.appliedGroups().length, 8);
	const real = new ControlGroupStore({systemId: 'prod', seed: demoControlGroups, env: {BRMS_TUI_HOME: home()}});
	assert.equal(real.applied('*SYSTEM'), undefined);
	assert.deepEqual(real.appliedGroups(), []);
});

test('a version-4 file (without the attributes of brms.md §10.3) is migrated to version 5: every group, local and applied, gets their defaults', () => {
	const folder = home();
	const path = join(folder, 'system-demo.json');
	const NEW_KEYS = [
		'iplRestartType',
		'saveActiveWaitObjectLocks',
		'saveActiveWaitPendingRecords',
		'saveActiveWaitOtherPending',
		'backupItemExitProgram',
		'backupItemExitProgramLibrary',
		'backupItemExitProgramFormat',
	];
	const withoutNewKeys = demoControlGroups().map(group => ({
		...group,
		attributes: Object.fromEntries(Object.entries(group.attributes).filter(([key]) => !NEW_KEYS.includes(key))),
	}));
	writeFileSync(
		path,
		JSON.stringify({
			format: 'brms-tui/store',
			version: 4,
			controlGroups: withoutNewKeys,
			revisions: {SYSWODOM: 2},
			applied: {SYSWODOM: withoutNewKeys.find(group => group.name === 'SYSWODOM')},
		}),
	);
	const store = open(folder);
	const expected = ['*BKUPCY', '120', '120', '120', '*BKUPCY', '*LIBL', 'BKUI0100'];
	assert.deepEqual(
		NEW_KEYS.map(key => store.get('SYSWODOM')!.group.attributes[key]),
		expected,
	);
	assert.deepEqual(
		NEW_KEYS.map(key => store.applied('SYSWODOM')!.attributes[key]),
		expected,
	);
	assert.equal(store.get('SYSWODOM')!.revision, 2);
	// Opening reads; it writes nothing (list, show and export never change the file). The first
	// save writes the migrated document at version 5.
	assert.equal(JSON.parse(readFileSync(path, 'utf8')).version, 4);
	store.save({...store.get('SYSWODOM')!.group, text: 'migrated'}, 2);
	assert.equal(JSON.parse(readFileSync(path, 'utf8')).version, 5);
	assert.deepEqual(
		NEW_KEYS.map(key => JSON.parse(readFileSync(path, 'utf8')).controlGroups.find((group: {name: string}) => group.name === 'SYSWODOM').attributes[key]),
		expected,
	);
	// Written at version 5, a group without them breaks the schema: the file is reported, not read.
	writeFileSync(path, JSON.stringify({format: 'brms-tui/store', version: 5, controlGroups: withoutNewKeys, revisions: {}, applied: {}}));
	assert.throws(
		() => open(folder),
		(error: unknown) => error instanceof StoreFormatError && /iplRestartType/.test(error.message),
	);
});

test('a save checks what it puts in against the schema, read on opening or not: a group that breaks it is refused where it is, the file unchanged', () => {
	const folder = home();
	const kept = open(folder);
	const unread = openUnread(folder);
	const before = readFileSync(kept.path, 'utf8');
	const current = kept.get('SYSWODOM')!;
	// Entry sequence numbers start at 1 (STORE_SCHEMA); SYSWODOM is the 8th group, NEW would be the 9th.
	const broken = {...current.group, entries: [{...current.group.entries[0]!, seq: 0}, ...current.group.entries.slice(1)]};
	const saves: Array<[() => unknown, string]> = [
		[() => kept.save(broken, current.revision), 'controlGroups/7/entries/0/seq'],
		[() => unread.replaceGroups([{...broken, name: 'NEW'}]), 'controlGroups/8/entries/0/seq'],
		[() => unread.replaceGroups([broken]), 'controlGroups/7/entries/0/seq'],
	];
	for (const [save, where] of saves)
		assert.throws(save, (error: unknown) => {
			assert.ok(error instanceof StoreFormatError && error.kind === 'corrupt');
			assert.equal(error.message, `Config schema violation: \`${where}\` must be >= 1`);
			return true;
		});
	assert.equal(readFileSync(kept.path, 'utf8'), before);
	assert.equal(kept.save({...current.group, text: 'Still saved'}, current.revision), current.revision + 1);
});

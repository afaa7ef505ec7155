// The bench's store: 1,000 control groups and one group at BRMS's maximum of 999 entries, written
// through the real store (so it is what a user's file would hold).

import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {withDefaultAttributes} from '../source/domain/attributes.js';
import {demoControlGroups} from '../source/domain/catalog.js';
import type {ControlGroup, Entry} from '../source/domain/control-group.js';
import {ControlGroupStore} from '../source/store/control-group-store.js';

/** Sorts first in WRKCTLGBRM's EBCDIC order, so it is the first line of the list. */
export const BIG_GROUP = 'AAABIG';

function library(index: number): Entry {
	return {
		seq: index * 10,
		item: `LIB${String(index).padStart(4, '0')}`,
		listType: null,
		aspDevice: null,
		activity: '*DFTACT',
		retainObjectDetail: '*NO',
		saveWhileActive: '*NO',
		swaMessageQueue: null,
		syncId: null,
	};
}

export function largeStore(): string {
	const home = mkdtempSync(join(tmpdir(), 'brms-tui-bench-'));
	const template = demoControlGroups().find(group => group.name === 'SYSWODOM')!;
	const group = (name: string, entries: Entry[]): ControlGroup => ({
		...template,
		name,
		text: `Bench group ${name}`,
		attributes: withDefaultAttributes(template.attributes),
		entries,
		subsystems: [],
		jobQueues: [],
	});
	const groups: ControlGroup[] = [
		group(
			BIG_GROUP,
			Array.from({length: 999}, (_, index) => library(index + 1)),
		),
	];
	for (let index = 1; index < 1000; index++) groups.push(group(`BENCH${String(index).padStart(4, '0')}`, template.entries));
	new ControlGroupStore({systemId: 'demo', seed: () => groups, env: {BRMS_TUI_HOME: home}}).replaceGroups(groups);
	return home;
}

// The catalog of control groups brms-tui knows without asking a host: the three groups BRMS
// ships on every system and the online Lotus/Domino strategy of IBM's sample, which the
// built-in demo system holds besides (shared/spec/brms.md §1.3, §7.4, §7.5); and what a new
// local store starts with on each kind of system (storeSeed). Both hosts and the store use it.
// Where the spec marks a value [K] or [?] (entries of the shipped groups, QLTSDOM01, media
// policies of the user groups) it is a plausible fill, kept here in one place.
// ASP device and sync ID are filled as brms.md §2.2 draws the seed groups in the IBM 7.x layout
// (the way the IBM figure fills them [?]): *SYSBAS on library and list entries (*ALLUSR and *IBM
// too), sync ID *NONE where save while active is on; blank on *EXIT, *SAVSYS, *SAVSECDTA,
// *SAVCFG and *ALLDLO.

import {withDefaultAttributes} from './attributes.js';
import {type ControlGroup, type Entry, type JobQueueEntry, newEntry, type SubsystemEntry} from './control-group.js';

type EntryValues = Partial<Omit<Entry, 'seq' | 'item'>>;

/** A library or list entry as the 7.x panels show it: on *SYSBAS, sync ID *NONE when saved while active. */
function onSysbas(seq: number, item: string, values: EntryValues = {}): Entry {
	const active = values.saveWhileActive !== undefined && values.saveWhileActive !== null && values.saveWhileActive !== '*NO';
	return newEntry(seq, item, {aspDevice: '*SYSBAS', ...(active ? {syncId: '*NONE'} : {}), ...values});
}

function exit(seq: number, command: string | null = null, activity = '*DFTACT'): Entry {
	return newEntry(seq, '*EXIT', {exitCommand: command, activity});
}

function group(
	name: string,
	text: string,
	defaultActivity: string,
	media: {full: string; incr: string},
	entries: Entry[],
	extra: {subsystems?: SubsystemEntry[]; jobQueues?: JobQueueEntry[]} = {},
): ControlGroup {
	return {
		name,
		type: '*BKU',
		text,
		defaultActivity,
		attributes: withDefaultAttributes({fullMediaPolicy: media.full, incrMediaPolicy: media.incr}),
		entries,
		subsystems: extra.subsystems ?? [],
		jobQueues: extra.jobQueues ?? [],
	};
}

const SHIPPED_TEXT = 'Entry created by BRM configuration';

/** A fresh copy of the demo system's control groups (callers may mutate it). */
export function demoControlGroups(): ControlGroup[] {
	return [
		group('*BKUGRP', SHIPPED_TEXT, '*BKUPCY', {full: '*BKUPCY', incr: '*BKUPCY'}, [
			newEntry(10, '*SAVSECDTA', {retainObjectDetail: '*NO'}),
			newEntry(20, '*SAVCFG', {retainObjectDetail: '*NO'}),
			onSysbas(30, '*ALLUSR', {retainObjectDetail: '*ERR', saveWhileActive: '*NO'}),
			newEntry(40, '*ALLDLO', {retainObjectDetail: '*NO', saveWhileActive: '*NO'}),
			onSysbas(50, 'QALLUSRLNK', {listType: '*LNK', retainObjectDetail: '*NO', saveWhileActive: '*NO'}),
		]),
		group('*SYSGRP', SHIPPED_TEXT, '*BKUPCY', {full: 'SAVSYS', incr: 'SAVSYS'}, [
			newEntry(10, '*SAVSYS'),
			onSysbas(20, '*IBM', {retainObjectDetail: '*NO', saveWhileActive: '*NO'}),
			onSysbas(30, 'QIBMLINK', {listType: '*LNK', retainObjectDetail: '*NO', saveWhileActive: '*NO'}),
		]),
		group('*SYSTEM', SHIPPED_TEXT, '*BKUPCY', {full: 'SYSTEM', incr: 'SYSTEM'}, [
			exit(10),
			newEntry(20, '*SAVSYS'),
			onSysbas(30, '*IBM', {retainObjectDetail: '*NO', saveWhileActive: '*NO'}),
			onSysbas(40, '*ALLUSR', {retainObjectDetail: '*ERR', saveWhileActive: '*NO'}),
			newEntry(50, '*ALLDLO', {retainObjectDetail: '*NO', saveWhileActive: '*NO'}),
			onSysbas(60, '*LINK', {retainObjectDetail: '*YES', saveWhileActive: '*NO'}),
			exit(70),
		]),
		group('QLTSDOM01', 'Online backup of Lotus server DOM1', '*BKUPCY', {full: 'QLTSSVR', incr: 'QLTSSVR'}, [
			exit(10),
			exit(20, 'SAVDOMBRM SERVER(DOM1) CTLGRP(QLTSDOM01)'),
			exit(30),
		]),
		// The second Domino server's own group (DOM2, which QLTSSVR saves too): with QLTSDOM01 the
		// per-server groups IBM's strategy sends to batch side by side (brms.md §7.1, §7.4).
		group('QLTSDOM02', 'Online backup of Lotus server DOM2', '*BKUPCY', {full: 'QLTSSVR', incr: 'QLTSSVR'}, [
			exit(10),
			exit(20, 'SAVDOMBRM SERVER(DOM2) CTLGRP(QLTSDOM02)'),
			exit(30),
		]),
		group('QLTSSVR', 'Online backup of all Lotus servers', '*BKUPCY', {full: 'QLTSSVR', incr: 'QLTSSVR'}, [
			exit(10),
			exit(20, 'SAVDOMBRM SERVER(DOM1) CTLGRP(QLTSSVR)'),
			exit(30, 'SAVDOMBRM SERVER(DOM2) CTLGRP(QLTSSVR)'),
			exit(40),
		]),
		group(
			'RESTRICTED',
			'Backs up all system data',
			'*BKUPCY',
			{full: 'SAVSYS', incr: 'SAVSYS'},
			[
				exit(10),
				newEntry(20, '*SAVSYS'),
				onSysbas(30, '*IBM', {retainObjectDetail: '*NO', saveWhileActive: '*NO'}),
				onSysbas(40, 'QIBMLINK', {listType: '*LNK', retainObjectDetail: '*NO', saveWhileActive: '*NO'}),
				exit(50),
			],
			{subsystems: [{seq: 10, subsystem: '*ALL', library: null, restart: '*YES', endOption: '*IMMED', delay: null}]},
		),
		group(
			'SYSWODOM',
			'Backs up all user data except notes',
			'FFFFFFF',
			{full: 'FULL', incr: 'INCR'},
			[
				exit(10),
				newEntry(20, '*SAVSECDTA', {retainObjectDetail: '*NO'}),
				newEntry(30, '*SAVCFG', {retainObjectDetail: '*NO'}),
				onSysbas(40, '*ALLUSR', {retainObjectDetail: '*ERR', saveWhileActive: '*YES', swaMessageQueue: '*LIB'}),
				newEntry(50, '*ALLDLO', {retainObjectDetail: '*NO', saveWhileActive: '*YES'}),
				onSysbas(60, 'QLTSEXCL', {listType: '*LNK', retainObjectDetail: '*YES', saveWhileActive: '*YES', swaMessageQueue: '*LIB'}),
				exit(70),
			],
			{jobQueues: [{seq: 10, jobQueue: 'QBATCH', library: 'QGPL', hold: '*YES', release: '*YES'}]},
		),
	];
}

/** The groups BRMS ships on every system (*BKUGRP, *SYSGRP, *SYSTEM). */
export function shippedControlGroups(): ControlGroup[] {
	return demoControlGroups().filter(group => group.name.startsWith('*'));
}

/** What a new local store starts with, and whether the host is known to hold it. */
export type StoreSeed = {groups: () => ControlGroup[]; onHost: boolean};

/**
 * The demo system's BRMS holds the demo groups, so a new store records them as applied there.
 * BRMS offers no supported way to read a group's definition from a real IBM i (brms.md §6): its
 * new store starts from what BRMS ships, and claims nothing applied.
 */
export function storeSeed(kind: 'demo' | 'ssh'): StoreSeed {
	return kind === 'demo' ? {groups: demoControlGroups, onHost: true} : {groups: shippedControlGroups, onHost: false};
}

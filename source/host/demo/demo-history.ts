// What a new demo system's BRMS log starts with: the last few weeks of a site that follows IBM's
// Lotus strategy (brms.md §7.4) — QLTSDOM01 sent to batch every night beside SYSWODOM on the
// library's two drives (and QLTSDOM02 beside them where the demo host has that group),
// RESTRICTED on Sunday, QLTSSVR and the shipped groups now and then — with a QLTSSVR night whose
// DOM2 save failed (completed with errors) and a *BKUGRP run that ended abnormally, so `status`
// shows something real on a fresh store. Planned by the same code as a trainee's jobs
// (demo-job.ts), at five minutes a step. A group the demo host does not have is left out.
//
// The failures use IDs the spec names: LNT0950 (an incremental Domino save refused while the
// server uses circular transaction logging, reason code 12: brms.md §7.3 [V]), BRM4116 (*EXIT
// commands failed [V]), CPF9814 (device not found [K]). Their texts are brms-tui's wording.

import {withDefaultAttributes} from '../../domain/attributes.js';
import {demoControlGroups} from '../../domain/catalog.js';
import type {ControlGroup} from '../../domain/control-group.js';
import {type DemoJobRecord, type ExitFailure, IMMEDIATE_RUN, planDemoJob} from './demo-job.js';
import {drivesInUse} from './demo-log.js';

/** A history step: five minutes. */
const STEP_MS = 5 * 60 * 1000;

/**
 * The day the history leads up to (its last night is the night before): BRMS_TUI_DEMO_HISTORY_DATE
 * (yyyy-mm-dd, so pictures and tests do not change from day to day), else today.
 */
export function historyDay(env: NodeJS.ProcessEnv = process.env, today = new Date()): Date {
	const fixed = /^(\d{4})-(\d{2})-(\d{2})$/.exec(env['BRMS_TUI_DEMO_HISTORY_DATE'] ?? '');
	return fixed ? new Date(Number(fixed[1]), Number(fixed[2]) - 1, Number(fixed[3])) : new Date(today.getFullYear(), today.getMonth(), today.getDate());
}

/** QLTSSVR's DOM2 save (seq 30), or QLTSDOM02's own (seq 20), refused. */
const dom2Failed = (seq: number): ExitFailure => ({
	seq,
	messages: [{id: 'LNT0950', text: 'Incremental backup of server DOM2 not possible: transaction logging is circular (reason code 12).', severity: 40}],
});

type Planned = {group: string; daysBefore: number; at: string; failingExits?: ExitFailure[]; change?: (group: ControlGroup) => ControlGroup};

const NIGHTS: Planned[] = [
	{group: 'RESTRICTED', daysBefore: 29, at: '01:00'},
	{group: '*SYSTEM', daysBefore: 28, at: '02:00'},
	{group: '*SYSGRP', daysBefore: 14, at: '01:00'},
	// A drive name nobody has: the run stops at its first save (the operator corrected the group since).
	{
		group: '*BKUGRP',
		daysBefore: 9,
		at: '23:00',
		change: group => ({...group, attributes: withDefaultAttributes({...group.attributes, backupDevices: ['TAP03']})}),
	},
	{group: 'QLTSSVR', daysBefore: 8, at: '21:00', failingExits: [dom2Failed(30)]},
	{group: 'RESTRICTED', daysBefore: 6, at: '01:00'},
	...[3, 2, 1].flatMap((daysBefore): Planned[] => [
		{group: 'QLTSDOM01', daysBefore, at: '21:00'},
		{group: 'QLTSDOM02', daysBefore, at: '21:00', ...(daysBefore === 1 ? {failingExits: [dom2Failed(20)]} : {})},
		{group: 'SYSWODOM', daysBefore, at: '21:00'},
	]),
];

/** The demo log's first jobs, oldest first, for the nights before `day`. */
export function demoHistory(day: Date = historyDay()): DemoJobRecord[] {
	const groups = demoControlGroups();
	const jobs: DemoJobRecord[] = [];
	let number = 654_200;
	for (const night of NIGHTS) {
		const found = groups.find(group => group.name === night.group);
		if (!found) continue;
		const [hours = 0, minutes = 0] = night.at.split(':').map(Number);
		const start = new Date(day.getFullYear(), day.getMonth(), day.getDate() - night.daysBefore, hours, minutes);
		jobs.push(
			planDemoJob({
				job: `${number++}/OPER/${night.group.replace(/^\*/, 'Q')}`,
				group: night.change ? night.change(found) : found,
				run: IMMEDIATE_RUN,
				submittedAt: start.getTime(),
				stepMs: STEP_MS,
				drivesInUse: drivesInUse(jobs),
				failingExits: night.failingExits ?? [],
			}),
		);
	}
	return jobs;
}

// The demo system's submitted job: it waits on the job queue, runs, walks the group's entries
// writing BRMS-log-style lines, and ends — so trainees see a backup followed to its end.
// Lines name the step, not an IBM message ID, except BRM1380 (the "probable" start of brms.md
// §5.3 [?]), the failures a trainer can cause and BRMS's end messages (BRM1049, BRM10A1,
// BRM1820: brms.md §10.1), from which the run's verdict is read as on a real host.
// The run honours the submitted command's STRSEQ (only the entries in the range) and SCDTIME
// (shown as scheduled on the job queue) — brms.md §5.1; demoRunOf reads them from the CL text.

import {type ControlGroup, EXIT_ITEM} from '../../domain/control-group.js';
import {type BrmsLogRow, FollowingStopped, type JobEnd, type JobProgress, readEnd, startFollowing} from '../../domain/job-follow.js';
import {clParameter, parseStartingSequence, sequenceRange} from '../../domain/strbkubrm.js';
import {DEMO_SYSTEM_NAME} from './demo-system.js';

/** Milliseconds per step; BRMS_TUI_DEMO_STEP_MS makes it faster (tests) or slower (classes). */
export function demoStepMs(env: NodeJS.ProcessEnv = process.env): number {
	const value = Number(env['BRMS_TUI_DEMO_STEP_MS']);
	return Number.isFinite(value) && value >= 0 ? value : 400;
}

/** What of the submitted STRBKUBRM the simulated job uses. */
export type DemoRun = {
	/** STRSEQ as numbers: *FIRST is 1, *LAST 9999 (the range of a sequence number). */
	sequence: {start: number; end: number};
	/** SCDTIME as hh:mm:ss; absent for *IMMED (the default), when the job is released at once. */
	scheduledAt?: string;
};

export const IMMEDIATE_RUN: DemoRun = {sequence: {start: 1, end: 9999}};

/**
 * The STRSEQ and SCDTIME of a STRBKUBRM command (brms.md §5.1). STRSEQ is an element list
 * (start 1-9999 or *FIRST, end 1-9999 or *LAST, default *FIRST *LAST); as for any CL element
 * list, an element left out takes its default, so STRSEQ(30) is STRSEQ(30 *LAST). SCDTIME is a
 * time (hhmmss; hhmm and hh:mm:ss are read too) or *IMMED, the default; a value the demo cannot
 * read as a time of day runs at once, as *IMMED.
 */
export function demoRunOf(clCommand: string): DemoRun {
	const typed = parseStartingSequence(clParameter(clCommand, 'STRSEQ') ?? '');
	const range = 'keyword' in typed ? IMMEDIATE_RUN.sequence : sequenceRange(typed);
	// A bound the demo cannot read is left at its default (the prompt refuses such a command).
	const sequence = {start: Math.max(range.start, 1), end: range.end >= 1 ? range.end : 9999};
	const time = (clParameter(clCommand, 'SCDTIME') ?? '').replace(/^'(.*)'$/, '$1').replace(/[:.,]/g, '');
	const digits = /^\d{4}$/.test(time) ? `${time}00` : time;
	const valid = /^([01]\d|2[0-3])[0-5]\d[0-5]\d$/.test(digits);
	return valid ? {sequence, scheduledAt: `${digits.slice(0, 2)}:${digits.slice(2, 4)}:${digits.slice(4, 6)}`} : {sequence};
}

/**
 * What the demo system holds besides its control groups, so that a trainer can make a run go
 * wrong on purpose (README, "The demo system"): an entry whose backup item is not among these
 * libraries and lists ends the run with BRM10A1 (completed with errors); Backup devices naming
 * a device not among DEMO_DEVICES ends it with BRM1820 (ended abnormally) at the first save.
 * Special values (*ALLUSR, *SAVSYS, *EXIT …) exist everywhere; a generic name (PAY*) needs a
 * library it matches.
 */
export const DEMO_LIBRARIES = ['QGPL', 'QUSRSYS', 'QUSRBRM', 'QS36F', 'PAYROLL', 'PAYHIST', 'SALES', 'ACCTG', 'DOMINO'] as const;
export const DEMO_LISTS = ['QLTSEXCL', 'QIBMLINK', 'QALLUSRLNK', 'QALLSPLF'] as const;
export const DEMO_DEVICES = ['TAP01', 'TAPMLB01'] as const;

function itemExists(item: string, listType: string | null): boolean {
	if (item.startsWith('*')) return true;
	if (listType !== null) return (DEMO_LISTS as readonly string[]).includes(item);
	if (item.endsWith('*')) return DEMO_LIBRARIES.some(library => library.startsWith(item.slice(0, -1)));
	return (DEMO_LIBRARIES as readonly string[]).includes(item);
}

/** The first backup device the demo system does not have, if the group names one. */
function missingDevice(group: ControlGroup): string | undefined {
	const devices = group.attributes['backupDevices'];
	const named = (Array.isArray(devices) ? devices : devices ? [devices] : []).filter(device => !device.startsWith('*'));
	return named.find(device => !(DEMO_DEVICES as readonly string[]).includes(device));
}

// The job's end by its last BRMS message, as the demo system ends it: BRM10A1 still ends the
// job normally (brms.md §10.1: a job can end with end code 0 after a BRM10A1); BRM1820 is an
// escape that ends the batch job abnormally (end code 20, the demo's choice).
const DEMO_END_CODES = {BRM1049: 0, BRM10A1: 0, BRM1820: 20} as const;

export async function followDemoJob(
	job: string,
	group: ControlGroup | undefined,
	progress: (step: JobProgress) => void,
	stepMs = demoStepMs(),
	signal?: AbortSignal,
	run: DemoRun = IMMEDIATE_RUN,
): Promise<JobEnd> {
	// Stopped following: the simulated job, like a real one, is not told.
	const wait = async (ms: number) => {
		await new Promise(resolve => setTimeout(resolve, ms));
		if (signal?.aborted) throw new FollowingStopped();
	};
	// With SCDTIME the real job stays on the job queue until that time of day. The demo shows it
	// as scheduled and then releases it after one step: a trainee practising a submission should
	// not have to wait hours for the walk through the entries.
	progress({
		status: '*JOBQ',
		line: run.scheduledAt
			? `Job ${job} is scheduled to start at ${run.scheduledAt} on job queue QBATCH; the demo system starts it now.`
			: `Job ${job} is waiting on job queue QBATCH.`,
	});
	await wait(stepMs);
	if (!group) {
		progress({status: '*OUTQ', line: 'The control group no longer exists on the demo system.'});
		return {outcome: 'endedAbnormally', verdictFrom: 'endCode', endCode: 20, summary: `Job ${job} ended abnormally (end code 20): its control group is gone.`};
	}
	// The BRMS log the demo writes, read back as a host's would be (domain/job-follow.ts).
	const logged: BrmsLogRow[] = [];
	const log = (id: string, text: string) => {
		logged.push({at: String(logged.length).padStart(6, '0'), id, text});
		progress({status: '*ACTIVE', line: `${id}: ${text}`});
	};
	log('BRM1380', `Control group ${group.name} type *BKU processing started.`);
	const {start, end} = run.sequence;
	const entries = group.entries.filter(entry => entry.seq >= start && entry.seq <= end).sort((a, b) => a.seq - b.seq);
	const device = missingDevice(group);
	let failed = 0;
	let ended: 'BRM1820' | undefined;
	for (const entry of entries) {
		await wait(stepMs);
		if (entry.item === EXIT_ITEM) {
			progress({status: '*ACTIVE', line: `Seq ${entry.seq}: Exit ${entry.exitCommand ?? '(no command)'} processed.`});
			continue;
		}
		// IDs from product knowledge [K]: CPF9814 "Device &1 not found.", CPF3781 "Library &1 not found.".
		if (device) {
			log('CPF9814', `Device ${device} not found.`);
			ended = 'BRM1820';
			break;
		}
		if (!itemExists(entry.item, entry.listType)) {
			failed += 1;
			log('CPF3781', `${entry.listType ? 'List' : 'Library'} ${entry.item} not found.`);
			continue;
		}
		progress({status: '*ACTIVE', line: `Seq ${entry.seq}: ${entry.item}${entry.listType ? ` (${entry.listType})` : ''} saved.`});
	}
	await wait(stepMs);
	// BRM10A1 and BRM1820 texts are brms-tui's wording [?]: only the IDs and meanings are verified (brms.md §10.1).
	const endId = ended ?? (failed > 0 ? 'BRM10A1' : 'BRM1049');
	const endText = {
		BRM1049: `Control group ${group.name} type *BKU processing is complete.`,
		BRM10A1: `Control group ${group.name} type *BKU completed with errors.`,
		BRM1820: `Control group ${group.name} type *BKU ended abnormally.`,
	}[endId];
	logged.push({at: String(logged.length).padStart(6, '0'), id: endId, text: endText});
	progress({status: '*OUTQ', line: `${endId}: ${endText}`});
	return readEnd(startFollowing(job, DEMO_SYSTEM_NAME), {
		brmsLog: {rows: logged},
		jobLog: {rows: []},
		endCode: {rows: {endCode: DEMO_END_CODES[endId], from: 'ENDED_JOB_INFO'}},
	}).end;
}

// The demo system's backup jobs. A submitted job is planned as it is submitted — when it leaves
// the job queue, each entry's line, when it takes a tape drive, how it ends — and the plan is
// kept in the demo system's BRMS log (demo-log.ts), so the job "runs" on the demo host whether
// anyone follows it or not: following replays its lines as their times come, `status` reads
// what has happened by now. Lines name the step, not an IBM message ID, except BRM1380 (the
// "probable" start of brms.md §5.3 [?]), the failures a trainer can cause and BRMS's end
// messages (BRM1049, BRM10A1, BRM1820: brms.md §10.1), from which the verdict is read as on a
// real host.
//
// The tape library: TAPMLB01 with two drives, TAP01 and TAP02. A job takes a drive at its first
// entry that writes to tape and keeps it to its end, so two jobs run side by side and a third
// waits for a drive (IBM's advice for the per-server QLTSDOMnn groups, brms.md §7.1, §7.4). The
// wording of the drive lines is brms-tui's (the IDs BRMS uses for a device wait are not known).
// The run honours the submitted command's STRSEQ and SCDTIME (brms.md §5.1).

import {type ControlGroup, type Entry, EXIT_ITEM} from '../../domain/control-group.js';
import {type BrmsLogRow, FollowingStopped, type JobEnd, type JobProgress, type JobStatus, readEnd, startFollowing} from '../../domain/job-follow.js';
import {clParameter, parseStartingSequence, sequenceRange} from '../../domain/strbkubrm.js';

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
/** The tape library and its two drives. */
export const DEMO_TAPE_LIBRARY = {name: 'TAPMLB01', drives: ['TAP01', 'TAP02']} as const;
export const DEMO_DEVICES = [DEMO_TAPE_LIBRARY.name, ...DEMO_TAPE_LIBRARY.drives] as const;

/** A line of a demo job, at its time: a BRMS log row (`logged`) or only the job's status (on the job queue). */
export type DemoLogEvent = {
	/** Milliseconds since the epoch. */
	at: number;
	status: JobStatus;
	/** A message ID, or '' for the demo's own narration of a step. */
	id: string;
	text: string;
	/** 0 for narration and completion messages; 30 and up for errors (counted by `status`). */
	severity: number;
	/** The sequence number of the entry the job is at. */
	entry?: string;
	logged: boolean;
};

/** A tape drive held by a job, from when to when. */
export type DriveUse = {drive: string; job: string; from: number; to: number};

/** One job of the demo host, as its BRMS log keeps it. */
export type DemoJobRecord = {
	job: string;
	group: string;
	submittedAt: number;
	events: DemoLogEvent[];
	drive?: DriveUse;
	endCode: number;
	/** The control group was gone when the job ran: it ended with no BRMS log of its own. */
	groupGone?: boolean;
};

function itemExists(item: string, listType: string | null): boolean {
	if (item.startsWith('*')) return true;
	if (listType !== null) return (DEMO_LISTS as readonly string[]).includes(item);
	if (item.endsWith('*')) return DEMO_LIBRARIES.some(library => library.startsWith(item.slice(0, -1)));
	return (DEMO_LIBRARIES as readonly string[]).includes(item);
}

function namedDevices(group: ControlGroup): string[] {
	const devices = group.attributes['backupDevices'];
	return (Array.isArray(devices) ? devices : devices ? [devices] : []).filter(device => !device.startsWith('*'));
}

/** The first backup device the demo system does not have, if the group names one. */
function missingDevice(group: ControlGroup): string | undefined {
	return namedDevices(group).find(device => !(DEMO_DEVICES as readonly string[]).includes(device));
}

/** The drives a group may write to: those it names, or any drive of the library (the backup policy's device). */
function drivesFor(group: ControlGroup): readonly string[] {
	const named = namedDevices(group);
	if (named.length === 0 || named.includes(DEMO_TAPE_LIBRARY.name)) return DEMO_TAPE_LIBRARY.drives;
	return DEMO_TAPE_LIBRARY.drives.filter(drive => named.includes(drive));
}

/** An entry that writes to tape: a save, or an exit that runs one (SAVDOMBRM, SAVLQPBRM …). */
const writesToTape = (entry: Entry) => entry.item !== EXIT_ITEM || /^SAV/.test(entry.exitCommand ?? '');

/** An online Lotus save takes longer than the other steps, so jobs side by side overlap visibly. */
const weightOf = (entry: Entry) => (entry.item === EXIT_ITEM && /^SAVDOMBRM\b/.test(entry.exitCommand ?? '') ? 3 : 1);

// The job's end by its last BRMS message, as the demo system ends it: BRM10A1 still ends the
// job normally (brms.md §10.1: a job can end with end code 0 after a BRM10A1); BRM1820 is an
// escape that ends the batch job abnormally (end code 20, the demo's choice).
const END_CODES = {BRM1049: 0, BRM10A1: 0, BRM1820: 20} as const;
type EndId = keyof typeof END_CODES;
const END_SEVERITY: Readonly<Record<EndId, number>> = {BRM1049: 0, BRM10A1: 30, BRM1820: 40};

/** What a failing exit logs (the demo's history uses it; a trainer's runs have no failing exits). */
export type ExitFailure = {seq: number; messages: ReadonlyArray<{id: string; text: string; severity: number}>};

export type PlanInput = {
	job: string;
	/** The group as the host holds it when the job runs; undefined: it is gone. */
	group: ControlGroup | undefined;
	run: DemoRun;
	submittedAt: number;
	stepMs: number;
	/** The drives other jobs hold (or will hold). */
	drivesInUse: readonly DriveUse[];
	/** false: take a drive at once even if it is in use (a run in the session, SBMJOB(*NO), is not kept waiting). */
	mayWait?: boolean;
	failingExits?: readonly ExitFailure[];
};

type Step = Omit<DemoLogEvent, 'at'> & {weight: number};

/** The lines of the run, each with its length in steps, before any time is set. */
function stepsOf(group: ControlGroup, run: DemoRun, failingExits: readonly ExitFailure[]) {
	const steps: Step[] = [];
	const line = (entry: Entry | undefined, text: string, id = '', severity = 0, weight = 1): Step => ({
		status: '*ACTIVE',
		id,
		text,
		severity,
		...(entry ? {entry: String(entry.seq)} : {}),
		logged: true,
		weight,
	});
	const {start, end} = run.sequence;
	const entries = group.entries.filter(entry => entry.seq >= start && entry.seq <= end).sort((a, b) => a.seq - b.seq);
	const device = missingDevice(group);
	let failed = 0;
	let exitsFailed = 0;
	let ended: 'BRM1820' | undefined;
	/** Index of the step before which the job needs a tape drive. */
	let tapeAt: number | undefined;
	for (const entry of entries) {
		if (writesToTape(entry)) {
			// IDs from product knowledge [K]: CPF9814 "Device &1 not found.", CPF3781 "Library &1 not found.".
			if (device) {
				steps.push(line(entry, `Device ${device} not found.`, 'CPF9814', 40));
				ended = 'BRM1820';
				break;
			}
			tapeAt ??= steps.length;
		}
		if (entry.item === EXIT_ITEM) {
			const failure = failingExits.find(each => each.seq === entry.seq);
			if (failure) {
				exitsFailed += 1;
				steps.push(...failure.messages.map((each, index) => line(entry, each.text, each.id, each.severity, index === 0 ? weightOf(entry) : 0)));
			} else steps.push(line(entry, `Seq ${entry.seq}: Exit ${entry.exitCommand ?? '(no command)'} processed.`, '', 0, weightOf(entry)));
			continue;
		}
		if (!itemExists(entry.item, entry.listType)) {
			failed += 1;
			steps.push(line(entry, `${entry.listType ? 'List' : 'Library'} ${entry.item} not found.`, 'CPF3781', 30));
			continue;
		}
		steps.push(line(entry, `Seq ${entry.seq}: ${entry.item}${entry.listType ? ` (${entry.listType})` : ''} saved.`));
	}
	// BRM4116: one or more *EXIT commands failed (brms.md §5.3, §10.5 [V]); its wording here is brms-tui's.
	if (exitsFailed > 0) steps.push({...line(undefined, 'One or more *EXIT commands failed.', 'BRM4116', 30), weight: 0});
	// BRM10A1 and BRM1820 texts are brms-tui's wording [?]: only the IDs and meanings are verified (brms.md §10.1).
	const endId: EndId = ended ?? (failed + exitsFailed > 0 ? 'BRM10A1' : 'BRM1049');
	const endText = {
		BRM1049: `Control group ${group.name} type *BKU processing is complete.`,
		BRM10A1: `Control group ${group.name} type *BKU completed with errors.`,
		BRM1820: `Control group ${group.name} type *BKU ended abnormally.`,
	}[endId];
	steps.push({status: '*OUTQ', id: endId, text: endText, severity: END_SEVERITY[endId], logged: true, weight: 1});
	return {steps, tapeAt, endId};
}

/** The earliest time from `from` on when one of the drives is free for `length` ms, and which. */
function freeDrive(drives: readonly string[], uses: readonly DriveUse[], from: number, length: number): {drive: string; at: number} {
	const fits = (drive: string, at: number) => uses.every(use => use.drive !== drive || use.to <= at || use.from >= at + Math.max(length, 1));
	const times = [from, ...uses.filter(use => use.to > from).map(use => use.to)].sort((a, b) => a - b);
	for (const at of times) {
		const drive = drives.find(each => fits(each, at));
		if (drive) return {drive, at};
	}
	return {drive: drives[0]!, at: from};
}

/** The whole run of a job, planned as it is submitted. */
export function planDemoJob({job, group, run, submittedAt, stepMs, drivesInUse, mayWait = true, failingExits = []}: PlanInput): DemoJobRecord {
	// With SCDTIME the real job stays on the job queue until that time of day. The demo shows it
	// as scheduled and then releases it after one step: a trainee practising a submission should
	// not have to wait hours for the walk through the entries.
	const queued: DemoLogEvent = {
		at: submittedAt,
		status: '*JOBQ',
		id: '',
		text: run.scheduledAt
			? `Job ${job} is scheduled to start at ${run.scheduledAt} on job queue QBATCH; the demo system starts it now.`
			: `Job ${job} is waiting on job queue QBATCH.`,
		severity: 0,
		logged: false,
	};
	let at = submittedAt + stepMs;
	if (!group) {
		const gone: DemoLogEvent = {at, status: '*OUTQ', id: '', text: 'The control group no longer exists on the demo system.', severity: 0, logged: false};
		return {job, group: /\/([^/]+)$/.exec(job)?.[1] ?? '', submittedAt, events: [queued, gone], endCode: 20, groupGone: true};
	}
	const {steps, tapeAt, endId} = stepsOf(group, run, failingExits);
	const events: DemoLogEvent[] = [
		queued,
		{at, status: '*ACTIVE', id: 'BRM1380', text: `Control group ${group.name} type *BKU processing started.`, severity: 0, logged: true},
	];
	let drive: DriveUse | undefined;
	for (const [index, {weight, ...step}] of steps.entries()) {
		if (index === tapeAt) {
			// The job holds the drive from here to its end.
			const holds = steps.slice(index).reduce((sum, each) => sum + each.weight, 0) * stepMs;
			const uses = mayWait ? drivesInUse : [];
			const free = freeDrive(drivesFor(group), uses, at, holds);
			if (free.at > at) {
				const holders = drivesInUse
					.filter(use => use.from <= at && use.to > at && drivesFor(group).includes(use.drive))
					.map(use => `${use.drive} by job ${use.job}`);
				events.push({
					at,
					status: '*ACTIVE',
					id: '',
					text: `Waiting for a tape drive of ${DEMO_TAPE_LIBRARY.name}: ${holders.length > 0 ? `in use (${holders.join(', ')})` : 'all in use'}.`,
					severity: 0,
					...(step.entry ? {entry: step.entry} : {}),
					logged: true,
				});
				at = free.at;
			}
			drive = {drive: free.drive, job, from: at, to: at + holds};
			events.push({
				at,
				status: '*ACTIVE',
				id: '',
				text: `Tape drive ${free.drive} of ${DEMO_TAPE_LIBRARY.name} allocated.`,
				severity: 0,
				...(step.entry ? {entry: step.entry} : {}),
				logged: true,
			});
		}
		at += weight * stepMs;
		events.push({...step, at});
	}
	return {job, group: group.name, submittedAt, events, ...(drive ? {drive} : {}), endCode: END_CODES[endId]};
}

/** A time as BRMS_LOG_INFO's CHAR(MESSAGE_TIMESTAMP) gives it, in local time: yyyy-mm-dd-hh.mm.ss.nnnnnn. */
export function brmsTimestamp(ms: number): string {
	const time = new Date(ms);
	const two = (value: number) => String(value).padStart(2, '0');
	const date = `${time.getFullYear()}-${two(time.getMonth() + 1)}-${two(time.getDate())}`;
	return `${date}-${two(time.getHours())}.${two(time.getMinutes())}.${two(time.getSeconds())}.${String(time.getMilliseconds() * 1000).padStart(6, '0')}`;
}

/** The run's BRMS log rows that have happened by `now`. */
export function loggedRows(record: DemoJobRecord, now: number): BrmsLogRow[] {
	return record.events.filter(event => event.logged && event.at <= now).map(event => ({at: brmsTimestamp(event.at), id: event.id, text: event.text}));
}

const lineOf = (event: DemoLogEvent) => (event.id ? `${event.id}: ${event.text}` : event.text);

/**
 * Follows a planned job: each line as its time comes (at once when it has already happened),
 * then BRMS's verdict read from the BRMS log rows as on a real host (domain/job-follow.ts).
 * Stopping the following does not stop the job: its plan stands.
 */
export async function followDemoRecord(
	record: DemoJobRecord,
	systemName: string,
	progress: (step: JobProgress) => void,
	signal?: AbortSignal,
): Promise<JobEnd> {
	for (const event of record.events) {
		const wait = event.at - Date.now();
		if (wait > 0) await new Promise(resolve => setTimeout(resolve, wait));
		if (signal?.aborted) throw new FollowingStopped();
		progress({status: event.status, line: lineOf(event), ...(event.entry ? {entry: event.entry} : {})});
	}
	const {job} = record;
	if (record.groupGone)
		return {outcome: 'endedAbnormally', verdictFrom: 'endCode', endCode: 20, summary: `Job ${job} ended abnormally (end code 20): its control group is gone.`};
	return readEnd(startFollowing(job, systemName), {
		brmsLog: {rows: loggedRows(record, Number.POSITIVE_INFINITY).filter(row => row.id !== '')},
		jobLog: {rows: []},
		endCode: {rows: {endCode: record.endCode, from: 'ENDED_JOB_INFO'}},
	}).end;
}

// The demo system's BRMS log: every job the demo host ran or runs (its planned lines, the tape
// drive it holds), kept in demo-brms-log.json beside the store (written by the demo host only,
// as the stores are: the file is handed in by cli/system.ts, which may use the store), so a job goes on after the command that submitted it has ended, `status` reads
// the last run of each group from it, and option 5 on Backup Status its lines. A new log starts
// with a history of past nights (demo-history.ts), so `status` shows something real at once;
// it is written only when the demo host runs a job (reading, as `status` does, writes nothing).

import type {LastRunRow, StatusQuery} from '../../domain/backup-status.js';
import {compareNames} from '../../domain/control-group.js';
import {END_MESSAGES} from '../../domain/job-follow.js';
import {brmsTimestamp, type DemoJobRecord, type DriveUse} from './demo-job.js';

export type DemoBrmsLog = {
	/** Every job, oldest first. */
	jobs(): DemoJobRecord[];
	add(record: DemoJobRecord): void;
	/** The next job number (unique on this demo host, across brms-tui runs). */
	takeJobNumber(): number;
};

/** The demo's first submitted job number (its history's jobs come before it). */
export const FIRST_JOB_NUMBER = 654_321;
/** The log keeps this many jobs, as BRMS's maintenance (STRMNTBRM) prunes its log. */
const KEPT = 500;

export class DemoLogDamaged extends Error {
	constructor(readonly path: string) {
		super(`The demo system's BRMS log ${path} is damaged. It was left as it is; move it away and the demo starts a new one.`);
	}
}

type LogDocument = {format: 'brms-tui-demo-log'; version: 1; nextJob: number; jobs: DemoJobRecord[]};

const isDocument = (value: unknown): value is LogDocument =>
	typeof value === 'object' &&
	value !== null &&
	(value as LogDocument).format === 'brms-tui-demo-log' &&
	Number.isSafeInteger((value as LogDocument).nextJob) &&
	Array.isArray((value as LogDocument).jobs);

/** The log in memory (tests, and a demo host made without a store). */
export function memoryBrmsLog(history: readonly DemoJobRecord[] = []): DemoBrmsLog {
	const jobs = [...history];
	let next = FIRST_JOB_NUMBER;
	return {jobs: () => [...jobs], add: record => void jobs.push(record), takeJobNumber: () => next++};
}

/** Where the log is kept: its text (undefined while there is none), and a change of it made whole, under a lock. */
export type DemoLogFile = {path: string; read(): string | undefined; update(change: (current: string | undefined) => string): void};

/** `history` starts a new log. */
export function demoBrmsLog(file: DemoLogFile, history: () => DemoJobRecord[]): DemoBrmsLog {
	const parse = (text: string | undefined): LogDocument => {
		if (text === undefined) return {format: 'brms-tui-demo-log', version: 1, nextJob: FIRST_JOB_NUMBER, jobs: history()};
		let document: unknown;
		try {
			document = JSON.parse(text);
		} catch {
			throw new DemoLogDamaged(file.path);
		}
		if (!isDocument(document)) throw new DemoLogDamaged(file.path);
		return document;
	};
	const change = (update: (document: LogDocument) => LogDocument) => file.update(current => JSON.stringify(update(parse(current))));
	return {
		jobs: () => parse(file.read()).jobs,
		add: record => change(document => ({...document, jobs: [...document.jobs, record].slice(-KEPT)})),
		takeJobNumber: () => {
			let number = FIRST_JOB_NUMBER;
			change(document => {
				number = document.nextJob;
				return {...document, nextJob: document.nextJob + 1};
			});
			return number;
		},
	};
}

/** The drives the jobs hold or will hold. */
export function drivesInUse(jobs: readonly DemoJobRecord[]): DriveUse[] {
	return jobs.flatMap(job => (job.drive ? [job.drive] : []));
}

const isEnd = (id: string) => id in END_MESSAGES;

/**
 * The last run of each group as the log shows it at `now` — what the SQL of
 * host/ibmi/status-query.ts asks BRMS_LOG_INFO on a real host: a run is a BRM1380 logged by now
 * (since the time asked, if any), its end message if logged by now, the job's status while it
 * has none, and its lines of severity 30 and up.
 */
export function demoLastRuns(jobs: readonly DemoJobRecord[], query: StatusQuery, now: number): LastRunRow[] {
	const since = query.sinceSeconds === undefined ? Number.NEGATIVE_INFINITY : now - query.sinceSeconds * 1000;
	const latest = new Map<string, {record: DemoJobRecord; started: number}>();
	for (const record of jobs) {
		const start = record.events.find(event => event.id === 'BRM1380' && event.at <= now);
		if (!start || start.at < since) continue;
		if (query.groups.length > 0 && !query.groups.includes(record.group)) continue;
		const known = latest.get(record.group);
		if (!known || start.at >= known.started) latest.set(record.group, {record, started: start.at});
	}
	return [...latest.values()]
		.map(({record, started}) => {
			const happened = record.events.filter(event => event.logged && event.at <= now);
			const end = happened.findLast(event => isEnd(event.id));
			const last = record.events.at(-1)?.at ?? started;
			return {
				group: record.group,
				job: record.job,
				started: brmsTimestamp(started),
				ended: end ? brmsTimestamp(end.at) : null,
				endMessage: end?.id ?? null,
				jobStatus: end ? null : last > now ? '*ACTIVE' : null,
				errors: happened.filter(event => event.severity >= 30 && !isEnd(event.id)).length,
			};
		})
		.sort((a, b) => compareNames(a.group, b.group));
}

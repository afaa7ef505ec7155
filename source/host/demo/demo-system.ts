// The built-in demo system: a simulated IBM i whose BRMS holds the shipped control groups and
// IBM's online Lotus/Domino backup strategy. `--system demo`, and the default when no system is
// configured, so trainees can practise without touching a production host.

import {demoControlGroups} from '../../domain/catalog.js';
import type {ControlGroup} from '../../domain/control-group.js';
import {addJobScheduleEntryCommand, type ScheduledJob, scheduledJobOf} from '../../domain/job-schedule.js';
import {message} from '../../domain/messages.js';
import {clParameter} from '../../domain/strbkubrm.js';
import type {BrmsHost} from '../host.js';
import {demoRunCommand} from './demo-commands.js';
import {demoHistory} from './demo-history.js';
import {type DemoJobRecord, demoStepMs, followDemoRecord, IMMEDIATE_RUN, loggedRows, planDemoJob} from './demo-job.js';
import {type DemoBrmsLog, demoLastRuns, drivesInUse, memoryBrmsLog} from './demo-log.js';
import type {DemoJobSchedule} from './job-schedule.js';

export const DEMO_SYSTEM_ID = 'demo';
export const DEMO_SYSTEM_NAME = 'BRMSDEMO';

/**
 * `groups` are the demo host's own definitions: what the trainee stored for it; `schedule` is
 * its job scheduler, where ADDJOBSCDE records its entries (none: entries are not kept); `log` its
 * BRMS log, where every job it runs is kept (in memory, with its history, when not given).
 */
export function createDemoSystem(
	groups: () => ControlGroup[] = demoControlGroups,
	schedule?: DemoJobSchedule,
	log: DemoBrmsLog = memoryBrmsLog(demoHistory()),
): BrmsHost {
	/** The job as the log keeps it; a job it does not know (a host made anew) is planned as it is followed. */
	const recordOf = (job: string): DemoJobRecord => {
		const known = log.jobs().find(each => each.job === job);
		if (known) return known;
		const name = job.split('/')[2] ?? '';
		const group = groups().find(each => each.name === name || each.name === `*${name.slice(1)}`);
		return planDemoJob({job, group, run: IMMEDIATE_RUN, submittedAt: Date.now(), stepMs: demoStepMs(), drivesInUse: drivesInUse(log.jobs())});
	};
	const followJob: BrmsHost['followJob'] = (job, progress, signal) => followDemoRecord(recordOf(job), DEMO_SYSTEM_NAME, progress, signal);
	return {
		systemName: DEMO_SYSTEM_NAME,
		kind: 'demo',
		runCommand: async clCommand => demoRunCommand(clCommand, groups, log, demoStepMs()),
		addJobScheduleEntry: async entry => {
			const command = addJobScheduleEntryCommand(entry);
			const group = clParameter(command, 'CTLGRP') ?? '';
			if (!groups().some(each => each.name === group)) {
				const {id, text} = message('demoGroupNotFound', group);
				return {command, outcome: 'completed', exitCode: 1, messages: [{id, text, stream: 'stderr'}]};
			}
			schedule?.add(entry.job, command);
			// CPC1238 is IBM i's completion message of ADDJOBSCDE from product knowledge [K], not in the spec.
			const number = String(schedule?.list().length ?? 1).padStart(6, '0');
			return {
				command,
				outcome: 'completed',
				exitCode: 0,
				messages: [{id: 'CPC1238', text: `Job schedule entry ${entry.job} number ${number} added.`, stream: 'stdout'}],
			};
		},
		// What option 6 added to its scheduler, as the host's job schedule shows it.
		listScheduledJobs: async () => ({
			ok: true,
			jobs: (schedule?.list() ?? []).flatMap((each): ScheduledJob[] => {
				const job = scheduledJobOf(each.command);
				return job ? [job] : [];
			}),
		}),
		followJob,
		followJobs: async (jobs, onEvent, signal) => {
			await Promise.all(jobs.map(job => followJob(job, step => onEvent({job, step}), signal).then(end => onEvent({job, end}))));
		},
		lastRuns: async query => ({rows: demoLastRuns(log.jobs(), query, Date.now())}),
		runLog: async ({job, start}) => {
			const record = log.jobs().find(each => each.job === job);
			const from = start.replace('T', '-').replaceAll(':', '.');
			return {rows: record ? loggedRows(record, Date.now()).filter(row => row.at >= from) : []};
		},
		close: () => {},
	};
}

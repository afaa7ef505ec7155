// The built-in demo system: a simulated IBM i whose BRMS holds the shipped control groups and
// IBM's online Lotus/Domino backup strategy. `--system demo`, and the default when no system is
// configured, so trainees can practise without touching a production host.

import {demoControlGroups} from '../../domain/catalog.js';
import type {ControlGroup} from '../../domain/control-group.js';
import {addJobScheduleEntryCommand, type ScheduledJob, scheduledJobOf} from '../../domain/job-schedule.js';
import {message} from '../../domain/messages.js';
import {clParameter, submittedJob} from '../../domain/strbkubrm.js';
import type {BrmsHost} from '../host.js';
import {demoRunCommand} from './demo-commands.js';
import {type DemoRun, demoRunOf, demoStepMs, followDemoJob, IMMEDIATE_RUN} from './demo-job.js';
import type {DemoJobSchedule} from './job-schedule.js';

export const DEMO_SYSTEM_ID = 'demo';
export const DEMO_SYSTEM_NAME = 'BRMSDEMO';

/**
 * `groups` are the demo host's own definitions: what the trainee stored for it; `schedule` is
 * its job scheduler, where ADDJOBSCDE records its entries (none: entries are not kept).
 */
export function createDemoSystem(groups: () => ControlGroup[] = demoControlGroups, schedule?: DemoJobSchedule): BrmsHost {
	// followJob gets only the job's name; the STRSEQ and SCDTIME of the command that submitted it
	// are kept here, by job, as a real host keeps them with the job.
	const runs = new Map<string, DemoRun>();
	return {
		systemName: DEMO_SYSTEM_NAME,
		kind: 'demo',
		runCommand: async clCommand => {
			const run = demoRunCommand(clCommand, groups);
			const job = submittedJob(run.messages);
			if (job) runs.set(job, demoRunOf(clCommand));
			return run;
		},
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
		followJob: (job, progress, signal) => {
			// The demo names the job after the group (a shipped *NAME becomes QNAME).
			const name = job.split('/')[2] ?? '';
			return followDemoJob(
				job,
				groups().find(group => group.name === name || group.name === `*${name.slice(1)}`),
				progress,
				demoStepMs(),
				signal,
				runs.get(job) ?? IMMEDIATE_RUN,
			);
		},
		close: () => {},
	};
}

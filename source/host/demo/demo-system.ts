// The built-in demo system: a simulated IBM i whose BRMS holds the shipped control groups and
// IBM's online Lotus/Domino backup strategy. `--system demo`, and the default when no system is
// configured, so trainees can practise without touching a production host.

import {demoControlGroups} from '../../domain/catalog.js';
import type {ControlGroup} from '../../domain/control-group.js';
import {submittedJob} from '../../domain/strbkubrm.js';
import type {BrmsHost} from '../host.js';
import {demoRunCommand} from './demo-commands.js';
import {type DemoRun, demoRunOf, demoStepMs, followDemoJob, IMMEDIATE_RUN} from './demo-job.js';

export const DEMO_SYSTEM_ID = 'demo';
export const DEMO_SYSTEM_NAME = 'BRMSDEMO';

/** `groups` are the demo host's own definitions: what the trainee stored for it. */
export function createDemoSystem(groups: () => ControlGroup[] = demoControlGroups): BrmsHost {
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

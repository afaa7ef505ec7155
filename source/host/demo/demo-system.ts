// The built-in demo system: a simulated IBM i whose BRMS holds the shipped control groups and
// IBM's online Lotus/Domino backup strategy. `--system demo`, and the default when no system is
// configured, so trainees can practise without touching a production host.

import type {BrmsHost} from '../host.js';
import {demoControlGroups} from './seed-groups.js';
import {demoRunCommand} from './demo-commands.js';
import {demoStepMs, followDemoJob} from './demo-job.js';
import type {ControlGroup} from '../../domain/control-group.js';

export const DEMO_SYSTEM_ID = 'demo';
export const DEMO_SYSTEM_NAME = 'BRMSDEMO';

/** `groups` are the demo host's own definitions: what the trainee stored for it. */
export function createDemoSystem(groups: () => ControlGroup[] = demoControlGroups): BrmsHost {
	return {
		systemName: DEMO_SYSTEM_NAME,
		kind: 'demo',
		initialControlGroups: demoControlGroups,
		runCommand: async clCommand => demoRunCommand(clCommand, groups),
		followJob: (job, progress, signal) => {
			// The demo names the job after the group (a shipped *NAME becomes QNAME).
			const name = job.split('/')[2] ?? '';
			return followDemoJob(job, groups().find(group => group.name === name || group.name === `*${name.slice(1)}`), progress, demoStepMs(), signal);
		},
		close: () => {},
	};
}

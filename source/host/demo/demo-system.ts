// The built-in demo system: a simulated IBM i whose BRMS holds the shipped control groups and
// IBM's online Lotus/Domino backup strategy. `--system demo`, and the default when no system is
// configured, so trainees can practise without touching a production host.

import type {BrmsHost} from '../host.js';
import {demoControlGroups} from './seed-groups.js';

export const DEMO_SYSTEM_ID = 'demo';
export const DEMO_SYSTEM_NAME = 'BRMSDEMO';

export function createDemoSystem(): BrmsHost {
	return {
		systemName: DEMO_SYSTEM_NAME,
		kind: 'demo',
		initialControlGroups: demoControlGroups,
	};
}

// A real IBM i reached over SSH, as far as brms-tui goes so far: its name on line 1 and the
// groups a new local store starts from. BRMS offers no supported way to read a group's
// definition (brms.md §6), so that is what BRMS ships. Running commands over ssh2 comes next.

import type {BrmsHost} from './host.js';
import {shippedControlGroups} from './demo/seed-groups.js';

export function sshSystem(profile: {name: string}): BrmsHost {
	return {systemName: profile.name.toUpperCase().slice(0, 8), kind: 'ssh', initialControlGroups: shippedControlGroups};
}

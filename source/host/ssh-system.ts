// A real IBM i reached over SSH: its name on line 1, the groups a new local store starts from
// (BRMS offers no supported way to read a group's definition, brms.md §6, so what BRMS ships),
// and CL commands run through the PASE system utility over ssh2.

import {parseMessages, systemExecLine} from '../domain/strbkubrm.js';
import type {BrmsHost} from './host.js';
import {shippedControlGroups} from './demo/seed-groups.js';
import {runOverSsh, type SshSecrets, type SshTarget, type SshTimeouts, type SshTrust} from './ssh-transport.js';

export type SshAccess = {target: SshTarget; trust: SshTrust; secrets: SshSecrets; timeouts?: SshTimeouts};

export function sshSystem(profile: {name: string}, access?: SshAccess): BrmsHost {
	return {
		systemName: profile.name.toUpperCase().slice(0, 8),
		kind: 'ssh',
		initialControlGroups: shippedControlGroups,
		async runCommand(clCommand) {
			if (!access) throw new Error(`System ${profile.name} was opened without SSH access.`);
			const run = await runOverSsh(access.target, access.trust, access.secrets, systemExecLine(clCommand), access.timeouts);
			const messages = [...parseMessages(run.stdout, 'stdout'), ...parseMessages(run.stderr, 'stderr')];
			return {outcome: run.outcome, exitCode: run.exitCode, messages, ...(run.reason ? {reason: run.reason} : {})};
		},
	};
}

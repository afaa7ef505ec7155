// A real IBM i reached over SSH: its name on line 1, CL commands run through the PASE system utility, and a submitted job followed over the same
// connection (one session, opened on first use, ended by close()).

import {parseMessages, systemExecLine} from '../domain/strbkubrm.js';
import type {BrmsHost} from './host.js';
import {type FollowTiming, followOverSsh, followTiming} from './ssh-job-follow.js';
import {openSshSession, type SshSecrets, type SshSession, type SshTarget, type SshTimeouts, type SshTrust} from './ssh-transport.js';

export type SshAccess = {target: SshTarget; trust: SshTrust; secrets: SshSecrets; timeouts?: SshTimeouts; follow?: FollowTiming};

export function sshSystem(profile: {name: string}, access?: SshAccess): BrmsHost {
	let session: Promise<SshSession> | undefined;
	const connected = async (): Promise<SshSession> => {
		if (!access) throw new Error(`System ${profile.name} was opened without SSH access.`);
		// A refused sign-on is not kept: the next command tries again (the key may be accepted then).
		session ??= openSshSession(access.target, access.trust, access.secrets, access.timeouts).catch(error => {
			session = undefined;
			throw error;
		});
		const open = await session;
		if (!open.closed) return open;
		session = undefined;
		return connected();
	};
	return {
		systemName: profile.name.toUpperCase().slice(0, 8),
		kind: 'ssh',
		async runCommand(clCommand) {
			const run = await (await connected()).exec(systemExecLine(clCommand));
			const messages = [...parseMessages(run.stdout, 'stdout'), ...parseMessages(run.stderr, 'stderr')];
			return {outcome: run.outcome, exitCode: run.exitCode, messages, ...(run.reason ? {reason: run.reason} : {})};
		},
		async followJob(job, progress, signal) {
			// Over the connection the command ran on; if it is gone, following says so.
			const open = session ? await session.catch(() => undefined) : undefined;
			if (!open || open.closed)
				return {outcome: 'unknown', summary: `Outcome unknown (job ${job}): the connection to ${profile.name} ended. Check the job on the host.`};
			return followOverSsh(open, job, progress, access?.follow ?? followTiming(), signal);
		},
		close() {
			void session?.then(
				open => open.close(),
				() => {},
			);
			session = undefined;
		},
	};
}

// How brms-tui reaches a system's SSH host: the profile's address and key, the known_hosts files
// to check, and who answers when the host key is unknown or a password is wanted — the terminal
// (and --accept-host-key) for commands run from a shell, a question window in the full-screen app.

import {homedir} from 'node:os';
import {dirname, join} from 'node:path';
import {createInterface} from 'node:readline';
import {DEMO_SYSTEM_ID} from '../host/demo/demo-system.js';
import {followTiming} from '../host/ssh-job-follow.js';
import type {SshAccess} from '../host/ssh-system.js';
import {type SystemProfile, SystemsStore} from '../store/systems-store.js';
import type {Question} from '../ui/panel/panel.js';
import {safeText} from '../ui/screen/safe-text.js';
import {type OpenSystem, openSystem} from './system.js';

/**
 * One answer typed on the terminal (stderr carries the question, so stdout stays for results).
 * The question goes through readline itself: written beside it, readline's first redraw would
 * erase it. A hidden answer echoes nothing. Ctrl+C gives no answer (undefined): the key is not
 * accepted, the password not given.
 */
function askOnTerminal(question: string, hidden = false): Promise<string | undefined> {
	return new Promise(resolve => {
		const reader = createInterface({input: process.stdin, output: process.stderr, terminal: true});
		const write = (reader as unknown as {_writeToOutput: (text: string) => void})._writeToOutput.bind(reader);
		// Hidden: the question is shown, what is typed is not.
		if (hidden)
			(reader as unknown as {_writeToOutput: (text: string) => void})._writeToOutput = text => (text.startsWith(question) ? write(question) : undefined);
		let answered = false;
		reader.on('SIGINT', () => {
			answered = true;
			reader.close();
			process.stderr.write('\n');
			resolve(undefined);
		});
		reader.question(question, answer => {
			answered = true;
			reader.close();
			if (hidden) process.stderr.write('\n');
			resolve(answer);
		});
		reader.on('close', () => answered || resolve(undefined));
	});
}

function profileAccess(
	profile: SystemProfile,
	env: NodeJS.ProcessEnv,
): Pick<SshAccess, 'target' | 'follow'> & {knownHostsFiles: string[]; ownKnownHosts: string} {
	const own = join(dirname(new SystemsStore(env).path), 'known_hosts');
	return {
		follow: followTiming(env),
		target: {host: profile.host, port: profile.port, user: profile.user, ...(profile.keyPath ? {keyPath: profile.keyPath} : {})},
		knownHostsFiles: [join(homedir(), '.ssh', 'known_hosts'), ...(profile.knownHostsPath ? [profile.knownHostsPath] : []), own],
		ownKnownHosts: own,
	};
}

/** For a command run from a shell: an unknown key is accepted with --accept-host-key or a yes on the terminal. */
export function terminalSshAccess(profile: SystemProfile, acceptHostKey: string | undefined, env: NodeJS.ProcessEnv = process.env): SshAccess {
	const {target, follow, knownHostsFiles, ownKnownHosts} = profileAccess(profile, env);
	const interactive = Boolean(process.stdin.isTTY);
	return {
		target,
		follow,
		// ssh2's sign-on timer runs while the operator reads a fingerprint or types a password.
		...(interactive ? {timeouts: {readyMs: 120_000}} : {}),
		trust: {
			knownHostsFiles,
			ownKnownHosts,
			acceptUnknownKey: async ({keyType, fingerprint}) => {
				if (acceptHostKey) return acceptHostKey === fingerprint;
				process.stderr.write(`${safeText(`The host key of ${profile.host} is not known: ${keyType} ${fingerprint}`)}\n`);
				if (!interactive) {
					process.stderr.write(
						`Check it on the host (ssh-keygen -lf /QOpenSys/etc/ssh/ssh_host_*_key.pub), then run again with --accept-host-key ${fingerprint}\n`,
					);
					return false;
				}
				return /^(yes|y)$/i.test((await askOnTerminal('Accept this key and remember it? (yes/no) '))?.trim() ?? '');
			},
		},
		// A password is asked for on a terminal only, never stored, never logged.
		secrets: interactive ? {password: prompt => askOnTerminal(prompt, true)} : {},
	};
}

/**
 * For a report that asks several systems at once (`status --all`): nobody is asked anything — an
 * unknown host key is not accepted and no password is asked for (the system's row says so);
 * sign-on and the query each wait at most `limitMs`.
 */
export function quietSshAccess(profile: SystemProfile, limitMs: number, env: NodeJS.ProcessEnv = process.env): SshAccess {
	const {target, follow, knownHostsFiles, ownKnownHosts} = profileAccess(profile, env);
	return {
		target,
		follow,
		timeouts: {readyMs: limitMs, commandMs: limitMs},
		trust: {knownHostsFiles, ownKnownHosts, acceptUnknownKey: async () => false},
		secrets: {},
	};
}

/** A system opened for a command run from a shell: its SSH host (if any) asks on the terminal. */
export function openSystemOnTerminal(system: string | undefined, acceptHostKey: string | undefined, env: NodeJS.ProcessEnv = process.env): OpenSystem {
	const profile = system && system.toLowerCase() !== DEMO_SYSTEM_ID ? new SystemsStore(env).get(system) : undefined;
	return openSystem(system, env, profile ? terminalSshAccess(profile, acceptHostKey, env) : undefined);
}

/** Whoever can ask the operator right now (the running task's ask), if anyone. */
export type OperatorAsk = () => ((question: Question) => Promise<string | undefined>) | undefined;

/**
 * For the full-screen app: an unknown host key and a password are asked for in a window over
 * the panel. Sign-on waits up to two minutes, since an operator is reading a fingerprint.
 */
export function panelSshAccess(profile: SystemProfile, asker: OperatorAsk, env: NodeJS.ProcessEnv = process.env): SshAccess {
	const {target, follow, knownHostsFiles, ownKnownHosts} = profileAccess(profile, env);
	const ask = (question: Question) => asker()?.(question) ?? Promise.resolve(undefined);
	return {
		target,
		follow,
		timeouts: {readyMs: 120_000},
		trust: {
			knownHostsFiles,
			ownKnownHosts,
			acceptUnknownKey: async ({keyType, fingerprint}) => {
				const answer = await ask({
					title: 'Verify Host Key',
					lines: [
						`The host key of ${profile.host} is not known:`,
						`  ${keyType} ${fingerprint}`,
						'Compare it on the host: ssh-keygen -lf /QOpenSys/etc/ssh/ssh_host_*_key.pub',
						'Type YES to accept the key and remember it. F12 refuses;',
						'nothing is sent to a host whose key is not accepted.',
					],
					label: 'Accept the key',
					length: 3,
				});
				return answer?.trim().toUpperCase() === 'YES';
			},
		},
		// A password (only when the server offers it) or a key's passphrase; never stored, never logged.
		secrets: {
			password: prompt =>
				ask({
					title: `Sign On to ${profile.name.toUpperCase()}`,
					lines: [`${profile.user}@${profile.host}`, prompt.trim()],
					label: /passphrase/i.test(prompt) ? 'Key passphrase' : 'Password',
					length: 40,
					hidden: true,
				}),
		},
	};
}

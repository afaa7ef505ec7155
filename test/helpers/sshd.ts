// A real OpenSSH sshd on 127.0.0.1 playing an IBM i (ibmi-ssh.md §5.2): throwaway host and
// client keys, a ForceCommand that records the exact command line and runs it through the shell
// with /QOpenSys/usr/bin/system and /QOpenSys/usr/bin/qsh mapped to the stand-in IBM i of
// test/fixtures/ibmi (bundled here into one file node starts quickly). A test picks its scenario
// with scenario(); a banner in it is printed by the "login profile" before every command.
// Started by the test, stopped by its PID.

import {type ChildProcess, execFileSync, spawn} from 'node:child_process';
import {chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {type AddressInfo, createServer} from 'node:net';
import {tmpdir, userInfo} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';
import type {Scenario} from '../fixtures/ibmi/stand-in.js';

export const SSHD = '/usr/sbin/sshd';

const STAND_IN = fileURLToPath(new URL('../fixtures/ibmi/main.ts', import.meta.url));

async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	const {port} = server.address() as AddressInfo;
	await new Promise(resolve => server.close(resolve));
	return port;
}

/**
 * `hostKeys`: the server's host key types (ed25519 and RSA unless said: an impostor may have only ECDSA).
 * `loginShellStartup`: whether the account's login shell reads its start-up files for each
 * command, as it does for an ordinary account (sshd runs a command as `$SHELL -c`, and bash reads
 * ~/.bashrc when run by sshd). Off for the tests: an IBM i's PASE shell reads no ~/.bashrc, and
 * on this machine root's (pyenv init) cost 0.5 s of CPU per connection — about 0.6 of the 0.7 s
 * each connection cost in all, the biggest item of the SSH tests. The bench keeps it, as the
 * figures of its `ssh host cmd` baseline were taken (README, Benchmarks).
 */
export async function startSshd({
	hostKeys = ['ed25519', 'rsa'],
	loginShellStartup = false,
}: {
	hostKeys?: Array<'ed25519' | 'rsa' | 'ecdsa'>;
	loginShellStartup?: boolean;
} = {}) {
	const folder = mkdtempSync(join(tmpdir(), 'brms-tui-sshd-'));
	const port = await freePort();
	// Two host keys unless a test says, as most hosts have: known_hosts may hold either type.
	const hostKeyFiles = hostKeys.map(type => {
		const file = join(folder, type === 'ed25519' ? 'hostkey' : `hostkey_${type}`);
		execFileSync('ssh-keygen', ['-q', '-t', type, ...(type === 'rsa' ? ['-b', '2048'] : []), '-N', '', '-f', file]);
		return file;
	});
	execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(folder, 'client')]);
	writeFileSync(join(folder, 'authorized_keys'), readFileSync(join(folder, 'client.pub')));
	mkdirSync(join(folder, 'bin'));
	await build({entryPoints: [STAND_IN], outfile: join(folder, 'stand-in.mjs'), bundle: true, platform: 'node', format: 'esm', logLevel: 'warning'});
	for (const program of ['system', 'qsh']) {
		writeFileSync(join(folder, 'bin', program), `#!/bin/sh\nexec "${process.execPath}" "${folder}/stand-in.mjs" "${folder}" ${program} "$@"\n`);
		chmodSync(join(folder, 'bin', program), 0o755);
	}
	// The login shell: a profile that may print a banner, then the command as sshd gives it.
	writeFileSync(
		join(folder, 'ibmi-shell'),
		`#!/bin/sh\n[ -f "${folder}/banner" ] && cat "${folder}/banner"\nprintf '%s\\n' "$SSH_ORIGINAL_COMMAND" >> "${folder}/commands.log"\ncmd=$(printf '%s' "$SSH_ORIGINAL_COMMAND" | sed "s#/QOpenSys/usr/bin/#${folder}/bin/#g")\nexec /bin/sh -c "$cmd"\n`,
	);
	chmodSync(join(folder, 'ibmi-shell'), 0o755);
	writeFileSync(
		join(folder, 'sshd_config'),
		`${[
			`Port ${port}`,
			'ListenAddress 127.0.0.1',
			...hostKeyFiles.map(file => `HostKey ${file}`),
			`PidFile ${join(folder, 'sshd.pid')}`,
			`AuthorizedKeysFile ${join(folder, 'authorized_keys')}`,
			'StrictModes no',
			'UsePAM no',
			'PasswordAuthentication no',
			'KbdInteractiveAuthentication no',
			'PermitRootLogin prohibit-password',
			`ForceCommand ${join(folder, 'ibmi-shell')}`,
			// bash reads ~/.bashrc for sshd only at shell level 1: from SHLVL=1 it counts itself 2.
			...(loginShellStartup ? [] : ['SetEnv SHLVL=1']),
		].join('\n')}\n`,
	);
	// As root, sshd needs its privilege-separation directory.
	if (process.getuid?.() === 0 && !existsSync('/run/sshd')) mkdirSync('/run/sshd', {recursive: true});
	const child: ChildProcess = spawn(SSHD, ['-D', '-e', '-f', join(folder, 'sshd_config')], {stdio: ['ignore', 'ignore', 'pipe']});
	let log = '';
	await new Promise<void>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`sshd did not start:\n${log}`)), 10_000);
		child.stderr!.on('data', chunk => {
			log += chunk;
			if (log.includes('Server listening on 127.0.0.1')) {
				clearTimeout(timer);
				resolve();
			}
		});
		child.on('exit', code => reject(new Error(`sshd exited with ${code}:\n${log}`)));
	});
	const keyscan = (type: string) =>
		execFileSync('ssh-keyscan', ['-p', String(port), '-t', type, '-H', '127.0.0.1'], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']});
	const knownHosts = join(folder, 'known_hosts');
	writeFileSync(knownHosts, keyscan(hostKeys.join(',')));
	// Only the RSA key: ssh2 by itself would ask for ed25519 first and find it unknown.
	const rsaOnlyKnownHosts = join(folder, 'known_hosts_rsa');
	if (hostKeys.includes('rsa')) writeFileSync(rsaOnlyKnownHosts, keyscan('rsa'));
	return {
		folder,
		port,
		user: userInfo().username,
		clientKey: join(folder, 'client'),
		knownHosts,
		rsaOnlyKnownHosts,
		/** `brms-tui system add NAME …` for this sshd: its port, this user, the client key and a known_hosts file. */
		systemAdd: (name: string, knownHostsFile = knownHosts) => [
			'system',
			'add',
			name,
			'--host',
			'127.0.0.1',
			'--port',
			String(port),
			'--user',
			userInfo().username,
			'--key',
			join(folder, 'client'),
			'--known-hosts',
			knownHostsFile,
		],
		/** The stand-in's scenario from now on (its job state starts anew); {} is a host where all goes well. */
		scenario: (scenario: Scenario) => {
			writeFileSync(join(folder, 'scenario.json'), JSON.stringify(scenario));
			rmSync(join(folder, 'state.json'), {force: true});
			if (scenario.banner) writeFileSync(join(folder, 'banner'), `${scenario.banner}\n`);
			else rmSync(join(folder, 'banner'), {force: true});
		},
		/** The next system-utility run submits its job, then the connection drops. */
		dropNextRun: () => {
			const current = existsSync(join(folder, 'scenario.json')) ? JSON.parse(readFileSync(join(folder, 'scenario.json'), 'utf8')) : {};
			writeFileSync(join(folder, 'scenario.json'), JSON.stringify({...current, dropAfterCommand: true}));
		},
		commands: () => (existsSync(join(folder, 'commands.log')) ? readFileSync(join(folder, 'commands.log'), 'utf8').split('\n').filter(Boolean) : []),
		scripts: () => (existsSync(join(folder, 'scripts.log')) ? readFileSync(join(folder, 'scripts.log'), 'utf8').split('\n--\n').filter(Boolean) : []),
		argv: () => readFileSync(join(folder, 'argv.log'), 'utf8').split('\n').slice(0, -1),
		/** The CL commands the stand-in's system utility ran, in order. */
		systemRuns: () => (existsSync(join(folder, 'system-runs.log')) ? readFileSync(join(folder, 'system-runs.log'), 'utf8').split('\n').filter(Boolean) : []),
		stop: () =>
			new Promise<void>(resolve => {
				if (child.exitCode !== null) return resolve();
				child.once('exit', () => resolve());
				child.kill('SIGTERM');
			}),
	};
}

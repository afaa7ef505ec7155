// A real OpenSSH sshd on 127.0.0.1 playing an IBM i (ibmi-ssh.md §5.2): throwaway host and
// client keys, a ForceCommand that records the exact command line and maps the PASE system
// utility to a stand-in that records its argv and answers with IBM-style messages. Started by
// the test, stopped by its PID.

import {type ChildProcess, execFileSync, spawn} from 'node:child_process';
import {chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {type AddressInfo, createServer} from 'node:net';
import {tmpdir, userInfo} from 'node:os';
import {join} from 'node:path';

export const SSHD = '/usr/sbin/sshd';

async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	const {port} = server.address() as AddressInfo;
	await new Promise(resolve => server.close(resolve));
	return port;
}

/** The stand-in for /QOpenSys/usr/bin/system: records argv, answers like BRMS. */
const SYSTEM_STAND_IN = (folder: string) => `#!/bin/sh
printf '%s\\n' "$#" > "${folder}/argv.log"
for arg in "$@"; do printf '%s\\n' "$arg" >> "${folder}/argv.log"; done
# A test can ask for the next run to lose its connection half-way (dropNextRun): the job is
# submitted, then the sshd process serving this connection is killed.
if [ -e "${folder}/drop-next" ]; then
  rm -f "${folder}/drop-next"
  echo "CPC1221: Job 654321/$(id -un | tr a-z A-Z)/SYSWODOM submitted to job queue QBATCH in library QGPL."
  p=$PPID
  while [ "$p" -gt 1 ]; do
    case "$(cat /proc/$p/comm)" in sshd*) kill -9 "$p"; exit 0 ;; esac
    p=$(awk '{print $4}' /proc/$p/stat)
  done
fi
case "$1" in
  *CTLGRP\\(FAIL\\)*) echo "CPD0043: Control group FAIL not found." >&2; echo "CPF0001: Error found on STRBKUBRM command." >&2; exit 1 ;;
  *SBMJOB\\(\\*YES\\)*) echo 0 > "${folder}/polls"; echo "CPC1221: Job 123456/$(id -un | tr a-z A-Z)/SYSWODOM submitted to job queue QBATCH in library QGPL." ;;
  *) echo "CPC0000: Command ran." ;;
esac
`;

/**
 * The stand-in for /QOpenSys/usr/bin/qsh running db2: records each script read from stdin and
 * answers like db2 for the submitted job — on its job queue, then active with a BRMS log line,
 * then gone; the end script gives BRM1049 and CPF1164 with end code 0.
 */
const QSH_STAND_IN = (folder: string) => `#!/bin/sh
script=$(cat)
printf '%s\\n--\\n' "$script" >> "${folder}/scripts.log"
row() { printf 'JSON_OBJECT\\n------------\\n%s\\n\\n  1 RECORD(S) SELECTED.\\n' "$1"; }
case "$script" in
  *GET_JOB_INFO*)
    n=$(( $(cat "${folder}/polls") + 1 )); echo "$n" > "${folder}/polls"
    case "$n" in
      1) row '{"kind":"status","status":"*JOBQ","active":null}' ;;
      2) row '{"kind":"status","status":"*ACTIVE","active":"RUN"}'; row '{"kind":"log","id":"BRM1380","text":"Control group SYSWODOM type *BKU processing started."}' ;;
      *) row '{"kind":"status","status":null,"active":null}' ;;
    esac ;;
  *HISTORY_LOG_INFO*)
    row '{"kind":"log","id":"BRM1049","text":"Control group SYSWODOM type *BKU processing is complete."}'
    row '{"kind":"end","id":"CPF1164","text":"Job 123456/X/SYSWODOM ended on 25/11/26 at 02:10:00; 1.2 seconds used; end code 0 ."}' ;;
esac
`;

/** `hostKeys`: the server's host key types (ed25519 and RSA unless said: an impostor may have only ECDSA). */
export async function startSshd({hostKeys = ['ed25519', 'rsa']}: {hostKeys?: Array<'ed25519' | 'rsa' | 'ecdsa'>} = {}) {
	const folder = mkdtempSync(join(tmpdir(), 'brms-tui-sshd-'));
	const port = await freePort();
	// Two host keys, as most hosts have: known_hosts may hold either type.
	const hostKeyFiles = hostKeys.map(type => {
		const file = join(folder, type === 'ed25519' ? 'hostkey' : `hostkey_${type}`);
		execFileSync('ssh-keygen', ['-q', '-t', type, ...(type === 'rsa' ? ['-b', '2048'] : []), '-N', '', '-f', file]);
		return file;
	});
	execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(folder, 'client')]);
	writeFileSync(join(folder, 'authorized_keys'), readFileSync(join(folder, 'client.pub')));
	mkdirSync(join(folder, 'bin'));
	writeFileSync(join(folder, 'bin', 'system'), SYSTEM_STAND_IN(folder));
	chmodSync(join(folder, 'bin', 'system'), 0o755);
	writeFileSync(join(folder, 'bin', 'qsh'), QSH_STAND_IN(folder));
	chmodSync(join(folder, 'bin', 'qsh'), 0o755);
	writeFileSync(
		join(folder, 'ibmi-shell'),
		`#!/bin/sh\nprintf '%s\\n' "$SSH_ORIGINAL_COMMAND" >> "${folder}/commands.log"\ncmd=$(printf '%s' "$SSH_ORIGINAL_COMMAND" | sed "s#/QOpenSys/usr/bin/#${folder}/bin/#g")\nexec /bin/sh -c "$cmd"\n`,
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
		/** The next system-utility run submits its job, then the connection drops. */
		dropNextRun: () => writeFileSync(join(folder, 'drop-next'), ''),
		commands: () => (existsSync(join(folder, 'commands.log')) ? readFileSync(join(folder, 'commands.log'), 'utf8').split('\n').filter(Boolean) : []),
		scripts: () => (existsSync(join(folder, 'scripts.log')) ? readFileSync(join(folder, 'scripts.log'), 'utf8').split('\n--\n').filter(Boolean) : []),
		argv: () => readFileSync(join(folder, 'argv.log'), 'utf8').split('\n').slice(0, -1),
		stop: () =>
			new Promise<void>(resolve => {
				if (child.exitCode !== null) return resolve();
				child.once('exit', () => resolve());
				child.kill('SIGTERM');
			}),
	};
}

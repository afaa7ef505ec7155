// Issue 19, item 4: host keys as OpenSSH judges them. A server that presented only an ECDSA key
// while known_hosts held an ed25519 key for it was "unknown" and could be accepted; now any host
// with keys recorded that presents none of them is "changed": refused, nothing sent, and the
// message says which key is known and where. Against the in-process ssh2 server and a real sshd.

import assert from 'node:assert/strict';
import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {systemExecLine} from '../../source/host/ibmi/system-utility.js';
import {verifyHostKey} from '../../source/host/known-hosts.js';
import {runOverSsh, SshRefused} from '../../source/host/ssh-transport.js';
import {fakeIbmiClient, startFakeIbmi} from '../helpers/ibmi-ssh-server.js';
import {SSHD, startSshd} from '../helpers/sshd.js';

const PROGRAM = fileURLToPath(new URL('../../dist/brms-tui.cjs', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'brms-tui-hostkeys-'));

/** A fresh ed25519 key as a known_hosts line for `token`, and its ssh-keygen fingerprint. */
function ed25519Line(token: string): {line: string; fingerprint: string} {
	const path = join(folder, `key-${Math.random().toString(36).slice(2)}`);
	execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', path]);
	const [type, base64] = readFileSync(`${path}.pub`, 'utf8').trim().split(' ');
	const fingerprint = execFileSync('ssh-keygen', ['-l', '-f', `${path}.pub`], {encoding: 'utf8'}).split(' ')[1]!;
	return {line: `${token} ${type} ${base64}`, fingerprint};
}

test('a key of a type not recorded, for a host with keys recorded, is "changed" — not "unknown"', () => {
	const known = ed25519Line('ibmi.example.com');
	const file = join(folder, 'known_hosts_verdict');
	writeFileSync(file, `# ours\n${known.line}\n`);
	const path = join(folder, 'ecdsa');
	execFileSync('ssh-keygen', ['-q', '-t', 'ecdsa', '-b', '256', '-N', '', '-f', path]);
	const [type, base64] = readFileSync(`${path}.pub`, 'utf8').trim().split(' ');
	const verdict = verifyHostKey([file], 'ibmi.example.com', 22, type!, Buffer.from(base64!, 'base64'));
	assert.equal(verdict.verdict, 'changed');
	if (verdict.verdict !== 'changed') return;
	assert.deepEqual(verdict.knownKeys, [{keyType: 'ssh-ed25519', fingerprint: known.fingerprint, file, line: 2}]);
	// A host with nothing recorded is still unknown.
	assert.equal(verifyHostKey([file], 'other.example.com', 22, type!, Buffer.from(base64!, 'base64')).verdict, 'unknown');
});

test('an ECDSA-only impostor while an ed25519 key is known (in-process ssh2 server): refused, nothing sent, no question asked', async () => {
	const server = await startFakeIbmi({
		clientPublicKey: fakeIbmiClient.publicKey,
		hostKeyType: 'ecdsa',
		reply: () => ({stdout: 'CPC1221: Job 1/A/B submitted.\n'}),
	});
	try {
		const known = ed25519Line(`[127.0.0.1]:${server.port}`);
		const knownHosts = join(folder, 'known_hosts_inprocess');
		writeFileSync(knownHosts, `# the real IBM i\n${known.line}\n`);
		let asked = false;
		const trust = {
			knownHostsFiles: [knownHosts],
			ownKnownHosts: join(folder, 'own_known_hosts'),
			acceptUnknownKey: async () => {
				asked = true;
				return true;
			},
		};
		await assert.rejects(
			runOverSsh(
				{host: '127.0.0.1', port: server.port, user: 'OPER', keyPath: fakeIbmiClient.keyPath},
				trust,
				{},
				systemExecLine('STRBKUBRM CTLGRP(SYSWODOM)'),
			),
			(error: unknown) => {
				assert.ok(error instanceof SshRefused);
				assert.equal(error.kind, 'host-key-changed');
				const escaped = knownHosts.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
				assert.match(
					error.message,
					new RegExp(
						`^The host key of 127\\.0\\.0\\.1 has CHANGED: it presented ecdsa-sha2-nistp256 SHA256:\\S+, but known_hosts holds ssh-ed25519 ${known.fingerprint.replace(/[+/]/g, '\\$&')} \\(${escaped} line 2\\)\\. Nothing was sent\\.`,
					),
				);
				return true;
			},
		);
		assert.equal(asked, false, 'the operator was asked to accept the impostor');
		assert.deepEqual(server.commands, []);
		assert.deepEqual(server.authentications, [], 'sign-on was attempted');
		assert.equal(existsSync(trust.ownKnownHosts) && readFileSync(trust.ownKnownHosts, 'utf8').includes('ecdsa'), false);
	} finally {
		await server.close();
	}
});

const available = existsSync(SSHD);
if (!available && process.env['BRMS_TUI_REQUIRE_SSHD']) throw new Error(`${SSHD} is missing: install openssh-server`);

test('an ECDSA-only impostor while an ed25519 key is known (real OpenSSH sshd): brms-tui submit exits 1 with one line, nothing sent', {
	skip: available ? false : `${SSHD} is not installed (Debian openssh-server); CI installs it`,
}, async () => {
	const sshd = await startSshd({hostKeys: ['ecdsa']});
	try {
		const home = mkdtempSync(join(tmpdir(), 'brms-tui-hostkeys-home-'));
		const known = ed25519Line(`[127.0.0.1]:${sshd.port}`);
		const knownHosts = join(home, 'profile_known_hosts');
		writeFileSync(knownHosts, `${known.line}\n`);
		const env: NodeJS.ProcessEnv = {...process.env, BRMS_TUI_HOME: home, HOME: home};
		delete env['SSH_AUTH_SOCK'];
		const cli = (...args: string[]) => spawnSync(process.execPath, [PROGRAM, ...args], {encoding: 'utf8', env, input: ''});
		const add = cli(...sshd.systemAdd('IMPOSTOR', knownHosts));
		assert.equal(add.status, 0, add.stderr);
		// Even with the impostor's fingerprint offered for acceptance.
		const offered = execFileSync('ssh-keyscan', ['-p', String(sshd.port), '-t', 'ecdsa', '127.0.0.1'], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']});
		const impostor = execFileSync('ssh-keygen', ['-l', '-f', '-'], {input: offered, encoding: 'utf8'}).split(' ')[1]!;
		const run = cli('submit', 'SYSWODOM', '--system', 'IMPOSTOR', '--accept-host-key', impostor);
		assert.equal(run.status, 1, run.stderr);
		assert.equal(run.stdout, '');
		assert.match(
			run.stderr,
			new RegExp(
				`^brms-tui: The host key of 127\\.0\\.0\\.1 has CHANGED: it presented ecdsa-sha2-nistp256 ${impostor.replace(/[+/]/g, '\\$&')}, but known_hosts holds ssh-ed25519 ${known.fingerprint.replace(/[+/]/g, '\\$&')} \\(.*profile_known_hosts line 1\\)\\. Nothing was sent\\..*\\n$`,
			),
		);
		assert.deepEqual(sshd.commands(), []);
		assert.equal(existsSync(join(home, 'known_hosts')), false, 'the impostor was remembered');
	} finally {
		await sshd.stop();
	}
});

import assert from 'node:assert/strict';
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import ssh2 from 'ssh2';
import {parseMessages, systemExecLine} from '../../source/host/ibmi/system-utility.js';
import {runOverSsh, SshRefused, type SshTrust} from '../../source/host/ssh-transport.js';
import {type FakeIbmi, fakeIbmiClient, generateKeyPair, type Reply, startFakeIbmi, withFakeIbmi} from '../helpers/ibmi-ssh-server.js';

const {folder, keyPath} = fakeIbmiClient;

function withServer(reply: (cl: string) => Reply, run: (server: FakeIbmi, trust: SshTrust) => Promise<void>, extra: {password?: string} = {}) {
	return withFakeIbmi({reply, ...extra}, run);
}

const target = (port: number) => ({host: '127.0.0.1', port, user: 'OPER', keyPath});

test('the exact command line reaches the host, apostrophes and shell characters intact; messages and exit status come back', async () => {
	const cl = "SNDMSG MSG('It''s done; $HOME `x` *ALL') TOUSR(QSYSOPR)";
	await withServer(
		received => ({stdout: `CPC1221: Job 123456/OPER/SYSWODOM submitted to job queue QBATCH in library QGPL.\nreceived ${received}\n`}),
		async (server, trust) => {
			const run = await runOverSsh(target(server.port), trust, {}, systemExecLine(cl));
			assert.deepEqual(server.commands, [`/QOpenSys/usr/bin/system 'SNDMSG MSG('\\''It'\\'''\\''s done; $HOME \`x\` *ALL'\\'') TOUSR(QSYSOPR)'`]);
			assert.equal(run.outcome, 'completed');
			assert.equal(run.exitCode, 0);
			assert.match(run.stdout, new RegExp(`received ${cl.replace(/[$()*`]/g, '\\$&')}`));
			assert.deepEqual(
				parseMessages(run.stdout, 'stdout').map(each => each.id),
				['CPC1221'],
			);
		},
	);
});

test('a failing CL command: escape messages on stderr and a non-zero exit status', async () => {
	await withServer(
		() => ({stderr: 'CPD0043: Keyword XYZ not valid for this command.\nCPF0001: Error found on STRBKUBRM command.\n', exitCode: 1}),
		async (server, trust) => {
			const run = await runOverSsh(target(server.port), trust, {}, systemExecLine('STRBKUBRM CTLGRP(X) XYZ(1)'));
			assert.deepEqual([run.outcome, run.exitCode], ['completed', 1]);
			assert.deepEqual(
				parseMessages(run.stderr, 'stderr').map(each => each.id),
				['CPD0043', 'CPF0001'],
			);
		},
	);
});

test('a changed host key is refused and nothing is sent', async () => {
	await withServer(
		() => ({}),
		async (server, trust) => {
			const other = ssh2.utils.parseKey(generateKeyPair('ed25519').public);
			if (other instanceof Error) throw other;
			writeFileSync(trust.knownHostsFiles[0]!, `[127.0.0.1]:${server.port} ${other.type} ${other.getPublicSSH().toString('base64')}\n`);
			await assert.rejects(runOverSsh(target(server.port), trust, {}, systemExecLine('STRBKUBRM CTLGRP(X) SBMJOB(*YES)')), (error: unknown) => {
				assert.ok(error instanceof SshRefused);
				assert.equal(error.kind, 'host-key-changed');
				assert.match(error.message, /has CHANGED: it presented ssh-ed25519 SHA256:\S+, but known_hosts holds ssh-ed25519 SHA256:/);
				return true;
			});
			assert.deepEqual(server.commands, []);
		},
	);
});

test('an unknown host key is shown and must be accepted; once accepted it is remembered', async () => {
	await withServer(
		() => ({stdout: 'CPC1221: Job 1/A/B submitted.\n'}),
		async (server, trust) => {
			writeFileSync(trust.knownHostsFiles[0]!, '');
			const shown: string[] = [];
			const refuse: SshTrust = {
				...trust,
				acceptUnknownKey: async key => {
					shown.push(`${key.keyType} ${key.fingerprint}`);
					return false;
				},
			};
			await assert.rejects(runOverSsh(target(server.port), refuse, {}, systemExecLine('DSPJOB')), /is not known and was not accepted/);
			assert.match(shown[0]!, /^ssh-ed25519 SHA256:[A-Za-z0-9+/]{43}$/);
			assert.deepEqual(server.commands, []);
			const accept: SshTrust = {...trust, knownHostsFiles: [trust.ownKnownHosts], acceptUnknownKey: async () => true};
			assert.equal((await runOverSsh(target(server.port), accept, {}, systemExecLine('DSPJOB'))).exitCode, 0);
			assert.match(readFileSync(trust.ownKnownHosts, 'utf8'), /^\|1\|/);
			// Next time it is known without asking.
			const again: SshTrust = {...accept, acceptUnknownKey: async () => assert.fail('asked again')};
			assert.equal((await runOverSsh(target(server.port), again, {}, systemExecLine('DSPJOB'))).exitCode, 0);
		},
	);
});

test('a refused sign-on is reported as such; a password is asked for only when offered', async () => {
	await withServer(
		() => ({stdout: 'done\n'}),
		async (server, trust) => {
			const wrongKey = join(folder, 'wrong');
			writeFileSync(wrongKey, generateKeyPair('ed25519').private);
			await assert.rejects(
				runOverSsh({...target(server.port), keyPath: wrongKey}, trust, {}, systemExecLine('DSPJOB')),
				(error: unknown) => error instanceof SshRefused && error.kind === 'authentication',
			);
			const asked: string[] = [];
			const run = await runOverSsh(
				{...target(server.port), keyPath: wrongKey},
				trust,
				{
					password: async prompt => {
						asked.push(prompt);
						return 'secret';
					},
				},
				systemExecLine('DSPJOB'),
			);
			assert.equal(run.exitCode, 0);
			assert.deepEqual(asked, ['Password for OPER@127.0.0.1: ']);
		},
		{password: 'secret'},
	);
});

test('a key accepted after sign-on timed out is not remembered; nothing is sent', async () => {
	await withServer(
		() => ({}),
		async (server, trust) => {
			writeFileSync(trust.knownHostsFiles[0]!, '');
			writeFileSync(trust.ownKnownHosts, '');
			let answered: () => void = () => {};
			const late = new Promise<void>(resolve => (answered = resolve));
			const slow: SshTrust = {
				...trust,
				acceptUnknownKey: () =>
					new Promise(resolve =>
						setTimeout(() => {
							resolve(true);
							answered();
						}, 600),
					),
			};
			await assert.rejects(
				runOverSsh(target(server.port), slow, {}, systemExecLine('DSPJOB'), {readyMs: 200}),
				(error: unknown) => error instanceof SshRefused && error.kind === 'timeout',
			);
			await late;
			assert.equal(readFileSync(trust.ownKnownHosts, 'utf8'), '');
			assert.deepEqual(server.commands, []);
		},
	);
});

test('a connection dropped mid-run, or a host that never answers, is "outcome unknown" — never success', async () => {
	await withServer(
		cl => (cl.includes('DROP') ? {stdout: 'BRM1380: started\n', drop: true} : {hang: true}),
		async (server, trust) => {
			const dropped = await runOverSsh(target(server.port), trust, {}, systemExecLine('STRBKUBRM CTLGRP(DROP) SBMJOB(*NO)'));
			assert.deepEqual([dropped.outcome, dropped.exitCode], ['unknown', null]);
			assert.match(dropped.stdout, /BRM1380/);
			const hung = await runOverSsh(target(server.port), trust, {}, systemExecLine('STRBKUBRM CTLGRP(HANG) SBMJOB(*NO)'), {commandMs: 300});
			assert.equal(hung.outcome, 'unknown');
			assert.match(hung.reason ?? '', /no answer within 300 ms/);
		},
	);
});

test('a port nobody listens on is a connection refusal, not a hang', async () => {
	const trust: SshTrust = {knownHostsFiles: [], ownKnownHosts: join(folder, 'x'), acceptUnknownKey: async () => false};
	await assert.rejects(
		runOverSsh(target(1), trust, {}, 'true', {readyMs: 2000}),
		(error: unknown) => error instanceof SshRefused && error.kind === 'connection',
	);
});

test('an encrypted key: its passphrase is asked for and used; a wrong one is a refused sign-on', async () => {
	const encrypted = generateKeyPair('ed25519', {passphrase: 'open sesame', cipher: 'aes256-ctr', rounds: 4});
	const encryptedPath = join(folder, 'id_encrypted');
	writeFileSync(encryptedPath, encrypted.private, {mode: 0o600});
	const server = await startFakeIbmi({clientPublicKey: encrypted.public, reply: () => ({stdout: 'CPC0000: ok\n'})});
	const knownHosts = join(folder, 'kh-encrypted');
	writeFileSync(knownHosts, `${server.knownHostsLine}\n`);
	const trust: SshTrust = {knownHostsFiles: [knownHosts], ownKnownHosts: join(folder, 'own'), acceptUnknownKey: async () => false};
	try {
		const asked: string[] = [];
		const run = await runOverSsh(
			{...target(server.port), keyPath: encryptedPath},
			trust,
			{
				password: async prompt => {
					asked.push(prompt);
					return 'open sesame';
				},
			},
			systemExecLine('DSPJOB'),
		);
		assert.equal(run.exitCode, 0);
		assert.deepEqual(asked, [`Passphrase for key ${encryptedPath}: `]);
		await assert.rejects(
			runOverSsh({...target(server.port), keyPath: encryptedPath}, trust, {password: async () => 'wrong'}, systemExecLine('DSPJOB')),
			(error: unknown) => error instanceof SshRefused && error.kind === 'authentication',
		);
	} finally {
		await server.close();
	}
});

// An in-process ssh2 server that plays an IBM i: it records the exact command line of every
// exec, answers the shell check's echo as a shell would, undoes the shell quoting of
// `/QOpenSys/usr/bin/system '…'`, and answers with scripted IBM-style messages and exit status
// (formats of test/fixtures/ibmi). Listens on 127.0.0.1 only; close() stops it.

import {timingSafeEqual} from 'node:crypto';
import {mkdtempSync, writeFileSync} from 'node:fs';
import type {AddressInfo} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import ssh2 from 'ssh2';
import type {SshTrust} from '../../source/host/ssh-transport.js';
import {type Db2Column, db2Table, type Reply} from '../fixtures/ibmi/formats.js';

const {Server, utils} = ssh2;

export type {Reply};

export type FakeIbmiOptions = {
	/** The public key (OpenSSH format) the client must sign with; or a password. */
	clientPublicKey?: string;
	password?: string;
	reply: (clCommand: string) => Reply;
	/** A QSH script on stdin (`/QOpenSys/usr/bin/qsh`, the db2 utility): its answer. */
	qsh?: (script: string) => Reply;
	/** What the login shell writes to stdout before every command (a profile's banner). */
	banner?: string;
	/** The host key's type (ed25519 unless said): an impostor may have only an ECDSA key. */
	hostKeyType?: 'ed25519' | 'ecdsa';
};

const STATUS_COLUMNS: Db2Column[] = [
	{name: 'STATUS', width: 10},
	{name: 'ACTIVE', width: 4},
];
const LOG_COLUMNS: Db2Column[] = [
	{name: 'LOGGED', width: 26},
	{name: 'MESSAGE_ID', width: 7},
	{name: 'MESSAGE_TEXT', width: 120},
];
const JOB_LOG_COLUMNS: Db2Column[] = [
	{name: 'ORDINAL', width: 11, right: true},
	{name: 'MESSAGE_ID', width: 7},
	{name: 'MESSAGE_TYPE', width: 13},
	{name: 'MESSAGE_TEXT', width: 120},
];

/**
 * A submitted job as the db2 stand-in answers for it (formats of test/fixtures/ibmi): one status
 * per poll (the last repeats), BRMS log lines appearing with the polls ("ID: text", each with a
 * timestamp of its own), and once it has left, its end code from ENDED_JOB_INFO.
 */
export function scriptedJob(_job: string, polls: Array<{status: string | null; active?: string; log?: string[]}>, endCode: number) {
	let poll = 0;
	let logged: Array<[string, string, string]> = [];
	const asRow = (line: string, index: number): [string, string, string] => [
		`2027-01-02-02.10.${String(index).padStart(2, '0')}.000000`,
		line.slice(0, 7),
		line.slice(9),
	];
	const logTable = (script: string) => {
		const from = /MESSAGE_TIMESTAMP >= TIMESTAMP\('([^']+)'\)/.exec(script)?.[1];
		return db2Table(
			LOG_COLUMNS,
			logged.filter(([at]) => from === undefined || at >= from),
		);
	};
	return (script: string): Reply => {
		if (script.includes('GET_JOB_INFO')) {
			const now = polls[Math.min(poll, polls.length - 1)]!;
			poll += 1;
			logged = [...logged, ...(now.log ?? []).map((line, index) => asRow(line, logged.length + index))];
			return {stdout: db2Table(STATUS_COLUMNS, [[now.status, now.active ?? null]]) + logTable(script) + db2Table(JOB_LOG_COLUMNS, [])};
		}
		return {
			stdout:
				logTable(script) +
				db2Table(JOB_LOG_COLUMNS, []) +
				db2Table([{name: 'JOB_END_CODE', width: 6, right: true}], [[endCode]]) +
				db2Table([{name: 'TOKENS', width: 128}], []),
		};
	};
}

/**
 * ssh2's generateKeyPairSync('ed25519') makes a key its own parseKey refuses about once in 256
 * (it strips a public key's leading zero bytes: mscdex/ssh2 issues #1390, #1513), which made a
 * test fail now and then. A pair both halves of which parse is drawn again until it comes.
 */
export function generateKeyPair(...args: Parameters<typeof utils.generateKeyPairSync>): ReturnType<typeof utils.generateKeyPairSync> {
	const [, options] = args;
	for (;;) {
		const pair = utils.generateKeyPairSync(...args);
		const passphrase = (options as {passphrase?: string} | undefined)?.passphrase;
		if (!(utils.parseKey(pair.public) instanceof Error) && !(utils.parseKey(pair.private, passphrase) instanceof Error)) return pair;
	}
}

export async function startFakeIbmi(options: FakeIbmiOptions) {
	const hostKey = options.hostKeyType === 'ecdsa' ? utils.generateKeyPairSync('ecdsa', {bits: 256}) : generateKeyPair('ed25519');
	const commands: string[] = [];
	/** Every sign-on attempt (method), so a test can tell that nothing was sent. */
	const authentications: string[] = [];
	const scripts: string[] = [];
	let connections = 0;
	const allowed = options.clientPublicKey ? utils.parseKey(options.clientPublicKey) : undefined;
	const server = new Server({hostKeys: [hostKey.private], ident: 'OpenSSH_9.6'}, connection => {
		connection.on('error', () => {});
		connections += 1;
		const answer = (channel: ssh2.ServerChannel, reply: Reply): void => {
			if (reply.delayMs) {
				setTimeout(() => answer(channel, {...reply, delayMs: 0}), reply.delayMs);
				return;
			}
			if (reply.stdout) channel.write(reply.stdout);
			if (reply.stderr) channel.stderr.write(reply.stderr);
			if (reply.drop) {
				(connection as unknown as {end(): void}).end();
				return;
			}
			if (reply.hang) return;
			channel.exit(reply.exitCode ?? 0);
			channel.end();
		};
		connection.on('authentication', context => {
			authentications.push(context.method);
			if (context.method === 'publickey' && allowed && !(allowed instanceof Error)) {
				const publicKey = allowed.getPublicSSH();
				const same = context.key.data.length === publicKey.length && timingSafeEqual(context.key.data, publicKey);
				if (same && (!context.signature || allowed.verify(context.blob!, context.signature, context.hashAlgo) === true)) return context.accept();
			}
			if (context.method === 'password' && options.password !== undefined && context.password === options.password) return context.accept();
			context.reject(['publickey', 'password']);
		});
		connection.on('ready', () => {
			connection.on('session', accept => {
				const session = accept();
				session.on('exec', (acceptExec, _reject, info) => {
					commands.push(info.command);
					const channel = acceptExec();
					// The login shell: a profile's banner first, then the command.
					if (options.banner) channel.write(`${options.banner}\n`);
					run(channel, info.command);
				});
			});
		});
		/** What the host's shell does with a command line. */
		const run = (channel: ssh2.ServerChannel, command: string): void => {
			// brms-tui's checked line (shell-check.ts): the echo, then a line read from stdin before the command.
			const gated = /^echo '([^']*)' && read go && (.*)$/s.exec(command);
			if (gated) {
				channel.write(`${gated[1]}\n`);
				let input = '';
				let read = false;
				channel.on('data', (chunk: Buffer) => {
					input += chunk.toString('utf8');
					if (read || !input.includes('\n')) return;
					read = true;
					run(channel, gated[2]!);
				});
				channel.on('end', () => {
					if (read) return;
					read = true;
					channel.exit(1);
					channel.end();
				});
				return;
			}
			const echo = /^echo '([^']*)'$/.exec(command);
			if (echo) {
				answer(channel, {stdout: `${echo[1]}\n`});
				return;
			}
			if (command === '/QOpenSys/usr/bin/qsh' && options.qsh) {
				let script = '';
				channel.on('data', (chunk: Buffer) => (script += chunk.toString('utf8')));
				channel.on('end', () => {
					scripts.push(script);
					answer(channel, options.qsh!(script));
				});
				return;
			}
			const match = /^\/QOpenSys\/usr\/bin\/system '(.*)'$/s.exec(command);
			if (!match) {
				channel.stderr.write('bsh: not found\n');
				channel.exit(127);
				channel.end();
				return;
			}
			answer(channel, options.reply(match[1]!.replaceAll(`'\\''`, "'")));
		};
	});
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	const {port} = server.address() as AddressInfo;
	const publicKey = utils.parseKey(hostKey.public);
	if (publicKey instanceof Error) throw publicKey;
	return {
		port,
		commands,
		authentications,
		/** Every QSH script received on stdin, in order. */
		scripts,
		connections: () => connections,
		/** The host key as a known_hosts line for [127.0.0.1]:port. */
		knownHostsLine: `[127.0.0.1]:${port} ${publicKey.type} ${publicKey.getPublicSSH().toString('base64')}`,
		close: () => new Promise<void>(resolve => server.close(() => resolve())),
	};
}

export type FakeIbmi = Awaited<ReturnType<typeof startFakeIbmi>>;

/** The client side: a throwaway key pair in a temporary folder. */
export const fakeIbmiClient = (() => {
	const folder = mkdtempSync(join(tmpdir(), 'brms-tui-ssh-'));
	const key = generateKeyPair('ed25519');
	const keyPath = join(folder, 'id_ed25519');
	writeFileSync(keyPath, key.private, {mode: 0o600});
	return {folder, keyPath, publicKey: key.public};
})();

/** Starts a fake IBM i that knows the client's key, with a known_hosts holding its host key; stops it after. */
export async function withFakeIbmi(options: Omit<FakeIbmiOptions, 'clientPublicKey'>, run: (server: FakeIbmi, trust: SshTrust) => Promise<void>) {
	const server = await startFakeIbmi({clientPublicKey: fakeIbmiClient.publicKey, ...options});
	const knownHosts = join(mkdtempSync(join(fakeIbmiClient.folder, 'kh-')), 'known_hosts');
	writeFileSync(knownHosts, `${server.knownHostsLine}\n`);
	const trust: SshTrust = {knownHostsFiles: [knownHosts], ownKnownHosts: join(fakeIbmiClient.folder, 'own_known_hosts'), acceptUnknownKey: async () => false};
	try {
		await run(server, trust);
	} finally {
		await server.close();
	}
}

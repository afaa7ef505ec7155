// An in-process ssh2 server that plays an IBM i: it records the exact command line of every
// exec, undoes the shell quoting of `/QOpenSys/usr/bin/system '…'`, and answers with scripted
// IBM-style messages and exit status. Listens on 127.0.0.1 only; close() stops it.

import {timingSafeEqual} from 'node:crypto';
import {mkdtempSync, writeFileSync} from 'node:fs';
import type {AddressInfo} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import ssh2 from 'ssh2';
import type {SshTrust} from '../../source/host/ssh-transport.js';

const {Server, utils} = ssh2;

export type Reply = {stdout?: string; stderr?: string; exitCode?: number; hang?: boolean; drop?: boolean};

export type FakeIbmiOptions = {
	/** The public key (OpenSSH format) the client must sign with; or a password. */
	clientPublicKey?: string;
	password?: string;
	reply: (clCommand: string) => Reply;
	/** A QSH script on stdin (`/QOpenSys/usr/bin/qsh`, the db2 utility): its answer. */
	qsh?: (script: string) => Reply;
	/** The host key's type (ed25519 unless said): an impostor may have only an ECDSA key. */
	hostKeyType?: 'ed25519' | 'ecdsa';
};

/** What the QSH db2 utility prints for a one-column SELECT: heading, rule, rows, count. */
export function db2Output(rows: object[]): string {
	return ['JSON_OBJECT', '-'.repeat(60), ...rows.map(row => JSON.stringify(row)), '', `  ${rows.length} RECORD(S) SELECTED.`, ''].join('\n');
}

/**
 * A submitted job as the db2 stand-in answers for it: one status per poll (the last repeats),
 * BRMS log lines appearing with the polls, and CPF1164 with the end code once it has left.
 */
export function scriptedJob(job: string, polls: Array<{status: string | null; active?: string; log?: string[]}>, endCode: number) {
	let poll = 0;
	let logged: Array<{id: string; text: string}> = [];
	const asLog = (line: string) => ({kind: 'log', id: line.slice(0, 7), text: line.slice(9)});
	return (script: string): Reply => {
		const skip = Number(/OFFSET (\d+) ROWS/.exec(script)?.[1] ?? 0);
		if (script.includes('GET_JOB_INFO')) {
			const now = polls[Math.min(poll, polls.length - 1)]!;
			poll += 1;
			logged = [...logged, ...(now.log ?? []).map(asLog)];
			return {stdout: db2Output([{kind: 'status', status: now.status, active: now.active ?? null}]) + db2Output(logged.slice(skip))};
		}
		const end = {kind: 'end', id: 'CPF1164', text: `Job ${job} ended on 25/11/26 at 02:10:00; 4.2 seconds used; end code ${endCode} .`};
		return {stdout: db2Output(logged.slice(skip)) + db2Output([end])};
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
		const answer = (channel: ssh2.ServerChannel, reply: Reply) => {
			if (reply.stdout) channel.write(reply.stdout);
			if (reply.stderr) channel.stderr.write(reply.stderr);
			if (reply.drop) return (connection as unknown as {end(): void}).end();
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
					if (info.command === '/QOpenSys/usr/bin/qsh' && options.qsh) {
						let script = '';
						channel.on('data', (chunk: Buffer) => (script += chunk.toString('utf8')));
						channel.on('end', () => {
							scripts.push(script);
							answer(channel, options.qsh!(script));
						});
						return;
					}
					const match = /^\/QOpenSys\/usr\/bin\/system '(.*)'$/s.exec(info.command);
					if (!match) {
						channel.stderr.write('bsh: not found\n');
						channel.exit(127);
						channel.end();
						return;
					}
					answer(channel, options.reply(match[1]!.replaceAll(`'\\''`, "'")));
				});
			});
		});
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

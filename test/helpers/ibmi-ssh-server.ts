// An in-process ssh2 server that plays an IBM i: it records the exact command line of every
// exec, undoes the shell quoting of `/QOpenSys/usr/bin/system '…'`, and answers with scripted
// IBM-style messages and exit status. Listens on 127.0.0.1 only; close() stops it.

import ssh2 from 'ssh2';
import {timingSafeEqual} from 'node:crypto';
import type {AddressInfo} from 'node:net';

const {Server, utils} = ssh2;

export type Reply = {stdout?: string; stderr?: string; exitCode?: number; hang?: boolean; drop?: boolean};

export type FakeIbmiOptions = {
	/** The public key (OpenSSH format) the client must sign with; or a password. */
	clientPublicKey?: string;
	password?: string;
	reply: (clCommand: string) => Reply;
};

export async function startFakeIbmi(options: FakeIbmiOptions) {
	const hostKey = utils.generateKeyPairSync('ed25519');
	const commands: string[] = [];
	const allowed = options.clientPublicKey ? utils.parseKey(options.clientPublicKey) : undefined;
	const server = new Server({hostKeys: [hostKey.private], ident: 'OpenSSH_9.6'}, connection => {
		connection.on('error', () => {});
		connection.on('authentication', context => {
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
					const match = /^\/QOpenSys\/usr\/bin\/system '(.*)'$/s.exec(info.command);
					if (!match) {
						channel.stderr.write('bsh: not found\n');
						channel.exit(127);
						channel.end();
						return;
					}
					const reply = options.reply(match[1]!.replaceAll(`'\\''`, "'"));
					if (reply.stdout) channel.write(reply.stdout);
					if (reply.stderr) channel.stderr.write(reply.stderr);
					if (reply.drop) {
						(connection as unknown as {end(): void}).end();
						return;
					}
					if (reply.hang) return;
					channel.exit(reply.exitCode ?? 0);
					channel.end();
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
		/** The host key as a known_hosts line for [127.0.0.1]:port. */
		knownHostsLine: `[127.0.0.1]:${port} ${publicKey.type} ${publicKey.getPublicSSH().toString('base64')}`,
		close: () => new Promise<void>(resolve => server.close(() => resolve())),
	};
}

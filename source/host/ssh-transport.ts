// Runs one command line on an IBM i over SSH (ssh2), with nothing trusted that was not checked:
// the host key is verified against known_hosts before authentication (an unknown key needs an
// explicit yes, a changed or revoked key is refused and nothing is sent), secrets are asked for
// only when the server offers that method and are kept nowhere, and a run whose end was not
// seen is reported as "outcome unknown" — never as success (ibmi-ssh.md §4).

import {readFileSync, statSync} from 'node:fs';
import {Socket} from 'node:net';
import type {AuthHandlerMiddleware, ConnectConfig, NextAuthHandler, ParsedKey} from 'ssh2';
import {type HostKeyVerdict, knownHostKeyAlgorithms, rememberHostKey, verifyHostKey} from './known-hosts.js';

// ssh2 (and its crypto set-up) is loaded on the first connection, not at start-up: most runs of
// the app never connect (the demo system), and loading it costs start-up time (npm run bench).
// Only its client and key parser: its index also loads its server, key generator and HTTP
// agents, and with them Node's http, https, tls, dgram and child_process (~20 ms of a submit).
type Ssh2Client = {Client: typeof import('ssh2').Client; utils: {parseKey: typeof import('ssh2').utils.parseKey}};
let ssh2Module: Promise<Ssh2Client> | undefined;
const loadSsh2 = () =>
	(ssh2Module ??= Promise.all([import('ssh2/lib/client.js'), import('ssh2/lib/protocol/keyParser.js')]).then(([client, keys]) => ({
		Client: client.default,
		utils: {parseKey: keys.default.parseKey},
	})));

export type SshTarget = {host: string; port: number; user: string; keyPath?: string};

export type SshTrust = {
	/** known_hosts files to check, in order (~/.ssh/known_hosts, the profile's, brms-tui's own). */
	knownHostsFiles: string[];
	/** brms-tui's own known_hosts, where an accepted key is remembered. */
	ownKnownHosts: string;
	/** Asked when the key is not known: show the type and fingerprint, return true to accept. */
	acceptUnknownKey: (key: {keyType: string; fingerprint: string}) => Promise<boolean>;
};

export type SshSecrets = {
	/** Asked only when the server offers password or keyboard-interactive authentication. */
	password?: (prompt: string) => Promise<string | undefined>;
};

export type SshTimeouts = {readyMs?: number; commandMs?: number; keepaliveMs?: number};

export type SshRun = {
	/** completed: the exit status was seen; unknown: the connection ended before it was. */
	outcome: 'completed' | 'unknown';
	exitCode: number | null;
	stdout: string;
	stderr: string;
	/** Why the outcome is unknown. */
	reason?: string;
};

export class SshRefused extends Error {
	constructor(
		readonly kind:
			| 'host-key-changed'
			| 'host-key-revoked'
			| 'host-key-not-accepted'
			| 'host-key-not-remembered'
			| 'key-file'
			| 'known-hosts'
			| 'authentication'
			| 'connection'
			| 'timeout'
			| 'shell-output',
		message: string,
		readonly verdict?: HostKeyVerdict,
	) {
		super(message);
	}
}

/**
 * A command that waits on its standard input before it goes on (`… && read go && …`): when the
 * line `marker` comes on standard output, `answer` gets what came before it and gives the line
 * to send, or undefined to send nothing (standard input is closed: the `read` fails and the rest
 * never runs). What came up to the marker is not part of the run's stdout.
 */
export type ExecGate = {marker: string; answer: (before: string) => string | undefined};

export type ExecOptions = {stdin?: string; gate?: ExecGate; timeoutMs?: number};

/** One connection, several commands (the submit, then the polls that follow its job). */
export type SshSession = {
	/** Runs one command line; `stdin` is written to it and closed (a script for qsh), or `gate` answers it. */
	exec(commandLine: string, options?: ExecOptions): Promise<SshRun>;
	/** True once the connection has ended, for whatever reason. */
	readonly closed: boolean;
	close(): void;
};

function isEncryptedKey(parseKey: (key: Buffer) => ParsedKey | ParsedKey[] | Error, key: Buffer): boolean {
	const parsed = parseKey(key);
	return parsed instanceof Error && /passphrase/i.test(parsed.message);
}

/** Which key the host presented, which one is known and where (file and line): one line. */
function changedKeyMessage(target: SshTarget, verdict: Extract<HostKeyVerdict, {verdict: 'changed'}>): string {
	const [known, ...others] = verdict.knownKeys;
	const where = known ? `${known.keyType} ${known.fingerprint} (${known.file} line ${known.line})` : verdict.knownFingerprints.join(', ');
	const more = others.length > 0 ? ` and ${others.length} other key${others.length === 1 ? '' : 's'}` : '';
	return `The host key of ${target.host} has CHANGED: it presented ${verdict.keyType} ${verdict.fingerprint}, but known_hosts holds ${where}${more}. Nothing was sent. If the change is expected, remove the old key from ${verdict.file} line ${verdict.line}.`;
}

/** Why a file could not be read, in a few words (no stack, no errno noise). */
function fileProblem(error: unknown): string {
	const code = (error as NodeJS.ErrnoException).code;
	if (code === 'ENOENT') return 'no such file';
	if (code === 'EACCES' || code === 'EPERM') return `permission denied (${code})`;
	if (code === 'EISDIR') return 'it is a folder';
	return (error as Error).message;
}

/** The profile's private key, read before anything is sent: a missing file, a folder or a FIFO is a refusal naming it. */
function readKeyFile(keyPath: string): Buffer {
	try {
		const stats = statSync(keyPath);
		if (stats.isDirectory()) throw Object.assign(new Error('it is a folder'), {code: 'EISDIR'});
		if (!stats.isFile()) throw new Error('it is not a file');
		return readFileSync(keyPath);
	} catch (error) {
		throw new SshRefused('key-file', `The key file ${keyPath} cannot be read: ${fileProblem(error)}. Nothing was sent.`);
	}
}

/** A host's output, kept to its first and last part (a host that writes without end must not exhaust memory). */
export const OUTPUT_CAP_BYTES = 1024 * 1024;

function cappedOutput(cap = OUTPUT_CAP_BYTES) {
	const half = cap / 2;
	let head = Buffer.alloc(0);
	const tail: Buffer[] = [];
	let tailBytes = 0;
	let cut = 0;
	return {
		add(chunk: Buffer) {
			if (head.length < half) {
				const taken = chunk.subarray(0, half - head.length);
				head = Buffer.concat([head, taken]);
				chunk = chunk.subarray(taken.length);
			}
			if (chunk.length === 0) return;
			tail.push(chunk);
			tailBytes += chunk.length;
			while (tailBytes > half) {
				const first = tail[0]!;
				const over = tailBytes - half;
				if (first.length <= over) {
					tail.shift();
					tailBytes -= first.length;
					cut += first.length;
				} else {
					tail[0] = first.subarray(over);
					tailBytes -= over;
					cut += over;
				}
			}
		},
		text(): string {
			const decode = (bytes: Buffer) => new TextDecoder('utf-8').decode(bytes);
			if (cut === 0) return decode(Buffer.concat([head, ...tail]));
			return `${decode(head)}\n[brms-tui: ${cut} bytes of the host's output were cut here; the first and last ${half} bytes are kept]\n${decode(Buffer.concat(tail))}`;
		},
	};
}

/** Connects, checks the host key, signs on; rejects with SshRefused when any of it fails. */
export async function openSshSession(target: SshTarget, trust: SshTrust, secrets: SshSecrets, timeouts: SshTimeouts = {}): Promise<SshSession> {
	// The key file is read first: a missing one, a folder or a FIFO is a refusal, nothing sent.
	const keyFile = target.keyPath ? readKeyFile(target.keyPath) : undefined;
	// Ask first for the key types known for this host, so a host that has several keys presents
	// the one in known_hosts rather than one we would have to call unknown.
	let known: string[];
	try {
		known = knownHostKeyAlgorithms(trust.knownHostsFiles, target.host, target.port);
	} catch (error) {
		throw new SshRefused('known-hosts', `${(error as Error).message}. Nothing was sent.`);
	}
	// The TCP connection is opened before ssh2 is loaded: the host's sshd accepts it, starts its
	// session process and sends its version line while ssh2's code loads and runs its set-up
	// (README, Benchmarks: submit). An error before ssh2 takes the socket over is kept for it.
	const socket = new Socket();
	let socketError: Error | undefined;
	socket.on('error', error => (socketError ??= error));
	socket.connect({host: target.host, port: target.port});
	// Node starts the connect on the next tick (at once for an IP address, after the lookup for a
	// name); ssh2's load is synchronous, so the connect is let out before it, not after.
	await new Promise(resolve => setImmediate(resolve));
	const {Client, utils} = await loadSsh2().catch((error: unknown) => {
		socket.destroy();
		throw error;
	});
	const client = new Client();
	let refusal: SshRefused | undefined;
	let connectionEnded = false;
	client.once('close', () => (connectionEnded = true));
	// ssh2 may emit 'error' more than once (a second one after a failed connect): one listener for
	// the client's whole life, so none is ever unhandled; the connect step hears the first.
	let onConnectError: ((error: Error & {level?: string}) => void) | undefined;
	client.on('error', (error: Error & {level?: string}) => onConnectError?.(error));

	const hostVerifier = (key: Buffer, verify: (valid: boolean) => void) => {
		const parsed = utils.parseKey(key);
		const keyType = parsed instanceof Error ? 'unknown' : parsed.type;
		let verdict: HostKeyVerdict;
		try {
			verdict = verifyHostKey(trust.knownHostsFiles, target.host, target.port, keyType, key);
		} catch (error) {
			refusal = new SshRefused('known-hosts', `${(error as Error).message}. Nothing was sent.`);
			return verify(false);
		}
		switch (verdict.verdict) {
			case 'known':
				return verify(true);
			case 'changed':
				refusal = new SshRefused('host-key-changed', changedKeyMessage(target, verdict), verdict);
				return verify(false);
			case 'revoked':
				refusal = new SshRefused(
					'host-key-revoked',
					`The host key of ${target.host} (${verdict.fingerprint}) is marked @revoked in ${verdict.file}. Nothing was sent.`,
					verdict,
				);
				return verify(false);
			case 'unknown':
				void trust
					.acceptUnknownKey({keyType: verdict.keyType, fingerprint: verdict.fingerprint})
					.then(accepted => {
						// A key accepted after the connection gave up (sign-on timed out) is not remembered:
						// the operator will be asked again, on a connection that waits.
						if (accepted && !connectionEnded) rememberHostKey(trust.ownKnownHosts, target.host, target.port, verdict.keyType, key);
						else
							refusal = new SshRefused(
								'host-key-not-accepted',
								`The host key of ${target.host} (${verdict.keyType} ${verdict.fingerprint}) is not known and was not accepted. Nothing was sent.`,
								verdict,
							);
						verify(accepted);
					})
					.catch((error: unknown) => {
						// Accepted, but brms-tui's own known_hosts cannot record it: refused rather than trusted unrecorded.
						refusal = new SshRefused(
							'host-key-not-remembered',
							`The host key of ${target.host} (${verdict.keyType} ${verdict.fingerprint}) was accepted but cannot be remembered in ${trust.ownKnownHosts}: ${fileProblem(error)}. Nothing was sent.`,
							verdict,
						);
						verify(false);
					});
		}
	};

	// Methods in order: key file, agent, then password / keyboard-interactive — asked for only
	// when the server offers them.
	type NextMethod = Parameters<NextAuthHandler>[0] | false;
	const methods: Array<() => Promise<NextMethod>> = [];
	if (target.keyPath) {
		const keyPath = target.keyPath;
		methods.push(async () => {
			const key = keyFile!;
			// An encrypted key needs its passphrase: asked for like a password, kept nowhere.
			if (!isEncryptedKey(utils.parseKey, key)) return {type: 'publickey', username: target.user, key};
			const passphrase = await secrets.password?.(`Passphrase for key ${keyPath}: `);
			// No passphrase, or a wrong one: this method is skipped, the next is tried.
			if (passphrase === undefined || utils.parseKey(key, passphrase) instanceof Error) return methods.length > 0 ? methods.shift()!() : false;
			return {type: 'publickey', username: target.user, key, passphrase};
		});
	}
	if (process.env['SSH_AUTH_SOCK']) methods.push(async () => ({type: 'agent', username: target.user, agent: process.env['SSH_AUTH_SOCK']!}));
	if (secrets.password) {
		const ask = secrets.password;
		methods.push(async () => {
			const password = await ask(`Password for ${target.user}@${target.host}: `);
			return password === undefined ? false : {type: 'password', username: target.user, password};
		});
		methods.push(async () => ({
			type: 'keyboard-interactive',
			username: target.user,
			prompt: (_name, _instructions, _lang, prompts, finish) => {
				void Promise.all(prompts.map(each => ask(each.prompt))).then(answers => finish(answers.map(answer => answer ?? '')));
			},
		}));
	}
	const authHandler: AuthHandlerMiddleware = (_methodsLeft, _partial, next) => {
		const method = methods.shift();
		if (!method) return next(false as never);
		void method().then(
			chosen => next(chosen as Parameters<NextAuthHandler>[0]),
			// A prompt that failed (a closed terminal) ends sign-on with this method: on to none.
			() => next(false as never),
		);
	};

	const config: ConnectConfig = {
		...(known.length > 0 ? {algorithms: {serverHostKey: {remove: known, prepend: known} as never}} : {}),
		sock: socket,
		username: target.user,
		hostVerifier: hostVerifier as ConnectConfig['hostVerifier'],
		authHandler,
		readyTimeout: timeouts.readyMs ?? 20_000,
		keepaliveInterval: timeouts.keepaliveMs ?? 15_000,
		keepaliveCountMax: 4,
	};

	await new Promise<void>((resolve, reject) => {
		let settled = false;
		const fail = (error: SshRefused) => {
			if (settled) return;
			settled = true;
			onConnectError = undefined;
			client.end();
			reject(error);
		};
		client.once('ready', () => {
			settled = true;
			onConnectError = undefined;
			resolve();
		});
		// A connection that ends before sign-on without an error (a server that hangs up) still ends the wait.
		client.once('close', () => fail(refusal ?? new SshRefused('connection', `${target.host}:${target.port} closed the connection before sign-on.`)));
		onConnectError = (error: Error & {level?: string}) => {
			const reject = fail;
			if (refusal) return reject(refusal);
			if (error.level === 'client-authentication')
				return reject(new SshRefused('authentication', `Sign-on to ${target.user}@${target.host} was refused: ${error.message}.`));
			if (error.level === 'client-timeout') return reject(new SshRefused('timeout', `${target.host}:${target.port} did not answer in time: ${error.message}.`));
			reject(new SshRefused('connection', `Cannot connect to ${target.host}:${target.port}: ${error.message}.`));
		};
		if (socketError) return fail(new SshRefused('connection', `Cannot connect to ${target.host}:${target.port}: ${socketError.message}.`));
		try {
			client.connect(config);
		} catch (error) {
			fail(new SshRefused('connection', `Cannot connect to ${target.host}:${target.port}: ${(error as Error).message}.`));
		}
	});

	let closed = false;
	client.on('close', () => (closed = true));
	// After sign-on a socket error is followed by 'close', which every waiting command hears (the
	// error itself goes to the listener set above).
	const exec = (commandLine: string, options: ExecOptions = {}) =>
		new Promise<SshRun>((resolve, reject) => {
			const stdoutCap = cappedOutput();
			const stderrCap = cappedOutput();
			let exitCode: number | null | undefined;
			let settled = false;
			const finish = (run: SshRun) => {
				if (settled) return;
				settled = true;
				clearTimeout(timer);
				client.off('close', onClose);
				resolve(run);
			};
			const unknown = (reason: string) => finish({outcome: 'unknown', exitCode: null, stdout: stdoutCap.text(), stderr: stderrCap.text(), reason});
			const onClose = () => unknown('the connection ended before the command finished');
			if (closed) return onClose();
			const commandMs = options.timeoutMs ?? timeouts.commandMs;
			const timer = commandMs
				? setTimeout(() => {
						unknown(`no answer within ${commandMs} ms; the command may still be running on the host`);
						client.end();
					}, commandMs)
				: undefined;
			client.once('close', onClose);
			client.exec(commandLine, (error, channel) => {
				if (error) {
					settled = true;
					clearTimeout(timer);
					client.off('close', onClose);
					return reject(new SshRefused('connection', `The host refused to run the command: ${error.message}.`));
				}
				let waiting = options.gate ? Buffer.alloc(0) : undefined;
				channel.on('data', (chunk: Buffer) => {
					if (!waiting || !options.gate) return stdoutCap.add(chunk);
					waiting = Buffer.concat([waiting, chunk]);
					const text = waiting.toString('utf8');
					const at = text.indexOf(options.gate.marker);
					const end = at === -1 ? -1 : text.indexOf('\n', at);
					if (end === -1) {
						// A shell that never says the marker: nothing more is sent, the rest is its answer.
						if (waiting.length > 65_536) {
							stdoutCap.add(waiting);
							waiting = undefined;
							channel.end();
						}
						return;
					}
					waiting = undefined;
					channel.end(options.gate.answer(text.slice(0, at)) ?? '');
					if (end + 1 < text.length) stdoutCap.add(Buffer.from(text.slice(end + 1)));
				});
				channel.stderr.on('data', (chunk: Buffer) => stderrCap.add(chunk));
				channel.on('exit', (code: number | null) => (exitCode = code));
				channel.on('close', () => {
					// Ended before the marker came: what the shell said is its answer.
					if (waiting && waiting.length > 0) stdoutCap.add(waiting);
					if (typeof exitCode === 'number') finish({outcome: 'completed', exitCode, stdout: stdoutCap.text(), stderr: stderrCap.text()});
					else unknown('no exit status came back');
				});
				if (options.stdin !== undefined && !options.gate) channel.end(options.stdin);
			});
		});
	return {
		exec,
		get closed() {
			return closed;
		},
		close: () => {
			client.end();
			// The disconnect is sent: the program need not wait for the host to close its side
			// (~20 ms of a submit's end with OpenSSH's sshd).
			socket.unref();
		},
	};
}

/** Connects, runs one command line, disconnects. */
export async function runOverSsh(target: SshTarget, trust: SshTrust, secrets: SshSecrets, commandLine: string, timeouts: SshTimeouts = {}): Promise<SshRun> {
	const session = await openSshSession(target, trust, secrets, timeouts);
	try {
		return await session.exec(commandLine);
	} finally {
		session.close();
	}
}

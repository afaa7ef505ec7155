// Issue 19, item 6: one line, never a trace. Each fault the adversarial pass found printed a
// stack trace, hung, or reported a success not seen: SSH servers that stay silent, send garbage
// or an endless banner (ssh2 emitted a second `error` with one listener); the profile's key file
// missing or a folder; brms-tui's own known_hosts not writable when a key is accepted; a FIFO as
// the store; an import of 100,000 nested arrays, a BOM, an empty one; host output without end;
// SBMJOB(*YES) with no job named; files and folders readable by others.

import assert from 'node:assert/strict';
import {type ChildProcess, execFileSync, spawn} from 'node:child_process';
import {mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, truncateSync, writeFileSync} from 'node:fs';
import {createServer, type Server, type Socket} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {systemServices} from '../../source/cli/services.js';
import {openSystem} from '../../source/cli/system.js';
import {defaultScheduleEntry} from '../../source/domain/job-schedule.js';
import {systemExecLine} from '../../source/host/ibmi/system-utility.js';
import {OUTPUT_CAP_BYTES, runOverSsh, SshRefused} from '../../source/host/ssh-transport.js';
import {type FakeIbmi, fakeIbmiClient, type Reply, startFakeIbmi} from '../helpers/ibmi-ssh-server.js';

const BIN = fileURLToPath(new URL('../../dist/brms-tui.cjs', import.meta.url));
const TRACE = /\n\s+at |Error: .*\n.*node:internal|Maximum call stack/;

function run(
	home: string,
	args: string[],
	options: {input?: string; timeoutMs?: number} = {},
): Promise<{code: number | null; signal: string | null; stdout: string; stderr: string; ms: number}> {
	const env: NodeJS.ProcessEnv = {...process.env, BRMS_TUI_HOME: home, HOME: home};
	delete env['SSH_AUTH_SOCK'];
	const started = Date.now();
	const child: ChildProcess = spawn(process.execPath, [BIN, ...args], {env, stdio: ['pipe', 'pipe', 'pipe']});
	// A program that refuses early closes its standard input: the rest of ours is not wanted.
	child.stdin!.on('error', () => {});
	child.stdin!.end(options.input ?? '');
	let stdout = '';
	let stderr = '';
	child.stdout!.on('data', chunk => (stdout += chunk));
	child.stderr!.on('data', chunk => (stderr += chunk));
	// A hang is a failure: SIGTERM after the time allowed (the program must honour it).
	const timer = setTimeout(() => child.kill('SIGTERM'), options.timeoutMs ?? 15_000);
	return new Promise(resolve =>
		child.on('close', (code, signal) => {
			clearTimeout(timer);
			resolve({code, signal, stdout, stderr, ms: Date.now() - started});
		}),
	);
}

/** A one-line refusal: `brms-tui: …` and nothing else, no trace. */
function assertOneLine(stderr: string, pattern: RegExp) {
	assert.doesNotMatch(stderr, TRACE);
	assert.match(stderr, /^brms-tui: [^\n]*\n$/, stderr);
	assert.match(stderr, pattern);
}

const home = () => mkdtempSync(join(tmpdir(), 'brms-tui-errors-'));

/** A TCP server on 127.0.0.1 that does `behave` with each connection; `close` stops it. */
async function rawServer(behave: (socket: Socket) => void): Promise<{port: number; close: () => Promise<void>}> {
	const sockets = new Set<Socket>();
	const server: Server = createServer(socket => {
		sockets.add(socket);
		socket.on('error', () => {});
		socket.on('close', () => sockets.delete(socket));
		behave(socket);
	});
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	const {port} = server.address() as {port: number};
	return {
		port,
		close: () =>
			new Promise<void>(resolve => {
				for (const socket of sockets) socket.destroy();
				server.close(() => resolve());
			}),
	};
}

const trust = (folder: string) => ({knownHostsFiles: [], ownKnownHosts: join(folder, 'known_hosts'), acceptUnknownKey: async () => false});

test('SSH servers that stay silent, send garbage or an endless banner: one refusal each, no uncaught second error', async () => {
	const folder = home();
	const behaviours: Array<[string, (socket: Socket) => void, RegExp]> = [
		['silent', () => {}, /did not answer in time/],
		[
			'garbage, no greeting',
			socket => socket.write(Buffer.from('\u0000\u00ff\u0013garbage\r\n'.repeat(20), 'latin1')),
			/did not answer in time|Cannot connect to|closed the connection/,
		],
		[
			'garbage after the greeting',
			socket => socket.write(Buffer.concat([Buffer.from('SSH-2.0-OpenSSH_9.6\r\n'), Buffer.alloc(4096, 0xff)])),
			/Cannot connect to|closed the connection/,
		],
		[
			'endless banner',
			socket => {
				const timer = setInterval(() => socket.write(`${'banner line '.repeat(200)}\r\n`), 1);
				socket.on('close', () => clearInterval(timer));
			},
			/Cannot connect to|did not answer in time|closed the connection/,
		],
		['hangs up', socket => socket.end('SSH-2.0-OpenSSH_9.6\r\n'), /closed the connection before sign-on|Cannot connect/],
	];
	for (const [what, behave, expected] of behaviours) {
		const server = await rawServer(behave);
		try {
			await assert.rejects(
				runOverSsh({host: '127.0.0.1', port: server.port, user: 'OPER'}, trust(folder), {}, systemExecLine('STRBKUBRM CTLGRP(X)'), {readyMs: 1500}),
				(error: unknown) => {
					assert.ok(error instanceof SshRefused, `${what}: ${String(error)}`);
					assert.match(error.message, expected, what);
					assert.doesNotMatch(error.message, /\n/);
					return true;
				},
			);
			// ssh2 may emit a second error after the first: it must find a listener.
			await new Promise(resolve => setTimeout(resolve, 300));
		} finally {
			await server.close();
		}
	}
	// Through the CLI too: garbage is one line on stderr, exit 1.
	const garbage = await rawServer(socket => socket.end('\u0000\u00ffnot ssh\r\n'.repeat(10)));
	try {
		const folderHome = home();
		const add = await run(folderHome, ['system', 'add', 'GARBAGE', '--host', '127.0.0.1', '--port', String(garbage.port), '--user', 'OPER']);
		assert.equal(add.code, 0, add.stderr);
		const submit = await run(folderHome, ['submit', 'SYSWODOM', '--system', 'GARBAGE']);
		assert.equal(submit.code, 1, submit.stderr);
		assertOneLine(submit.stderr, /127\.0\.0\.1/);
	} finally {
		await garbage.close();
	}
});

/** A system profile on the in-process IBM i, as `system add` makes it. */
async function profileOn(server: FakeIbmi, at: string, knownHosts = server.knownHostsLine) {
	const file = join(at, 'profile_known_hosts');
	writeFileSync(file, knownHosts ? `${knownHosts}\n` : '');
	const add = await run(at, [
		'system',
		'add',
		'FAKE',
		'--host',
		'127.0.0.1',
		'--port',
		String(server.port),
		'--user',
		'OPER',
		'--key',
		fakeIbmiClient.keyPath,
		'--known-hosts',
		file,
	]);
	assert.equal(add.code, 0, add.stderr);
}

async function withServer(reply: (cl: string) => Reply, body: (server: FakeIbmi) => Promise<void>) {
	const server = await startFakeIbmi({clientPublicKey: fakeIbmiClient.publicKey, reply});
	try {
		await body(server);
	} finally {
		await server.close();
	}
}

test("the profile's key file missing, or a folder: one line naming it, nothing sent", async () => {
	await withServer(
		() => ({stdout: 'CPC1221: Job 123456/OPER/SYSWODOM submitted.\n'}),
		async server => {
			const at = home();
			const key = join(at, 'id_key');
			execFileSync('cp', [fakeIbmiClient.keyPath, key]);
			const file = join(at, 'profile_known_hosts');
			writeFileSync(file, `${server.knownHostsLine}\n`);
			const add = await run(at, [
				'system',
				'add',
				'FAKE',
				'--host',
				'127.0.0.1',
				'--port',
				String(server.port),
				'--user',
				'OPER',
				'--key',
				key,
				'--known-hosts',
				file,
			]);
			assert.equal(add.code, 0, add.stderr);
			rmSync(key);
			const missing = await run(at, ['submit', 'SYSWODOM', '--system', 'FAKE', '--no-follow']);
			assert.equal(missing.code, 1);
			assertOneLine(missing.stderr, /^brms-tui: The key file .*id_key cannot be read: no such file\. Nothing was sent\.\n$/);
			mkdirSync(key);
			const folder = await run(at, ['submit', 'SYSWODOM', '--system', 'FAKE', '--no-follow']);
			assert.equal(folder.code, 1);
			assertOneLine(folder.stderr, /^brms-tui: The key file .*id_key cannot be read: it is a folder\. Nothing was sent\.\n$/);
			assert.deepEqual(server.commands, []);
			assert.equal(server.connections(), 0, 'a connection was made');
		},
	);
});

test("brms-tui's own known_hosts not writable when a key is accepted, or a known_hosts that is a folder: refused with the file named, nothing sent", async () => {
	await withServer(
		() => ({stdout: 'CPC1221: Job 123456/OPER/SYSWODOM submitted.\n'}),
		async server => {
			const folder = home();
			// Its folder cannot be made: a file stands where it should be (not writable, for root too).
			writeFileSync(join(folder, 'not-a-folder'), '');
			const own = join(folder, 'not-a-folder', 'known_hosts');
			await assert.rejects(
				runOverSsh(
					{host: '127.0.0.1', port: server.port, user: 'OPER', keyPath: fakeIbmiClient.keyPath},
					{knownHostsFiles: [], ownKnownHosts: own, acceptUnknownKey: async () => true},
					{},
					systemExecLine('STRBKUBRM CTLGRP(SYSWODOM)'),
				),
				(error: unknown) => {
					assert.ok(error instanceof SshRefused);
					assert.equal(error.kind, 'host-key-not-remembered');
					assert.match(
						error.message,
						/^The host key of 127\.0\.0\.1 \(ssh-ed25519 SHA256:\S+\) was accepted but cannot be remembered in .*not-a-folder\/known_hosts: .*\. Nothing was sent\.$/,
					);
					return true;
				},
			);
			assert.deepEqual(server.commands, []);
			// Through the CLI: brms-tui's own known_hosts is a folder.
			const at = home();
			await profileOn(server, at, '');
			mkdirSync(join(at, 'known_hosts'));
			const submit = await run(at, ['submit', 'SYSWODOM', '--system', 'FAKE', '--accept-host-key', 'SHA256:x']);
			assert.equal(submit.code, 1);
			assertOneLine(submit.stderr, /^brms-tui: Cannot read the known_hosts file .*known_hosts: it is a folder\. Nothing was sent\.\n$/);
			assert.deepEqual(server.commands, []);
		},
	);
});

test('a FIFO as the store (or as systems.json) is refused at once, never read; no hang', async () => {
	const at = home();
	execFileSync('mkfifo', [join(at, 'system-demo.json')]);
	const list = await run(at, ['list'], {timeoutMs: 8000});
	assert.equal(list.signal, null, 'hung until SIGTERM');
	assert.equal(list.code, 1);
	assertOneLine(list.stderr, /^brms-tui: Cannot read .*system-demo\.json: it is a FIFO, not a file\n$/);
	const other = home();
	execFileSync('mkfifo', [join(other, 'systems.json')]);
	const systems = await run(other, ['system', 'list'], {timeoutMs: 8000});
	assert.equal(systems.signal, null, 'hung until SIGTERM');
	assert.equal(systems.code, 1);
	assertOneLine(systems.stderr, /systems\.json: it is a FIFO, not a file/);
});

test('import: 100,000 nested arrays and a file over the size limit are refused with exit 2; a BOM is accepted; an empty import says so', async () => {
	const at = home();
	const nested = join(at, 'nested.json');
	writeFileSync(nested, `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
	const deep = await run(at, ['import', nested]);
	assert.equal(deep.code, 2);
	assertOneLine(deep.stderr, /nested\.json nests deeper than 32 levels/);
	const huge = join(at, 'huge.json');
	writeFileSync(huge, '');
	truncateSync(huge, 65 * 1024 * 1024);
	const large = await run(at, ['import', huge]);
	assert.equal(large.code, 2);
	assertOneLine(large.stderr, /huge\.json is larger than 64 MiB/);
	const stdinHuge = await run(at, ['import', '-'], {input: ' '.repeat(65 * 1024 * 1024)});
	assert.equal(stdinHuge.code, 2);
	assertOneLine(stdinHuge.stderr, /^brms-tui: - is larger than 64 MiB/);
	// A BOM, as Windows editors write.
	const exported = (await run(at, ['export', 'SYSWODOM'])).stdout;
	const withBom = join(at, 'bom.json');
	writeFileSync(withBom, `\ufeff${exported.replace('"SYSWODOM"', '"BOMGROUP"')}`);
	const bom = await run(at, ['import', withBom]);
	assert.equal(bom.code, 0, bom.stderr);
	assert.match(bom.stdout, /1 control group imported into system demo: BOMGROUP\./);
	const emptyFile = join(at, 'empty.json');
	writeFileSync(emptyFile, '\n');
	const empty = await run(at, ['import', emptyFile]);
	assert.equal(empty.code, 2);
	assertOneLine(empty.stderr, /empty\.json is empty: there is nothing to import\./);
	const none = join(at, 'none.json');
	writeFileSync(none, '{"format": "brms-tui/1", "controlGroups": []}');
	const nothing = await run(at, ['import', none]);
	assert.equal(nothing.code, 0);
	assert.match(nothing.stdout, /^.*none\.json holds no control groups: nothing was imported into system demo\.\n$/);
});

test('host output is capped at 1 MiB: the first and last parts kept, and said to be cut', async () => {
	const first = `CPC1221: Job 123456/OPER/SYSWODOM submitted.\n`;
	const filler = 'x'.repeat(8 * 1024 * 1024);
	const last = '\nCPF9999: the last line.\n';
	const server = await startFakeIbmi({clientPublicKey: fakeIbmiClient.publicKey, reply: () => ({stdout: first + filler + last})});
	try {
		const folder = home();
		const knownHosts = join(folder, 'kh');
		writeFileSync(knownHosts, `${server.knownHostsLine}\n`);
		const result = await runOverSsh(
			{host: '127.0.0.1', port: server.port, user: 'OPER', keyPath: fakeIbmiClient.keyPath},
			{...trust(folder), knownHostsFiles: [knownHosts]},
			{},
			systemExecLine('STRBKUBRM CTLGRP(SYSWODOM)'),
		);
		assert.equal(result.outcome, 'completed');
		assert.ok(result.stdout.length < OUTPUT_CAP_BYTES + 200, `${result.stdout.length} characters kept`);
		assert.ok(result.stdout.startsWith(first));
		assert.ok(result.stdout.endsWith(last));
		assert.match(result.stdout, /\n\[brms-tui: \d+ bytes of the host's output were cut here; the first and last 524288 bytes are kept\]\n/);
	} finally {
		await server.close();
	}
});

test('SBMJOB(*YES) with no job named by the host: exit 1 "job not known", never 0', async () => {
	await withServer(
		() => ({stdout: 'CPC0000: Command ran.\n'}),
		async server => {
			const at = home();
			await profileOn(server, at);
			const submit = await run(at, ['submit', 'SYSWODOM', '--system', 'FAKE', '--sbmjob', '*YES']);
			assert.equal(submit.code, 1, submit.stderr);
			assert.match(submit.stdout, /CPC0000: Command ran\./);
			assertOneLine(submit.stderr, /^brms-tui: job not known: fake ran STRBKUBRM CTLGRP\(SYSWODOM\) SBMJOB\(\*YES\) but named no submitted job/);
			const json = await run(at, ['submit', 'SYSWODOM', '--system', 'FAKE', '--json']);
			assert.equal(json.code, 1);
			assert.equal(JSON.parse(json.stdout).reason, 'job not known');
			// SBMJOB(*NO) needs no job: exit 0.
			assert.equal((await run(at, ['submit', 'SYSWODOM', '--system', 'FAKE', '--sbmjob', '*NO'])).code, 0);
		},
	);
});

test('every file brms-tui writes is 0600 and every folder it makes 0700 (store, systems, schedule, known_hosts, export, lock)', async () => {
	await withServer(
		() => ({stdout: 'CPC0000: Command ran.\n'}),
		async server => {
			const parent = home();
			const at = join(parent, 'made', 'by', 'brms-tui');
			assert.equal((await run(at, ['list'])).code, 0);
			await profileOn(server, parent);
			const add = await run(at, [
				'system',
				'add',
				'FAKE',
				'--host',
				'127.0.0.1',
				'--port',
				String(server.port),
				'--user',
				'OPER',
				'--key',
				fakeIbmiClient.keyPath,
			]);
			assert.equal(add.code, 0, add.stderr);
			const fingerprint = (await run(at, ['submit', 'SYSWODOM', '--system', 'FAKE', '--sbmjob', '*NO'])).stderr.match(/SHA256:\S+/)?.[0];
			assert.ok(fingerprint);
			assert.equal((await run(at, ['submit', 'SYSWODOM', '--system', 'FAKE', '--sbmjob', '*NO', '--accept-host-key', fingerprint])).code, 0);
			assert.equal((await run(at, ['export', '--output', join(at, 'export.json')])).code, 0);
			assert.equal((await run(at, ['applied', 'SYSWODOM'])).code, 0);
			// Option 6 on the demo system records its entry in demo-job-schedule.json.
			const env = {BRMS_TUI_HOME: at};
			const services = systemServices(openSystem('demo', env), {env, setAsk: () => {}, switchSystem: () => {}});
			const added = await services.addScheduleEntry(defaultScheduleEntry('SYSWODOM'), async () => undefined);
			assert.equal(added.outcome, 'completed', JSON.stringify(added));
			const names = readdirSync(at).sort();
			for (const expected of ['demo-job-schedule.json', 'export.json', 'known_hosts', 'system-demo.json', 'system-fake.json', 'systems.json']) {
				assert.ok(names.includes(expected), `${expected} missing: ${names.join(', ')}`);
			}
			for (const name of names) assert.equal(statSync(join(at, name)).mode & 0o777, 0o600, name);
			for (const folder of [at, join(parent, 'made', 'by'), join(parent, 'made')]) assert.equal(statSync(folder).mode & 0o777, 0o700, folder);
		},
	);
});

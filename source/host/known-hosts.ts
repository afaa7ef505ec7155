// Host-key verification against OpenSSH known_hosts files (ibmi-ssh.md §4.2): plain and
// hashed (|1|salt|hmac) host names, [host]:port for other ports, wildcards and negation,
// @revoked and @cert-authority markers. A host with no key recorded presents an "unknown" key
// (shown as its SHA256 fingerprint, to be accepted explicitly); a host with keys recorded that
// presents none of them — a different key of a known type, or a key of a type not recorded — is
// "changed" (refused); a revoked key is refused.

import {createHash, createHmac, randomBytes, timingSafeEqual} from 'node:crypto';
import {appendFileSync, existsSync, mkdirSync, readFileSync, statSync} from 'node:fs';
import {dirname} from 'node:path';

export type KnownHostEntry = {marker?: '@revoked' | '@cert-authority'; hosts: string; keyType: string; key: string; file: string; line: number};

/** A key known_hosts holds for the host: where, and what it is. */
export type KnownKey = {keyType: string; fingerprint: string; file: string; line: number};

export type HostKeyVerdict =
	| {verdict: 'known'; file: string}
	| {verdict: 'unknown'; fingerprint: string; keyType: string}
	| {
			verdict: 'changed';
			fingerprint: string;
			keyType: string;
			/** Every key known for the host, the one of the presented type first; file and line of the first. */
			knownKeys: KnownKey[];
			knownFingerprints: string[];
			file: string;
			line: number;
	  }
	| {verdict: 'revoked'; fingerprint: string; file: string};

/** The name ssh looks a host up by: `host` on port 22, `[host]:port` otherwise. */
export function hostToken(host: string, port: number): string {
	return port === 22 ? host : `[${host}]:${port}`;
}

export function sha256Fingerprint(keyBlob: Buffer): string {
	return `SHA256:${createHash('sha256').update(keyBlob).digest('base64').replace(/=+$/, '')}`;
}

export function parseKnownHosts(text: string, file: string): KnownHostEntry[] {
	const entries: KnownHostEntry[] = [];
	text.split(/\r?\n/).forEach((raw, index) => {
		const line = raw.trim();
		if (line === '' || line.startsWith('#')) return;
		const fields = line.split(/\s+/);
		const marker = fields[0] === '@revoked' || fields[0] === '@cert-authority' ? (fields.shift() as KnownHostEntry['marker']) : undefined;
		const [hosts, keyType, key] = fields;
		if (!hosts || !keyType || !key) return;
		entries.push({...(marker ? {marker} : {}), hosts, keyType, key, file, line: index + 1});
	});
	return entries;
}

function hashedMatch(field: string, token: string): boolean {
	const [, magic, salt, mac] = field.split('|');
	if (magic !== '1' || !salt || !mac) return false;
	const actual = createHmac('sha1', Buffer.from(salt, 'base64')).update(token).digest();
	const expected = Buffer.from(mac, 'base64');
	return expected.length === actual.length && timingSafeEqual(actual, expected);
}

function patternMatch(pattern: string, token: string): boolean {
	const expression = new RegExp(
		`^${pattern
			.replace(/[.+^${}()|[\]\\]/g, '\\$&')
			.replaceAll('*', '.*')
			.replaceAll('?', '.')}$`,
		'i',
	);
	return expression.test(token);
}

/** Whether an entry's host field names this host (hashed, or a pattern list with negation). */
export function hostsMatch(hosts: string, token: string): boolean {
	if (hosts.startsWith('|')) return hashedMatch(hosts, token);
	let matched = false;
	for (const pattern of hosts.split(',')) {
		if (pattern.startsWith('!')) {
			if (patternMatch(pattern.slice(1), token)) return false;
		} else if (patternMatch(pattern, token)) matched = true;
	}
	return matched;
}

// RSA keys are offered as rsa-sha2-* signatures but stored as ssh-rsa.
const storedType = (keyType: string) => (keyType.startsWith('rsa-sha2-') ? 'ssh-rsa' : keyType);

/** The signature algorithms a stored key type is offered under (RSA keys: SHA-2 first). */
const ALGORITHMS_OF_TYPE: Record<string, string[]> = {
	'ssh-ed25519': ['ssh-ed25519'],
	'ecdsa-sha2-nistp256': ['ecdsa-sha2-nistp256'],
	'ecdsa-sha2-nistp384': ['ecdsa-sha2-nistp384'],
	'ecdsa-sha2-nistp521': ['ecdsa-sha2-nistp521'],
	'ssh-rsa': ['rsa-sha2-512', 'rsa-sha2-256', 'ssh-rsa'],
};

/** A known_hosts file that exists but cannot be read: no verdict can be trusted without it. */
export class KnownHostsFileError extends Error {
	constructor(
		readonly file: string,
		detail: string,
	) {
		super(`Cannot read the known_hosts file ${file}: ${detail}`);
	}
}

function readKnownHosts(file: string): string {
	try {
		if (!statSync(file).isFile()) throw Object.assign(new Error('not a file'), {code: statSync(file).isDirectory() ? 'EISDIR' : 'NOTFILE'});
		return readFileSync(file, 'utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		throw new KnownHostsFileError(
			file,
			code === 'EISDIR'
				? 'it is a folder'
				: code === 'NOTFILE'
					? 'it is not a file'
					: code === 'EACCES'
						? 'permission denied (EACCES)'
						: (error as Error).message,
		);
	}
}

function entriesFor(files: readonly string[], host: string, port: number): {all: KnownHostEntry[]; forHost: KnownHostEntry[]} {
	const token = hostToken(host, port);
	const all = files.filter(file => existsSync(file)).flatMap(file => parseKnownHosts(readKnownHosts(file), file));
	return {all, forHost: all.filter(entry => entry.marker !== '@cert-authority' && hostsMatch(entry.hosts, token))};
}

/**
 * The host-key algorithms of the keys already known for this host, to be asked for first: as
 * OpenSSH does, so a host with several keys presents the one we know (ibmi-ssh.md §4.2).
 */
export function knownHostKeyAlgorithms(files: readonly string[], host: string, port: number): string[] {
	const types = new Set(
		entriesFor(files, host, port)
			.forHost.filter(entry => !entry.marker)
			.map(entry => entry.keyType),
	);
	return [...types].flatMap(type => ALGORITHMS_OF_TYPE[type] ?? []);
}

export function verifyHostKey(files: readonly string[], host: string, port: number, keyType: string, keyBlob: Buffer): HostKeyVerdict {
	const key = keyBlob.toString('base64');
	const fingerprint = sha256Fingerprint(keyBlob);
	const {all: entries, forHost} = entriesFor(files, host, port);
	const revoked = entries.find(entry => entry.marker === '@revoked' && entry.key === key);
	if (revoked) return {verdict: 'revoked', fingerprint, file: revoked.file};
	const same = forHost.find(entry => !entry.marker && entry.key === key);
	if (same) return {verdict: 'known', file: same.file};
	// As OpenSSH asks for the known types first (knownHostKeyAlgorithms), a host that holds any
	// known key presents one of them. Presenting another key — of a known type, or only of types
	// not known — means the host's identity is not the one recorded: changed, refused.
	const known = forHost.filter(entry => !entry.marker);
	const sameTypeFirst = [...known.filter(entry => entry.keyType === storedType(keyType)), ...known.filter(entry => entry.keyType !== storedType(keyType))];
	const [first] = sameTypeFirst;
	if (first) {
		const knownKeys = sameTypeFirst.map(entry => ({
			keyType: entry.keyType,
			fingerprint: sha256Fingerprint(Buffer.from(entry.key, 'base64')),
			file: entry.file,
			line: entry.line,
		}));
		return {
			verdict: 'changed',
			fingerprint,
			keyType,
			knownKeys,
			knownFingerprints: knownKeys.map(each => each.fingerprint),
			file: first.file,
			line: first.line,
		};
	}
	return {verdict: 'unknown', fingerprint, keyType};
}

/** Records an accepted key in brms-tui's own known_hosts (hashed, as HashKnownHosts does). */
export function rememberHostKey(file: string, host: string, port: number, keyType: string, keyBlob: Buffer): void {
	const salt = randomBytes(20);
	const mac = createHmac('sha1', salt).update(hostToken(host, port)).digest();
	mkdirSync(dirname(file), {recursive: true, mode: 0o700});
	appendFileSync(file, `|1|${salt.toString('base64')}|${mac.toString('base64')} ${storedType(keyType)} ${keyBlob.toString('base64')}\n`, {mode: 0o600});
}

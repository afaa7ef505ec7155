// Host keys checked against files written by OpenSSH's own tools (ssh-keygen), so hashing,
// ports and fingerprints are proven against the real thing.

import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {test} from 'node:test';
import {hostsMatch, rememberHostKey, verifyHostKey} from '../../source/host/known-hosts.js';

const folder = mkdtempSync(join(tmpdir(), 'brms-tui-known-hosts-'));

function newKey(name: string): {type: string; blob: Buffer; line: string; fingerprint: string} {
	const path = join(folder, name);
	execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', path]);
	const line = readFileSync(`${path}.pub`, 'utf8').trim();
	const [type, base64] = line.split(' ');
	const fingerprint = execFileSync('ssh-keygen', ['-l', '-f', `${path}.pub`], {encoding: 'utf8'}).split(' ')[1]!;
	return {type: type!, blob: Buffer.from(base64!, 'base64'), line: `${type} ${base64}`, fingerprint};
}

const hostKey = newKey('host');
const otherKey = newKey('other');

test('a key listed for the host (plain or [host]:port) is known; fingerprints match ssh-keygen -l', () => {
	const file = join(folder, 'plain');
	writeFileSync(file, `# comment\nibmi.example.com,10.0.0.5 ${hostKey.line}\n[127.0.0.1]:2222 ${hostKey.line}\n`);
	assert.deepEqual(verifyHostKey([file], 'ibmi.example.com', 22, hostKey.type, hostKey.blob), {verdict: 'known', file});
	assert.equal(verifyHostKey([file], '127.0.0.1', 2222, hostKey.type, hostKey.blob).verdict, 'known');
	const unknown = verifyHostKey([file], '127.0.0.1', 22, hostKey.type, hostKey.blob);
	assert.deepEqual(unknown, {verdict: 'unknown', fingerprint: hostKey.fingerprint, keyType: hostKey.type});
});

test('hashed entries written by ssh-keygen -H are matched', () => {
	const file = join(folder, 'hashed');
	writeFileSync(file, `ibmi.example.com ${hostKey.line}\n[127.0.0.1]:2222 ${hostKey.line}\n`);
	execFileSync('ssh-keygen', ['-q', '-H', '-f', file]);
	assert.match(readFileSync(file, 'utf8'), /^\|1\|/);
	assert.equal(verifyHostKey([file], 'ibmi.example.com', 22, hostKey.type, hostKey.blob).verdict, 'known');
	assert.equal(verifyHostKey([file], '127.0.0.1', 2222, hostKey.type, hostKey.blob).verdict, 'known');
	assert.equal(verifyHostKey([file], 'other.example.com', 22, hostKey.type, hostKey.blob).verdict, 'unknown');
});

test('a different key of the same type for a known host is "changed", with both fingerprints', () => {
	const file = join(folder, 'changed');
	writeFileSync(file, `ibmi.example.com ${hostKey.line}\n`);
	const verdict = verifyHostKey([file], 'ibmi.example.com', 22, otherKey.type, otherKey.blob);
	assert.equal(verdict.verdict, 'changed');
	if (verdict.verdict !== 'changed') return;
	assert.equal(verdict.fingerprint, otherKey.fingerprint);
	assert.deepEqual(verdict.knownFingerprints, [hostKey.fingerprint]);
	assert.equal(verdict.line, 1);
});

test('@revoked refuses the key; wildcards and negation follow OpenSSH', () => {
	const file = join(folder, 'revoked');
	writeFileSync(file, `*.example.com,!bad.example.com ${hostKey.line}\n@revoked * ${otherKey.line}\n`);
	assert.equal(verifyHostKey([file], 'ibmi.example.com', 22, hostKey.type, hostKey.blob).verdict, 'known');
	assert.equal(verifyHostKey([file], 'bad.example.com', 22, hostKey.type, hostKey.blob).verdict, 'unknown');
	assert.equal(verifyHostKey([file], 'ibmi.example.com', 22, otherKey.type, otherKey.blob).verdict, 'revoked');
	assert.equal(hostsMatch('ibmi?.example.com', 'ibmi1.example.com'), true);
	assert.equal(hostsMatch('ibmi?.example.com', 'ibmi12.example.com'), false);
});

test('an accepted key is remembered hashed, and ssh-keygen -F finds it', () => {
	const file = join(folder, 'own', 'known_hosts');
	rememberHostKey(file, '127.0.0.1', 2222, hostKey.type, hostKey.blob);
	assert.equal(verifyHostKey([file], '127.0.0.1', 2222, hostKey.type, hostKey.blob).verdict, 'known');
	const found = execFileSync('ssh-keygen', ['-F', '[127.0.0.1]:2222', '-f', file], {encoding: 'utf8'});
	assert.match(found, /Host \[127\.0\.0\.1\]:2222 found: line 1/);
});

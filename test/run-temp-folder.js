// The temporary folder of one test run (test/run.js gives it to the test processes as TMPDIR):
// the ~400 folders a run makes (stores, sshd's keys and scripts, npm's installs) go into it, and
// it is removed when the run ends, instead of piling up in /tmp. It is made in memory
// (/dev/shm) where the machine has one with room that may hold programs (the tests write
// scripts there that sshd and npm run): the fuzzers' thousands of durable saves then wait for
// no disk (the panel fuzzer 9.0 → 7.6 s alone).
import {spawnSync} from 'node:child_process';
import {chmodSync, mkdtempSync, rmSync, statfsSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

const MEMORY = '/dev/shm';
const ROOM = 2 ** 30;

export function makeRunTempFolder() {
	let path = mkdtempSync(join(memoryHasRoom() ? MEMORY : tmpdir(), 'brms-tui-tests-'));
	if (path.startsWith(MEMORY) && !canRunProgramsIn(path)) {
		rmSync(path, {recursive: true, force: true});
		path = mkdtempSync(join(tmpdir(), 'brms-tui-tests-'));
	}
	// Open to every user, with the sticky bit, as /tmp is: a test runs the CLI as nobody in a folder of its own there.
	chmodSync(path, 0o1777);
	return path;
}

function memoryHasRoom() {
	try {
		const {bavail, bsize} = statfsSync(MEMORY);
		return bavail * bsize >= ROOM;
	} catch {
		return false;
	}
}

/** False on a file system mounted noexec (Docker's /dev/shm is). */
function canRunProgramsIn(folder) {
	const script = join(folder, 'can-run');
	writeFileSync(script, '#!/bin/sh\nexit 0\n');
	chmodSync(script, 0o700);
	const ran = spawnSync(script).status === 0;
	rmSync(script, {force: true});
	return ran;
}

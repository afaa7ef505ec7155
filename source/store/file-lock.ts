// The lock between running copies of brms-tui: a save reads, checks and writes the store file
// while holding it, so two copies never interleave. proper-lockfile's lock is a directory made
// with mkdir (atomic) and refreshed while held; one left by a killed process is stale after
// STALE_MS (a save takes milliseconds) and is then taken over.

import lockfile from 'proper-lockfile';

const WAIT_STEP_MS = 25;
const STALE_MS = 2000;

export class StoreLockedError extends Error {}

function sleep(milliseconds: number): void {
	Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, milliseconds);
}

/** Runs `work` holding the lock of `path`, waiting up to `timeoutMs` for another holder. */
export function withFileLock<T>(path: string, work: () => T, timeoutMs = 5000): T {
	const deadline = Date.now() + timeoutMs;
	let release: (() => void) | undefined;
	while (!release) {
		try {
			release = lockfile.lockSync(path, {realpath: false, stale: STALE_MS});
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'ELOCKED' || Date.now() > deadline) {
				throw new StoreLockedError(`${path} is locked by another brms-tui: ${(error as Error).message}`);
			}
			sleep(WAIT_STEP_MS);
		}
	}
	try {
		return work();
	} finally {
		release();
	}
}

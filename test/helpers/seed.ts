// Seeds for every random test, in one place: a test takes BRMS_TUI_SEED from the environment
// when it is set (to replay a failure: BRMS_TUI_SEED=… node test/run.js <file>), and says which
// seed it ran with in its output either way.

import {randomInt} from 'node:crypto';
import type {TestContext} from 'node:test';

export const SEED_VARIABLE = 'BRMS_TUI_SEED';

function replayed(): number | undefined {
	const text = process.env[SEED_VARIABLE]?.trim();
	if (!text) return undefined;
	if (!/^\d+$/.test(text)) throw new Error(`${SEED_VARIABLE} must be a whole number, not ${text}`);
	return Number(text);
}

/** The seeds a test runs: the replayed one alone, or its own (fixed, so CI's runs compare). */
export function seedsOr(defaults: readonly number[]): number[] {
	const replay = replayed();
	return replay === undefined ? [...defaults] : [replay];
}

/** One seed: the replayed one, else `fixed`, else a fresh one for each run. */
export function seedOr(fixed?: number): number {
	return replayed() ?? fixed ?? randomInt(2 ** 31);
}

/** Says the seed(s) in the test's output, with how to run one again (a failure names its seed). */
export function reportSeed(t: TestContext, seed: number | readonly number[], file: string): void {
	const seeds = typeof seed === 'number' ? [seed] : seed;
	const first = seeds[0] ?? 0;
	const last = seeds.at(-1) ?? 0;
	const consecutive = seeds.every((each, index) => each === first + index);
	const named = seeds.length === 1 ? `seed ${first}` : consecutive ? `seeds ${first}-${last}` : `seeds ${seeds.join(', ')}`;
	t.diagnostic(`${named} (replay one: ${SEED_VARIABLE}=${first} node test/run.js ${file})`);
}

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d_2b_79_f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}

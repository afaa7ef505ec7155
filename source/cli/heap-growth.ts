// Peak memory of the full screen (npm run bench: 1,000 groups, a 999-entry panel). V8 doubles the
// young generation whenever much of it survives a scavenge, and lets the old generation grow to
// several times its live size before a full collection, so each panel switch left megabytes of
// garbage resident (peak RSS 135-150 MiB). Growing neither the young generation nor the old one
// by more than 10% keeps what is resident near the live data (some 20 MiB): about 98 MiB, 84 MiB
// with the bin's one malloc arena (launch.ts), for a few ms more at start and on a panel switch.
// The collector reads both flags whenever it sizes the heap, so they work when set before the
// full screen's first frame is made (set after it, they came too late: start-up had grown the
// young generation, and peak RSS stayed at 96 MiB; --max-semi-space-size is fixed with the heap).
// A script's command (list, submit …) is over before its heap matters and runs without them:
// its collections then cost ~17 ms less (README, Benchmarks: submit).

import {setFlagsFromString} from 'node:v8';

let limited = false;

/** From now on, the heap grows in small steps: called before the full screen draws anything. */
export function limitHeapGrowth(): void {
	if (limited) return;
	limited = true;
	setFlagsFromString('--semi-space-growth-factor=1 --heap-growing-percent=10');
}

// Summaries of repeated measurements: the bench reports medians and the 99th percentile.

export type Summary = {n: number; median: number; p99: number; min: number; max: number; mean: number};

/** Nearest-rank percentile of the finite values (NaN when there are none). */
export function percentile(values: readonly number[], p: number): number {
	const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
	if (sorted.length === 0) return Number.NaN;
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function summary(values: readonly number[]): Summary {
	const finite = values.filter(Number.isFinite);
	const round = (value: number) => Math.round(value * 100) / 100;
	return {
		n: finite.length,
		median: round(percentile(finite, 50)),
		p99: round(percentile(finite, 99)),
		min: round(Math.min(...finite)),
		max: round(Math.max(...finite)),
		mean: round(finite.reduce((sum, value) => sum + value, 0) / finite.length),
	};
}

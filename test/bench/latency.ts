/** Latency figures for the benches that time single requests (history, API reads). */

export const elapsedMs = (started: bigint): number => Number(process.hrtime.bigint() - started) / 1e6;

/** The value at `fraction` (0.5 = median, 0.95 = p95) of timings sorted ascending. */
export const percentile = (sorted: readonly number[], fraction: number): number => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))]!;

/** `samples` participant indexes (0-based) spread over the whole store, the same ones in every run. */
export const sampleIndexes = (participants: number, samples: number): readonly number[] =>
  Array.from({ length: samples }, (_, sample) => Math.floor(((sample * 7919) % samples) * (participants / samples)));

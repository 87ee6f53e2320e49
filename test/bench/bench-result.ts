/** One line of `npm run bench` output. `ratio` = per_s / baseline_per_s, measured in the same run. */
export interface BenchResult {
  readonly bench: string;
  readonly ops: number;
  readonly seconds: number;
  readonly per_s: number;
  readonly baseline_per_s: number;
  readonly ratio: number;
  readonly rss_mb: number;
  readonly [extra: string]: string | number | boolean;
}

export interface BenchOptions {
  readonly quick: boolean;
}

export type BenchModule = { run(options: BenchOptions): Promise<readonly BenchResult[]> };

const round = (value: number, digits: number): number => Number(value.toFixed(digits));

/** Peak resident set size of this process so far, in MB (Linux reports ru_maxrss in KiB). */
export const peakRssMb = (): number => round(process.resourceUsage().maxRSS / 1024, 1);

export const benchResult = (
  bench: string,
  measured: { ops: number; seconds: number },
  baselinePerSecond: number,
  extra: Record<string, string | number | boolean> = {},
): BenchResult => {
  const perSecond = measured.ops / measured.seconds;
  return {
    bench,
    ops: measured.ops,
    seconds: round(measured.seconds, 3),
    per_s: round(perSecond, 1),
    baseline_per_s: round(baselinePerSecond, 1),
    ratio: round(perSecond / baselinePerSecond, 3),
    rss_mb: peakRssMb(),
    ...extra,
  };
};

/** Runs `work` once and returns its wall time in seconds. */
export const timed = async <T>(work: () => Promise<T> | T): Promise<{ result: T; seconds: number }> => {
  const started = process.hrtime.bigint();
  const result = await work();
  return { result, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
};

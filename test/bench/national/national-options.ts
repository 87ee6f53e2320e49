/**
 * What the national-scale bench is asked for on its command line (`--events N`, `--data-dir DIR`,
 * `--reuse`): run.ts passes its own arguments through to the bench.
 */
export interface NationalOptions {
  /** How many events the store should hold (at least; whole participants of W1 are written). */
  readonly events: number;
  /** Where the store is built; a temporary folder, removed afterwards, unless given. */
  readonly dataDir?: string;
  /** Measure a store already built in `dataDir` instead of building one. */
  readonly reuse: boolean;
}

export const FULL_EVENTS = 10_000_000;
/** Small enough for `npm run bench -- --quick` to stay a few minutes: the PostgreSQL rebuild and the worklist dominate. */
export const QUICK_EVENTS = 50_000;

const valueAfter = (args: readonly string[], name: string): string | undefined => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};

export const nationalOptionsFrom = (args: readonly string[], quick: boolean): NationalOptions => {
  const events = valueAfter(args, '--events');
  const count = events === undefined ? (quick ? QUICK_EVENTS : FULL_EVENTS) : Number(events.replaceAll('_', ''));
  if (!Number.isInteger(count) || count < 1_000) throw new Error('--events must be a whole number of at least 1000');
  const dataDir = valueAfter(args, '--data-dir');
  const reuse = args.includes('--reuse');
  if (reuse && dataDir === undefined) throw new Error('--reuse needs --data-dir');
  return { events: count, reuse, ...(dataDir === undefined ? {} : { dataDir }) };
};

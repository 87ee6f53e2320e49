import { SingleBar } from 'cli-progress';
import type { CliIo } from '../cli/cli-io';

/** Long work reports here; on a pipe or in a script it costs nothing and prints nothing. */
export interface Progress {
  /** False on a pipe: callers can skip work done only to feed the bar. */
  readonly shown: boolean;
  advance(by?: number): void;
  /** Moves to an absolute value, e.g. the position a rebuild has reached. */
  reach(value: number): void;
  finish(): void;
}

const REDRAW_EVERY_MS = 100;

/** For work whose output is the terminal itself, where a bar would mix with the data. */
export const noProgress: Progress = { shown: false, advance: () => undefined, reach: () => undefined, finish: () => undefined };

const knownTotalFormat = (label: string): string => `${label} [{bar}] {percentage}% | {value}/{total} | {rate}/s | ETA {eta_formatted}`;
const unknownTotalFormat = (label: string): string => `${label} {value} | {rate}/s | {duration_formatted}`;

/**
 * A bar with rate and ETA, drawn on stderr so that stdout stays clean data even on a terminal.
 * `total` may be an estimate; the bar grows it if the work runs over. Without one, it counts and shows the rate.
 */
export const startProgress = (io: CliIo, label: string, total: number | undefined): Progress => {
  if (!io.stdoutIsTerminal || process.stderr.isTTY !== true) {
    return noProgress;
  }
  const bar = new SingleBar({
    format: total === undefined ? unknownTotalFormat(label) : knownTotalFormat(label),
    stream: process.stderr,
    hideCursor: true,
    clearOnComplete: false,
    fps: 5,
  });
  const startedAt = Date.now();
  let done = 0;
  let drawnAt = 0;
  bar.start(Math.max(total ?? 0, 1), 0, { rate: 0 });
  const advance = (by = 1): void => {
    done += by;
    const now = Date.now();
    // Redrawing per event would cost more than verifying it.
    if (now - drawnAt < REDRAW_EVERY_MS) return;
    drawnAt = now;
    if (done > bar.getTotal()) {
      bar.setTotal(done);
    }
    bar.update(done, { rate: Math.round(done / Math.max((now - startedAt) / 1000, 0.001)) });
  };
  return {
    shown: true,
    advance,
    reach: (value) => advance(value - done),
    finish: () => {
      bar.setTotal(Math.max(done, 1));
      bar.update(done);
      bar.stop();
    },
  };
};

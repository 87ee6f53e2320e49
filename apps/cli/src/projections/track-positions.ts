import type { ProjectionRunner, ProjectionStatus } from '@binaan/projections';
import type { Progress } from '../output/progress';

const POLL_MS = 250;

/**
 * Moves the bar to the position the runner reports while `work` (a rebuild or a catch-up) runs.
 * The runner reports positions only through `status()`, so it is polled, and only while a bar is shown.
 */
export const trackPositions = async <T>(
  runner: ProjectionRunner,
  progress: Progress,
  positionOf: (statuses: readonly ProjectionStatus[]) => bigint | null,
  work: () => Promise<T>,
): Promise<T> => {
  const timer = progress.shown
    ? setInterval(() => {
        void runner.status().then((statuses) => {
          const position = positionOf(statuses);
          if (position !== null) progress.reach(Number(position));
        });
      }, POLL_MS)
    : undefined;
  try {
    return await work();
  } finally {
    if (timer !== undefined) clearInterval(timer);
    progress.finish();
  }
};

/** The least advanced of the projections: what a catch-up has reached. */
export const lowestPosition = (statuses: readonly ProjectionStatus[]): bigint | null =>
  statuses.reduce<bigint | null>((lowest, status) => (status.position !== null && (lowest === null || status.position < lowest) ? status.position : lowest), null);

/**
 * How far the rebuild under way has got: its position, or while it reads stream after stream (its
 * checkpoint still null), the events it has applied, which on a store that numbers its records one
 * by one is close to the position it will reach.
 */
export const rebuildPosition = (statuses: readonly ProjectionStatus[]): bigint | null =>
  statuses.reduce<bigint | null>((lowest, status) => {
    const applied = status.rebuild?.eventsByStream ?? null;
    const position = status.rebuild?.position ?? (applied === null ? null : BigInt(applied));
    return position !== null && (lowest === null || position < lowest) ? position : lowest;
  }, null);

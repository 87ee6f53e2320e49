import type { ProjectionEvent } from '../read-models/projection-event';
import type { ProjectionFailure } from '../replay/in-memory-replay';
import type { RowProjection } from '../read-models/row-projection';
import { dropPhysicalTables } from '../schema/physical-tables';
import { ProjectionFailedError, type RunnerContext } from './process-batch';
import { deleteVersion } from './projection-state';
import { readAhead } from './read-page';
import { giveWay } from './give-way';

/*
 * How a rebuild reads the events into the versions it builds: a pass is one read, applied a few
 * pages per transaction to every version being built, each refusal abandoning its version. The
 * rebuild runs one pass stream after stream (stream-after-stream-pass.ts) and one by position (rebuild.ts).
 */

/** How far a rebuild has got, as it reports it while it runs. */
export interface RebuildProgress {
  /** The position the read in position order has reached; null while the build reads stream after stream. */
  readonly position: bigint | null;
  /** While the build reads stream after stream: how many events it has applied so far. */
  readonly eventsByStream?: number;
}

export type Serialise = <T>(task: () => Promise<T>) => Promise<T>;

export interface Building {
  readonly projection: RowProjection;
  readonly version: number;
}

/** Drops a version being built and its state. */
export const abandon = async (context: RunnerContext, projection: RowProjection, version: number): Promise<void> =>
  context.readModels.db.transaction().execute(async (trx) => {
    await dropPhysicalTables(trx, projection.tables, version);
    await deleteVersion(trx, projection.name, version);
  });

/** How far one transaction of a pass got: whether the events ran out, and where the pass resumes. */
export interface Applied<Cursor> {
  readonly ended: boolean;
  readonly reached: Cursor;
  /** How many events it read. */
  readonly events: number;
}

/**
 * Pages per commit while building: pages are still applied one by one (memory holds one page), but
 * the versions being built commit every few pages. Each commit costs bookkeeping and, on PostgreSQL,
 * a round trip and a WAL flush; nothing reads a version being built, so fewer commits lose nothing
 * but the work to redo after a crash or a refusal.
 */
const pagesPerBuildCommit = 10;

export type Pages = AsyncIterator<readonly ProjectionEvent[]>;

/**
 * Hands the next `pagesPerBuildCommit` pages to `apply`, one at a time (memory holds one page);
 * answers whether the events ran out, how many were taken, and the last of them.
 */
export const takePages = async (pages: Pages, apply: (page: readonly ProjectionEvent[]) => Promise<void>) => {
  let ended = false;
  let events = 0;
  let last: ProjectionEvent | undefined;
  for (let taken = 0; taken < pagesPerBuildCommit && !ended; taken += 1) {
    const next = await pages.next();
    if (next.done === true) {
      ended = true;
    } else {
      events += next.value.length;
      await apply(next.value);
      last = next.value.at(-1) ?? last;
    }
  }
  return { ended, events, last };
};

/** What a pass left: the versions still being built, the refusals, and where it ended. */
export interface Passed<Cursor> {
  readonly building: readonly Building[];
  readonly failures: readonly ProjectionFailure[];
  readonly reached: Cursor;
}

/**
 * Runs one read of the events over the versions being built, a transaction at a time. A projection
 * that refuses an event has its version abandoned; the read resumes for the others after their last
 * commit.
 */
export const runPass = async <Cursor>(
  context: RunnerContext,
  initial: readonly Building[],
  start: Cursor,
  openPages: (from: Cursor) => AsyncGenerator<readonly ProjectionEvent[]>,
  applyNext: (building: readonly Building[], pages: Pages, from: Cursor) => Promise<Applied<Cursor>>,
  serialise: Serialise,
  onApplied: (applied: Applied<Cursor>) => void,
): Promise<Passed<Cursor>> => {
  const failures: ProjectionFailure[] = [];
  let building = initial;
  let reached = start;
  let refused: Building | undefined;
  do {
    refused = undefined;
    const pages: AsyncGenerator<readonly ProjectionEvent[]> = readAhead(openPages(reached));
    try {
      for (let ended = false; !ended && building.length > 0; ) {
        const from = reached;
        const applied: Applied<Cursor> = await serialise(() => applyNext(building, pages, from));
        ended = applied.ended;
        reached = applied.reached;
        onApplied(applied);
        await giveWay();
      }
    } catch (error) {
      if (!(error instanceof ProjectionFailedError)) throw error;
      refused = building.find((candidate) => candidate.projection.name === error.failure.projection);
      if (refused === undefined) throw error;
      failures.push(error.failure);
    } finally {
      await pages.return(undefined);
    }
    if (refused !== undefined) {
      const { projection, version } = refused;
      await serialise(() => abandon(context, projection, version));
      building = building.filter((candidate) => candidate !== refused);
    }
  } while (refused !== undefined);
  return { building, failures, reached };
};


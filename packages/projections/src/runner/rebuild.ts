import type { ProjectionEvent } from '../read-models/projection-event';
import type { ProjectionFailure } from '../replay/in-memory-replay';
import type { RowProjection } from '../read-models/row-projection';
import type { EventStore, StreamOrderCursor } from '@binaan/event-store';
import * as E from 'fp-ts/Either';
import { createSecondaryIndexes, dropPhysicalTables } from '../schema/physical-tables';
import { applyFresh, applyInTransaction, ProjectionFailedError, type RunnerContext } from './process-batch';
import { deleteVersion, lockVersion, type ProjectionVersionState, saveCheckpoint, versionStates } from './projection-state';
import { applyBatch } from './apply-batch';
import { headPosition, readAhead, readPages, readPagesByStream, readsByStream, type StoreReadingByStream } from './read-page';
import { startVersion, swapIn } from './versions';

export interface RebuildProgress {
  /** The position the read in position order has reached; null while the build reads stream after stream. */
  readonly position: bigint | null;
  /** While the build reads stream after stream: how many events it has applied so far. */
  readonly eventsByStream?: number;
}

type Serialise = <T>(task: () => Promise<T>) => Promise<T>;

const abandon = async (context: RunnerContext, projection: RowProjection, version: number): Promise<void> =>
  context.readModels.db.transaction().execute(async (trx) => {
    await dropPhysicalTables(trx, projection.tables, version);
    await deleteVersion(trx, projection.name, version);
  });

interface Building {
  readonly projection: RowProjection;
  readonly version: number;
}

/** The last events and the swaps, in one transaction that holds the active versions' locks. */
const finish = (eventStore: EventStore, context: RunnerContext, building: readonly Building[], from: bigint | null, batchSize: number) =>
  context.readModels.db.transaction().execute(async (trx) => {
    for (const { projection } of building) {
      const active = (await versionStates(trx, projection.name)).find((state) => state.status === 'active');
      if (active !== undefined) await lockVersion(trx, projection.name, active.version);
    }
    let position = from;
    for await (const page of readPages(eventStore, from, batchSize)) {
      for (const { projection, version } of building) {
        await applyInTransaction(trx, context, projection, version, page, false);
      }
      position = page[page.length - 1]?.position ?? position;
    }
    for (const { projection, version } of building) {
      await createSecondaryIndexes(trx, projection.tables, version);
      await applyInTransaction(trx, context, projection, version, [], true);
    }
    for (const { projection, version } of building) await swapIn(trx, context.readModels.dialect, projection, version);
    return position;
  });

/** How far one transaction of a pass got: whether the events ran out, and where the pass resumes. */
interface Applied<Cursor> {
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

type Pages = AsyncIterator<readonly ProjectionEvent[]>;

/**
 * Hands the next `pagesPerBuildCommit` pages to `apply`, one at a time (memory holds one page);
 * answers whether the events ran out, how many were taken, and the last of them.
 */
const takePages = async (pages: Pages, apply: (page: readonly ProjectionEvent[]) => Promise<void>) => {
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

/**
 * In position order: applies the next `pagesPerBuildCommit` pages to every version being built, in
 * one transaction. Each version's lock is taken and its checkpoint saved once per transaction, not
 * once per page: the checkpoint only has to be right when the transaction commits. Throws
 * ProjectionFailedError on a refusal, which rolls back every page of this transaction.
 */
const applyNextPages = (context: RunnerContext, building: readonly Building[], pages: Pages, from: bigint | null): Promise<Applied<bigint | null>> =>
  context.readModels.db.transaction().execute(async (trx) => {
    const locked: { readonly projection: RowProjection; readonly state: ProjectionVersionState; checkpoint: bigint | null }[] = [];
    for (const { projection, version } of building) {
      const state = await lockVersion(trx, projection.name, version);
      if (state !== undefined && state.failure === null) locked.push({ projection, state, checkpoint: state.position });
    }
    const taken = await takePages(pages, async (page) => {
      for (const entry of locked) entry.checkpoint = await applyFresh(trx, context, entry.projection, entry.state, entry.checkpoint, page);
    });
    for (const { projection, state, checkpoint } of locked) {
      if (checkpoint !== null && checkpoint !== state.position) await saveCheckpoint(trx, projection.name, state.version, checkpoint);
    }
    return { ended: taken.ended, reached: taken.last?.position ?? from, events: taken.events };
  });

/**
 * Stream after stream: applies the next `pagesPerBuildCommit` pages to every version being built, in
 * one transaction, and answers the last event applied. No checkpoint is saved: positions do not rise
 * through this order, and the pass is resumed by its stream cursor (in this process; a build that dies
 * is begun again on the next start). Throws ProjectionFailedError on a refusal.
 */
const applyNextStreamPages = (
  context: RunnerContext,
  building: readonly Building[],
  pages: Pages,
  from: StreamOrderCursor | null,
): Promise<Applied<StreamOrderCursor | null>> =>
  context.readModels.db.transaction().execute(async (trx) => {
    for (const { projection, version } of building) await lockVersion(trx, projection.name, version);
    const taken = await takePages(pages, async (page) => {
      for (const { projection, version } of building) {
        const applied = await applyBatch(trx, context.io, projection, version, page, { markDirtyGroups: false });
        if (E.isLeft(applied)) throw new ProjectionFailedError(applied.left);
      }
    });
    const { last } = taken;
    return { ended: taken.ended, reached: last === undefined ? from : { streamName: last.streamName, revision: last.revision }, events: taken.events };
  });

/** What a pass left: the versions still being built, the refusals, and where it ended. */
interface Passed<Cursor> {
  readonly building: readonly Building[];
  readonly failures: readonly ProjectionFailure[];
  readonly reached: Cursor;
}

/**
 * Runs one read of the events over the versions being built, a transaction at a time. A projection
 * that refuses an event has its version abandoned; the read resumes for the others after their last
 * commit.
 */
const runPass = async <Cursor>(
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

/**
 * The versions whose rows each follow one stream are built stream after stream up to the head as it
 * stood, then given that head as their checkpoint; the position-order pass that follows skips what
 * they hold. Answers the versions still being built and the refusals.
 */
const buildStreamAfterStream = async (
  eventStore: StoreReadingByStream,
  context: RunnerContext,
  building: readonly Building[],
  batchSize: number,
  serialise: Serialise,
  onProgress: (progress: RebuildProgress) => void,
): Promise<{ readonly building: readonly Building[]; readonly failures: readonly ProjectionFailure[]; readonly head: bigint | null }> => {
  const head = await headPosition(eventStore);
  const chosen = building.filter(({ projection }) => projection.rowsFollowOneStream === true);
  if (head === null || chosen.length === 0) return { building, failures: [], head: null };
  let applied = 0;
  const passed = await runPass<StreamOrderCursor | null>(
    context,
    chosen,
    null,
    (from) => readPagesByStream(eventStore, head, from, batchSize),
    (versions, pages, from) => applyNextStreamPages(context, versions, pages, from),
    serialise,
    ({ events }) => onProgress({ position: null, eventsByStream: (applied += events) }),
  );
  await serialise(() =>
    context.readModels.db.transaction().execute(async (trx) => {
      for (const { projection, version } of passed.building) await saveCheckpoint(trx, projection.name, version, head);
    }),
  );
  onProgress({ position: head });
  const refused = new Set(passed.failures.map((failure) => failure.projection));
  const remaining = building.filter(({ projection }) => !refused.has(projection.name));
  const allFollowStreams = remaining.every(({ projection }) => projection.rowsFollowOneStream === true);
  return { building: remaining, failures: passed.failures, head: allFollowStreams ? head : null };
};

/** See rebuildProjections. */
const rebuildAll = async (
  eventStore: EventStore,
  context: RunnerContext,
  projections: readonly RowProjection[],
  batchSize: number,
  serialise: Serialise,
  onProgress: (progress: RebuildProgress) => void,
): Promise<readonly ProjectionFailure[]> => {
  let started: readonly Building[] = [];
  for (const projection of projections) {
    started = [...started, { projection, version: await serialise(() => startVersion(context.readModels, projection)) }];
  }
  const byStream = readsByStream(eventStore)
    ? await buildStreamAfterStream(eventStore, context, started, batchSize, serialise, onProgress)
    : { building: started, failures: [], head: null };
  const inOrder = await runPass<bigint | null>(
    context,
    byStream.building,
    byStream.head,
    (from) => readPages(eventStore, from, batchSize),
    (versions, pages, from) => applyNextPages(context, versions, pages, from),
    serialise,
    ({ reached }) => onProgress({ position: reached }),
  );
  const { building } = inOrder;
  const failures = [...byStream.failures, ...inOrder.failures];
  try {
    const finalPosition = await serialise(() => finish(eventStore, context, building, inOrder.reached, batchSize));
    onProgress({ position: finalPosition });
    return failures;
  } catch (error) {
    for (const { projection, version } of building) await serialise(() => abandon(context, projection, version));
    if (error instanceof ProjectionFailedError) return [...failures, error.failure];
    throw error;
  }
};

/**
 * Builds new versions of projections' tables from the first event, while queries and the live
 * runner keep using the active versions; then swaps them in. A projection that refuses an event has
 * its new version abandoned (the active one is untouched) and its failure returned; the others carry
 * on from their last commit.
 *
 * When the store reads stream after stream, the projections whose rows each follow one stream
 * (`rowsFollowOneStream`) are built that way up to the head, one read for all of them: each of a
 * participant's rows then has its events one after the other, instead of once on every page of the
 * log she has an event on. The rest, and whatever was appended meanwhile, are read in position order.
 * Stream after stream, a refusal reported is the first refused event in that order, which need not be
 * the earliest by position; the version is abandoned either way.
 *
 * The versions being built take each page in one shared transaction (one commit per page, not one
 * per page and projection, and one per several pages): nothing reads them before the swap, and a
 * rebuild that dies is dropped on the next start and begun again, so separate commits would buy no
 * durability. The store may tune itself for the bulk load meanwhile (`duringBulkLoad`).
 */
export const rebuildProjections = async (
  eventStore: EventStore,
  context: RunnerContext,
  projections: readonly RowProjection[],
  batchSize: number,
  serialise: Serialise,
  onProgress: (progress: RebuildProgress) => void,
): Promise<readonly ProjectionFailure[]> => {
  const { duringBulkLoad } = context.readModels;
  const rebuild = () => rebuildAll(eventStore, context, projections, batchSize, serialise, onProgress);
  return duringBulkLoad === undefined ? rebuild() : duringBulkLoad(rebuild);
};

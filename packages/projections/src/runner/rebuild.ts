import type { ProjectionEvent } from '../read-models/projection-event';
import type { ProjectionFailure } from '../replay/in-memory-replay';
import type { RowProjection } from '../read-models/row-projection';
import type { EventStore } from '@binaan/event-store';
import { createSecondaryIndexes, dropPhysicalTables } from '../schema/physical-tables';
import { applyFresh, applyInTransaction, ProjectionFailedError, type RunnerContext } from './process-batch';
import { deleteVersion, lockVersion, type ProjectionVersionState, saveCheckpoint, versionStates } from './projection-state';
import { readAhead, readPages } from './read-page';
import { startVersion, swapIn } from './versions';

export interface RebuildProgress {
  readonly position: bigint | null;
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

interface Applied {
  readonly ended: boolean;
  readonly position: bigint | null;
}

/**
 * Pages per commit while building: pages are still applied one by one (memory holds one page), but
 * the versions being built commit every few pages. Each commit costs bookkeeping and, on PostgreSQL,
 * a round trip and a WAL flush; nothing reads a version being built, so fewer commits lose nothing
 * but the work to redo after a crash or a refusal.
 */
const pagesPerBuildCommit = 10;

/**
 * Applies the next `pagesPerBuildCommit` pages from `pages` to every version being built, in one
 * transaction; answers whether the events ran out and the last position applied. Each version's
 * lock is taken and its checkpoint saved once per transaction, not once per page: the checkpoint
 * only has to be right when the transaction commits. Throws ProjectionFailedError on a refusal,
 * which rolls back every page of this transaction.
 */
const applyNextPages = (context: RunnerContext, building: readonly Building[], pages: AsyncIterator<readonly ProjectionEvent[]>): Promise<Applied> =>
  context.readModels.db.transaction().execute(async (trx) => {
    const locked: { readonly projection: RowProjection; readonly state: ProjectionVersionState; checkpoint: bigint | null }[] = [];
    for (const { projection, version } of building) {
      const state = await lockVersion(trx, projection.name, version);
      if (state !== undefined && state.failure === null) locked.push({ projection, state, checkpoint: state.position });
    }
    let position: bigint | null = null;
    let ended = false;
    for (let page = 0; page < pagesPerBuildCommit && !ended; page += 1) {
      const next = await pages.next();
      if (next.done === true) {
        ended = true;
      } else {
        for (const entry of locked) entry.checkpoint = await applyFresh(trx, context, entry.projection, entry.state, entry.checkpoint, next.value);
        position = next.value.at(-1)?.position ?? position;
      }
    }
    for (const { projection, state, checkpoint } of locked) {
      if (checkpoint !== null && checkpoint !== state.position) await saveCheckpoint(trx, projection.name, state.version, checkpoint);
    }
    return { ended, position };
  });

/** See rebuildProjections. */
const rebuildAll = async (
  eventStore: EventStore,
  context: RunnerContext,
  projections: readonly RowProjection[],
  batchSize: number,
  serialise: Serialise,
  onProgress: (progress: RebuildProgress) => void,
): Promise<readonly ProjectionFailure[]> => {
  const failures: ProjectionFailure[] = [];
  let building: readonly Building[] = [];
  for (const projection of projections) {
    building = [...building, { projection, version: await serialise(() => startVersion(context.readModels, projection)) }];
  }
  let position: bigint | null = null;
  let refused: Building | undefined;
  do {
    refused = undefined;
    const pages: AsyncGenerator<readonly ProjectionEvent[]> = readAhead(readPages(eventStore, position, batchSize));
    try {
      for (let ended = false; !ended && building.length > 0; ) {
        const applied: Applied = await serialise(() => applyNextPages(context, building, pages));
        ended = applied.ended;
        position = applied.position ?? position;
        onProgress({ position });
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
  try {
    const finalPosition = await serialise(() => finish(eventStore, context, building, position, batchSize));
    onProgress({ position: finalPosition });
    return failures;
  } catch (error) {
    for (const { projection, version } of building) await serialise(() => abandon(context, projection, version));
    if (error instanceof ProjectionFailedError) return [...failures, error.failure];
    throw error;
  }
};

/**
 * Builds new versions of projections' tables from position 0, reading the events once for all of
 * them, while queries and the live runner keep using the active versions; then swaps them in.
 * A projection that refuses an event has its new version abandoned (the active one is untouched)
 * and its failure returned; the others carry on from their last commit.
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

import type { ProjectionFailure, RowProjection } from '@binaan/domain';
import type { EventStore } from '@binaan/event-store';
import { createSecondaryIndexes, dropPhysicalTables } from '../schema/physical-tables';
import { applyInTransaction, processBatch, ProjectionFailedError, type RunnerContext } from './process-batch';
import { deleteVersion, lockVersion, versionStates } from './projection-state';
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

/**
 * Builds new versions of projections' tables from position 0, reading the events once for all of
 * them, while queries and the live runner keep using the active versions; then swaps them in.
 * A projection that refuses an event has its new version abandoned (the active one is untouched)
 * and its failure returned; the others carry on.
 */
export const rebuildProjections = async (
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
  for await (const page of readAhead(readPages(eventStore, position, batchSize))) {
    if (building.length === 0) break;
    for (const candidate of building) {
      const failure = await serialise(() => processBatch(context, candidate.projection, candidate.version, page, false));
      if (failure !== null) {
        failures.push(failure);
        await serialise(() => abandon(context, candidate.projection, candidate.version));
        building = building.filter((other) => other !== candidate);
      }
    }
    position = page[page.length - 1]?.position ?? position;
    onProgress({ position });
  }
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

import { businessDateAt } from '@binaan/domain';
import { type ProjectionEvent } from '../read-models/projection-event';
import { type ProjectionFailure } from '../replay/in-memory-replay';
import { type RowProjection } from '../read-models/row-projection';
import * as E from 'fp-ts/Either';
import type { Kysely } from 'kysely';
import type { ReadModelDatabase } from '../schema/database';
import type { ReadModelStore } from '../store/read-model-store';
import { applyBatch } from './apply-batch';
import { lockVersion, type ProjectionVersionState, saveCheckpoint, saveFailure, saveReferenceDate } from './projection-state';
import { refreshAggregates } from './refresh-aggregates';
import type { RowIo } from './row-io';

export interface RunnerContext {
  readonly readModels: ReadModelStore;
  readonly io: RowIo;
  readonly clock: () => Date;
  /** Source rows an aggregate is computed from a part at a time. */
  readonly aggregatePartRows: number;
}

/** Carries a projection's failure out of the transaction so the transaction rolls back. */
export class ProjectionFailedError extends Error {
  constructor(readonly failure: ProjectionFailure) {
    super(`projection ${failure.projection} stopped at position ${failure.position}: ${failure.message}`);
  }
}

/**
 * Inside a transaction that holds a version's lock (`state` as read under it): applies the events
 * after `checkpoint` and answers the new checkpoint, for the caller to save before it commits.
 * Throws ProjectionFailedError when a reducer refuses an event.
 */
export const applyFresh = async (
  trx: Kysely<ReadModelDatabase>,
  context: RunnerContext,
  projection: RowProjection,
  state: ProjectionVersionState,
  checkpoint: bigint | null,
  events: readonly ProjectionEvent[],
): Promise<bigint | null> => {
  // Positions rise through a batch, so when its first event is new, all are (no filtered copy per page).
  const first = events[0];
  const fresh = checkpoint === null || (first !== undefined && first.position > checkpoint) ? events : events.filter((event) => event.position > checkpoint);
  const last = fresh[fresh.length - 1];
  if (last === undefined) return checkpoint;
  const applied = await applyBatch(trx, context.io, projection, state.version, fresh, { markDirtyGroups: state.referenceDate !== null });
  if (E.isLeft(applied)) {
    throw new ProjectionFailedError(applied.left);
  }
  return last.position;
};

/**
 * Inside a transaction: applies the events this version has not seen yet, moves its checkpoint and,
 * when asked, refreshes its aggregates. Throws ProjectionFailedError when a reducer refuses an event.
 */
export const applyInTransaction = async (
  trx: Kysely<ReadModelDatabase>,
  context: RunnerContext,
  projection: RowProjection,
  version: number,
  events: readonly ProjectionEvent[],
  refresh: boolean,
): Promise<void> => {
  const state = await lockVersion(trx, projection.name, version);
  if (state === undefined || state.failure !== null) {
    return;
  }
  const checkpoint = await applyFresh(trx, context, projection, state, state.position, events);
  if (checkpoint !== null && checkpoint !== state.position) {
    await saveCheckpoint(trx, projection.name, version, checkpoint);
  }
  if (refresh && projection.aggregates.length > 0) {
    const referenceDate = businessDateAt(context.clock());
    await refreshAggregates(trx, context.io, context.aggregatePartRows, projection, version, referenceDate, state.referenceDate);
    if (referenceDate !== state.referenceDate) {
      await saveReferenceDate(trx, projection.name, version, referenceDate);
    }
  }
};

/**
 * One batch for one projection version, in its own transaction: read-model rows and checkpoint
 * commit together or not at all. A refused event rolls the batch back, is recorded with its
 * position, and holds the checkpoint where it was.
 */
export const processBatch = async (
  context: RunnerContext,
  projection: RowProjection,
  version: number,
  events: readonly ProjectionEvent[],
  refresh: boolean,
): Promise<ProjectionFailure | null> => {
  const { db } = context.readModels;
  try {
    await db.transaction().execute((trx) => applyInTransaction(trx, context, projection, version, events, refresh));
    return null;
  } catch (error) {
    if (!(error instanceof ProjectionFailedError)) {
      throw error;
    }
    await db.transaction().execute((trx) => saveFailure(trx, projection.name, version, error.failure));
    return error.failure;
  }
};

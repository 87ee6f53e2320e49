import { businessDateAt } from '@binaan/domain';
import { type AsOf, isKnownAsOf, referenceDateOf } from './as-of';
import { createInMemoryReplay, type ProjectionFailure } from './in-memory-replay';
import { type ProjectionEvent } from '../read-models/projection-event';
import { type ReadModelName, type ReadModelRows } from '../read-models/read-model-rows';
import { type RowProjection } from '../read-models/row-projection';
import type { EventStore } from '@binaan/event-store';
import * as E from 'fp-ts/Either';
import { defaultProjections } from '../read-models/default-projections';
import { sortRows } from '../queries/sort-rows';

export interface ReplayOptions {
  /** Default: `defaultProjections()` (no participant_directory, which needs the vault). */
  readonly projections?: readonly RowProjection[];
  /** The reference date when `asOf` names neither a business date nor a recorded time. Default: today in Asia/Jakarta. */
  readonly today?: string;
}

export type ReplayedReadModels = { readonly [Name in ReadModelName]?: readonly ReadModelRows[Name][] };

/** A replay stopped on an event a projection refused; it names the projection and the position. */
export class ReplayFailedError extends Error {
  constructor(readonly failure: ProjectionFailure) {
    super(`replay: projection ${failure.projection} refused the event at position ${failure.position}: ${failure.message}`);
  }
}

const preparedChunk = 1_000;

/**
 * A read model as of a point in the history, replayed in memory with the same reducers as the live
 * tables, which it never touches. See `AsOf` for the three axes (position, recorded time, business date).
 */
export const replayAsOf = async (
  eventStore: EventStore,
  asOf: AsOf,
  names: readonly ReadModelName[],
  options: ReplayOptions = {},
): Promise<ReplayedReadModels> => {
  const chosen = (options.projections ?? defaultProjections()).filter((projection) =>
    [...projection.tables, ...projection.aggregates.map((aggregate) => aggregate.table)].some((table) => names.includes(table)),
  );
  const missing = names.filter((name) => !chosen.some((projection) => projection.tables.includes(name)));
  if (missing.length > 0) {
    throw new RangeError(`names: no projection given produces ${missing.join(', ')}`);
  }
  const replay = createInMemoryReplay(chosen);
  const known = isKnownAsOf(asOf);
  const applyChunk = async (chunk: readonly ProjectionEvent[]) => {
    for (const projection of chosen) await projection.prepare?.(chunk);
    for (const event of chunk) {
      const applied = replay.apply(event);
      if (E.isLeft(applied)) throw new ReplayFailedError(applied.left);
    }
  };
  let chunk: ProjectionEvent[] = [];
  for await (const event of eventStore.readAll({ fromPosition: 'start' })) {
    if (asOf.position !== undefined && event.position > asOf.position) break;
    if (!known(event)) continue;
    chunk.push(event);
    if (chunk.length >= preparedChunk) {
      await applyChunk(chunk);
      chunk = [];
    }
  }
  await applyChunk(chunk);
  const tables = replay.result(referenceDateOf(asOf, options.today ?? businessDateAt(new Date())));
  return Object.fromEntries(names.map((name) => [name, sortRows(name, tables[name] ?? [])])) as ReplayedReadModels;
};

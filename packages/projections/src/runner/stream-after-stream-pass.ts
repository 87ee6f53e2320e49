import type { ProjectionFailure } from '../replay/in-memory-replay';
import { lastPositionOf, type StreamOrderCursor } from '@binaan/event-store';
import * as E from 'fp-ts/Either';
import { applyBatch } from './apply-batch';
import { type Applied, type Building, type Pages, type RebuildProgress, runPass, type Serialise, takePages } from './build-pass';
import { ProjectionFailedError, type RunnerContext } from './process-batch';
import { lockVersion, saveCheckpoint } from './projection-state';
import { readPagesByStream, type StoreReadingByStream } from './read-page';

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

/**
 * The versions whose rows each follow one stream are built stream after stream up to the head as it
 * stood, then given that head as their checkpoint; the position-order pass that follows skips what
 * they hold. Answers the versions still being built and the refusals.
 */
export const buildStreamAfterStream = async (
  eventStore: StoreReadingByStream,
  context: RunnerContext,
  building: readonly Building[],
  batchSize: number,
  serialise: Serialise,
  onProgress: (progress: RebuildProgress) => void,
): Promise<{ readonly building: readonly Building[]; readonly failures: readonly ProjectionFailure[]; readonly head: bigint | null }> => {
  const head = await lastPositionOf(eventStore);
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


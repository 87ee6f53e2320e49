import type { ProjectionFailure } from '../replay/in-memory-replay';
import type { RowProjection } from '../read-models/row-projection';
import type { EventStore } from '@binaan/event-store';
import { createSecondaryIndexes } from '../schema/physical-tables';
import { abandon, type Applied, type Building, type Pages, type RebuildProgress, runPass, type Serialise, takePages } from './build-pass';
import { applyFresh, applyInTransaction, ProjectionFailedError, type RunnerContext } from './process-batch';
import { lockVersion, type ProjectionVersionState, saveCheckpoint, versionStates } from './projection-state';
import { readPages, readsByStream } from './read-page';
import { buildStreamAfterStream } from './stream-after-stream-pass';
import { startVersion, swapIn } from './versions';


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

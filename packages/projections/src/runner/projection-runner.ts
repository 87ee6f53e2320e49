import type { ProjectionEvent } from '../read-models/projection-event';
import type { ProjectionFailure } from '../replay/in-memory-replay';
import type { RowProjection } from '../read-models/row-projection';
import { lastPositionOf, type EventStore, type Subscription } from '@binaan/event-store';
import type { ReadModelStore } from '../store/read-model-store';
import { liveBatches } from './live-batches';
import { processBatch, type RunnerContext } from './process-batch';
import { saveFailure, versionStates, type ProjectionVersionState } from './projection-state';
import { readAhead, readPages } from './read-page';
import type { RebuildProgress } from './build-pass';
import { rebuildProjections } from './rebuild';
import { createRowIo } from './row-io';
import { DEFAULT_AGGREGATE_PART_ROWS } from './refresh-aggregates';
import { lagAfter, type ProjectionStatus } from './runner-status';
import { createSerialiser } from './serialised';
import { giveWay } from './give-way';
import { ensureActiveVersion } from './versions';

export interface ProjectionRunnerOptions {
  readonly eventStore: EventStore;
  readonly readModels: ReadModelStore;
  readonly projections: readonly RowProjection[];
  /** Events per transaction. Default 1,000. */
  readonly batchSize?: number;
  /** The clock that dates "today" for milestones falling due. Default: the system clock. */
  readonly clock?: () => Date;
  /** How long a live batch waits for more events before it is applied. Default 20 ms. */
  readonly lingerMs?: number;
  /** When idle, how often the runner checks whether the day changed. Default 60 s. */
  readonly idleMs?: number;
  readonly onProgress?: (progress: RebuildProgress) => void;
  readonly onFailure?: (failure: ProjectionFailure) => void;
  /** Source rows an aggregate is computed from a part at a time (GroupAggregate.inParts). Default 2,000. */
  readonly aggregatePartRows?: number;
}

export interface ProjectionRunner {
  /** Applies every event up to the head of the store (or `until`), then returns. */
  catchUp(options?: { readonly until?: bigint }): Promise<void>;
  /** Subscribes from the checkpoint and keeps applying; resolves once caught up. */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Rebuilds projections into new table versions and swaps them in; resolves with any failures. */
  rebuild(names?: readonly string[]): Promise<readonly ProjectionFailure[]>;
  /** Clears a recorded failure so the projection tries the refused event again. */
  retry(name: string): Promise<void>;
  status(): Promise<readonly ProjectionStatus[]>;
}

const activeOf = (states: readonly ProjectionVersionState[]): ProjectionVersionState | undefined => states.find((state) => state.status === 'active');

export const createProjectionRunner = (options: ProjectionRunnerOptions): ProjectionRunner => {
  const { eventStore, readModels, projections } = options;
  const batchSize = options.batchSize ?? 1_000;
  const context: RunnerContext = {
    readModels,
    io: createRowIo(readModels.dialect, readModels),
    clock: options.clock ?? (() => new Date()),
    aggregatePartRows: options.aggregatePartRows ?? DEFAULT_AGGREGATE_PART_ROWS,
  };
  const serialise = createSerialiser();
  const rebuilding = new Set<string>();
  /** Per projection under rebuild in this process: events applied so far while the build reads stream after stream. */
  const eventsByStream = new Map<string, number | null>();
  let mode: 'idle' | 'catching_up' | 'live' = 'idle';
  let initialised: Promise<void> | null = null;
  let stoppedBy: string | null = null;
  let live: { readonly subscription: Subscription; readonly done: Promise<void> } | null = null;

  const projectionNamed = (name: string): RowProjection => {
    const found = projections.find((projection) => projection.name === name);
    if (found === undefined) throw new RangeError(`projection: unknown name "${name}"; known: ${projections.map((p) => p.name).join(', ')}`);
    return found;
  };

  const rebuildNow = async (names: readonly string[]) => {
    const chosen = names.map(projectionNamed);
    chosen.forEach((projection) => rebuilding.add(projection.name));
    const onProgress = (progress: RebuildProgress) => {
      // Only the projections the read stream after stream is building; the others wait for the read by position.
      const building = chosen.filter((projection) => progress.eventsByStream === undefined || projection.rowsFollowOneStream === true);
      building.forEach((projection) => eventsByStream.set(projection.name, progress.eventsByStream ?? null));
      options.onProgress?.(progress);
    };
    try {
      const failures = await rebuildProjections(eventStore, context, chosen, batchSize, serialise, onProgress);
      failures.forEach((failure) => options.onFailure?.(failure));
      return failures;
    } finally {
      chosen.forEach((projection) => {
        rebuilding.delete(projection.name);
        eventsByStream.delete(projection.name);
      });
    }
  };

  const initialise = (): Promise<void> =>
    (initialised ??= (async () => {
      const stale: string[] = [];
      for (const projection of projections) {
        if ((await serialise(() => ensureActiveVersion(readModels, projection))) === 'stale') stale.push(projection.name);
      }
      if (stale.length > 0) await rebuildNow(stale);
    })().catch((error: unknown) => {
      initialised = null;
      throw error;
    }));

  const rebuild = async (names: readonly string[] = projections.map((projection) => projection.name)) => {
    await initialise();
    return rebuildNow(names);
  };

  const activeVersions = async () => {
    const found: { readonly projection: RowProjection; readonly state: ProjectionVersionState }[] = [];
    for (const projection of projections) {
      const state = activeOf(await versionStates(readModels.db, projection.name));
      if (state !== undefined && state.failure === null) found.push({ projection, state });
    }
    return found;
  };

  const applyToActive = (events: readonly ProjectionEvent[], refresh: boolean) =>
    serialise(async () => {
      for (const { projection, state } of await activeVersions()) {
        const failure = await processBatch(context, projection, state.version, events, refresh);
        if (failure !== null) options.onFailure?.(failure);
      }
    });

  const lowestCheckpoint = async (): Promise<bigint | null> => {
    const positions = (await activeVersions()).map(({ state }) => state.position);
    if (positions.length === 0 || positions.some((position) => position === null)) return null;
    return (positions as readonly bigint[]).reduce((lowest, position) => (position < lowest ? position : lowest));
  };

  const catchUp = async (catchUpOptions: { readonly until?: bigint } = {}) => {
    await initialise();
    mode = live === null ? 'catching_up' : mode;
    try {
      for await (const page of readAhead(readPages(eventStore, await lowestCheckpoint(), batchSize, catchUpOptions.until))) {
        await applyToActive(page, false);
        await giveWay();
      }
      await applyToActive([], true);
    } finally {
      mode = live === null ? 'idle' : mode;
    }
  };

  /**
   * Projections that have applied nothing yet, over a store that already holds events (read models new
   * beside an existing store: moved to another database, say, or deleted), are built as a rebuild builds
   * them, stream after stream where the store can read that way, instead of caught up by position, which
   * meets each participant's rows again on every page she has an event on.
   */
  const buildUnstarted = async () => {
    const unstarted = (await activeVersions()).filter(({ state }) => state.position === null).map(({ projection }) => projection.name);
    if (unstarted.length === 0) return;
    try {
      if ((await lastPositionOf(eventStore)) !== null) await rebuildNow(unstarted);
    } catch {
      // Only a faster way to the same rows: when it cannot finish (an event the store cannot read, say), the
      // catch-up by position that follows meets the same trouble and reports it as it always has. What it
      // left half-built is dropped on the next start.
    }
  };

  const start = async () => {
    if (live !== null) return;
    await initialise();
    await buildUnstarted();
    stoppedBy = null;
    const from = await lowestCheckpoint();
    const subscription = eventStore.subscribeToAll({ fromPosition: from === null ? 'start' : from });
    let markLive: () => void = () => undefined;
    const caughtUp = new Promise<void>((resolve) => (markLive = resolve));
    mode = 'catching_up';
    const loop = async () => {
      for await (const batch of liveBatches(subscription[Symbol.asyncIterator](), batchSize, options.lingerMs ?? 20, options.idleMs ?? 60_000)) {
        await applyToActive(batch.events, batch.atHead);
        await giveWay();
        if (batch.atHead) {
          mode = 'live';
          markLive();
        }
      }
    };
    const done = loop()
      .catch((error: unknown) => {
        stoppedBy = error instanceof Error ? error.message : String(error);
      })
      .finally(() => {
        mode = 'idle';
        markLive();
      });
    live = { subscription, done };
    await caughtUp;
    if (stoppedBy !== null) throw new Error(`projection runner stopped: ${stoppedBy}`);
  };

  const stop = async () => {
    const current = live;
    if (current === null) return;
    live = null;
    await current.subscription.close();
    await current.done;
  };

  /**
   * Clears the failure and brings that projection up to the head from its own checkpoint before the
   * live loop (or a catch-up) sees it again: the events it missed while failed are applied, in order,
   * exactly once. If the event is refused again, the failure is recorded again.
   */
  const retry = async (name: string) => {
    const projection = projectionNamed(name);
    await serialise(async () => {
      const active = activeOf(await versionStates(readModels.db, projection.name));
      if (active === undefined || active.failure === null) return;
      await saveFailure(readModels.db, projection.name, active.version, null);
      for await (const page of readPages(eventStore, active.position, batchSize)) {
        const failure = await processBatch(context, projection, active.version, page, false);
        if (failure !== null) {
          options.onFailure?.(failure);
          return;
        }
      }
      await processBatch(context, projection, active.version, [], true);
    });
  };

  /** Read-only: it never initialises or migrates, so a process that only watches (e.g. /health) changes nothing. */
  const status = async (): Promise<readonly ProjectionStatus[]> => {
    const now = new Date();
    const statuses: ProjectionStatus[] = [];
    for (const projection of projections) {
      const states = await versionStates(readModels.db, projection.name);
      const active = activeOf(states);
      const building = states.find((state) => state.status === 'building');
      const position = active?.position ?? null;
      statuses.push({
        name: projection.name,
        version: active?.version ?? 0,
        state: active?.failure ? 'failed' : rebuilding.has(projection.name) ? 'rebuilding' : mode,
        position,
        ...(await lagAfter(eventStore, position, now)),
        failure: active?.failure ?? null,
        rebuild:
          building === undefined
            ? null
            : { version: building.version, position: building.position, eventsByStream: eventsByStream.get(projection.name) ?? null },
        stoppedBy,
        skipped: eventStore.skippedRecords?.() ?? null,
      });
    }
    return statuses;
  };

  return { catchUp, start, stop, rebuild, retry, status };
};

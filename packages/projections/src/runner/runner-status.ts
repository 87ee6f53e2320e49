import type { EventStore, SkippedRecords } from '@binaan/event-store';

export type RunnerState = 'idle' | 'catching_up' | 'live' | 'rebuilding' | 'failed';

export interface ProjectionStatus {
  readonly name: string;
  readonly version: number;
  readonly state: RunnerState;
  /** The last global position applied to the active tables; null before the first event. */
  readonly position: bigint | null;
  /** Events in the store after `position`, counted up to `lagCountLimit`. */
  readonly lagEvents: number;
  readonly lagEventsCapped: boolean;
  /** Age of the oldest event not yet applied, by the store's clock; 0 when caught up. */
  readonly lagSeconds: number;
  /** Set when a reducer refused an event: the projection holds its checkpoint until `retry`. */
  readonly failure: { readonly position: bigint; readonly message: string } | null;
  /**
   * A new version being built: its checkpoint, and while this process builds it stream after stream
   * (when the checkpoint stays null until the build has read the whole log), how many events it has applied.
   */
  readonly rebuild: { readonly version: number; readonly position: bigint | null; readonly eventsByStream: number | null } | null;
  /**
   * Why the live loop ended, when something other than a projection failed: the database went away,
   * or the store met one of Binaan's own events it cannot read (the message names its position, type and why).
   */
  readonly stoppedBy: string | null;
  /**
   * What the store passed over in `$all` as not Binaan's (the server's own records, links, other
   * applications' streams), when it counts that (EventStoreDB); null for a store that holds Binaan's events only.
   */
  readonly skipped: SkippedRecords | null;
}

export const lagCountLimit = 10_000;

export const lagAfter = async (
  eventStore: EventStore,
  position: bigint | null,
  now: Date,
): Promise<Pick<ProjectionStatus, 'lagEvents' | 'lagEventsCapped' | 'lagSeconds'>> => {
  let lagEvents = 0;
  let oldest: Date | null = null;
  // From the checkpoint itself (inclusive), skipping it: see read-page.ts for why not `position + 1`.
  const read = eventStore.readAll({ fromPosition: position ?? 'start', maxCount: position === null ? lagCountLimit : lagCountLimit + 1 });
  try {
    for await (const event of read) {
      if (position !== null && event.position <= position) continue;
      oldest ??= event.created;
      lagEvents += 1;
    }
  } catch {
    // An event the store cannot read stops the count there; the live loop reports it (stoppedBy), and a status must still answer.
  }
  return {
    lagEvents,
    lagEventsCapped: lagEvents === lagCountLimit,
    lagSeconds: oldest === null ? 0 : Math.max(0, (now.getTime() - oldest.getTime()) / 1000),
  };
};

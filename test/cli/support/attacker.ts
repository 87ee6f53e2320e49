import type { JsonObject } from '@binaan/canonical-json';

/** What a tamper test does to a store, whichever store it is. */
export interface Attacker {
  /** A participant stream with at least `events` events: long enough to tamper in its middle. */
  participantStreamWith(events: number): string;
  eventsIn(streamName: string): number;
  /** One byte of the stored data: a digit changed, the JSON still valid. */
  changeOneByte(streamName: string, revision: number): void;
  deleteEvent(streamName: string, revision: number): void;
  swapRevisions(streamName: string, first: number, second: number): void;
  /**
   * A forged event at `revision` whose hash is recomputed over its content but whose prevHash is made
   * up; the genuine events from `revision` on move up one to make room. Returns the forged event's id.
   */
  insertForged(streamName: string, revision: number): Promise<string> | string;
  /** Every event of the stream changed, the whole chain recomputed: no link is broken. */
  rewriteStreamConsistently(streamName: string): void;
  close(): void;
}

export const FORGED_EVENT_ID = '0badc0de-0000-4000-8000-000000000001';

/** The first date in the data moved to another day of its month. */
export const backdated = (data: JsonObject): JsonObject =>
  JSON.parse(
    JSON.stringify(data).replace(
      /"(\d{4})-(\d{2})-(\d{2})"/,
      (_match, year: string, month: string, day: string) => `"${year}-${month}-${day === '01' ? '02' : '01'}"`,
    ),
  ) as JsonObject;

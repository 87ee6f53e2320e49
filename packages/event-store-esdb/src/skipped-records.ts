import type { SkippedRecords } from '@binaan/event-store';

export type SkipReason = 'system' | 'links' | 'foreign';

export interface SkipLedger {
  /** Counts a record passed over by a forwards read or a subscription, once: later passes over it are not counted. */
  skipped(reason: SkipReason, position: bigint, streamName: string): void;
  counts(): SkippedRecords;
}

/**
 * Each record is counted once however many reads pass it, by keeping the highest position counted:
 * the log is only ever appended to, so a record at or below it was counted already (or lies before
 * where this process started reading, and so before what it reports on).
 */
export const createSkipLedger = (): SkipLedger => {
  const counts = { system: 0, links: 0, foreign: 0 };
  const foreignStreams = new Set<string>();
  let highest = -1n;
  return {
    skipped: (reason, position, streamName) => {
      if (position <= highest) {
        return;
      }
      highest = position;
      counts[reason] += 1;
      if (reason === 'foreign') {
        foreignStreams.add(streamName);
      }
    },
    counts: () => ({ ...counts, foreignStreams: foreignStreams.size }),
  };
};

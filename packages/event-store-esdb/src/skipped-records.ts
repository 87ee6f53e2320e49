import type { SkippedRecords } from '@binaan/event-store';

export type SkipReason = 'system' | 'links' | 'foreign';

export interface SkipLedger {
  /** Counts a record passed over by a forwards read or a subscription, once: later passes over it are not counted. */
  skipped(reason: SkipReason, position: bigint, streamName: string): void;
  counts(): SkippedRecords;
}

/**
 * Each record is counted at most once however many reads pass it, by keeping per reason the highest
 * position counted: the log is only ever appended to, so a record at or below it was counted already
 * (or lies before where reads in this process began). Per reason, because a subscription the server
 * filters may pass the foreign events but never see the system records between them.
 */
export const createSkipLedger = (): SkipLedger => {
  const counts = { system: 0, links: 0, foreign: 0 };
  const highest = { system: -1n, links: -1n, foreign: -1n };
  const foreignStreams = new Set<string>();
  return {
    skipped: (reason, position, streamName) => {
      if (position <= highest[reason]) {
        return;
      }
      highest[reason] = position;
      counts[reason] += 1;
      if (reason === 'foreign') {
        foreignStreams.add(streamName);
      }
    },
    counts: () => ({ ...counts, foreignStreams: foreignStreams.size }),
  };
};

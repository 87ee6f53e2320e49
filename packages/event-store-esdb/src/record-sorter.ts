import type { AllStreamResolvedEvent, ResolvedEvent } from '@eventstore/db-client';
import type { RecordedEvent } from '@binaan/event-store';
import { classifyClientEvent, type OwnStreams } from './client-events';
import type { SkipLedger } from './skipped-records';

/** Turns a client record into the port's event, or undefined; `count` records the skip in the ledger. */
export type RecordSorter = (resolved: ResolvedEvent | AllStreamResolvedEvent, count: boolean) => RecordedEvent | undefined;

export const createRecordSorter =
  (ownStreams: OwnStreams, ledger: SkipLedger): RecordSorter =>
  (resolved, count) => {
    const sorted = classifyClientEvent(resolved, ownStreams);
    if (sorted.kind === 'skipped' && count) {
      ledger.skipped(sorted.reason, sorted.position, sorted.streamName);
    }
    return sorted.kind === 'event' ? sorted.event : undefined;
  };

import type { MemoryEventStore, RecordedEvent } from '@binaan/event-store';
import { wireBodyOf } from './wire-bodies';

/** What a stream's latest `$$<stream>` record keeps of it (EventStoreDB's `$maxCount`, `$maxAge` in seconds, `$tb`). */
export interface StreamRetention {
  readonly maxCount?: bigint;
  readonly maxAgeSeconds?: number;
  readonly truncateBefore?: bigint;
}

const positiveInteger = (value: unknown): bigint | undefined =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 ? BigInt(value) : undefined;

const parse = (record: RecordedEvent): Record<string, unknown> => {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(wireBodyOf(record).data).toString('utf8'));
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
};

/** The retention settings in force for `streamName`: those of its metastream's last record. */
export const retentionOf = (store: MemoryEventStore, streamName: string): StreamRetention => {
  const metadata = store.storage.streamRecords(`$$${streamName}`).at(-1);
  if (metadata === undefined) {
    return {};
  }
  const settings = parse(metadata);
  const maxCount = positiveInteger(settings['$maxCount']);
  const maxAge = positiveInteger(settings['$maxAge']);
  const truncateBefore = positiveInteger(settings['$tb']);
  return {
    ...(maxCount === undefined ? {} : { maxCount }),
    ...(maxAge === undefined ? {} : { maxAgeSeconds: Number(maxAge) }),
    ...(truncateBefore === undefined ? {} : { truncateBefore }),
  };
};

/**
 * Whether a stream read still shows `record`: revisions before `$tb`, beyond the last `$maxCount`
 * and older than `$maxAge` are gone from stream reads at once (they stay in `$all` until a scavenge,
 * which the stand-in never runs).
 */
export const isRetained = (retention: StreamRetention, lastRevision: bigint, now: Date, record: RecordedEvent): boolean =>
  (retention.truncateBefore === undefined || record.revision >= retention.truncateBefore) &&
  (retention.maxCount === undefined || record.revision > lastRevision - retention.maxCount) &&
  (retention.maxAgeSeconds === undefined || now.getTime() - record.created.getTime() <= retention.maxAgeSeconds * 1000);

/** The visibility test for one stream's records as it stands now. */
export const retainedIn = (store: MemoryEventStore, streamName: string, now: Date): ((record: RecordedEvent) => boolean) => {
  const retention = retentionOf(store, streamName);
  const lastRevision = BigInt(store.storage.streamRecords(streamName).length) - 1n;
  return (record) => isRetained(retention, lastRevision, now, record);
};

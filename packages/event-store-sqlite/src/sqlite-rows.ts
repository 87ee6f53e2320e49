import type { RecordedEvent } from '@binaan/event-store';
import type { EventRow } from './sqlite-statements';

/** SQLite holds signed 64-bit integers; larger bounds (2^64 stands for "the end") are clamped before binding. */
export const INT64_MAX = 2n ** 63n - 1n;

export const clampToInt64 = (value: bigint): bigint => (value > INT64_MAX ? INT64_MAX : value);

export const toRecordedEvent = (row: EventRow): RecordedEvent => ({
  id: row[3],
  type: row[4],
  streamName: row[1],
  revision: row[2],
  position: row[0],
  data: JSON.parse(row[5]),
  metadata: row[6] === '{}' ? {} : JSON.parse(row[6]),
  created: new Date(Number(row[7])),
});

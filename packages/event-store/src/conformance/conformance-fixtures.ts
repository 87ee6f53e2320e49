import { randomUUID } from 'node:crypto';
import { expect } from '@jest/globals';
import { StreamDeletedError, StreamNotFoundError, WrongExpectedVersionError, type ActualRevision } from '../port/errors';
import type { EventStore } from '../port/event-store';
import type { JsonObject } from '@binaan/canonical-json';
import type { ProposedEvent, RecordedEvent } from '../port/events';

/** The store under test, available once the suite's beforeAll has run. */
export interface ConformanceContext {
  store(): EventStore;
}

/** Every test writes to its own streams, so the suite also runs against a shared, non-empty server. */
export const uniqueStreamName = (label: string): string => `conformance-${label}-${randomUUID()}`;

/** A prefix no other test (or earlier run) uses; streams are named `${prefix}${suffix}`. */
export const uniquePrefix = (label: string): string => `conformance-${label}-${randomUUID()}-`;

export const proposedEvent = (type = 'SomethingHappened', data: JsonObject = { n: 1 }, metadata?: JsonObject): ProposedEvent =>
  metadata === undefined ? { id: randomUUID(), type, data } : { id: randomUUID(), type, data, metadata };

/** An event with the given data, which need not be JSON: for the checks that must refuse it. */
export const withData = (data: unknown): ProposedEvent => ({ ...proposedEvent(), data: data as ProposedEvent['data'] });

export const someEvents = (count: number, type = 'SomethingHappened'): readonly ProposedEvent[] =>
  Array.from({ length: count }, (_, n) => proposedEvent(type, { n }));

export const collect = async <T>(items: AsyncIterable<T>): Promise<readonly T[]> => {
  const collected: T[] = [];
  for await (const item of items) collected.push(item);
  return collected;
};

export const readIds = async (store: EventStore, streamName: string): Promise<readonly string[]> =>
  (await collect(store.readStream(streamName))).map((event) => event.id);

export const revisionsOf = (events: readonly RecordedEvent[]): readonly bigint[] => events.map((event) => event.revision);

export const expectWrongExpectedVersion = async (
  attempt: Promise<unknown>,
  streamName: string,
  actual: ActualRevision,
): Promise<void> => {
  const error = await attempt.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(WrongExpectedVersionError);
  expect(error).toMatchObject({ streamName, actual });
};

export const expectStreamDeleted = async (attempt: Promise<unknown>, streamName: string): Promise<void> => {
  await expect(attempt).rejects.toBeInstanceOf(StreamDeletedError);
  await expect(attempt).rejects.toMatchObject({ streamName });
};

export const expectStreamNotFound = async (attempt: Promise<unknown>, streamName: string): Promise<void> => {
  await expect(attempt).rejects.toBeInstanceOf(StreamNotFoundError);
  await expect(attempt).rejects.toMatchObject({ streamName });
};

/** The item at `index`, failing the test if there is none. */
export const nth = <T>(items: readonly T[], index: number): T => {
  const item = items[index];
  if (item === undefined) throw new Error(`expected an item at index ${index}, found ${items.length} items`);
  return item;
};

export const expectStrictlyIncreasing = (values: readonly bigint[]): void => {
  values.slice(1).forEach((value, index) => expect(value > nth(values, index)).toBe(true));
};

import { describe, expect, it } from '@jest/globals';
import { InvalidAppendError } from '../port/errors';
import { MAX_APPEND_BYTES } from '../port/limits';
import type { AppendOptions } from '../port/options';
import type { ProposedEvent } from '../port/events';
import {
  collect,
  expectStreamNotFound,
  nth,
  proposedEvent,
  readIds,
  someEvents,
  uniqueStreamName,
  withData,
  type ConformanceContext,
} from './conformance-fixtures';

class Participant {
  readonly name = 'Sri Wahyuni';
}

const circular = (): Record<string, unknown> => {
  const data: Record<string, unknown> = { n: 1 };
  data['self'] = data;
  return data;
};

/** Each bad append and the field its InvalidAppendError must name. */
const badAppends: ReadonlyArray<readonly [string, readonly unknown[], string]> = [
  ['a function', [withData({ f: () => 1 })], 'events[0].data.f'],
  ['a bigint', [withData({ amount: 10n })], 'events[0].data.amount'],
  ['an undefined value', [withData({ missing: undefined })], 'events[0].data.missing'],
  ['a cycle', [withData(circular())], 'events[0].data.self'],
  ['NaN', [withData({ score: Number.NaN })], 'events[0].data.score'],
  ['Infinity in an array', [withData({ scores: [1, Number.POSITIVE_INFINITY] })], 'events[0].data.scores[1]'],
  ['a Date', [withData({ on: new Date(0) })], 'events[0].data.on'],
  ['a Map', [withData({ lookup: new Map() })], 'events[0].data.lookup'],
  ['a class instance', [withData({ who: new Participant() })], 'events[0].data.who'],
  ['an array as data', [withData([1, 2])], 'events[0].data'],
  ['null as data', [withData(null)], 'events[0].data'],
  ['non-JSON metadata', [{ ...proposedEvent(), metadata: { at: new Date(0) } }], 'events[0].metadata.at'],
  ['a bad second event', [proposedEvent(), withData({ 'odd key': () => 1 })], 'events[1].data["odd key"]'],
  ['an id that is not a UUID', [{ ...proposedEvent(), id: 'not-a-uuid' }], 'events[0].id'],
  ['an empty type', [{ ...proposedEvent(), type: '' }], 'events[0].type'],
  ['a reserved type', [{ ...proposedEvent(), type: '$metadata' }], 'events[0].type'],
  ['no events', [], 'events'],
  ['one oversize event', [proposedEvent('Big', { text: 'x'.repeat(MAX_APPEND_BYTES) })], 'events'],
  [
    'an oversize total',
    [proposedEvent('Big', { text: 'x'.repeat(MAX_APPEND_BYTES / 2) }), proposedEvent('Big', { text: 'x'.repeat(MAX_APPEND_BYTES / 2) })],
    'events',
  ],
];

const badStreamNames: ReadonlyArray<readonly [string, unknown]> = [
  ['empty', ''],
  ['reserved for system streams', '$ce-peserta'],
  ['with a control character', 'peserta\u0000x'],
  ['longer than 256 bytes', `peserta-${'é'.repeat(130)}`],
];

export const validationCases = (context: ConformanceContext): void => {
  describe('appendToStream refuses invalid input and writes nothing', () => {
    for (const [label, events, field] of badAppends) {
      it(`refuses ${label}, naming ${field}`, async () => {
        const store = context.store();
        const streamName = uniqueStreamName('invalid');
        const attempt = store.appendToStream(streamName, events as ProposedEvent[]);
        await expect(attempt).rejects.toBeInstanceOf(InvalidAppendError);
        await expect(attempt).rejects.toMatchObject({ field });
        await expectStreamNotFound(collect(store.readStream(streamName)), streamName);
      });
    }

    for (const [label, streamName] of badStreamNames) {
      it(`refuses a stream name ${label}`, async () => {
        const attempt = context.store().appendToStream(streamName as string, someEvents(1));
        await expect(attempt).rejects.toBeInstanceOf(InvalidAppendError);
        await expect(attempt).rejects.toMatchObject({ field: 'streamName' });
      });
    }

    it('refuses an expected revision that is not a case of the port', async () => {
      for (const expectedRevision of [-1n, 1, 'latest']) {
        const options = { expectedRevision } as unknown as AppendOptions;
        const attempt = context.store().appendToStream(uniqueStreamName('invalid-expected'), someEvents(1), options);
        await expect(attempt).rejects.toMatchObject({ field: 'options.expectedRevision' });
      }
    });

    it('leaves an existing stream as it was', async () => {
      const store = context.store();
      const streamName = uniqueStreamName('invalid-existing');
      const events = someEvents(2);
      await store.appendToStream(streamName, events);
      await expect(store.appendToStream(streamName, [proposedEvent(), withData({ f: () => 1 })])).rejects.toBeInstanceOf(
        InvalidAppendError,
      );
      expect(await readIds(store, streamName)).toEqual(events.map((event) => event.id));
    });

    it('accepts an append just under the size limit', async () => {
      const store = context.store();
      const streamName = uniqueStreamName('large');
      const event = proposedEvent('Big', { text: 'x'.repeat(MAX_APPEND_BYTES - 4_096) });
      await store.appendToStream(streamName, [event]);
      const recorded = nth(await collect(store.readStream(streamName)), 0);
      expect(recorded.data).toEqual(event.data);
    });
  });
};

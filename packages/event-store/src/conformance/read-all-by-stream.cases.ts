import { beforeAll, describe, expect, it } from '@jest/globals';
import type { EventStore } from '../port/event-store';
import type { RecordedEvent } from '../port/events';
import type { ReadAllByStreamOptions } from '../port/options';
import { collect, nth, proposedEvent, uniquePrefix, type ConformanceContext } from './conformance-fixtures';

type ByStreamStore = EventStore & Required<Pick<EventStore, 'readAllByStream'>>;

const idsOf = (events: readonly RecordedEvent[]): readonly string[] => events.map((event) => event.id);

/** The stream names in the order they were met, each once a run of its events ended. */
const runsOf = (events: readonly RecordedEvent[]): readonly string[] =>
  events.reduce<string[]>((runs, event) => (runs.at(-1) === event.streamName ? runs : [...runs, event.streamName]), []);

const byStreamCases = (context: ConformanceContext, store: () => ByStreamStore): void => {
  const prefix = uniquePrefix('by-stream');
  // Appended in an order unlike their names' order, so a read by position and one by stream differ.
  const [early, middle, late, deleted] = [`${prefix}c`, `${prefix}a`, `${prefix}b`, `${prefix}d`];
  let untilPosition = 0n;
  let kept: readonly RecordedEvent[] = [];
  const ours = async (options: ReadAllByStreamOptions) =>
    (await collect(store().readAllByStream(options))).filter((event) => event.streamName.startsWith(prefix));

  beforeAll(async () => {
    const writer = context.store();
    for (let round = 0; round < 3; round += 1) {
      for (const streamName of [early, middle, late]) await writer.appendToStream(streamName, [proposedEvent('Step', { round })]);
    }
    await writer.appendToStream(deleted, [proposedEvent('Step', { round: 0 })]);
    await writer.deleteStream(deleted); // writes a system record, which neither read yields
    untilPosition = (await writer.appendToStream(late, [proposedEvent('Step', { round: 3 })])).position;
    await writer.appendToStream(middle, [proposedEvent('Step', { round: 4 })]);
    kept = (await collect(writer.readAll({ filter: { streamPrefixes: [prefix] } }))).filter((event) => event.position <= untilPosition);
  });

  it('yields the events readAll yields up to untilPosition, each once, and no system record', async () => {
    const events = await ours({ untilPosition });
    expect([...idsOf(events)].sort()).toEqual([...idsOf(kept)].sort());
    expect(events).toHaveLength(kept.length);
    expect(kept.length).toBeGreaterThanOrEqual(10);
    expect(events.some((event) => event.type.startsWith('$'))).toBe(false);
  });

  it('yields each stream’s events together and in revision order', async () => {
    const events = await ours({ untilPosition });
    const streams = [...new Set(kept.map((event) => event.streamName))];
    expect([...runsOf(events)].sort()).toEqual(streams.sort());
    for (const streamName of streams) {
      const revisions = events.filter((event) => event.streamName === streamName).map((event) => event.revision);
      expect(revisions).toEqual(revisions.map((_, index) => BigInt(index)));
    }
  });

  it('gives the events as readAll does, with their positions', async () => {
    const byId = new Map(kept.map((event) => [event.id, event]));
    for (const event of await ours({ untilPosition })) expect(event).toEqual(byId.get(event.id));
  });

  it('resumes after any event it yielded, with the rest of the same order', async () => {
    const whole = await ours({ untilPosition });
    for (let index = 0; index < whole.length; index += 1) {
      const { streamName, revision } = nth(whole, index);
      expect(idsOf(await ours({ untilPosition, after: { streamName, revision } }))).toEqual(idsOf(whole.slice(index + 1)));
    }
  });

  it('yields nothing up to a position before every event', async () => {
    expect(await collect(store().readAllByStream({ untilPosition: -1n }))).toEqual([]);
  });
};

export const readAllByStreamCases = (context: ConformanceContext, offered: boolean): void => {
  describe('readAllByStream (the log stream after stream)', () => {
    if (offered) {
      byStreamCases(context, () => context.store() as ByStreamStore);
      return;
    }
    it('is not offered, so callers read by position', () => {
      expect(context.store().readAllByStream).toBeUndefined();
    });
  });
};

import type { RecordedEvent } from '@binaan/event-store';
import { createRevisionOrder } from './revision-order';

const event = (streamName: string, revision: number, position: number): RecordedEvent => ({
  id: `${streamName}/${revision}@${position}`,
  type: 'ModuleCompleted',
  streamName,
  revision: BigInt(revision),
  position: BigInt(position),
  data: {},
  metadata: {},
  created: new Date(0),
});

const order = (events: readonly RecordedEvent[], holdLimit?: number): string[] => {
  const emitted: string[] = [];
  const sorter = createRevisionOrder((item) => emitted.push(item.id), holdLimit);
  events.forEach(sorter.push);
  sorter.end();
  return emitted;
};

describe('createRevisionOrder', () => {
  it('lets an untouched store through as it is, interleaved streams included', () => {
    const events = [event('a', 0, 1), event('b', 0, 2), event('a', 1, 3), event('b', 1, 4)];
    expect(order(events)).toEqual(events.map((item) => item.id));
  });

  it('puts two events whose revisions were swapped in the storage back in revision order', () => {
    expect(order([event('a', 0, 1), event('a', 1, 2), event('a', 3, 3), event('b', 0, 4), event('a', 2, 5), event('a', 4, 6)])).toEqual([
      'a/0@1',
      'a/1@2',
      'b/0@4',
      'a/2@5',
      'a/3@3',
      'a/4@6',
    ]);
  });

  it('lets the events after a gap that never fills through at the end, in revision order', () => {
    expect(order([event('a', 0, 1), event('a', 3, 2), event('a', 2, 3), event('b', 0, 4)])).toEqual(['a/0@1', 'b/0@4', 'a/2@3', 'a/3@2']);
  });

  it('passes a revision that was already seen straight on, for the verifier to judge', () => {
    expect(order([event('a', 0, 1), event('a', 1, 2), event('a', 1, 3)])).toEqual(['a/0@1', 'a/1@2', 'a/1@3']);
  });

  it('holds no more than the limit', () => {
    expect(order([event('a', 5, 1), event('a', 6, 2), event('a', 7, 3)], 1)).toEqual(['a/5@1', 'a/6@2', 'a/7@3']);
  });
});

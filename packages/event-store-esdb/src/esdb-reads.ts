import type { EventStoreDBClient } from '@eventstore/db-client';
import type { EventSchema } from '@binaan/event-store';
import type { ReadAllOptions, ReadStreamOptions } from '@binaan/event-store';
import type { RecordedEvent } from '@binaan/event-store';
import { checkStreamNameToRead, planAllRead, planStreamRead } from '@binaan/event-store/adapter-kit';
import { compileFilter } from '@binaan/event-store/adapter-kit';
import { toClientReadAllOptions, toClientReadStreamOptions } from './client-options';
import { iterateClientRead } from './client-read';
import type { RecordSorter } from './record-sorter';

export const readStreamThroughClient =
  (client: EventStoreDBClient, schema: EventSchema, sort: RecordSorter) =>
  (streamName: string, options?: ReadStreamOptions): AsyncIterable<RecordedEvent> => ({
    async *[Symbol.asyncIterator]() {
      const name = checkStreamNameToRead(streamName);
      const read = client.readStream(name, toClientReadStreamOptions(planStreamRead(options)));
      for await (const resolved of iterateClientRead(read, { streamName: name })) {
        const recorded = sort(resolved, false);
        if (recorded !== undefined) {
          yield schema.upcast(recorded);
        }
      }
    },
  });

/**
 * The port's filter and `maxCount` apply on this side: the 6.x client sends no filter with readAll.
 * Records the port does not show are skipped (and counted, reading forwards).
 */
export const readAllThroughClient =
  (client: EventStoreDBClient, schema: EventSchema, sort: RecordSorter) =>
  (options?: ReadAllOptions): AsyncIterable<RecordedEvent> => ({
    async *[Symbol.asyncIterator]() {
      const matches = compileFilter(options?.filter, 'options.filter');
      const plan = planAllRead(options);
      let remaining = plan.maxCount;
      if (remaining === 0n) {
        return;
      }
      const read = client.readAll(toClientReadAllOptions(plan));
      const forwards = plan.direction === 'forwards';
      for await (const resolved of iterateClientRead(read, { streamName: '$all' })) {
        const recorded = sort(resolved, forwards);
        if (recorded !== undefined && matches(recorded.streamName, recorded.type)) {
          yield schema.upcast(recorded);
          remaining -= 1n;
          if (remaining === 0n) {
            return;
          }
        }
      }
    },
  });

import { BACKWARDS, END, type EventStoreDBClient } from '@eventstore/db-client';
import type { EventSchema } from '@binaan/event-store';
import type { SubscribeToAllOptions } from '@binaan/event-store';
import type { Subscription } from '@binaan/event-store';
import { BEYOND_LAST, checkStartPoint } from '@binaan/event-store/adapter-kit';
import { compileFilter } from '@binaan/event-store/adapter-kit';
import { toServerSideFilter } from './client-options';
import { iterateClientRead } from './client-read';
import type { RecordSorter } from './record-sorter';
import { createResilientSubscription, type ReconnectPolicy } from './resilient-subscription';

/** 'end' is fixed when subscribing, so a reconnect before the first event does not skip what came meanwhile. */
const positionOfLastEvent = async (client: EventStoreDBClient): Promise<bigint> => {
  const read = client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 1 });
  for await (const resolved of iterateClientRead(read, { streamName: '$all' })) {
    return resolved.event?.position.commit ?? resolved.commitPosition ?? 0n;
  }
  return 0n;
};

/** Asked at once, so the subscription means "after what is there now"; asked again only after a failure. */
const startResolver = (client: EventStoreDBClient, from: bigint): (() => Promise<bigint>) => {
  const resolve = (): Promise<bigint> => (from >= BEYOND_LAST ? positionOfLastEvent(client) : Promise.resolve(from));
  let first: Promise<bigint> | undefined = resolve();
  // Iterating reports a failure; until then it must not count as unhandled.
  first.catch(() => undefined);
  return () => {
    const answer = first ?? resolve();
    first = undefined;
    return answer;
  };
};

export const subscribeThroughClient =
  (client: EventStoreDBClient, schema: EventSchema, policy: ReconnectPolicy, sort: RecordSorter) =>
  (options?: SubscribeToAllOptions): Subscription => {
    const matches = compileFilter(options?.filter, 'options.filter');
    const from = checkStartPoint(options?.fromPosition, 'options.fromPosition', 'start');
    const filter = toServerSideFilter(options?.filter);
    return createResilientSubscription({
      start: startResolver(client, from),
      open: (fromPosition) => client.subscribeToAll({ fromPosition, ...(filter === undefined ? {} : { filter }) }),
      accept: (event) => matches(event.streamName, event.type),
      upcast: (event) => schema.upcast(event),
      sort: (resolved) => sort(resolved, true),
      policy,
    });
  };

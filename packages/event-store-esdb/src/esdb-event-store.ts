import { EventStoreDBClient } from '@eventstore/db-client';
import { anyJsonEvent, type EventSchema } from '@binaan/event-store';
import type { EventStore } from '@binaan/event-store';
import type { Subscription } from '@binaan/event-store';
import { catchUpConnectionString } from './catch-up-connection';
import { ownStreamsOf } from './client-events';
import { appendThroughClient } from './esdb-append';
import { deleteThroughClient, tombstoneThroughClient } from './esdb-deletes';
import { readAllThroughClient, readStreamThroughClient } from './esdb-reads';
import { subscribeThroughClient } from './esdb-subscribe';
import { createRecordSorter } from './record-sorter';
import { defaultReconnectPolicy, type ReconnectPolicy } from './resilient-subscription';
import { createSkipLedger } from './skipped-records';

export type EsdbConnection =
  /**
   * e.g. `esdb://localhost:2113?tls=false`; the store owns the client and disposes it on close. On a
   * cluster (`esdb://a,b,c` or `esdb+discover://`) a second client reads `$all` from a follower
   * (catch-up-connection.ts).
   */
  | { readonly connectionString: string }
  /** A client the caller owns: close() ends this store's subscriptions but leaves the client open. */
  | { readonly client: EventStoreDBClient };

export type EsdbEventStoreOptions = EsdbConnection & {
  readonly schema?: EventSchema;
  /** How subscribeToAll resubscribes after a dropped connection. */
  readonly reconnect?: Partial<ReconnectPolicy>;
  /**
   * The application's stream name prefixes. Events of other streams (other applications sharing the
   * cluster) are skipped and counted in `skippedRecords().foreign`. Default: every stream that is not
   * a `$` stream is the application's.
   */
  readonly ownStreamPrefixes?: readonly string[];
};

/** The EventStore port over EventStoreDB (or KurrentDB) through `@eventstore/db-client` 6.x. */
export const createEsdbEventStore = (options: EsdbEventStoreOptions): EventStore => {
  const ownsClient = 'connectionString' in options;
  const client = ownsClient ? EventStoreDBClient.connectionString(options.connectionString) : options.client;
  const followers = ownsClient ? catchUpConnectionString(options.connectionString) : undefined;
  const catchUpClient = followers === undefined ? client : EventStoreDBClient.connectionString(followers);
  const schema = options.schema ?? anyJsonEvent;
  const ledger = createSkipLedger();
  const sort = createRecordSorter(ownStreamsOf(options.ownStreamPrefixes), ledger);
  const subscribe = subscribeThroughClient(catchUpClient, schema, { ...defaultReconnectPolicy, ...options.reconnect }, sort);
  const openSubscriptions = new Set<Subscription>();

  return {
    appendToStream: appendThroughClient(client, schema),
    readStream: readStreamThroughClient(client, schema, sort),
    readAll: readAllThroughClient(catchUpClient, schema, sort),
    subscribeToAll: (subscribeOptions) => {
      const subscription = subscribe(subscribeOptions);
      openSubscriptions.add(subscription);
      return {
        [Symbol.asyncIterator]: () => subscription[Symbol.asyncIterator](),
        close: async () => {
          openSubscriptions.delete(subscription);
          await subscription.close();
        },
      };
    },
    deleteStream: deleteThroughClient(client),
    tombstoneStream: tombstoneThroughClient(client),
    skippedRecords: ledger.counts,
    close: async () => {
      await Promise.all([...openSubscriptions].map((subscription) => subscription.close()));
      openSubscriptions.clear();
      if (ownsClient) {
        await Promise.all([client.dispose(), ...(catchUpClient === client ? [] : [catchUpClient.dispose()])]);
      }
    },
  };
};

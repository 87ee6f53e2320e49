import { Server, ServerCredentials, type handleUnaryCall } from '@grpc/grpc-js';
import { GossipService } from '@eventstore/db-client/generated/gossip_grpc_pb';
import type { ClusterInfo } from '@eventstore/db-client/generated/gossip_pb';
import type { Empty } from '@eventstore/db-client/generated/shared_pb';
import { ServerFeaturesService } from '@eventstore/db-client/generated/serverfeatures_grpc_pb';
import { StreamsService } from '@eventstore/db-client/generated/streams_grpc_pb';
import { createMemoryEventStore, type MemoryEventStore } from '@binaan/event-store';
import { appendHandler } from './append-handler';
import { batchAppendHandler } from './batch-append-handler';
import { createCallLedger, type AllSubscriptionStart, type StreamsMethod } from './call-ledger';
import { deleteHandler, tombstoneHandler } from './delete-handlers';
import { leaderOnly, type LeaderElsewhere } from './leader-guard';
import { readHandler } from './read-handler';
import { serverFeaturesHandler, type AdvertisedFeatures } from './server-features';
import type { ImitatedServerVersion } from './server-version';
import type { StandInSettings } from './stand-in-settings';
import { createStopSignal } from './stop-signal';

export interface EsdbStandInOptions {
  /** 0 (the default) picks a free port; give the old one to restart in place. */
  readonly port?: number;
  /** The memory store behind the wire; pass a stopped stand-in's `store` to restart with its events. */
  readonly store?: MemoryEventStore;
  /** 'none' leaves ServerFeatures unimplemented, as servers before 21.10 did. Default 'all'. */
  readonly features?: AdvertisedFeatures | 'none';
  /** The release imitated where 23.10 and 24.10 differ (reported version, append size rule). Default '24.10' (24.10.4). */
  readonly version?: ImitatedServerVersion;
  /** The server's clock, for `$maxAge` and the records it writes itself. Default: the system clock. */
  readonly clock?: () => Date;
}

/** What a node of the cluster stand-in adds: its Gossip answer, and where the leader is when it is not. */
export interface ClusterNodeRole {
  readonly gossip: handleUnaryCall<Empty, ClusterInfo>;
  readonly leaderElsewhere: LeaderElsewhere;
}

export interface EsdbStandIn {
  /** `esdb://127.0.0.1:PORT?tls=false` */
  readonly connectionString: string;
  readonly port: number;
  readonly store: MemoryEventStore;
  /** Calls received per Streams method since this start. */
  calls(): Readonly<Record<StreamsMethod, number>>;
  readonly version: ImitatedServerVersion;
  /** Makes every later append wait `ms` before it is written (0: at once), so deadlines can pass. */
  delayAppends(ms: number): void;
  /**
   * Arms a crash: the next append is written to the log, then the node stops before it answers, so the
   * client sees UNAVAILABLE for a write that was made. Resolves once the node has stopped. `stop`
   * replaces the node's own stop (a cluster also moves the leadership).
   */
  crashAfterNextWrite(stop?: () => Promise<void>): Promise<void>;
  /** Where each subscription to $all started, in the order they came: 'start', 'end' or the commit position sent. */
  allSubscriptionStarts(): readonly AllSubscriptionStart[];
  /** Subscriptions (subscribeToAll/ToStream) the stand-in still serves; 0 once clients have cancelled. */
  openSubscriptions(): number;
  /** Ends open subscriptions and BatchAppend streams with UNAVAILABLE, closes the connections and frees the port. */
  stop(): Promise<void>;
}

/** Long enough for the UNAVAILABLE statuses to reach the clients; then whatever is left is cut. */
const GRACE_MS = 200;

const shutDown = (server: Server): Promise<void> =>
  new Promise((resolve) => {
    const timer = setTimeout(() => {
      server.forceShutdown();
      resolve();
    }, GRACE_MS);
    server.tryShutdown(() => {
      clearTimeout(timer);
      resolve();
    });
  });

const bind = (server: Server, port: number): Promise<number> =>
  new Promise((resolve, reject) => {
    server.bindAsync(`127.0.0.1:${port}`, ServerCredentials.createInsecure(), (error, boundPort) =>
      error === null ? resolve(boundPort) : reject(error),
    );
  });

/** An EventStoreDB gRPC server stand-in over the memory adapter, listening on 127.0.0.1. */
export const startEsdbStandIn = async (options: EsdbStandInOptions = {}, role?: ClusterNodeRole): Promise<EsdbStandIn> => {
  const store = options.store ?? createMemoryEventStore();
  const features = options.features ?? 'all';
  const settings: StandInSettings = { version: options.version ?? '24.10', clock: options.clock ?? (() => new Date()), appendDelayMs: 0, crashAfterWrite: undefined };
  const lifetime = createStopSignal();
  const server = new Server();
  const ledger = createCallLedger();
  const leaderElsewhere = role?.leaderElsewhere ?? (() => undefined);
  server.addService(StreamsService, {
    read: ledger.counted('read', leaderOnly(readHandler(store, settings, lifetime, ledger), leaderElsewhere)),
    append: ledger.counted('append', leaderOnly(appendHandler(store, settings), leaderElsewhere)),
    batchAppend: ledger.counted('batchAppend', leaderOnly(batchAppendHandler(store, settings, lifetime), leaderElsewhere)),
    delete: ledger.counted('delete', leaderOnly(deleteHandler(store), leaderElsewhere)),
    tombstone: ledger.counted('tombstone', leaderOnly(tombstoneHandler(store), leaderElsewhere)),
  });
  if (role !== undefined) {
    server.addService(GossipService, { read: role.gossip });
  }
  if (features !== 'none') {
    server.addService(ServerFeaturesService, { getSupportedMethods: serverFeaturesHandler(features, settings.version) });
  }
  const port = await bind(server, options.port ?? 0);
  const stop = async (): Promise<void> => {
    lifetime.stop();
    await shutDown(server);
  };
  return {
    connectionString: `esdb://127.0.0.1:${port}?tls=false`,
    port,
    store,
    version: settings.version,
    delayAppends: (ms) => {
      settings.appendDelayMs = ms;
    },
    crashAfterNextWrite: (stopNode = stop) =>
      new Promise<void>((stopped, failed) => {
        settings.crashAfterWrite = () => {
          stopNode().then(stopped, failed);
        };
      }),
    allSubscriptionStarts: ledger.allSubscriptionStarts,
    calls: ledger.calls,
    openSubscriptions: ledger.openSubscriptions,
    stop,
  };
};

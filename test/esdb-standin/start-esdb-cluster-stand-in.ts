import { randomUUID } from 'node:crypto';
import type { handleUnaryCall } from '@grpc/grpc-js';
import { ClusterInfo, EndPoint, MemberInfo } from '@eventstore/db-client/generated/gossip_pb';
import type { Empty } from '@eventstore/db-client/generated/shared_pb';
import { createMemoryEventStore } from '@binaan/event-store';
import type { LeaderEndpoint } from './leader-guard';
import { startEsdbStandIn, type EsdbStandIn, type EsdbStandInOptions } from './start-esdb-stand-in';
import { ticksOf, uuidOf } from './wire-codec';

export type EsdbClusterStandInOptions = Omit<EsdbStandInOptions, 'port'> & {
  /** Nodes in the cluster; default 3. */
  readonly nodes?: number;
};

export interface EsdbClusterStandIn {
  /** `esdb://127.0.0.1:P1,127.0.0.1:P2,127.0.0.1:P3?tls=false`: the client gossips with the seeds and picks the leader. */
  readonly connectionString: string;
  /** `esdb+discover://127.0.0.1:P1?tls=false`: discovery through the first node. */
  readonly discoverConnectionString: string;
  readonly ports: readonly number[];
  /** The replicated log every node serves (followers are always in sync). */
  readonly store: EsdbStandIn['store'];
  /** The node running at `index` (a new object after a restart); undefined while stopped. */
  node(index: number): EsdbStandIn | undefined;
  leader(): number;
  /** Elects node `index` (running) leader; the others become followers. */
  moveLeader(index: number): void;
  /** Stops node `index`; if it led, the next running node takes over (failover). */
  stopNode(index: number): Promise<void>;
  /**
   * A failover in the worst place: the leader writes the next append to the log, then dies before it
   * answers (the client sees UNAVAILABLE), and the next running node leads. Resolves once the old
   * leader has stopped, with both indexes.
   */
  crashLeaderAfterNextWrite(): Promise<{ readonly crashed: number; readonly leader: number }>;
  /** Starts a stopped node again on its port; it rejoins as a follower. */
  startNode(index: number): Promise<void>;
  /** Gossip reads answered since the start, all nodes together. */
  gossipCalls(): number;
  stop(): Promise<void>;
}

const HOST = '127.0.0.1';

/**
 * A cluster stand-in: `nodes` wire stand-ins on one memory store, each answering Gossip.Read with the
 * cluster's members (leader, followers, who is alive), and, on a follower, `requires-leader: true`
 * calls with `not-leader` and the leader's endpoint. Writes to a follower go through, as a follower
 * forwards them to the leader.
 */
export const startEsdbClusterStandIn = async (options: EsdbClusterStandInOptions = {}): Promise<EsdbClusterStandIn> => {
  const count = options.nodes ?? 3;
  const store = options.store ?? createMemoryEventStore();
  const instanceIds = Array.from({ length: count }, () => randomUUID());
  const running: (EsdbStandIn | undefined)[] = Array.from({ length: count }, () => undefined);
  const ports: number[] = [];
  let leader = 0;
  let gossipCalls = 0;

  const endpointOf = (index: number): LeaderEndpoint => ({ host: HOST, port: ports[index] ?? 0 });

  const gossip: handleUnaryCall<Empty, ClusterInfo> = (_call, callback) => {
    gossipCalls += 1;
    const members = instanceIds.map((id, index) => {
      const alive = running[index] !== undefined;
      const state = !alive ? MemberInfo.VNodeState.SHUTDOWN : index === leader ? MemberInfo.VNodeState.LEADER : MemberInfo.VNodeState.FOLLOWER;
      return new MemberInfo()
        .setInstanceId(uuidOf(id))
        .setTimeStamp(ticksOf(new Date()))
        .setState(state)
        .setIsAlive(alive)
        .setHttpEndPoint(new EndPoint().setAddress(HOST).setPort(ports[index] ?? 0));
    });
    callback(null, new ClusterInfo().setMembersList(members));
  };

  const startNode = async (index: number): Promise<void> => {
    if (running[index] !== undefined) {
      return;
    }
    const role = { gossip, leaderElsewhere: () => (index === leader ? undefined : endpointOf(leader)) };
    const node = await startEsdbStandIn({ ...options, store, ...(ports[index] === undefined ? {} : { port: ports[index] }) }, role);
    ports[index] = node.port;
    running[index] = node;
  };

  for (let index = 0; index < count; index += 1) {
    await startNode(index);
  }

  const moveLeader = (index: number): void => {
    if (running[index] === undefined) {
      throw new RangeError(`node ${index} is not running and cannot lead`);
    }
    leader = index;
  };

  const stopNode = async (index: number): Promise<void> => {
    const node = running[index];
    running[index] = undefined;
    if (index === leader) {
      const next = running.findIndex((candidate) => candidate !== undefined);
      if (next >= 0) {
        leader = next;
      }
    }
    await node?.stop();
  };

  const crashLeaderAfterNextWrite = async (): Promise<{ readonly crashed: number; readonly leader: number }> => {
    const crashed = leader;
    const node = running[crashed];
    if (node === undefined) {
      throw new RangeError(`the leader, node ${crashed}, is not running`);
    }
    await node.crashAfterNextWrite(() => stopNode(crashed));
    return { crashed, leader };
  };

  return {
    connectionString: `esdb://${ports.map((port) => `${HOST}:${port}`).join(',')}?tls=false`,
    discoverConnectionString: `esdb+discover://${HOST}:${ports[0]}?tls=false`,
    ports,
    store,
    node: (index) => running[index],
    leader: () => leader,
    moveLeader,
    stopNode,
    crashLeaderAfterNextWrite,
    startNode,
    gossipCalls: () => gossipCalls,
    stop: async () => {
      const nodes = running.splice(0, running.length, ...running.map(() => undefined));
      await Promise.all(nodes.map((node) => node?.stop()));
    },
  };
};

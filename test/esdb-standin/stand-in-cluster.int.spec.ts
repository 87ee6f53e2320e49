import { randomUUID } from 'node:crypto';
import { ErrorType, EventStoreDBClient, NotLeaderError } from '@eventstore/db-client';
import type { RecordedEvent } from '@binaan/event-store';
import { createEsdbEventStore } from '@binaan/event-store-esdb';
import { collect, eventually, failureOf, someEvents, uniqueStream } from './stand-in-fixtures';
import { startEsdbClusterStandIn, type EsdbClusterStandIn } from './';

const streamsCallsOn = (cluster: EsdbClusterStandIn, index: number): number => {
  const calls = cluster.node(index)?.calls();
  return calls === undefined ? 0 : Object.values(calls).reduce((total, count) => total + count, 0);
};

describe('a three-node cluster stand-in', () => {
  let cluster: EsdbClusterStandIn;
  beforeEach(async () => {
    cluster = await startEsdbClusterStandIn();
  });
  afterEach(() => cluster.stop());

  it.each([
    ['a list of seeds', (c: EsdbClusterStandIn) => c.connectionString],
    ['esdb+discover://', (c: EsdbClusterStandIn) => c.discoverConnectionString],
  ])('is found through gossip from %s, and the client works on the leader', async (_label, connectionStringOf) => {
    cluster.moveLeader(1);
    const client = EventStoreDBClient.connectionString(connectionStringOf(cluster));
    try {
      const stream = uniqueStream('peserta');
      await client.appendToStream(stream, someEvents(2));
      expect(await collect(client.readStream(stream))).toHaveLength(2);
      expect(cluster.gossipCalls()).toBeGreaterThan(0);
      expect([streamsCallsOn(cluster, 0), streamsCallsOn(cluster, 1) > 0, streamsCallsOn(cluster, 2)]).toEqual([0, true, 0]);
    } finally {
      await client.dispose();
    }
  });

  it('answers requires-leader on a follower with NotLeader naming the leader, and serves other calls there', async () => {
    const follower = EventStoreDBClient.connectionString(`esdb://127.0.0.1:${cluster.ports[2]}?tls=false`);
    try {
      const stream = uniqueStream('peserta');
      const error = await failureOf(follower.appendToStream(stream, someEvents(1), { requiresLeader: true }));
      expect(error).toBeInstanceOf(NotLeaderError);
      expect((error as NotLeaderError).leader).toEqual({ address: '127.0.0.1', port: cluster.ports[0] });
      await expect(follower.appendToStream(stream, someEvents(1))).resolves.toMatchObject({ nextExpectedRevision: 0n });
      expect(await collect(follower.readStream(stream))).toHaveLength(1);
    } finally {
      await follower.dispose();
    }
  });

  it('moves the leader: a requires-leader call on the old one fails with NotLeader, and the client goes to the new one', async () => {
    // Append (one call per append): requires-leader is checked when a call opens, and BatchAppend opens one stream for all.
    await cluster.stop();
    cluster = await startEsdbClusterStandIn({ features: 'without-batch-append' });
    const client = EventStoreDBClient.connectionString(cluster.connectionString);
    try {
      const stream = uniqueStream('peserta');
      await client.appendToStream(stream, someEvents(1), { requiresLeader: true });
      cluster.moveLeader(2);
      const error = await failureOf(client.appendToStream(stream, someEvents(1), { requiresLeader: true }));
      expect(error).toBeInstanceOf(NotLeaderError);
      const before = streamsCallsOn(cluster, 2);
      await expect(client.appendToStream(stream, someEvents(1), { requiresLeader: true })).resolves.toMatchObject({ nextExpectedRevision: 1n });
      expect(streamsCallsOn(cluster, 2)).toBeGreaterThan(before);
    } finally {
      await client.dispose();
    }
  });

  it('fails over: with the leader stopped, the esdb adapter appends on the new leader and its subscription goes on, each event once', async () => {
    const store = createEsdbEventStore({ connectionString: cluster.connectionString, reconnect: { initialDelayMs: 20, maxDelayMs: 200 } });
    const stream = `kelas-${randomUUID()}`;
    const event = (n: number) => ({ id: randomUUID(), type: 'KelasDihadiri', data: { n } });
    const seen: RecordedEvent[] = [];
    const subscription = store.subscribeToAll({ filter: { streamPrefixes: [stream] } });
    const reading = (async () => {
      for await (const item of subscription) if (item.kind === 'event') seen.push(item.event);
    })();
    try {
      await store.appendToStream(stream, [event(0), event(1)]);
      await eventually(() => seen.length === 2, 5_000);
      const oldLeader = cluster.leader();
      await cluster.stopNode(oldLeader);
      expect(cluster.leader()).not.toBe(oldLeader);
      await store.appendToStream(stream, [event(2)]);
      await store.appendToStream(stream, [event(3)]);
      await eventually(() => seen.length >= 4, 10_000);
      expect(seen.map((recorded) => recorded.data['n'])).toEqual([0, 1, 2, 3]);
      expect(streamsCallsOn(cluster, cluster.leader())).toBeGreaterThan(0);
      await cluster.startNode(oldLeader);
      expect(cluster.node(oldLeader)).toBeDefined();
    } finally {
      await subscription.close();
      await reading;
      await store.close();
    }
  });
  it.each([
    ['BatchAppend', 'all' as const],
    ['Append', 'without-batch-append' as const],
  ])('a leader that dies after writing, before answering (%s): the client sees UNAVAILABLE, the events are in the log, and the same append again is answered from them', async (_method, features) => {
    await cluster.stop();
    cluster = await startEsdbClusterStandIn({ features });
    const client = EventStoreDBClient.connectionString(cluster.connectionString);
    try {
      const stream = uniqueStream('peserta');
      const events = someEvents(2);
      const crash = cluster.crashLeaderAfterNextWrite();
      const error = await failureOf(client.appendToStream(stream, events, { expectedRevision: 'no_stream' }));
      expect(error).toMatchObject({ type: ErrorType.UNAVAILABLE });
      const { crashed, leader } = await crash;
      expect([crashed, cluster.node(crashed), leader === crashed]).toEqual([0, undefined, false]);
      expect(await collect(cluster.store.readStream(stream))).toHaveLength(2);

      const again = await client.appendToStream(stream, events, { expectedRevision: 'no_stream' });
      expect(again.nextExpectedRevision).toBe(1n);
      expect((await collect(client.readStream(stream))).map((resolved) => resolved.event?.id)).toEqual(events.map((event) => event.id));
    } finally {
      await client.dispose();
    }
  });
  it('the esdb adapter writes and reads streams on the leader, and reads $all and subscribes on a follower', async () => {
    cluster.moveLeader(1);
    const store = createEsdbEventStore({ connectionString: cluster.connectionString });
    const callsOn = (index: number) => cluster.node(index)!.calls();
    try {
      const stream = `kelas-${randomUUID()}`;
      await store.appendToStream(stream, [{ id: randomUUID(), type: 'KelasDihadiri', data: { n: 0 } }]);
      expect(await collect(store.readStream(stream))).toHaveLength(1);
      const onLeader = callsOn(1);
      expect(onLeader.batchAppend + onLeader.append).toBe(1);
      expect(onLeader.read).toBe(1);

      expect((await collect(store.readAll())).some((event) => event.streamName === stream)).toBe(true);
      const subscription = store.subscribeToAll({ filter: { streamPrefixes: [stream] } });
      for await (const item of subscription) if (item.kind === 'caughtUp') break;
      await subscription.close();
      expect(callsOn(1).read).toBe(1);
      expect(callsOn(0).read + callsOn(2).read).toBe(2);
    } finally {
      await store.close();
    }
  });
});

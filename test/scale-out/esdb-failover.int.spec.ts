import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { CommandEnvelope } from '@binaan/command-handling';
import type { ParticipantCommandInput } from '@binaan/domain';
import type { RecordedEvent } from '@binaan/event-store';
import { createProjectionRunner, createSqliteReadModelStore, defaultProjections, readModelNames, readModelRows } from '@binaan/projections';
import { createRuntime, type BinaanRuntime } from '@binaan/runtime';
import * as E from 'fp-ts/Either';
import { startEsdbClusterStandIn, type EsdbClusterStandIn } from '../esdb-standin';
import { commandEnvelope, w1Clock, w1Commands } from '../support/w1-commands';

const PARTICIPANTS = 60;
const WRITERS = 8;
/** The leader is armed to die once this many commands have been accepted: mid-way through W1. */
const CRASH_AFTER_ACCEPTED = 200;
/** Then the crashed node is back as a follower, and the follower that serves the projections' subscription stops. */
const MOVE_SUBSCRIPTION_AFTER_ACCEPTED = 350;
/** A caller whose request failed sends the same command again (same id), as the API's clients do with an Idempotency-Key. */
const ATTEMPTS_PER_COMMAND = 5;

const readAll = async (runtime: BinaanRuntime): Promise<readonly RecordedEvent[]> => {
  const events: RecordedEvent[] = [];
  for await (const event of runtime.store.readAll()) events.push(event);
  return events;
};

interface Run {
  readonly accepted: number;
  readonly envelopes: readonly CommandEnvelope<ParticipantCommandInput>[];
}

/** W1 for every participant, `WRITERS` at once, each participant's commands in order; `onAccepted` after each. */
const runW1 = async (runtime: BinaanRuntime, onAccepted: (accepted: number) => void): Promise<Run> => {
  const queues = Array.from({ length: PARTICIPANTS }, (_, n) => w1Commands(7000 + n, randomUUID()).map((command) => commandEnvelope(command)));
  const work = queues.flatMap((envelopes, p) => envelopes.map((envelope, step) => ({ p, step, envelope })));
  work.sort((a, b) => a.step - b.step || a.p - b.p);
  const lastOfParticipant = new Map<number, Promise<unknown>>();
  let next = 0;
  let accepted = 0;
  const send = async (envelope: CommandEnvelope<ParticipantCommandInput>, attempt = 1): Promise<void> => {
    try {
      const result = await runtime.executeCommand(envelope);
      if (E.isLeft(result)) throw new Error(`${envelope.command.type} refused: ${JSON.stringify(result.left)}`);
      accepted += 1;
      onAccepted(accepted);
    } catch (error) {
      if (attempt >= ATTEMPTS_PER_COMMAND || (error instanceof Error && error.message.includes('refused'))) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
      await send(envelope, attempt + 1);
    }
  };
  const writer = async (): Promise<void> => {
    while (next < work.length) {
      const item = work[next++]!;
      const run = (lastOfParticipant.get(item.p) ?? Promise.resolve()).then(() => send(item.envelope));
      lastOfParticipant.set(item.p, run);
      await run;
    }
  };
  await Promise.all(Array.from({ length: WRITERS }, writer));
  return { accepted, envelopes: queues.flat() };
};

describe('Binaan through an EventStoreDB failover (three-node cluster stand-in)', () => {
  let cluster: EsdbClusterStandIn;
  let runtime: BinaanRuntime | undefined;
  const dataDir = mkdtempSync(join(tmpdir(), 'binaan-failover-'));

  afterAll(async () => {
    await runtime?.close();
    await cluster?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('the leader dies after a write it never acknowledged, then the follower serving the projections stops: nothing lost or written twice, the projections resume from their checkpoint and equal a clean rebuild', async () => {
    cluster = await startEsdbClusterStandIn();
    runtime = await createRuntime({ dataDir, esdbUrl: cluster.connectionString, clock: w1Clock, env: {} });
    const projecting = runtime;

    let crash: Promise<{ readonly crashed: number; readonly leader: number }> | undefined;
    let moved: Promise<readonly number[]> | undefined;
    let logBeforeCrash = 0;
    /** The nodes serving a subscription now: catch-up reads go to followers (catch-up-connection.ts in the adapter). */
    const servingSubscriptions = () => cluster.ports.map((_, index) => index).filter((index) => (cluster.node(index)?.openSubscriptions() ?? 0) > 0);
    const run = await runW1(projecting, (accepted) => {
      if (accepted === CRASH_AFTER_ACCEPTED) {
        logBeforeCrash = cluster.store.storage.records().length;
        crash = cluster.crashLeaderAfterNextWrite();
      }
      if (accepted === MOVE_SUBSCRIPTION_AFTER_ACCEPTED) {
        moved = (async () => {
          const { crashed } = await crash!;
          await cluster.startNode(crashed);
          const serving = servingSubscriptions();
          // The follower that served them may have been elected in the failover: the leadership moves on first.
          if (serving.includes(cluster.leader())) cluster.moveLeader(crashed);
          for (const index of serving) await cluster.stopNode(index);
          return serving;
        })();
      }
    });
    const { crashed, leader } = await crash!;
    expect(crashed).not.toBe(leader);
    const stoppedFollowers = await moved!;
    expect(stoppedFollowers.length).toBeGreaterThan(0);
    expect(stoppedFollowers).not.toContain(cluster.leader());

    // Every command accepted once, each command's events in the log once.
    expect(run.accepted).toBe(PARTICIPANTS * 10);
    const events = await readAll(projecting);
    const participantEvents = events.filter((event) => event.streamName.startsWith('participant-'));
    expect(participantEvents).toHaveLength(PARTICIPANTS * 10);
    const eventsPerCommand = new Map<unknown, number>();
    for (const event of participantEvents) eventsPerCommand.set(event.metadata['commandId'], (eventsPerCommand.get(event.metadata['commandId']) ?? 0) + 1);
    expect(run.envelopes.filter((envelope) => eventsPerCommand.get(envelope.commandId) !== 1)).toEqual([]);
    expect(new Set(events.map((event) => event.id)).size).toBe(events.length);

    // The write the old leader made and never acknowledged: the adapter (or the caller) sent it again to
    // the new leader, which recognised its event ids and answered with the same position.
    const unacknowledged = cluster.store.storage.records()[logBeforeCrash];
    expect(unacknowledged).toBeDefined();
    expect(events.filter((event) => event.id === unacknowledged!.id)).toHaveLength(1);
    expect(cluster.node(cluster.leader())!.calls().batchAppend + cluster.node(cluster.leader())!.calls().append).toBeGreaterThan(0);

    // The projections caught up on another follower, resuming after what they had read, never from the start.
    await projecting.waitForProjections(events[events.length - 1]!.position, 60_000);
    const starts = cluster.ports.flatMap((_, index) => cluster.node(index)?.allSubscriptionStarts() ?? []);
    expect(starts.length).toBeGreaterThan(0);
    expect(starts.filter((from) => typeof from !== 'bigint' || from <= 0n)).toEqual([]);

    const clean = await createSqliteReadModelStore({ filename: ':memory:' });
    try {
      await createProjectionRunner({ eventStore: projecting.store, readModels: clean, projections: defaultProjections(), clock: w1Clock }).catchUp();
      for (const name of readModelNames) {
        expect({ name, rows: await readModelRows(projecting.readModels, name) }).toEqual({ name, rows: await readModelRows(clean, name) });
      }
      expect(await readModelRows(projecting.readModels, 'audit_log')).toHaveLength(events.length);
    } finally {
      await clean.close();
    }
  }, 180_000);
});

import { randomUUID } from 'node:crypto';
import type { ParticipantCommandInput } from '@binaan/domain';
import { verifyStreamChain } from '@binaan/integrity';
import { type EventStore, type RecordedEvent } from '@binaan/event-store';
import * as E from 'fp-ts/Either';
import { participantHandlerFor } from '../support/participant-handler';
import { commandEnvelope, w1Commands } from '../support/w1-commands';
import { esdbStandInSetup, sqliteSetup } from './store-setups';

const readStream = async (store: EventStore, streamName: string): Promise<RecordedEvent[]> => {
  const events: RecordedEvent[] = [];
  for await (const event of store.readStream(streamName)) events.push(event);
  return events;
};

const countAll = async (store: EventStore, prefix: string): Promise<number> => {
  let count = 0;
  for await (const _event of store.readAll({ filter: { streamPrefixes: [prefix] } })) count += 1;
  return count;
};

const modules = ['sulam-dasar', 'sulam-lanjutan', 'pengembangan-usaha', 'pemasaran-penjualan', 'pendanaan-usaha'];

describe.each([sqliteSetup, esdbStandInSetup])('command handling under concurrency: $name', (setup) => {
  let opened: Awaited<ReturnType<typeof setup.open>>;
  beforeEach(async () => {
    opened = await setup.open();
  });
  afterEach(async () => {
    await opened.dispose();
  });

  it('20 concurrent commands on one participant: each accepted one once, no revision gaps, typed rejections', async () => {
    const handle = await participantHandlerFor(opened.store);
    const participantId = randomUUID();
    const [enrolment] = w1Commands(1, participantId);
    expect(E.isRight(await handle(commandEnvelope(enrolment!)))).toBe(true);

    const contenders = Array.from({ length: 20 }, (_, index) => {
      const moduleId = modules[index % modules.length]!;
      const result = index < 5 ? 'not_yet_competent' : 'competent';
      return commandEnvelope({
        type: 'CompleteModule', participantId, moduleId, result, assessedOn: '2019-09-10',
      } as ParticipantCommandInput, 'assessor');
    });
    const results = await Promise.all(contenders.map((envelope) => handle(envelope)));

    const stream = await readStream(opened.store, `participant-${participantId}`);
    expect(stream.map((event) => event.revision)).toEqual(stream.map((_, index) => BigInt(index)));
    const accepted = results.flatMap((result, index) => (E.isRight(result) ? [contenders[index]!] : []));
    for (const envelope of accepted) {
      expect(stream.filter((event) => event.metadata['commandId'] === envelope.commandId)).toHaveLength(1);
    }
    expect(stream).toHaveLength(1 + accepted.length);
    const rejectionTags = new Set(
      results.flatMap((result) => (E.isLeft(result) && result.left.kind === 'rejected' ? [result.left.error._tag] : [])),
    );
    expect(results.filter(E.isLeft)).toHaveLength(20 - accepted.length);
    expect([...rejectionTags].every((tag) => ['ModuleAlreadyCompetent', 'PrerequisitesNotCompetent'].includes(tag))).toBe(true);
    expect(results.some((result) => E.isLeft(result) && result.left.kind === 'conflict')).toBe(false);
    const competent = stream.filter((event) => event.data['result'] === 'competent').map((event) => event.data['moduleId']);
    expect(new Set(competent).size).toBe(competent.length);
    expect(await verifyStreamChain(stream)).toEqual([]);
  });

  it('1,000 commands on 100 participants from 8 concurrent workers lose nothing', async () => {
    const handle = await participantHandlerFor(opened.store);
    const participants = Array.from({ length: 100 }, (_, n) => ({ n, id: randomUUID() }));
    const queues = participants.map(({ n, id }) => w1Commands(1000 + n, id));
    const lastOfParticipant = new Map<number, Promise<unknown>>();
    const work = queues.flatMap((commands, p) => commands.map((command, step) => ({ p, step, command })));
    work.sort((a, b) => a.step - b.step || a.p - b.p);

    let next = 0;
    const outcomes: string[] = [];
    const worker = async (): Promise<void> => {
      while (next < work.length) {
        const item = work[next++]!;
        const previous = lastOfParticipant.get(item.p) ?? Promise.resolve();
        const run = previous.then(() => handle(commandEnvelope(item.command)));
        lastOfParticipant.set(item.p, run);
        const result = await run;
        outcomes.push(E.isRight(result) ? 'accepted' : `${result.left.kind}`);
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));

    expect(outcomes.filter((outcome) => outcome === 'accepted')).toHaveLength(1000);
    expect(await countAll(opened.store, 'participant-')).toBe(1000);
    expect(await countAll(opened.store, 'enrolment-reservation-')).toBe(100);
    for (const { id } of participants.slice(0, 10)) {
      const stream = await readStream(opened.store, `participant-${id}`);
      expect(stream.map((event) => event.type)).toEqual([
        'InmateEnrolled', ...Array(5).fill('ModuleCompleted'), 'InmateReleased', ...Array(3).fill('FollowUpLogged'),
      ]);
    }
  });
});

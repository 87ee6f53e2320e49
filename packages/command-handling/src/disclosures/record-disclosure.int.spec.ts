import { disclosureStreamName, type ParticipantId } from '@binaan/domain';
import { createMemoryEventStore, type RecordedEvent } from '@binaan/event-store';
import { verifyStreamChain } from '@binaan/integrity';
import { binaanEventSchema } from '../participants/binaan-event-schema';
import { createDisclosureRecorder } from './record-disclosure';

const at = new Date('2026-12-07T03:00:00Z');
const participant = (n: number) => `00000000-0000-4000-8000-00000000000${n}` as ParticipantId;
const registrar = { id: 'user-registrar-1', role: 'registrar' };

const readAll = async (store: ReturnType<typeof createMemoryEventStore>): Promise<readonly RecordedEvent[]> => {
  const events: RecordedEvent[] = [];
  for await (const event of store.readStream(disclosureStreamName(at))) events.push(event);
  return events;
};

describe('recording disclosures of personal data', () => {
  it('appends who saw whose data and why to the day’s stream, chained, with no personal data', async () => {
    const store = createMemoryEventStore({ schema: binaanEventSchema });
    const record = createDisclosureRecorder({ store, clock: () => at });
    await record({ actor: registrar, participantIds: [participant(2), participant(1)], purpose: 'GET /participants/:id' });
    await record({ actor: { id: 'user-auditor-1', role: 'auditor' }, participantIds: [participant(1)], purpose: 'binaan export --include-personal' });
    const events = await readAll(store);
    expect(events.map((event) => [event.type, event.data, event.metadata['actor']])).toEqual([
      ['PersonalDataDisclosed', { participantIds: [participant(1), participant(2)], purpose: 'GET /participants/:id', schemaVersion: 1 }, registrar],
      ['PersonalDataDisclosed', { participantIds: [participant(1)], purpose: 'binaan export --include-personal', schemaVersion: 1 }, { id: 'user-auditor-1', role: 'auditor' }],
    ]);
    expect(await verifyStreamChain(events)).toEqual([]);
  });

  it('records a retried request once', async () => {
    const store = createMemoryEventStore({ schema: binaanEventSchema });
    const record = createDisclosureRecorder({ store, clock: () => at });
    const disclosure = { actor: registrar, participantIds: [participant(1)], purpose: 'GET /participants/:id', requestId: '5d1f0e2a-3b4c-4d5e-8f60-718293a4b5c6' };
    await record(disclosure);
    await record(disclosure);
    expect(await readAll(store)).toHaveLength(1);
  });

  it('keeps the chain whole when requests record at the same time', async () => {
    const store = createMemoryEventStore({ schema: binaanEventSchema });
    const record = createDisclosureRecorder({ store, clock: () => at });
    await Promise.all(Array.from({ length: 20 }, (_, n) => record({ actor: registrar, participantIds: [participant(n % 9)], purpose: `GET /participants/:id` })));
    const events = await readAll(store);
    expect(events).toHaveLength(20);
    expect(await verifyStreamChain(events)).toEqual([]);
  });
});

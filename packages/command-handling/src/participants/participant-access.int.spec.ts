import { randomBytes, randomUUID } from 'node:crypto';
import { shippedCatalogue, type ParticipantCommandInput, type ParticipantId, type ParticipantScope } from '@binaan/domain';
import * as E from 'fp-ts/Either';
import { createMemoryEventStore, type EventStore } from '@binaan/event-store';
import { createMasterKey, createMemoryKeyRows, createMemoryKeyStore, createPersonalDataVault } from '@binaan/personal-data';
import { binaanEventSchema } from './binaan-event-schema';
import { createParticipantCommandHandler } from './participant-command-handler';
import { createParticipantPlaceReader } from './participant-place';

const malang = 'lapas-perempuan-malang';
const surabaya = 'lapas-perempuan-surabaya';
const registrarOfMalang: ParticipantScope = { facilities: [malang], programmes: 'all' };
const registrarOfSurabaya: ParticipantScope = { facilities: [surabaya], programmes: 'all' };
const assessorOfAnotherProgramme: ParticipantScope = { facilities: 'all', programmes: ['menjahit-surabaya-2020'] };
const septemberFirst = new Date('2019-09-01T03:00:00Z');
const clock = () => septemberFirst;

const handlerOn = async (store: EventStore) => {
  const masterKey = createMasterKey(randomBytes(32));
  const vault = createPersonalDataVault(await createMemoryKeyStore(masterKey, createMemoryKeyRows()));
  return createParticipantCommandHandler({
    store,
    catalogue: shippedCatalogue,
    vault,
    reservationKey: masterKey.deriveKey('enrolment-reservation'),
    fingerprintKey: masterKey.deriveKey('command-fingerprint'),
    clock,
  });
};

const enrolment = (participantId: string, facilityId = malang): ParticipantCommandInput =>
  ({
    type: 'EnrollInmate',
    participantId,
    programmeId: 'sulam-malang-2019',
    facilityId,
    registrationClass: 'B.I',
    enrolledOn: '2019-08-01',
    consent: { given: true, recordedOn: '2019-08-01' },
    personalData: { fullName: 'Siti Rahayu Lestari (fiktif)', registrationNumber: `BI.${participantId.slice(0, 6)}/2019` },
  }) as ParticipantCommandInput;

const release = (participantId: string): ParticipantCommandInput =>
  ({ type: 'RecordRelease', participantId, releaseType: 'bebas_murni', releasedOn: '2019-08-20' }) as ParticipantCommandInput;

const transfer = (participantId: string, toFacilityId: string): ParticipantCommandInput =>
  ({ type: 'TransferParticipant', participantId, transferredOn: '2019-08-10', toFacilityId }) as ParticipantCommandInput;

const envelope = (command: ParticipantCommandInput, expectedRevision?: bigint) => ({
  commandId: randomUUID(),
  actor: { id: 'petugas-1', role: 'registrar' },
  command,
  ...(expectedRevision === undefined ? {} : { expectedRevision }),
});

const eventCount = async (store: EventStore): Promise<number> => {
  let count = 0;
  for await (const _event of store.readAll()) count += 1;
  return count;
};

describe('who may act on a participant, judged on her own stream', () => {
  it('given a participant held in Malang, when a registrar of Surabaya records her release, then she is answered as for an unknown id and nothing is written', async () => {
    const store = createMemoryEventStore({ schema: binaanEventSchema });
    const handle = await handlerOn(store);
    const participantId = randomUUID();
    expect(E.isRight(await handle(envelope(enrolment(participantId)), registrarOfMalang))).toBe(true);
    const before = await eventCount(store);

    const outOfScope = await handle(envelope(release(participantId)), registrarOfSurabaya);
    const unknown = await handle(envelope(release(randomUUID())), registrarOfSurabaya);
    expect(outOfScope).toEqual(E.left({ kind: 'rejected', error: expect.objectContaining({ code: 'NOT_ENROLLED' }) }));
    expect(outOfScope).toEqual(unknown);
    expect(await eventCount(store)).toBe(before);
    expect(E.isRight(await handle(envelope(release(participantId)), registrarOfMalang))).toBe(true);
  });

  it('given a hidden participant, when the caller names a revision, then she meets the conflict an unknown id would', async () => {
    const store = createMemoryEventStore({ schema: binaanEventSchema });
    const handle = await handlerOn(store);
    const participantId = randomUUID();
    await handle(envelope(enrolment(participantId)), registrarOfMalang);
    const outOfScope = await handle(envelope(release(participantId), 0n), registrarOfSurabaya);
    const unknownId = randomUUID();
    const unknown = await handle(envelope(release(unknownId), 0n), registrarOfSurabaya);
    expect(outOfScope).toEqual(E.left({ kind: 'conflict', streamName: `participant-${participantId}`, expected: 0n, actual: 'no_stream' }));
    expect(unknown).toEqual(E.left({ kind: 'conflict', streamName: `participant-${unknownId}`, expected: 0n, actual: 'no_stream' }));
  });

  it('given an assessor of another programme, when she acts on a sulam participant, then the participant is hidden from her', async () => {
    const store = createMemoryEventStore({ schema: binaanEventSchema });
    const handle = await handlerOn(store);
    const participantId = randomUUID();
    await handle(envelope(enrolment(participantId)));
    const assessment = { type: 'CompleteModule', participantId, moduleId: 'sulam-dasar', result: 'competent', assessedOn: '2019-08-20' };
    const result = await handle(envelope(assessment as ParticipantCommandInput), assessorOfAnotherProgramme);
    expect(E.isLeft(result) && result.left.kind === 'rejected' && result.left.error.code).toBe('NOT_ENROLLED');
  });

  it('given an enrolment into a unit or programme outside the scope, then it is refused naming the field, and nothing is written', async () => {
    const store = createMemoryEventStore({ schema: binaanEventSchema });
    const handle = await handlerOn(store);
    const intoSurabaya = await handle(envelope(enrolment(randomUUID(), surabaya)), registrarOfMalang);
    expect(intoSurabaya).toEqual(E.left({ kind: 'rejected', error: expect.objectContaining({ code: 'OUTSIDE_CALLER_SCOPE', field: 'facilityId' }) }));
    const intoSulam = await handle(envelope(enrolment(randomUUID())), assessorOfAnotherProgramme);
    expect(intoSulam).toEqual(E.left({ kind: 'rejected', error: expect.objectContaining({ code: 'OUTSIDE_CALLER_SCOPE', field: 'programmeId' }) }));
    expect(await eventCount(store)).toBe(0);
  });

  it('given a transfer written by another process, when the old unit acts on its stale cached state, then the stream decides and she is hidden', async () => {
    const store = createMemoryEventStore({ schema: binaanEventSchema });
    const here = await handlerOn(store);
    const elsewhere = await handlerOn(store);
    const participantId = randomUUID();
    await here(envelope(enrolment(participantId)), registrarOfMalang);
    // `here` now holds her folded state (in Malang) in its cache; the transfer is written past it.
    expect(E.isRight(await elsewhere(envelope(transfer(participantId, surabaya)), registrarOfMalang))).toBe(true);
    const before = await eventCount(store);

    const stale = await here(envelope(release(participantId)), registrarOfMalang);
    expect(E.isLeft(stale) && stale.left.kind === 'rejected' && stale.left.error.code).toBe('NOT_ENROLLED');
    expect(await eventCount(store)).toBe(before);
    expect(E.isRight(await here(envelope(release(participantId)), registrarOfSurabaya))).toBe(true);
    expect(await createParticipantPlaceReader({ store, catalogue: shippedCatalogue, clock })(participantId as ParticipantId)).toEqual({
      facilityId: surabaya,
      programmeId: 'sulam-malang-2019',
    });
  });

  it('given no scope, then anyone may act (the CLI, the demo seed)', async () => {
    const store = createMemoryEventStore({ schema: binaanEventSchema });
    const handle = await handlerOn(store);
    const participantId = randomUUID();
    expect(E.isRight(await handle(envelope(enrolment(participantId, surabaya))))).toBe(true);
    expect(E.isRight(await handle(envelope(release(participantId))))).toBe(true);
    expect(await createParticipantPlaceReader({ store, catalogue: shippedCatalogue, clock })(randomUUID() as ParticipantId)).toBeUndefined();
  });
});

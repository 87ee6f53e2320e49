import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { shippedCatalogue, type ParticipantCommandInput } from '@binaan/domain';
import * as E from 'fp-ts/Either';
import { createMemoryEventStore } from '@binaan/event-store';
import { createMasterKey, createMemoryKeyRows, createMemoryKeyStore, createPersonalDataVault } from '@binaan/personal-data';
import { canonicalJson } from '@binaan/canonical-json';
import { verifyStreamChain } from '@binaan/integrity';
import { buildProposedEvents } from '../handling/build-proposed-events';
import { commandFingerprint } from '../handling/command-fingerprint';
import { anyJsonEvent, type EventStore, type RecordedEvent } from '@binaan/event-store';
import { binaanEventSchema } from './binaan-event-schema';
import { createParticipantCommandHandler } from './participant-command-handler';
import { participantCommandFingerprint } from './participant-command-fingerprint';

const registrar = { id: 'registrar-1', role: 'registrar' };
const septemberFirst = new Date('2019-09-01T03:00:00Z');

const setUp = async (clock: () => Date = () => septemberFirst) => {
  const masterKey = createMasterKey(randomBytes(32));
  const keyRows = createMemoryKeyRows();
  const vault = createPersonalDataVault(await createMemoryKeyStore(masterKey, keyRows));
  const store = createMemoryEventStore({ schema: binaanEventSchema });
  const handle = createParticipantCommandHandler({
    store,
    catalogue: shippedCatalogue,
    vault,
    reservationKey: masterKey.deriveKey('enrolment-reservation'),
    fingerprintKey: masterKey.deriveKey('command-fingerprint'),
    clock,
  });
  return { store, vault, handle, keyRows, masterKey };
};

const enrolment = (participantId: string, registrationNumber = 'BI.123/2019'): ParticipantCommandInput =>
  ({
    type: 'EnrollInmate',
    participantId,
    programmeId: 'sulam-malang-2019',
    facilityId: 'lapas-perempuan-malang',
    registrationClass: 'B.I',
    enrolledOn: '2019-08-01',
    consent: { given: true, recordedOn: '2019-08-01' },
    personalData: { fullName: 'Siti Rahayu Lestari (fiktif)', registrationNumber },
  }) as ParticipantCommandInput;

const assessment = (participantId: string, moduleId: string, result = 'competent'): ParticipantCommandInput =>
  ({ type: 'CompleteModule', participantId, moduleId, result, assessedOn: '2019-08-20' }) as ParticipantCommandInput;

const envelope = (command: ParticipantCommandInput, extra: { correlationId?: string; expectedRevision?: bigint } = {}) => ({
  commandId: randomUUID(),
  actor: registrar,
  command,
  ...extra,
});

const readAllOf = async (store: EventStore): Promise<RecordedEvent[]> => {
  const events: RecordedEvent[] = [];
  for await (const event of store.readAll()) events.push(event);
  return events;
};

/** Handlers as separate processes would hold them: one store and one key table, a stream-state cache each. */
const processesOnOneStore = () => {
  const masterKey = createMasterKey(randomBytes(32));
  const keyRows = createMemoryKeyRows();
  const store = createMemoryEventStore({ schema: binaanEventSchema });
  const handlerOf = async () =>
    createParticipantCommandHandler({
      store,
      catalogue: shippedCatalogue,
      vault: createPersonalDataVault(await createMemoryKeyStore(masterKey, keyRows)),
      reservationKey: masterKey.deriveKey('enrolment-reservation'),
      fingerprintKey: masterKey.deriveKey('command-fingerprint'),
      clock: () => septemberFirst,
    });
  return { store, handlerOf };
};

describe('participant command handling (memory store)', () => {
  it('records an enrolment with metadata, an encrypted envelope and a verifiable chain', async () => {
    const { store, vault, handle } = await setUp();
    const participantId = randomUUID();
    const first = envelope(enrolment(participantId), { correlationId: randomUUID() });
    const result = await handle(first);
    expect(E.isRight(result) && result.right.nextExpectedRevision).toBe(0n);
    await handle(envelope(assessment(participantId, 'sulam-dasar')));

    const stored = await readAllOf(store);
    const enrolled = stored.find((event) => event.type === 'InmateEnrolled')!;
    const storedText = JSON.stringify(stored.map(({ data, metadata, streamName }) => ({ data, metadata, streamName })));
    expect(storedText).not.toContain('Siti');
    expect(storedText).not.toContain('BI.123');
    expect(enrolled.metadata).toMatchObject({
      commandId: first.commandId,
      correlationId: first.correlationId,
      actor: registrar,
      recordedAt: '2019-09-01T03:00:00.000Z',
      prevHash: '0'.repeat(64),
    });
    const opened = await vault.open(enrolled.data['personalData'], { purpose: 'InmateEnrolled' });
    expect(opened).toEqual({ status: 'ok', data: { fullName: 'Siti Rahayu Lestari (fiktif)', registrationNumber: 'BI.123/2019' } });

    const participantEvents = stored.filter((event) => event.streamName === `participant-${participantId}`);
    expect(participantEvents.map((event) => event.revision)).toEqual([0n, 1n]);
    expect(await verifyStreamChain(participantEvents)).toEqual([]);
  });

  it('writes nothing for a repeated command id and returns the first result', async () => {
    const { store, handle } = await setUp();
    const participantId = randomUUID();
    await handle(envelope(enrolment(participantId)));
    const command = envelope(assessment(participantId, 'sulam-dasar'));
    const first = await handle(command);
    const again = await handle(command);
    expect(E.isRight(first) && E.isRight(again)).toBe(true);
    if (E.isRight(first) && E.isRight(again)) {
      expect(again.right).toEqual({ ...first.right, repeated: true });
    }
    expect((await readAllOf(store)).filter((event) => event.type === 'ModuleCompleted')).toHaveLength(1);
  });

  it('derives event ids from the command id', async () => {
    const { store, handle } = await setUp();
    const participantId = randomUUID();
    const command = envelope(enrolment(participantId));
    const result = await handle(command);
    const other = await setUp();
    const sameCommandElsewhere = await other.handle(command);
    expect(E.isRight(result) && E.isRight(sameCommandElsewhere)).toBe(true);
    if (E.isRight(result) && E.isRight(sameCommandElsewhere)) {
      expect(result.right.events[0]!.id).toBe(sameCommandElsewhere.right.events[0]!.id);
    }
    expect(await readAllOf(store)).toHaveLength(2);
  });

  it('reports a stale expected revision as a conflict instead of retrying', async () => {
    const { store, handle } = await setUp();
    const participantId = randomUUID();
    await handle(envelope(enrolment(participantId)));
    await handle(envelope(assessment(participantId, 'sulam-dasar', 'not_yet_competent')));
    const stale = await handle(envelope(assessment(participantId, 'sulam-dasar'), { expectedRevision: 0n }));
    expect(stale).toEqual(
      E.left({ kind: 'conflict', streamName: `participant-${participantId}`, expected: 0n, actual: 1n }),
    );
    expect(await readAllOf(store)).toHaveLength(3);
  });

  it('rejects a broken domain rule with its DomainError and writes nothing', async () => {
    const { store, handle } = await setUp();
    const participantId = randomUUID();
    await handle(envelope(enrolment(participantId)));
    const result = await handle(envelope(assessment(participantId, 'sulam-lanjutan')));
    expect(E.isLeft(result) && result.left.kind === 'rejected' && result.left.error._tag).toBe('PrerequisitesNotCompetent');
    expect(await readAllOf(store)).toHaveLength(2);
  });

  it('refuses a second enrolment of the same person in the programme under another participant id', async () => {
    const { store, handle } = await setUp();
    await handle(envelope(enrolment(randomUUID(), 'BI.77/2019')));
    const duplicate = await handle(envelope(enrolment(randomUUID(), ' bi.77/2019 ')));
    expect(E.isLeft(duplicate) && duplicate.left.kind === 'rejected' && duplicate.left.error._tag).toBe(
      'PersonAlreadyEnrolledInProgramme',
    );
    const streams = new Set((await readAllOf(store)).map((event) => event.streamName.split('-')[0]));
    expect(streams).toEqual(new Set(['participant', 'enrolment']));
    expect((await readAllOf(store)).filter((event) => event.type === 'InmateEnrolled')).toHaveLength(1);
  });

  it('refuses personal data for an erased participant', async () => {
    const { vault, handle } = await setUp();
    const participantId = randomUUID();
    await handle(envelope(enrolment(participantId)));
    await vault.erase(participantId);
    const release = { type: 'RecordRelease', participantId, releaseType: 'bebas_murni', releasedOn: '2019-08-30' };
    await handle(envelope(release as ParticipantCommandInput));
    const followUp = {
      type: 'LogFollowUp', participantId, contactedOn: '2019-08-31', channel: 'phone', outcome: 'declined',
      needs: [], referrals: [], personalData: { notes: 'Tidak bersedia dihubungi lagi' },
    };
    const result = await handle(envelope(followUp as unknown as ParticipantCommandInput));
    expect(E.isLeft(result) && result.left.kind === 'rejected' && result.left.error._tag).toBe('PersonalDataIsErased');
  });

  it('refuses to write an unknown event type or an event at an old schema version', async () => {
    const store = createMemoryEventStore({ schema: binaanEventSchema });
    const write = (type: string, data: object) =>
      store.appendToStream('participant-x', [{ id: randomUUID(), type, data: data as never }]);
    await expect(write('InmateVanished', {})).rejects.toMatchObject({ code: 'InvalidAppend', field: 'type' });
    const moduleV1 = { schemaVersion: 1, participantId: randomUUID(), moduleId: 'sulam-dasar', passed: true, assessedOn: '2019-08-20' };
    await expect(write('ModuleCompleted', moduleV1)).rejects.toMatchObject({ field: 'data.schemaVersion (ModuleCompleted)' });
    expect(await readAllOf(store)).toEqual([]);
  });

  it('upcasts a stored version-1 ModuleCompleted when read', async () => {
    const raw = createMemoryEventStore({ schema: anyJsonEvent });
    const moduleV1 = { schemaVersion: 1, participantId: randomUUID(), moduleId: 'sulam-dasar', passed: false, assessedOn: '2019-08-20' };
    await raw.appendToStream('participant-y', [{ id: randomUUID(), type: 'ModuleCompleted', data: moduleV1 }]);
    const [event] = await readAllOf(raw);
    expect(binaanEventSchema.upcast(event!).data).toEqual({
      schemaVersion: 2, participantId: moduleV1.participantId, moduleId: 'sulam-dasar', result: 'not_yet_competent', assessedOn: '2019-08-20',
    });
  });

  it('creates no data key and encrypts nothing for a rejected command', async () => {
    const { store, handle, keyRows } = await setUp();
    const stranger = randomUUID();
    const notes = {
      type: 'LogFollowUp', participantId: stranger, contactedOn: '2019-08-31', channel: 'phone', outcome: 'declined',
      needs: [], referrals: [], personalData: { notes: 'Catatan fiktif untuk pengujian' },
    };
    const result = await handle(envelope(notes as unknown as ParticipantCommandInput));
    expect(E.isLeft(result) && result.left.kind === 'rejected' && result.left.error._tag).toBe('NotEnrolled');
    expect(keyRows.size).toBe(0);
    expect(await readAllOf(store)).toEqual([]);
  });

  it('fingerprints a command without personal data by plain SHA-256, and one with personal data by HMAC', async () => {
    const { store, handle, masterKey } = await setUp();
    const participantId = randomUUID();
    const enrol = envelope(enrolment(participantId));
    const module = envelope(assessment(participantId, 'sulam-dasar'));
    await handle(enrol);
    await handle(module);
    const fingerprints = (await readAllOf(store)).map((event) => [event.type, event.metadata['commandFingerprint']]);
    const plainOf = (command: typeof enrol) => createHash('sha256').update(canonicalJson({ actor: command.actor, command: command.command })).digest('hex');
    expect(fingerprints).toContainEqual(['ModuleCompleted', plainOf(module)]);
    const enrolled = fingerprints.find(([type]) => type === 'InmateEnrolled');
    expect(enrolled?.[1]).toMatch(/^[0-9a-f]{64}$/);
    expect(enrolled?.[1]).not.toBe(plainOf(enrol));
    // What callers that recognise repeats before the store (the API's registry) compute: the same.
    const fingerprintKey = masterKey.deriveKey('command-fingerprint');
    expect(fingerprints).toContainEqual(['InmateEnrolled', participantCommandFingerprint(enrol, fingerprintKey)]);
    expect(fingerprints).toContainEqual(['ModuleCompleted', participantCommandFingerprint(module, fingerprintKey)]);
  });

  it('recognises a repeated command by the keyed fingerprint earlier versions stored for every command', async () => {
    const { store, handle, masterKey } = await setUp();
    const participantId = randomUUID();
    expect(E.isRight(await handle(envelope(enrolment(participantId))))).toBe(true);
    const streamName = `participant-${participantId}`;
    const [enrolled] = (await readAllOf(store)).filter((event) => event.streamName === streamName);
    const command = envelope(assessment(participantId, 'sulam-dasar'));
    // What an earlier version wrote for this command: the same event, fingerprinted by HMAC.
    const written = buildProposedEvents({
      streamName,
      after: { revision: 0n, lastHash: enrolled?.metadata['hash'] as string },
      envelope: command,
      fingerprint: commandFingerprint(command, masterKey.deriveKey('command-fingerprint')),
      events: [{ type: 'ModuleCompleted', data: { schemaVersion: 2, participantId, moduleId: 'sulam-dasar', result: 'competent', assessedOn: '2019-08-20' } }],
      recordedAt: septemberFirst,
    });
    await store.appendToStream(streamName, written, { expectedRevision: 0n });
    // The upgraded handler, started afresh, reads the stream and finds the command.
    const upgraded = createParticipantCommandHandler({
      store,
      catalogue: shippedCatalogue,
      vault: createPersonalDataVault(await createMemoryKeyStore(masterKey)),
      reservationKey: masterKey.deriveKey('enrolment-reservation'),
      fingerprintKey: masterKey.deriveKey('command-fingerprint'),
      clock: () => septemberFirst,
    });
    const again = await upgraded(command);
    expect(E.isRight(again) && again.right.repeated).toBe(true);
    const otherContent = await upgraded({ ...command, command: assessment(participantId, 'sulam-lanjutan') });
    expect(E.isLeft(otherContent) && otherContent.left.kind === 'rejected' && otherContent.left.error._tag).toBe('CommandIdReused');
    expect((await readAllOf(store)).filter((event) => event.streamName === streamName)).toHaveLength(2);
  });

  it('refuses a command id reused for a different command', async () => {
    const { store, handle } = await setUp();
    const participantId = randomUUID();
    await handle(envelope(enrolment(participantId)));
    const first = envelope(assessment(participantId, 'sulam-dasar'));
    await handle(first);
    const reused = await handle({ ...first, command: assessment(participantId, 'pengembangan-usaha') });
    expect(E.isLeft(reused) && reused.left.kind === 'rejected' && reused.left.error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const byAnotherActor = await handle({ ...first, actor: { id: 'assessor-9', role: 'assessor' } });
    expect(E.isLeft(byAnotherActor) && byAnotherActor.left.kind === 'rejected' && byAnotherActor.left.error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await readAllOf(store)).toHaveLength(3);
  });

  it('records reservations with full metadata on their own hash chain', async () => {
    const { store, handle } = await setUp();
    const command = envelope(enrolment(randomUUID(), 'BI.5/2019'));
    await handle(command);
    const reservation = (await readAllOf(store)).find((event) => event.type === 'EnrolmentReserved')!;
    expect(reservation.streamName).toMatch(/^enrolment-reservation-[0-9a-f]{64}$/);
    expect(reservation.metadata).toMatchObject({ commandId: command.commandId, actor: registrar, prevHash: '0'.repeat(64) });
    expect(await verifyStreamChain([reservation])).toEqual([]);
  });

  it('lets exactly one of several participants racing to enrol the same person win the reservation', async () => {
    const { store, handle } = await setUp();
    const results = await Promise.all(Array.from({ length: 8 }, () => handle(envelope(enrolment(randomUUID(), 'BI.31/2019')))));
    const tags = results.map((result) => (E.isRight(result) ? 'accepted' : result.left.kind === 'rejected' ? result.left.error._tag : result.left.kind));
    expect(tags.filter((tag) => tag === 'accepted')).toHaveLength(1);
    expect(tags.filter((tag) => tag === 'PersonAlreadyEnrolledInProgramme')).toHaveLength(7);
    const events = await readAllOf(store);
    expect(events.filter((event) => event.type === 'EnrolmentReserved')).toHaveLength(1);
    expect(events.filter((event) => event.type === 'InmateEnrolled')).toHaveLength(1);
  });

  it('writes the reservation and the enrolment in one atomic append where the store offers it, so a failure leaves neither', async () => {
    const { store, handle } = await setUp();
    const atomic = store.appendToStreams?.bind(store);
    if (atomic === undefined) throw new Error('the memory store offers appendToStreams');
    const calls: string[][] = [];
    let failNext = true;
    store.appendToStreams = async (parts) => {
      calls.push(parts.map((part) => part.events[0]?.type ?? ''));
      if (failNext) {
        failNext = false;
        throw new Error('the disk went away mid-command');
      }
      return atomic(parts);
    };
    const command = envelope(enrolment(randomUUID(), 'BI.52/2019'));
    await expect(handle(command)).rejects.toThrow('the disk went away');
    expect(await readAllOf(store)).toEqual([]);
    expect(E.isRight(await handle(command))).toBe(true);
    expect(calls).toEqual([
      ['EnrolmentReserved', 'InmateEnrolled'],
      ['EnrolmentReserved', 'InmateEnrolled'],
    ]);
    expect((await readAllOf(store)).map((event) => event.type)).toEqual(['EnrolmentReserved', 'InmateEnrolled']);
  });

  // Stores without appendToStreams (EventStoreDB through client 6.2.1) write the claim first, on its
  // own; a command can then die between the two appends, which is what the next two tests do.
  const appendingPartByPart = (store: EventStore): void => {
    Object.assign(store, { appendToStreams: undefined });
  };

  it('keeps the reservation for the same participant when its enrolment is sent again under a new command id', async () => {
    const { store, handle } = await setUp();
    appendingPartByPart(store);
    const participantId = randomUUID();
    const failing = store.appendToStream.bind(store);
    let failParticipantAppend = true;
    store.appendToStream = async (streamName, events, options) => {
      if (failParticipantAppend && streamName === `participant-${participantId}`) throw new Error('connection reset');
      return failing(streamName, events, options);
    };
    await expect(handle(envelope(enrolment(participantId, 'BI.44/2019')))).rejects.toThrow('connection reset');
    failParticipantAppend = false;
    const again = await handle(envelope(enrolment(participantId, 'BI.44/2019')));
    expect(E.isRight(again)).toBe(true);
    const events = await readAllOf(store);
    expect(events.filter((event) => event.type === 'EnrolmentReserved')).toHaveLength(1);
    expect(events.filter((event) => event.type === 'InmateEnrolled')).toHaveLength(1);
  });

  it('takes over a reservation whose participant was never enrolled, once it is old enough', async () => {
    let now = septemberFirst;
    const { store, handle } = await setUp(() => now);
    appendingPartByPart(store);
    const abandoned = randomUUID();
    const original = store.appendToStream.bind(store);
    store.appendToStream = async (streamName, events, options) => {
      if (streamName === `participant-${abandoned}`) throw new Error('the disk went away mid-command');
      return original(streamName, events, options);
    };
    await expect(handle(envelope(enrolment(abandoned, 'BI.9/2019')))).rejects.toThrow('the disk went away');
    store.appendToStream = original;

    const retriedSoon = await handle(envelope(enrolment(randomUUID(), 'BI.9/2019')));
    expect(E.isLeft(retriedSoon) && retriedSoon.left.kind === 'rejected' && retriedSoon.left.error._tag).toBe('PersonAlreadyEnrolledInProgramme');
    now = new Date(septemberFirst.getTime() + 6 * 60 * 1000);
    const takenOver = await handle(envelope(enrolment(randomUUID(), 'BI.9/2019')));
    expect(E.isRight(takenOver)).toBe(true);
    const reservations = (await readAllOf(store)).filter((event) => event.type === 'EnrolmentReserved');
    expect(reservations.map((event) => event.revision)).toEqual([0n, 1n]);
    expect(await verifyStreamChain(reservations)).toEqual([]);
  });

  describe('a handler that does not hold the stream (restarted, or another process)', () => {
    const secondHandler = async (store: EventStore, keys: { masterKey: ReturnType<typeof createMasterKey>; keyRows: ReturnType<typeof createMemoryKeyRows> }) =>
      createParticipantCommandHandler({
        store,
        catalogue: shippedCatalogue,
        vault: createPersonalDataVault(await createMemoryKeyStore(keys.masterKey, keys.keyRows)),
        reservationKey: keys.masterKey.deriveKey('enrolment-reservation'),
        fingerprintKey: keys.masterKey.deriveKey('command-fingerprint'),
        clock: () => septemberFirst,
      });
    const twoHandlers = async (partByPart: boolean) => {
      const masterKey = createMasterKey(randomBytes(32));
      const keyRows = createMemoryKeyRows();
      const store = createMemoryEventStore({ schema: binaanEventSchema });
      if (partByPart) appendingPartByPart(store);
      return { store, first: await secondHandler(store, { masterKey, keyRows }), second: await secondHandler(store, { masterKey, keyRows }) };
    };

    it.each([
      ['with atomic multi-stream appends', false],
      ['appending part by part', true],
    ])('refuses another enrolment of an enrolled participant and writes nothing (%s)', async (_, partByPart) => {
      const { store, first, second } = await twoHandlers(partByPart);
      const participantId = randomUUID();
      expect(E.isRight(await first(envelope(enrolment(participantId, 'BI.1/2019'))))).toBe(true);
      const before = await readAllOf(store);
      const result = await second(envelope(enrolment(participantId, 'BI.2/2019')));
      expect(E.isLeft(result) && result.left.kind === 'rejected' && result.left.error._tag).toBe('AlreadyEnrolled');
      expect(await readAllOf(store)).toEqual(before);
    });

    it('answers a repeated enrolment with the first result', async () => {
      const { store, first, second } = await twoHandlers(false);
      const participantId = randomUUID();
      const command = envelope(enrolment(participantId));
      const original = await first(command);
      const before = await readAllOf(store);
      const repeated = await second(command);
      expect(E.isRight(original) && E.isRight(repeated)).toBe(true);
      if (E.isRight(original) && E.isRight(repeated)) expect(repeated.right).toEqual({ ...original.right, repeated: true });
      expect(await readAllOf(store)).toEqual(before);
    });

    it('appends after the events it has not seen', async () => {
      const { store, first, second } = await twoHandlers(false);
      const participantId = randomUUID();
      await first(envelope(enrolment(participantId)));
      await first(envelope(assessment(participantId, 'sulam-dasar')));
      const result = await second(envelope(assessment(participantId, 'sulam-lanjutan')));
      expect(E.isRight(result) && result.right.nextExpectedRevision).toBe(2n);
      const stream = (await readAllOf(store)).filter((event) => event.streamName === `participant-${participantId}`);
      expect(await verifyStreamChain(stream)).toEqual([]);
    });
  });

  it('recognises a repeat that another process wrote right after its cached revision, and refuses that id with another body', async () => {
    // Another writer's copy of this very command carries the same event ids at the revision after the cached one:
    // a store would take a blind append of them as an idempotent repeat, so the handler must read before it decides.
    const { store, handlerOf } = processesOnOneStore();
    const [first, second, third] = [await handlerOf(), await handlerOf(), await handlerOf()];
    const participantId = randomUUID();
    await first(envelope(enrolment(participantId)));
    const bySecond = envelope(assessment(participantId, 'sulam-dasar'));
    await second(bySecond);
    expect(await third(bySecond)).toMatchObject({ right: { repeated: true } });
    // `first` holds her stream at revision 0 in its cache; `second` and `third` at revision 1.
    const byFirst = envelope(assessment(participantId, 'sulam-lanjutan'));
    expect(await first(byFirst)).toMatchObject({ right: { repeated: false, nextExpectedRevision: 2n } });

    const otherBody = await second({ ...byFirst, command: assessment(participantId, 'sulam-lanjutan', 'not_yet_competent') });
    expect(E.isLeft(otherBody) && otherBody.left.kind === 'rejected' && otherBody.left.error._tag).toBe('CommandIdReused');
    expect(await third(byFirst)).toMatchObject({ right: { repeated: true, nextExpectedRevision: 2n } });
    const stream = (await readAllOf(store)).filter((event) => event.streamName === `participant-${participantId}`);
    expect(stream.map((event) => event.revision)).toEqual([0n, 1n, 2n]);
  });

  it('stays correct when another process appends behind its cache', async () => {
    const { store, handlerOf } = processesOnOneStore();
    const [api, cli] = [await handlerOf(), await handlerOf()];
    const participantId = randomUUID();
    await api(envelope(enrolment(participantId)));
    const byCli = envelope(assessment(participantId, 'sulam-dasar'));
    expect(E.isRight(await cli(byCli))).toBe(true);

    const next = await api(envelope(assessment(participantId, 'sulam-lanjutan')));
    expect(E.isRight(next) && next.right.nextExpectedRevision).toBe(2n);
    const repeatedElsewhere = await api(byCli);
    expect(E.isRight(repeatedElsewhere) && repeatedElsewhere.right.repeated).toBe(true);
    const stream = (await readAllOf(store)).filter((event) => event.streamName === `participant-${participantId}`);
    expect(stream.map((event) => event.revision)).toEqual([0n, 1n, 2n]);
    expect(await verifyStreamChain(stream)).toEqual([]);
  });
});

/*
 * An embedder of the packed packages: the decider from @binaan/domain and the in-memory event store
 * from @binaan/event-store, nothing else of Binaan's. packed-packages.int.spec.ts compiles and runs it
 * in a fresh project and checks that no native store driver came along.
 */
import { randomUUID } from 'node:crypto';
import {
  competentModuleIds,
  createParticipantDecider,
  decodeCommand,
  encodeParticipantEvent,
  foldParticipant,
  formatDecodeError,
  participantStreamName,
  ParticipantCommand,
  ParticipantEvent,
  ParticipantId,
  prepareCommand,
  shippedCatalogue,
  upcastEvent,
} from '@binaan/domain';
import { createMemoryEventStore, type ExpectedRevision, type JsonObject, WrongExpectedVersionError } from '@binaan/event-store';
import { enrollInmate, fakeSeal, given, inmateEnrolled, localDate } from '@binaan/testing';

const context = { catalogue: shippedCatalogue, today: localDate('2019-12-31') };
const decider = createParticipantDecider(context);
const participantId = '6f1c2a9e-8d4b-4c3a-9e2f-1a2b3c4d5e6f' as ParticipantId;
const stream = participantStreamName(participantId);
const store = createMemoryEventStore();

const readEvents = async (): Promise<readonly ParticipantEvent[]> => {
  const events: ParticipantEvent[] = [];
  for await (const recorded of store.readStream(stream)) {
    const decoded = upcastEvent(recorded.type, recorded.data);
    if (decoded._tag === 'Left') throw new Error(formatDecodeError(decoded.left));
    events.push(decoded.right);
  }
  return events;
};

/** Load, decide, append with the revision loaded: the loop any command handler runs. */
const handle = async (input: unknown, expectedRevision: ExpectedRevision): Promise<bigint> => {
  const decoded = decodeCommand(input);
  if (decoded._tag === 'Left') throw new Error(formatDecodeError(decoded.left));
  const command: ParticipantCommand = prepareCommand(decoded.right.command, { seal: fakeSeal, actor: { id: 'embedder', role: 'registrar' } });
  const history = expectedRevision === 'no_stream' ? [] : await readEvents();
  const decision = decider.decide(command, foldParticipant(decider, history));
  if (decision._tag === 'Left') throw new Error(decision.left.message);
  const appended = await store.appendToStream(
    stream,
    decision.right.map((event) => ({ id: randomUUID(), type: event.type, data: encodeParticipantEvent(event).data as JsonObject })),
    { expectedRevision },
  );
  return appended.nextExpectedRevision;
};

const main = async (): Promise<void> => {
  const enrolled = await handle(
    {
      type: 'EnrollInmate',
      participantId,
      programmeId: 'sulam-malang-2019',
      facilityId: 'lapas-perempuan-malang',
      registrationClass: 'B.I',
      enrolledOn: '2019-03-01',
      consent: { given: true, recordedOn: '2019-03-01' },
      personalData: { fullName: 'Kartika Sari Handayani (synthetic)', registrationNumber: 'B.I-0042/SINTETIS' },
    },
    'no_stream',
  );
  await handle({ type: 'CompleteModule', participantId, moduleId: 'sulam-dasar', result: 'competent', assessedOn: '2019-04-15' }, enrolled);
  const stale = await handle(
    { type: 'CompleteModule', participantId, moduleId: 'pengembangan-usaha', result: 'competent', assessedOn: '2019-05-15' },
    enrolled,
  ).then(
    () => 'appended',
    (error: unknown) => (error instanceof WrongExpectedVersionError ? 'WrongExpectedVersion' : String(error)),
  );

  const events = await readEvents();
  const incomplete = decodeCommand({ type: 'CompleteModule', participantId, moduleId: 'menjahit' });
  given([]).when(enrollInmate()).then([inmateEnrolled()]);

  console.log(
    JSON.stringify({
      events: events.map((event) => event.type),
      competent: competentModuleIds(foldParticipant(decider, events)),
      staleAppend: stale,
      rejected: incomplete._tag === 'Left' ? formatDecodeError(incomplete.left) : 'accepted',
      sealedWith: events[0]?.type === 'InmateEnrolled' ? events[0].data.personalData.kid : undefined,
    }),
  );
  await store.close();
};

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

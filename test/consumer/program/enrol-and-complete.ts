/*
 * A consumer of the packed packages: it imports only from @binaan/domain and @binaan/testing, as an
 * embedder would. packed-packages.int.spec.ts compiles and runs it in a fresh project.
 */
import {
  competentModuleIds,
  createParticipantDecider,
  decodeCommand,
  foldParticipant,
  formatDecodeError,
  ParticipantCommand,
  ParticipantEvent,
  sealCommand,
  shippedCatalogue,
} from '@binaan/domain';
import { enrollInmate, fakeSeal, given, inmateEnrolled, localDate } from '@binaan/testing';

const context = { catalogue: shippedCatalogue, today: localDate('2019-12-31') };
const decider = createParticipantDecider(context);
const participantId = '6f1c2a9e-8d4b-4c3a-9e2f-1a2b3c4d5e6f';

const decideAll = (inputs: readonly unknown[]): readonly ParticipantEvent[] =>
  inputs.reduce<readonly ParticipantEvent[]>((events, input) => {
    const decoded = decodeCommand(input, context);
    if (decoded._tag === 'Left') {
      throw new Error(formatDecodeError(decoded.left));
    }
    const command: ParticipantCommand = sealCommand(decoded.right.command, fakeSeal);
    const decision = decider.decide(command, foldParticipant(decider, events));
    if (decision._tag === 'Left') {
      throw new Error(decision.left.message);
    }
    return [...events, ...decision.right];
  }, []);

const events = decideAll([
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
  { type: 'CompleteModule', participantId, moduleId: 'sulam-dasar', result: 'competent', assessedOn: '2019-04-15' },
]);

const incomplete = decodeCommand({ type: 'CompleteModule', participantId, moduleId: 'menjahit' }, context);

given([]).when(enrollInmate()).then([inmateEnrolled()]);

console.log(
  JSON.stringify({
    events: events.map((event) => event.type),
    competent: competentModuleIds(foldParticipant(decider, events)),
    rejected: incomplete._tag === 'Left' ? formatDecodeError(incomplete.left) : 'accepted',
    sealedWith: events[0]?.type === 'InmateEnrolled' ? events[0].data.personalData.kid : undefined,
  }),
);

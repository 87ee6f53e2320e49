import type { EventStore, ProposedEvent } from '@binaan/event-store';
import type { JsonObject } from '@binaan/canonical-json';

/**
 * Workload W1 scaled up: each participant has 10 events (enrolment, five modules, release, three
 * follow-ups), appended as one write per participant stream. Names are synthetic. Life happens to a
 * few of them, as it does to a real record: 1 in 20 has her M3 contact voided instead of an M6 contact,
 * 1 in 20 is transferred to the other facility before release (and has no M6 contact), and 1 in 20
 * returns to custody instead of an M6 contact, so about 1.5 % of the events are lifecycle events.
 */
export const eventsPerParticipant = 10;

const modules = ['sulam-dasar', 'sulam-lanjutan', 'pengembangan-usaha', 'pemasaran-penjualan', 'pendanaan-usaha'];
const facilities = ['lapas-perempuan-malang', 'lapas-kelas-i-malang'];
const statuses = ['formal', 'informal', 'self_employed', 'seeking', 'not_seeking'];

const dayMs = 86_400_000;
const dateOf = (epochDay: number): string => new Date(epochDay * dayMs).toISOString().slice(0, 10);
const start2019 = Date.parse('2019-01-01T00:00:00Z') / dayMs;

const participantIdOf = (index: number): string => `10000000-0000-4000-8000-${index.toString(16).padStart(12, '0')}`;

const envelope = (index: number): JsonObject => ({
  alg: 'A256GCM',
  kid: `participant-${index}`,
  iv: 'AAAAAAAAAAAAAAAA',
  ct: Buffer.from(JSON.stringify({ fullName: `Warga Uji ${index}`, registrationNumber: `BI-${index}` })).toString('base64'),
  tag: 'AAAAAAAAAAAAAAAAAAAAAA==',
});

const metadata = (index: number, eventIndex: number, businessDay: number, role: string): JsonObject => {
  const commandId = `20000000-0000-4000-8000-${(index * 16 + eventIndex).toString(16).padStart(12, '0')}`;
  return {
    eventId: `30000000-0000-4000-8000-${(index * 16 + eventIndex).toString(16).padStart(12, '0')}`,
    commandId,
    correlationId: commandId,
    causationId: commandId,
    actor: { id: `staf-${index % 7}`, role },
    recordedAt: new Date(businessDay * dayMs + 10 * 3_600_000).toISOString(),
    prevHash: '0'.repeat(64),
    hash: (index * 16 + eventIndex).toString(16).padStart(64, '0'),
  };
};

/** The ten events of participant `index`, deterministic in `index`. */
export const w1Events = (index: number): readonly ProposedEvent[] => {
  const participantId = participantIdOf(index);
  const enrolledDay = start2019 + (index % 720);
  const releasedDay = enrolledDay + 200;
  const event = (eventIndex: number, type: string, day: number, role: string, data: JsonObject): ProposedEvent => ({
    id: `40000000-0000-4000-8000-${(index * 16 + eventIndex).toString(16).padStart(12, '0')}`,
    type,
    data: { schemaVersion: 1, participantId, ...data },
    metadata: metadata(index, eventIndex, day, role),
  });
  const followUp = (eventIndex: number, months: number, milestone: string): ProposedEvent => {
    const reached = (index + eventIndex) % 4 !== 0;
    return event(eventIndex, 'FollowUpLogged', releasedDay + months * 30, 'caseworker', {
      contactedOn: dateOf(releasedDay + months * 30),
      channel: 'phone',
      outcome: reached ? 'reached' : 'not_reached',
      ...(reached
        ? { employment: { status: statuses[(index + eventIndex) % statuses.length]!, usesTrainedSkill: true, incomeBand: 'below_500k' } }
        : { notReachedReason: 'no_answer' }),
      needs: [],
      referrals: [],
      milestone,
    });
  };
  const enrolment = (facilityId: string): ProposedEvent =>
    event(0, 'InmateEnrolled', enrolledDay, 'registrar', {
      programmeId: 'sulam-malang-2019',
      curriculumVersion: 1,
      facilityId,
      registrationClass: 'B.I',
      enrolledOn: dateOf(enrolledDay),
      consent: { given: true, recordedOn: dateOf(enrolledDay) },
      personalData: envelope(index),
    });
  const training = modules.map((moduleId, moduleIndex) =>
    event(1 + moduleIndex, 'ModuleCompleted', enrolledDay + 20 * (moduleIndex + 1), 'assessor', {
      schemaVersion: 2,
      moduleId,
      result: (index + moduleIndex) % 9 === 0 ? 'not_yet_competent' : 'competent',
      assessedOn: dateOf(enrolledDay + 20 * (moduleIndex + 1)),
    }),
  );
  const release = (eventIndex: number): ProposedEvent =>
    event(eventIndex, 'InmateReleased', releasedDay, 'registrar', { releaseType: 'pembebasan_bersyarat', releasedOn: dateOf(releasedDay) });
  const facilityId = facilities[index % facilities.length]!;
  const life = index % 20;
  if (life === 1) {
    const m3 = followUp(8, 3, 'M3');
    const voided = event(9, 'EntryVoided', releasedDay + 100, 'caseworker', {
      voidedEventId: m3.id,
      voidedType: 'FollowUpLogged',
      reason: 'data_entry_error',
    });
    return [enrolment(facilityId), ...training, release(6), followUp(7, 1, 'M1'), m3, voided];
  }
  if (life === 2) {
    const transferred = event(6, 'ParticipantTransferred', enrolledDay + 150, 'registrar', {
      transferredOn: dateOf(enrolledDay + 150),
      fromFacilityId: facilityId,
      toFacilityId: facilities[(index + 1) % facilities.length]!,
    });
    return [enrolment(facilityId), ...training, transferred, release(7), followUp(8, 1, 'M1'), followUp(9, 3, 'M3')];
  }
  if (life === 3) {
    const returned = event(9, 'ReturnedToCustody', releasedDay + 150, 'registrar', { returnedOn: dateOf(releasedDay + 150), kind: 'parole_revoked' });
    return [enrolment(facilityId), ...training, release(6), followUp(7, 1, 'M1'), followUp(8, 3, 'M3'), returned];
  }
  return [enrolment(facilityId), ...training, release(6), followUp(7, 1, 'M1'), followUp(8, 3, 'M3'), followUp(9, 6, 'M6')];
};

/** Appends `participants` W1 histories, one append per stream. */
export const appendW1 = async (store: EventStore, participants: number): Promise<void> => {
  for (let index = 0; index < participants; index += 1) {
    await store.appendToStream(`participant-${participantIdOf(index)}`, w1Events(index), { expectedRevision: 'no_stream' });
  }
};

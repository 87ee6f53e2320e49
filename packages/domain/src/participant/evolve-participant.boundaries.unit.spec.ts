import * as E from 'fp-ts/Either';
import { shippedCatalogue } from '../catalogue/shipped-catalogue';
import { ParticipantEvent } from '../events/participant-event';
import { createEvolve } from './evolve-participant';
import { initialParticipantState, type EnrolledParticipant, type EventRecord, type ParticipantState } from './participant-state';

/**
 * Where `evolve` has to tell cases apart: a second enrolment among other events, module attempts, a
 * release with and without its optional fields, every detail a follow-up contact keeps, the lifecycle
 * entries, and a void of each kind of entry (only the entry it names is undone).
 */

const participantId = '00000000-0000-4000-8000-000000000042';
const envelope = { alg: 'A256GCM', kid: 'participant-key-42', iv: 'AAAAAAAAAAAAAAAA', ct: 'c2VhbGVk', tag: 'AAAAAAAAAAAAAAAAAAAAAA==' };

/** An event as it would be read from the store: plain JSON through the codec. */
const event = (type: string, data: Record<string, unknown>): ParticipantEvent => {
  const decoded = ParticipantEvent.decode({ type, data: { participantId, ...data } });
  if (E.isLeft(decoded)) throw new Error(`not a ${type} event: ${JSON.stringify(data)}`);
  return decoded.right;
};

const enrolled = (enrolledOn: string, facilityId = 'lapas-perempuan-malang') =>
  event('InmateEnrolled', {
    schemaVersion: 1,
    programmeId: 'sulam-malang-2019',
    curriculumVersion: 1,
    facilityId,
    registrationClass: 'B.I',
    enrolledOn,
    consent: { given: true, recordedOn: enrolledOn },
    personalData: envelope,
  });
const assessed = (moduleId: string, result: 'competent' | 'not_yet_competent', assessedOn: string) =>
  event('ModuleCompleted', { schemaVersion: 2, moduleId, result, assessedOn });
const released = (releasedOn: string, optional: Record<string, unknown> = {}) =>
  event('InmateReleased', { schemaVersion: 1, releaseType: 'pembebasan_bersyarat', releasedOn, ...optional });
const contacted = (contactedOn: string, milestone: string | null, optional: Record<string, unknown>) =>
  event('FollowUpLogged', { schemaVersion: 1, contactedOn, channel: 'phone', needs: [], referrals: [], milestone, ...optional });
const voidOf = (voidedEventId: string, voidedType: string) =>
  event('EntryVoided', { schemaVersion: 1, voidedEventId, voidedType, reason: 'data_entry_error' });
const exited = (exitedOn: string) => event('ParticipantExited', { schemaVersion: 1, exitedOn, reason: 'withdrew' });
const transferred = (transferredOn: string, fromFacilityId: string, toFacilityId: string) =>
  event('ParticipantTransferred', { schemaVersion: 1, transferredOn, fromFacilityId, toFacilityId });
const returned = (returnedOn: string) => event('ReturnedToCustody', { schemaVersion: 1, returnedOn, kind: 'parole_revoked' });

const evolve = createEvolve(shippedCatalogue);
const eventId = (index: number) => `10000000-0000-4000-8000-${String(index).padStart(12, '0')}`;
const record = (index: number): EventRecord => ({ eventId: eventId(index), recordedBy: { id: 'registrar-1', role: 'registrar' } });

/** Folds the events in order, the n-th recorded as `eventId(n)`. */
const fold = (events: readonly ParticipantEvent[]): ParticipantState =>
  events.reduce((state, next, index) => evolve(state, next, record(index)), initialParticipantState());

const enrolledState = (state: ParticipantState): EnrolledParticipant => {
  if (state.status !== 'enrolled') throw new Error('expected an enrolled participant');
  return state;
};

describe('evolve: a second enrolment in the stream', () => {
  const history = [
    enrolled('2019-03-04'),
    assessed('sulam-dasar', 'competent', '2019-04-01'),
    released('2019-10-01', { supervisionEndsOn: '2020-10-01' }),
    contacted('2019-11-01', 'M1', { outcome: 'reached', employment: { status: 'informal', usesTrainedSkill: true, incomeBand: 'below_500k' } }),
  ];

  it('given modules, a release and a follow-up, when another InmateEnrolled is folded, then the state stays exactly as it was', () => {
    const before = fold(history);
    const after = evolve(before, enrolled('2019-12-01', 'lapas-kelas-i-malang'), record(history.length));
    expect(after).toBe(before);
    const state = enrolledState(after);
    expect([state.enrolledOn, state.facilityId, Object.keys(state.modules), state.release?.releasedOn, state.followUps.length]).toEqual([
      '2019-03-04',
      'lapas-perempuan-malang',
      ['sulam-dasar'],
      '2019-10-01',
      1,
    ]);
    expect(state.entries.map((entry) => entry.type)).toEqual(['InmateEnrolled', 'ModuleCompleted', 'InmateReleased', 'FollowUpLogged']);
  });
});

describe('evolve: module standings', () => {
  it('given a module assessed three times, then its attempts are three, its first result the first one and its competence the first competent date', () => {
    const state = enrolledState(
      fold([
        enrolled('2019-03-04'),
        assessed('sulam-dasar', 'not_yet_competent', '2019-04-01'),
        assessed('pengembangan-usaha', 'competent', '2019-04-02'),
        assessed('sulam-dasar', 'competent', '2019-04-15'),
        assessed('sulam-dasar', 'competent', '2019-05-01'),
      ]),
    );
    expect(state.modules['sulam-dasar' as keyof typeof state.modules]).toEqual({
      result: 'competent',
      firstResult: 'not_yet_competent',
      attempts: 3,
      competentOn: '2019-04-15',
    });
    expect(state.modules['pengembangan-usaha' as keyof typeof state.modules]).toEqual({
      result: 'competent',
      firstResult: 'competent',
      attempts: 1,
      competentOn: '2019-04-02',
    });
  });

  it('given an assessment voided, then it no longer counts as an attempt', () => {
    const state = enrolledState(
      fold([
        enrolled('2019-03-04'),
        assessed('sulam-dasar', 'not_yet_competent', '2019-04-01'),
        assessed('sulam-dasar', 'competent', '2019-04-15'),
        voidOf(eventId(1), 'ModuleCompleted'),
      ]),
    );
    expect(state.modules['sulam-dasar' as keyof typeof state.modules]).toEqual({
      result: 'competent',
      firstResult: 'competent',
      attempts: 1,
      competentOn: '2019-04-15',
    });
  });
});

describe('evolve: the release', () => {
  it('given a release with the end of supervision and a home regency, then the state keeps both', () => {
    const state = enrolledState(fold([enrolled('2019-03-04'), released('2019-10-01', { supervisionEndsOn: '2020-04-01', homeRegency: '3507' })]));
    expect(state.release).toMatchObject({
      eventId: eventId(1),
      releaseType: 'pembebasan_bersyarat',
      releasedOn: '2019-10-01',
      supervisionEndsOn: '2020-04-01',
    });
    expect(state.homeRegency).toBe('3507');
  });

  it('given a release without them, then supervision ends on null and the home regency of the enrolment stands', () => {
    const withRegency = event('InmateEnrolled', { ...enrolled('2019-03-04').data, homeRegency: '3573' });
    const state = enrolledState(fold([withRegency, released('2019-10-01')]));
    expect(state.release).toMatchObject({ eventId: eventId(1), releaseType: 'pembebasan_bersyarat', releasedOn: '2019-10-01', supervisionEndsOn: null });
    expect(state.homeRegency).toBe('3573');
  });
});

describe('evolve: follow-up contacts', () => {
  it('given a reached contact with work and notes, then the state keeps every detail the figures read', () => {
    const state = enrolledState(
      fold([
        enrolled('2019-03-04'),
        released('2019-10-01'),
        contacted('2020-04-03', 'M6', {
          outcome: 'reached',
          employment: { status: 'self_employed', usesTrainedSkill: true, incomeBand: '500k_to_1m', businessStatus: 'running', salesChannel: 'market' },
          personalData: envelope,
        }),
      ]),
    );
    expect(state.followUps).toEqual([
      {
        eventId: eventId(2),
        contactedOn: '2020-04-03',
        outcome: 'reached',
        milestone: 'M6',
        employmentStatus: 'self_employed',
        businessStatus: 'running',
        usesTrainedSkill: true,
        incomeBand: '500k_to_1m',
        withNotes: true,
      },
    ]);
  });

  it('given a contact not reached, outside any window and without notes, then its work details are null and it has no notes', () => {
    const state = enrolledState(
      fold([enrolled('2019-03-04'), released('2019-10-01'), contacted('2019-10-20', null, { outcome: 'not_reached', notReachedReason: 'no_answer' })]),
    );
    expect(state.followUps).toEqual([
      {
        eventId: eventId(2),
        contactedOn: '2019-10-20',
        outcome: 'not_reached',
        milestone: null,
        employmentStatus: null,
        businessStatus: null,
        usesTrainedSkill: null,
        incomeBand: null,
        withNotes: false,
      },
    ]);
  });

  it('given a reached contact whose work names no business status, then the business status is null', () => {
    const state = enrolledState(
      fold([
        enrolled('2019-03-04'),
        released('2019-10-01'),
        contacted('2019-11-01', 'M1', { outcome: 'reached', employment: { status: 'formal', usesTrainedSkill: false, incomeBand: '1m_to_2m' } }),
      ]),
    );
    expect(state.followUps.map((contact) => [contact.employmentStatus, contact.businessStatus, contact.usesTrainedSkill, contact.incomeBand])).toEqual([
      ['formal', null, false, '1m_to_2m'],
    ]);
  });
});

describe('evolve: lifecycle entries', () => {
  it('given an exit, then the state keeps its date and reason', () => {
    const state = enrolledState(fold([enrolled('2019-03-04'), exited('2019-05-01')]));
    expect(state.exit).toEqual({ eventId: eventId(1), exitedOn: '2019-05-01', reason: 'withdrew' });
  });

  it('given two transfers, then she is at the last one’s facility and both are kept in order', () => {
    const state = enrolledState(
      fold([
        enrolled('2019-03-04'),
        transferred('2019-04-01', 'lapas-perempuan-malang', 'lapas-kelas-i-malang'),
        transferred('2019-06-01', 'lapas-kelas-i-malang', 'lapas-perempuan-surabaya'),
      ]),
    );
    expect([state.enrolledAtFacilityId, state.facilityId]).toEqual(['lapas-perempuan-malang', 'lapas-perempuan-surabaya']);
    expect(state.transfers.map((transfer) => [transfer.eventId, transfer.transferredOn, transfer.toFacilityId])).toEqual([
      [eventId(1), '2019-04-01', 'lapas-kelas-i-malang'],
      [eventId(2), '2019-06-01', 'lapas-perempuan-surabaya'],
    ]);
  });

  it('given a return to custody, consent withdrawn and personal data erased, then the state keeps each date', () => {
    const state = enrolledState(
      fold([
        enrolled('2019-03-04'),
        released('2019-10-01'),
        returned('2020-02-01'),
        event('ConsentWithdrawn', { schemaVersion: 1, withdrawnOn: '2020-03-01' }),
        event('PersonalDataErased', { schemaVersion: 1, erasedOn: '2020-04-01', basis: 'subject_request', requestedOn: '2020-03-20' }),
      ]),
    );
    expect(state.custodyReturn).toEqual({ eventId: eventId(2), returnedOn: '2020-02-01', kind: 'parole_revoked' });
    expect([state.consentWithdrawnOn, state.erasedOn]).toEqual(['2020-03-01', '2020-04-01']);
  });

  it('given a cancellation, then the enrolment is cancelled', () => {
    expect(enrolledState(fold([enrolled('2019-03-04'), event('EnrolmentCancelled', { schemaVersion: 1, reason: 'duplicate_entry' })])).cancelled).toBe(true);
  });

  it('given a correction of the facility after a transfer, then the enrolment’s facility changes and she stays where the transfer took her', () => {
    const state = enrolledState(
      fold([
        enrolled('2019-03-04'),
        transferred('2019-04-01', 'lapas-perempuan-malang', 'lapas-kelas-i-malang'),
        event('EnrolmentCorrected', { schemaVersion: 1, facilityId: 'lapas-perempuan-surabaya', registrationClass: 'A.I' }),
      ]),
    );
    expect([state.enrolledAtFacilityId, state.facilityId, state.registrationClass]).toEqual(['lapas-perempuan-surabaya', 'lapas-kelas-i-malang', 'A.I']);
  });

  it('given new contact details, then nothing the figures read changes, and the entry is recorded', () => {
    const before = fold([enrolled('2019-03-04')]);
    const after = enrolledState(evolve(before, event('ContactDetailsUpdated', { schemaVersion: 1, updatedOn: '2019-05-01', personalData: envelope }), record(1)));
    expect({ ...after, entries: [] }).toEqual({ ...enrolledState(before), entries: [] });
    expect(after.entries.map((entry) => entry.type)).toEqual(['InmateEnrolled', 'ContactDetailsUpdated']);
  });
});

describe('evolve: a void undoes only the entry it names', () => {
  const reached = { outcome: 'reached', employment: { status: 'formal', usesTrainedSkill: true, incomeBand: '1m_to_2m' } };

  it('given two contacts and a void of the first, then only the second stands', () => {
    const state = enrolledState(
      fold([enrolled('2019-03-04'), released('2019-10-01'), contacted('2019-11-01', 'M1', reached), contacted('2020-01-01', 'M3', reached), voidOf(eventId(2), 'FollowUpLogged')]),
    );
    expect(state.followUps.map((contact) => contact.eventId)).toEqual([eventId(3)]);
  });

  it('given two transfers and a void of the last, then she is back where the first took her', () => {
    const state = enrolledState(
      fold([
        enrolled('2019-03-04'),
        transferred('2019-04-01', 'lapas-perempuan-malang', 'lapas-kelas-i-malang'),
        transferred('2019-06-01', 'lapas-kelas-i-malang', 'lapas-perempuan-surabaya'),
        voidOf(eventId(2), 'ParticipantTransferred'),
      ]),
    );
    expect(state.transfers.map((transfer) => transfer.eventId)).toEqual([eventId(1)]);
    expect(state.facilityId).toBe('lapas-kelas-i-malang');
  });

  it.each([
    ['InmateReleased', released('2019-10-01'), (state: EnrolledParticipant) => state.release],
    ['ParticipantExited', exited('2019-05-01'), (state: EnrolledParticipant) => state.exit],
    ['ReturnedToCustody', returned('2020-02-01'), (state: EnrolledParticipant) => state.custodyReturn],
  ] as const)('given a void of the %s entry, then it is undone; a void naming another entry leaves it', (type, entry, read) => {
    const history = type === 'ReturnedToCustody' ? [enrolled('2019-03-04'), released('2019-10-01'), entry] : [enrolled('2019-03-04'), entry];
    const entryId = eventId(history.length - 1);
    expect(read(enrolledState(fold([...history, voidOf(entryId, type)])))).toBeNull();
    expect(read(enrolledState(fold([...history, voidOf(eventId(99), type)])))).toMatchObject({ eventId: entryId });
  });

  it('marks the voided entry, and only it, as voided in the entries; the void is an entry of its own', () => {
    const state = enrolledState(fold([enrolled('2019-03-04'), exited('2019-05-01'), voidOf(eventId(1), 'ParticipantExited')]));
    expect(state.entries).toEqual([
      { eventId: eventId(0), recordedBy: record(0).recordedBy, type: 'InmateEnrolled', voided: false },
      { eventId: eventId(1), recordedBy: record(1).recordedBy, type: 'ParticipantExited', voided: true },
      { eventId: eventId(2), recordedBy: record(2).recordedBy, type: 'EntryVoided', voided: false },
    ]);
  });
});

describe('evolve: graduation follows the assessments under the enrolment’s curriculum', () => {
  const allCompetent = [
    enrolled('2019-03-04'),
    assessed('sulam-dasar', 'competent', '2019-04-01'),
    assessed('sulam-lanjutan', 'competent', '2019-06-01'),
    assessed('pengembangan-usaha', 'competent', '2019-05-01'),
    assessed('pemasaran-penjualan', 'competent', '2019-07-15'),
    assessed('pendanaan-usaha', 'competent', '2019-07-01'),
  ];

  it('given every required module competent, then she graduated on the latest competence date', () => {
    expect(enrolledState(fold(allCompetent)).graduatedOn).toBe('2019-07-15');
  });

  it('given one of those assessments voided, then she has not graduated', () => {
    expect(enrolledState(fold([...allCompetent, voidOf(eventId(4), 'ModuleCompleted')])).graduatedOn).toBeNull();
  });

  it('given the curriculum corrected to a version the catalogue does not hold, then she has not graduated', () => {
    expect(enrolledState(fold([...allCompetent, event('EnrolmentCorrected', { schemaVersion: 1, curriculumVersion: 2 })])).graduatedOn).toBeNull();
  });
});

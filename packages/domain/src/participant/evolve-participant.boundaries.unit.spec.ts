import * as E from 'fp-ts/Either';
import { shippedCatalogue } from '../catalogue/shipped-catalogue';
import { ParticipantEvent } from '../events/participant-event';
import { createEvolve } from './evolve-participant';
import { initialParticipantState, type EnrolledParticipant, type EventRecord, type ParticipantState } from './participant-state';

/**
 * Where `evolve` has to tell cases apart: a second enrolment among other events, module attempts, a
 * release with and without its optional fields, and every detail a follow-up contact keeps.
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

import {
  createEvolve,
  shippedCatalogue,
  unrecordedAt,
  type Catalogue,
  type EncryptedEnvelope,
  type FollowUpLogged,
  type LocalDate,
  type Milestone,
  type ParticipantEvent,
  type ParticipantId,
  type ParticipantState,
} from '@binaan/domain';
import { participantStatusRow } from './participant-status';
import type { ParticipantStatusRow } from '../read-model-rows';

/** The shipped programme with only the two embroidery modules required, so a short history graduates. */
const twoRequired: Catalogue = {
  ...shippedCatalogue,
  programmes: shippedCatalogue.programmes.map((programme) => ({
    ...programme,
    modules: programme.modules.map((module) => ({ ...module, required: module.id === 'sulam-dasar' || module.id === 'sulam-lanjutan' })),
  })),
};
const evolve = createEvolve(twoRequired);
const participantId = '00000000-0000-4000-8000-000000000001' as ParticipantId;
const date = (text: string): LocalDate => text as LocalDate;
const sealed = { alg: 'A256GCM', kid: participantId, iv: 'AAAAAAAAAAAAAAAA', ct: 'AA==', tag: 'AAAAAAAAAAAAAAAAAAAAAA==' } as EncryptedEnvelope;

const enrolled = {
  type: 'InmateEnrolled',
  data: {
    schemaVersion: 1,
    participantId,
    programmeId: 'sulam-malang-2019',
    curriculumVersion: 1,
    facilityId: 'lapas-perempuan-malang',
    registrationClass: 'B.I',
    enrolledOn: date('2019-03-04'),
    consent: { given: true, recordedOn: date('2019-03-04') },
    personalData: sealed,
  },
} as ParticipantEvent;
const assessed = (moduleId: string, assessedOn: string, competent = true) =>
  ({
    type: 'ModuleCompleted',
    data: { schemaVersion: 2, participantId, moduleId, result: competent ? 'competent' : 'not_yet_competent', assessedOn: date(assessedOn) },
  }) as ParticipantEvent;
const released = {
  type: 'InmateReleased',
  data: { schemaVersion: 1, participantId, releaseType: 'bebas_murni', releasedOn: date('2019-06-01') },
} as ParticipantEvent;
const contact = (
  contactedOn: string,
  milestone: string | null,
  reached: boolean,
  employmentStatus: string | null = null,
  businessStatus: string | null = null,
): ParticipantEvent => {
  const data: FollowUpLogged['data'] = {
    schemaVersion: 1,
    participantId,
    contactedOn: date(contactedOn),
    channel: 'phone',
    outcome: reached ? 'reached' : 'not_reached',
    needs: [],
    referrals: [],
    milestone: milestone as Milestone | null,
    ...(reached ? {} : { notReachedReason: 'no_answer' }),
    ...(employmentStatus === null
      ? {}
      : {
          employment: {
            status: employmentStatus,
            usesTrainedSkill: true,
            incomeBand: 'below_500k',
            ...(businessStatus === null ? {} : { businessStatus }),
          },
        }),
  } as FollowUpLogged['data'];
  return { type: 'FollowUpLogged', data };
};

const fold = (events: readonly ParticipantEvent[]): ParticipantState =>
  events.reduce((state: ParticipantState, event, index) => evolve(state, event, unrecordedAt(index)), { status: 'not_enrolled' });

const row = (events: readonly ParticipantEvent[]): ParticipantStatusRow => {
  const state = fold(events);
  const status = state.status === 'enrolled' ? participantStatusRow(state) : null;
  if (status === null) throw new Error(`expected a row, got ${JSON.stringify(state)}`);
  return status;
};

describe('participant_status', () => {
  it('an enrolment opens the row in its cohort, in training', () => {
    expect(row([enrolled])).toMatchObject({ cohort: '2019-03', status: 'in_training', modules_assessed: 0, graduated_on: null });
  });

  it('graduates on the latest date a required module was assessed competent, after a reassessment', () => {
    const graduated = row([
      enrolled,
      assessed('sulam-lanjutan', '2019-05-20'),
      assessed('sulam-dasar', '2019-04-01', false),
      assessed('pengembangan-usaha', '2019-05-25'),
      assessed('sulam-dasar', '2019-04-15'),
    ]);
    expect(graduated).toMatchObject({
      status: 'graduated',
      graduated_on: '2019-05-20',
      assessed_modules: 'pengembangan-usaha,sulam-dasar,sulam-lanjutan',
      competent_modules: 'pengembangan-usaha:2019-05-25,sulam-dasar:2019-04-15,sulam-lanjutan:2019-05-20',
      modules_assessed: 3,
      modules_competent: 3,
    });
  });

  it('counts contacts per milestone; the latest reached contact in the window speaks for it', () => {
    const followedUp = row([
      enrolled,
      released,
      contact('2019-06-20', 'M1', false),
      contact('2019-06-25', 'M1', true, 'seeking'),
      contact('2019-07-10', 'M1', true, 'informal'),
      contact('2019-10-10', null, true, 'formal'),
    ]);
    expect(followedUp).toMatchObject({
      status: 'released',
      follow_ups_attempted: 4,
      follow_ups_reached: 3,
      m1_attempts: 3,
      m1_reached_on: '2019-07-10',
      m1_employment: 'informal',
      m3_attempts: 0,
      first_income_on: '2019-07-10',
      days_to_first_income: 39,
    });
  });

  it('keeps the earliest contact that reports work as the first income, even when logged later', () => {
    const followedUp = row([enrolled, released, contact('2019-12-01', 'M6', true, 'self_employed'), contact('2019-09-01', 'M3', true, 'formal')]);
    expect([followedUp.first_income_on, followedUp.days_to_first_income]).toEqual(['2019-09-01', 92]);
  });

  it('does not count a business still being planned as work, at M6 or as a first income', () => {
    const planning = row([enrolled, released, contact('2019-12-01', 'M6', true, 'self_employed', 'planning')]);
    expect([planning.m6_employment, planning.m6_working, planning.m6_uses_trained_skill, planning.first_income_on]).toEqual(['self_employed', 0, null, null]);
    const running = row([enrolled, released, contact('2019-12-01', 'M6', true, 'self_employed', 'running')]);
    expect([running.m6_working, running.m6_uses_trained_skill, running.m6_income_band, running.first_income_on]).toEqual([1, 1, 'below_500k', '2019-12-01']);
  });

  it('shows what a void leaves: the voided assessment no longer counts, and graduation waits again', () => {
    const history = [enrolled, assessed('sulam-dasar', '2019-04-01'), assessed('sulam-lanjutan', '2019-05-20')];
    const voidOfLast: ParticipantEvent = {
      type: 'EntryVoided',
      data: { schemaVersion: 1, participantId, voidedEventId: 'event-2' as never, voidedType: 'ModuleCompleted', reason: 'data_entry_error' },
    };
    expect(row(history)).toMatchObject({ status: 'graduated', modules_competent: 2 });
    expect(row([...history, voidOfLast])).toMatchObject({ status: 'in_training', graduated_on: null, modules_competent: 1, competent_modules: 'sulam-dasar:2019-04-01' });
  });

  it('names the unit where she graduated and was released, after a transfer', () => {
    const transferred: ParticipantEvent = {
      type: 'ParticipantTransferred',
      data: { schemaVersion: 1, participantId, transferredOn: date('2019-04-10'), fromFacilityId: 'lapas-perempuan-malang', toFacilityId: 'lapas-perempuan-surabaya' },
    } as ParticipantEvent;
    const moved = row([enrolled, assessed('sulam-dasar', '2019-04-01'), transferred, assessed('sulam-lanjutan', '2019-05-20'), released]);
    expect(moved).toMatchObject({
      facility_id: 'lapas-perempuan-malang',
      current_facility_id: 'lapas-perempuan-surabaya',
      graduated_on: '2019-05-20',
      graduated_at_facility_id: 'lapas-perempuan-surabaya',
      released_from_facility_id: 'lapas-perempuan-surabaya',
      exited_from_facility_id: null,
    });
  });

  it('has no row for a cancelled enrolment', () => {
    const cancelled: ParticipantEvent = { type: 'EnrolmentCancelled', data: { schemaVersion: 1, participantId, reason: 'duplicate_entry' } };
    const state = fold([enrolled, cancelled]);
    expect(state.status === 'enrolled' ? participantStatusRow(state) : 'no enrolment').toBeNull();
  });
});

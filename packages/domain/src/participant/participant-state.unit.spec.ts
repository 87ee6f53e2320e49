import type { LocalDate } from '../dates/local-date';
import type { FacilityId, ModuleId, ProgrammeId } from '../ids/slug-ids';
import type { ParticipantId } from '../ids/uuid-ids';
import {
  competentModuleIds,
  enrolmentHasEnded,
  hasGraduated,
  initialParticipantState,
  participantStage,
  type EnrolledParticipant,
} from './participant-state';

const day = (value: string) => value as LocalDate;

/** Enrolled on 4 March 2019 and nothing since, changed by `overrides`. */
const enrolledWith = (overrides: Partial<EnrolledParticipant> = {}): EnrolledParticipant => ({
  status: 'enrolled',
  participantId: '00000000-0000-4000-8000-000000000007' as ParticipantId,
  programmeId: 'sulam-malang-2019' as ProgrammeId,
  curriculumVersion: 1,
  enrolledAtFacilityId: 'lapas-perempuan-malang' as FacilityId,
  facilityId: 'lapas-perempuan-malang' as FacilityId,
  registrationClass: 'B.I',
  enrolledOn: day('2019-03-04'),
  previousParticipantId: null,
  homeRegency: null,
  assessments: [],
  modules: {},
  graduatedOn: null,
  release: null,
  followUps: [],
  exit: null,
  transfers: [],
  custodyReturn: null,
  cancelled: false,
  consentWithdrawnOn: null,
  erasedOn: null,
  enrolledBy: null,
  entries: [],
  ...overrides,
});

const release = { eventId: 'release', releaseType: 'bebas_murni', releasedOn: day('2019-10-01'), supervisionEndsOn: null, homeRegencyBefore: null } as const;
const exit = { eventId: 'exit', exitedOn: day('2019-05-01'), reason: 'withdrew' } as const;

describe('hasGraduated', () => {
  it('is false for someone not enrolled', () => {
    expect(hasGraduated(initialParticipantState())).toBe(false);
  });

  it('is false while a required module is missing, true once the graduation date is known', () => {
    expect(hasGraduated(enrolledWith())).toBe(false);
    expect(hasGraduated(enrolledWith({ graduatedOn: day('2019-09-01') }))).toBe(true);
  });
});

describe('competentModuleIds', () => {
  it('is empty for someone not enrolled', () => {
    expect(competentModuleIds(initialParticipantState())).toEqual([]);
  });

  it('lists the modules with a competence date, not those only assessed', () => {
    const modules = {
      ['sulam-dasar' as ModuleId]: { result: 'competent', firstResult: 'competent', attempts: 1, competentOn: day('2019-04-01') },
      ['sulam-lanjutan' as ModuleId]: { result: 'not_yet_competent', firstResult: 'not_yet_competent', attempts: 1, competentOn: null },
    } as const;
    expect(competentModuleIds(enrolledWith({ modules }))).toEqual(['sulam-dasar']);
  });
});

describe('participantStage', () => {
  it.each([
    ['in_training', {}],
    ['graduated', { graduatedOn: day('2019-09-01') }],
    ['exited', { exit, graduatedOn: day('2019-09-01') }],
    ['released', { release, exit }],
    ['returned_to_custody', { release, custodyReturn: { eventId: 'back', returnedOn: day('2020-02-01'), kind: 'new_offence' } }],
    ['cancelled', { cancelled: true, release }],
  ] as const)('is %s when that is the latest thing that stands', (stage, overrides) => {
    expect(participantStage(enrolledWith(overrides as Partial<EnrolledParticipant>))).toBe(stage);
  });
});

describe('enrolmentHasEnded', () => {
  it('is false for someone not enrolled, and while she is in training or graduated', () => {
    expect(enrolmentHasEnded(initialParticipantState())).toBe(false);
    expect(enrolmentHasEnded(enrolledWith())).toBe(false);
    expect(enrolmentHasEnded(enrolledWith({ graduatedOn: day('2019-09-01') }))).toBe(false);
  });

  it('is true once the enrolment was cancelled, or she exited, or she was released', () => {
    expect([enrolledWith({ cancelled: true }), enrolledWith({ exit }), enrolledWith({ release })].map(enrolmentHasEnded)).toEqual([true, true, true]);
  });
});

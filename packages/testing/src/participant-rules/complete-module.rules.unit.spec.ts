import { completeModule, recordRelease } from '../fixtures/command-fixtures';
import { inmateEnrolled, inmateReleased, moduleCompleted } from '../fixtures/event-fixtures';
import { numberedParticipantId } from '../fixtures/fixture-values';
import { deciderSpec, given } from '../decider-spec/given-when-then';
import { twoVersionCatalogue } from '../fixtures/catalogue-fixtures';

const enrolled = inmateEnrolled();
const enrolledInVersion = (curriculumVersion: number) => ({
  ...enrolled,
  data: { ...enrolled.data, curriculumVersion },
});

describe('CompleteModule rules', () => {
  describe('the participant is enrolled', () => {
    it('allows an assessment after enrolment', () => {
      given([enrolled])
        .when(completeModule('sulam-dasar', 'competent', '2019-04-01'))
        .then([moduleCompleted('sulam-dasar', 'competent', '2019-04-01')]);
    });
    it('rejects an assessment with no enrolment', () => {
      given([]).when(completeModule('sulam-dasar', 'competent', '2019-04-01')).then('NotEnrolled');
    });
    it('rejects an assessment for another participant', () => {
      given([enrolled])
        .when(completeModule('sulam-dasar', 'competent', '2019-04-01', { participantId: numberedParticipantId(2) }))
        .then('ParticipantMismatch');
    });
  });

  describe('the module is in the curriculum version recorded at enrolment', () => {
    const spec = deciderSpec({ catalogue: twoVersionCatalogue });
    it('allows a module added in version 2 to a participant enrolled under version 2', () => {
      spec
        .given([enrolledInVersion(2)])
        .when(completeModule('literasi-keuangan', 'competent', '2019-04-01'))
        .then([moduleCompleted('literasi-keuangan', 'competent', '2019-04-01')]);
    });
    it('rejects that module for a participant enrolled under version 1', () => {
      spec
        .given([enrolledInVersion(1)])
        .when(completeModule('literasi-keuangan', 'competent', '2019-04-01'))
        .then('ModuleNotInCurriculum');
    });
    it('rejects a module no programme teaches', () => {
      given([enrolled]).when(completeModule('menjahit', 'competent', '2019-04-01')).then('ModuleNotInCurriculum');
    });
    it('rejects every assessment when the catalogue lacks the enrolled version', () => {
      given([enrolledInVersion(9)])
        .when(completeModule('sulam-dasar', 'competent', '2019-04-01'))
        .then('CurriculumNotFound');
    });
  });

  describe('prerequisites are already competent', () => {
    it('allows sulam-lanjutan once sulam-dasar is competent', () => {
      given([enrolled, moduleCompleted('sulam-dasar', 'competent', '2019-04-01')])
        .when(completeModule('sulam-lanjutan', 'not_yet_competent', '2019-04-01'))
        .then([moduleCompleted('sulam-lanjutan', 'not_yet_competent', '2019-04-01')]);
    });
    it('rejects sulam-lanjutan before any sulam-dasar assessment', () => {
      given([enrolled]).when(completeModule('sulam-lanjutan', 'competent', '2019-04-01')).then('PrerequisitesNotCompetent');
    });
    it('rejects sulam-lanjutan while sulam-dasar is not yet competent', () => {
      given([enrolled, moduleCompleted('sulam-dasar', 'not_yet_competent', '2019-04-01')])
        .when(completeModule('sulam-lanjutan', 'competent', '2019-05-01'))
        .then('PrerequisitesNotCompetent');
    });
    it('rejects sulam-lanjutan dated before sulam-dasar became competent', () => {
      given([enrolled, moduleCompleted('sulam-dasar', 'competent', '2019-04-01')])
        .when(completeModule('sulam-lanjutan', 'competent', '2019-03-31'))
        .then('PrerequisitesNotCompetent');
    });
  });

  describe('the assessment date is not before enrolment', () => {
    it('allows an assessment on the enrolment day', () => {
      given([enrolled])
        .when(completeModule('pendanaan-usaha', 'competent', '2019-03-01'))
        .then([moduleCompleted('pendanaan-usaha', 'competent', '2019-03-01')]);
    });
    it('rejects an assessment the day before enrolment', () => {
      given([enrolled]).when(completeModule('pendanaan-usaha', 'competent', '2019-02-28')).then('AssessmentBeforeEnrolment');
    });
  });

  describe('the assessment date is not in the future', () => {
    it('allows an assessment today', () => {
      given([enrolled])
        .when(completeModule('pendanaan-usaha', 'competent', '2020-12-31'))
        .then([moduleCompleted('pendanaan-usaha', 'competent', '2020-12-31')]);
    });
    it('rejects an assessment tomorrow', () => {
      given([enrolled]).when(completeModule('pendanaan-usaha', 'competent', '2021-01-01')).then('AssessmentDateInFuture');
    });
  });

  describe('reassessment', () => {
    it('allows reassessment after not_yet_competent', () => {
      given([enrolled, moduleCompleted('sulam-dasar', 'not_yet_competent', '2019-04-01')])
        .when(completeModule('sulam-dasar', 'competent', '2019-05-01'))
        .then([moduleCompleted('sulam-dasar', 'competent', '2019-05-01')]);
    });
    it('rejects a second competent', () => {
      given([enrolled, moduleCompleted('sulam-dasar', 'competent', '2019-04-01')])
        .when(completeModule('sulam-dasar', 'competent', '2019-05-01'))
        .then('ModuleAlreadyCompetent');
    });
    it('rejects any further assessment of a competent module', () => {
      given([enrolled, moduleCompleted('sulam-dasar', 'competent', '2019-04-01')])
        .when(completeModule('sulam-dasar', 'not_yet_competent', '2019-05-01'))
        .then('ModuleAlreadyCompetent');
    });
  });

  describe('modules may continue after release', () => {
    it('allows an assessment after release', () => {
      given([enrolled, inmateReleased(recordRelease('2019-06-01'))])
        .when(completeModule('pemasaran-penjualan', 'competent', '2019-07-01'))
        .then([moduleCompleted('pemasaran-penjualan', 'competent', '2019-07-01')]);
    });
  });
});

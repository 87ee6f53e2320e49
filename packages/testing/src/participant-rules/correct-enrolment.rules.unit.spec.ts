import type { EnrolmentPersonalDataCorrection } from '@binaan/domain';
import { completeModule, correctEnrolment } from '../fixtures/command-fixtures';
import { enrolmentCancelled, enrolmentCorrected, inmateEnrolled, moduleCompleted, personalDataErased } from '../fixtures/event-fixtures';
import { catalogueWithoutSurabayaProgramme, twoVersionCatalogue } from '../fixtures/catalogue-fixtures';
import { numberedParticipantId } from '../fixtures/fixture-values';
import { deciderSpec, given } from '../decider-spec/given-when-then';
import type { FacilityId } from '@binaan/domain';

const enrolled = inmateEnrolled();
const facility = (id: string) => id as FacilityId;
const nameFix: EnrolmentPersonalDataCorrection = { fullName: 'Siti Contoh Rahayu (synthetic)' };

describe('CorrectEnrolment rules', () => {
  describe('only the fields that change are recorded', () => {
    it('records a corrected facility', () => {
      given([enrolled])
        .when(correctEnrolment({ facilityId: facility('lapas-kelas-i-malang') }))
        .then([enrolmentCorrected({ facilityId: facility('lapas-kelas-i-malang') })]);
    });
    it('records a corrected registration class', () => {
      given([enrolled]).when(correctEnrolment({ registrationClass: 'B.IIb' })).then([enrolmentCorrected({ registrationClass: 'B.IIb' })]);
    });
    it('leaves out a field given with the value it already has', () => {
      given([enrolled])
        .when(correctEnrolment({ registrationClass: 'B.I', facilityId: facility('lapas-perempuan-surabaya') }))
        .then([enrolmentCorrected({ facilityId: facility('lapas-perempuan-surabaya') })]);
    });
    it('records corrected personal data only as a sealed envelope', () => {
      const command = correctEnrolment({ personalData: nameFix });
      given([enrolled]).when(command).then([enrolmentCorrected({ personalData: command.personalData })]);
      expect(JSON.stringify(command)).not.toContain('Siti Contoh');
    });
    it('rejects a correction where every field given already has that value', () => {
      given([enrolled])
        .when(correctEnrolment({ registrationClass: 'B.I', facilityId: facility('lapas-perempuan-malang'), curriculumVersion: 1 }))
        .then('CorrectionChangesNothing');
    });
    it('rejects a correction that gives nothing', () => {
      given([enrolled]).when(correctEnrolment()).then('CorrectionChangesNothing');
    });
    it('compares with the enrolment as already corrected', () => {
      given([enrolled, enrolmentCorrected({ registrationClass: 'B.IIb' })]).when(correctEnrolment({ registrationClass: 'B.IIb' })).then('CorrectionChangesNothing');
    });
  });

  describe('there is an enrolment that stands', () => {
    it('rejects a correction with no enrolment', () => {
      given([]).when(correctEnrolment({ registrationClass: 'B.IIb' })).then('NotEnrolled');
    });
    it('rejects a correction of a cancelled enrolment', () => {
      given([enrolled, enrolmentCancelled()]).when(correctEnrolment({ registrationClass: 'B.IIb' })).then('EnrolmentIsCancelled');
    });
    it('rejects a correction for another participant', () => {
      given([enrolled]).when(correctEnrolment({ participantId: numberedParticipantId(2), registrationClass: 'B.IIb' })).then('ParticipantMismatch');
    });
  });

  describe('a corrected facility is known and runs the programme', () => {
    it('rejects a facility not in the catalogue', () => {
      given([enrolled]).when(correctEnrolment({ facilityId: facility('rutan-tidak-ada') })).then({ _tag: 'FacilityNotFound' });
    });
    it('rejects a facility that does not run the programme', () => {
      deciderSpec({ catalogue: catalogueWithoutSurabayaProgramme })
        .given([enrolled])
        .when(correctEnrolment({ facilityId: facility('lapas-perempuan-surabaya') }))
        .then({ _tag: 'FacilityDoesNotOfferProgramme', field: 'facilityId' });
    });
  });

  describe('a corrected curriculum version exists and teaches what was assessed', () => {
    const spec = deciderSpec({ catalogue: twoVersionCatalogue });
    it('records a move to version 2, which teaches every module of version 1', () => {
      spec
        .given([enrolled, moduleCompleted('sulam-dasar', 'competent', '2019-04-01')])
        .when(correctEnrolment({ curriculumVersion: 2 }))
        .then([enrolmentCorrected({ curriculumVersion: 2 })]);
    });
    it('rejects a version the catalogue does not hold', () => {
      spec.given([enrolled]).when(correctEnrolment({ curriculumVersion: 3 })).then({ _tag: 'CurriculumNotFound' });
    });
    it('rejects a version that does not teach a module already assessed', () => {
      const inVersion2 = { ...enrolled, data: { ...enrolled.data, curriculumVersion: 2 } };
      spec
        .given([inVersion2, moduleCompleted('literasi-keuangan', 'not_yet_competent', '2019-04-01')])
        .when(correctEnrolment({ curriculumVersion: 1 }))
        .then({ _tag: 'CurriculumCorrectionConflicts', field: 'curriculumVersion' });
    });
    it('lets later assessments follow the corrected version', () => {
      spec
        .given([enrolled, enrolmentCorrected({ curriculumVersion: 2 })])
        .when(completeModule('literasi-keuangan', 'competent', '2019-04-01'))
        .then([moduleCompleted('literasi-keuangan', 'competent', '2019-04-01')]);
    });
  });

  describe('no new personal data after erasure', () => {
    it('rejects corrected personal data once her data is erased', () => {
      given([enrolled, personalDataErased('2020-06-01')]).when(correctEnrolment({ personalData: nameFix })).then('PersonalDataIsErased');
    });
    it('accepts a correction without personal data once her data is erased', () => {
      given([enrolled, personalDataErased('2020-06-01')]).when(correctEnrolment({ registrationClass: 'B.III' })).then([enrolmentCorrected({ registrationClass: 'B.III' })]);
    });
  });
});

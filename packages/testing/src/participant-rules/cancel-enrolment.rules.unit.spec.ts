import type { NotePersonalData } from '@binaan/domain';
import { cancelEnrolment, completeModule, recordRelease } from '../fixtures/command-fixtures';
import { enrolmentCancelled, inmateEnrolled, inmateReleased, moduleCompleted, personalDataErased } from '../fixtures/event-fixtures';
import { numberedParticipantId, staff } from '../fixtures/fixture-values';
import { given, recorded } from '../decider-spec/given-when-then';

const registrar = staff('registrar');
const enrolled = recorded(inmateEnrolled(), '22222222-0000-4000-8000-000000000001', registrar);
const note: NotePersonalData = { note: 'Tercatat dua kali (contoh).' };

describe('CancelEnrolment rules', () => {
  describe('an enrolment entered in error is cancelled', () => {
    it('lets the registrar who enrolled her cancel it', () => {
      given([enrolled]).when(cancelEnrolment()).then([enrolmentCancelled()]);
    });
    it('carries the reason and the sealed note', () => {
      const command = cancelEnrolment({ reason: 'other', personalData: note });
      given([enrolled]).when(command).then([enrolmentCancelled(command)]);
      expect(JSON.stringify(command)).not.toContain('dua kali');
    });
    it('cancels whatever was recorded after the enrolment, the release included', () => {
      const command = cancelEnrolment({ reason: 'wrong_participant' });
      given([enrolled, moduleCompleted('sulam-dasar', 'competent', '2019-04-01'), inmateReleased(recordRelease('2019-09-01'))])
        .when(command)
        .then([enrolmentCancelled(command)]);
    });
  });

  describe('there is an enrolment that stands', () => {
    it('rejects a cancellation with no enrolment', () => {
      given([]).when(cancelEnrolment()).then('NotEnrolled');
    });
    it('rejects a second cancellation', () => {
      given([enrolled, enrolmentCancelled()]).when(cancelEnrolment()).then('EnrolmentIsCancelled');
    });
    it('rejects a cancellation for another participant', () => {
      given([enrolled]).when(cancelEnrolment({ participantId: numberedParticipantId(2) })).then('ParticipantMismatch');
    });
  });

  describe('only the enrolling registrar, or an admin, cancels', () => {
    it.each([['assessor'], ['caseworker'], ['auditor'], ['viewer']] as const)('rejects a cancellation by a %s', (role) => {
      given([enrolled]).when(cancelEnrolment({}, staff(role))).then('RoleMayNotVoid');
    });
    it('rejects a cancellation by another registrar', () => {
      given([enrolled]).when(cancelEnrolment({}, staff('registrar', 'registrar-2'))).then('VoidOfAnotherPersonsEntry');
    });
    it('rejects a registrar cancelling an enrolment whose recorder is not known', () => {
      given([inmateEnrolled()]).when(cancelEnrolment()).then('VoidOfAnotherPersonsEntry');
    });
    it("lets an admin cancel anyone's enrolment", () => {
      const command = cancelEnrolment({}, staff('admin'));
      given([enrolled]).when(command).then([enrolmentCancelled(command)]);
    });
  });

  describe('no new personal data after erasure', () => {
    it('rejects a note once her data is erased', () => {
      given([enrolled, personalDataErased('2020-06-01')]).when(cancelEnrolment({ reason: 'other', personalData: note })).then('PersonalDataIsErased');
    });
    it('accepts a cancellation without a note once her data is erased', () => {
      given([enrolled, personalDataErased('2020-06-01')]).when(cancelEnrolment()).then([enrolmentCancelled()]);
    });
  });

  describe('nothing more is recorded on a cancelled enrolment', () => {
    it('rejects an assessment after the cancellation', () => {
      given([enrolled, enrolmentCancelled()]).when(completeModule('sulam-dasar', 'competent', '2019-04-01')).then('EnrolmentIsCancelled');
    });
    it('rejects a release after the cancellation', () => {
      given([enrolled, enrolmentCancelled()]).when(recordRelease('2019-09-01')).then('EnrolmentIsCancelled');
    });
  });
});

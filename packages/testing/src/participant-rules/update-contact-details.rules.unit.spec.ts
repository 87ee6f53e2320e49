import { updateContactDetails } from '../fixtures/command-fixtures';
import {
  consentWithdrawn,
  contactDetailsUpdated,
  enrolmentCancelled,
  inmateEnrolled,
  participantExited,
  personalDataErased,
} from '../fixtures/event-fixtures';
import { numberedParticipantId } from '../fixtures/fixture-values';
import { given } from '../decider-spec/given-when-then';

const enrolled = inmateEnrolled();

describe('UpdateContactDetails rules', () => {
  describe('how to reach her is kept, sealed', () => {
    it('records the new details as an envelope', () => {
      const command = updateContactDetails('2019-09-01');
      given([enrolled]).when(command).then([contactDetailsUpdated(command)]);
      expect(JSON.stringify(command)).not.toContain('0812');
    });
    it('records details after an exit, for follow-up outside', () => {
      const command = updateContactDetails('2019-09-01');
      given([enrolled, participantExited()]).when(command).then([contactDetailsUpdated(command)]);
    });
  });

  describe('there is an enrolment that stands', () => {
    it('rejects details with no enrolment', () => {
      given([]).when(updateContactDetails('2019-09-01')).then('NotEnrolled');
    });
    it('rejects details on a cancelled enrolment', () => {
      given([enrolled, enrolmentCancelled()]).when(updateContactDetails('2019-09-01')).then('EnrolmentIsCancelled');
    });
    it('rejects details for another participant', () => {
      given([enrolled]).when(updateContactDetails('2019-09-01', { participantId: numberedParticipantId(2) })).then('ParticipantMismatch');
    });
  });

  describe('only while her data is not erased and she consents', () => {
    it('rejects details once her data is erased', () => {
      given([enrolled, personalDataErased('2020-06-01')]).when(updateContactDetails('2020-07-01')).then('PersonalDataIsErased');
    });
    it('rejects details once she withdrew her consent', () => {
      given([enrolled, consentWithdrawn('2019-06-01')]).when(updateContactDetails('2019-09-01')).then('DetailAfterConsentWithdrawn');
    });
  });

  describe('the update date lies between the enrolment and today', () => {
    it('accepts details on the enrolment day', () => {
      const command = updateContactDetails('2019-03-01');
      given([enrolled]).when(command).then([contactDetailsUpdated(command)]);
    });
    it('rejects details dated before the enrolment', () => {
      given([enrolled]).when(updateContactDetails('2019-02-28')).then({ _tag: 'DateTooEarly', field: 'updatedOn' });
    });
    it('accepts details today', () => {
      const command = updateContactDetails('2020-12-31');
      given([enrolled]).when(command).then([contactDetailsUpdated(command)]);
    });
    it('rejects details dated tomorrow', () => {
      given([enrolled]).when(updateContactDetails('2021-01-01')).then({ _tag: 'DateInFuture', field: 'updatedOn' });
    });
  });
});

import type { ContactDetails, Employment } from '@binaan/domain';
import { logFollowUp, prepared, recordRelease, updateContactDetails, withdrawConsent } from '../fixtures/command-fixtures';
import {
  consentWithdrawn,
  enrolmentCancelled,
  followUpLogged,
  inmateEnrolled,
  inmateReleased,
  personalDataErased,
} from '../fixtures/event-fixtures';
import { localDate, numberedParticipantId } from '../fixtures/fixture-values';
import { given } from '../decider-spec/given-when-then';

const enrolled = inmateEnrolled();
const released = inmateReleased(recordRelease('2019-09-01'));
const releasedOn = localDate('2019-09-01');
const withdrawn = consentWithdrawn('2019-10-01');
const working: Employment = { status: 'formal', usesTrainedSkill: true, incomeBand: '500k_to_1m' };
const phone: ContactDetails = { phone: '0812 0000 0000' };

describe('WithdrawConsent rules', () => {
  describe('she withdraws her consent, whatever became of the enrolment', () => {
    it('records the withdrawal', () => {
      given([enrolled]).when(withdrawConsent('2019-05-01')).then([consentWithdrawn('2019-05-01')]);
    });
    it('records a withdrawal on a cancelled enrolment', () => {
      given([enrolled, enrolmentCancelled()]).when(withdrawConsent('2019-05-01')).then([consentWithdrawn('2019-05-01')]);
    });
    it('records a withdrawal after her data is erased', () => {
      given([enrolled, personalDataErased('2020-06-01')]).when(withdrawConsent('2020-07-01')).then([consentWithdrawn('2020-07-01')]);
    });
    it('rejects a withdrawal with no enrolment', () => {
      given([]).when(withdrawConsent('2019-05-01')).then('NotEnrolled');
    });
    it('rejects a withdrawal for another participant', () => {
      given([enrolled]).when({ ...withdrawConsent('2019-05-01'), participantId: numberedParticipantId(2) }).then('ParticipantMismatch');
    });
  });

  describe('consent is withdrawn once', () => {
    it('rejects a second withdrawal', () => {
      given([enrolled, withdrawn]).when(withdrawConsent('2019-11-01')).then('ConsentAlreadyWithdrawn');
    });
  });

  describe('the withdrawal date lies between the enrolment and today', () => {
    it('accepts a withdrawal on the enrolment day', () => {
      given([enrolled]).when(withdrawConsent('2019-03-01')).then([consentWithdrawn('2019-03-01')]);
    });
    it('rejects a withdrawal before the enrolment', () => {
      given([enrolled]).when(withdrawConsent('2019-02-28')).then({ _tag: 'DateTooEarly', field: 'withdrawnOn' });
    });
    it('accepts a withdrawal today', () => {
      given([enrolled]).when(withdrawConsent('2020-12-31')).then([consentWithdrawn('2020-12-31')]);
    });
    it('rejects a withdrawal tomorrow', () => {
      given([enrolled]).when(withdrawConsent('2021-01-01')).then({ _tag: 'DateInFuture', field: 'withdrawnOn' });
    });
  });

  describe('after the withdrawal, contacts carry no detail and no contact details are kept', () => {
    const history = [enrolled, released, withdrawn];
    it('accepts a contact with neither notes nor employment', () => {
      const command = logFollowUp('2019-12-01');
      given(history).when(command).then([followUpLogged(releasedOn, command)]);
    });
    it('rejects a contact with notes', () => {
      given(history).when(logFollowUp('2019-12-01', { personalData: { notes: 'Catatan sintetis.' } })).then('DetailAfterConsentWithdrawn');
    });
    it('rejects a contact with employment detail', () => {
      given(history).when(logFollowUp('2019-12-01', { employment: working })).then('DetailAfterConsentWithdrawn');
    });
    it('accepts both before the withdrawal', () => {
      const command = logFollowUp('2019-12-01', { employment: working, personalData: { notes: 'Catatan sintetis.' } });
      given([enrolled, released]).when(command).then([followUpLogged(releasedOn, command)]);
    });
    it('rejects updated contact details', () => {
      given(history).when(updateContactDetails('2019-12-01')).then('DetailAfterConsentWithdrawn');
    });
    it('rejects contact details given with a release', () => {
      given([enrolled, consentWithdrawn('2019-05-01')])
        .when(prepared({ ...recordRelease('2019-09-01'), personalData: phone }))
        .then('DetailAfterConsentWithdrawn');
    });
    it('accepts a release without contact details', () => {
      const command = recordRelease('2019-09-01');
      given([enrolled, consentWithdrawn('2019-05-01')]).when(command).then([inmateReleased(command)]);
    });
  });
});

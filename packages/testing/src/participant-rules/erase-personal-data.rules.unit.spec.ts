import { erasureBases } from '@binaan/domain';
import { erasePersonalData, logFollowUp, recordRelease, withdrawConsent } from '../fixtures/command-fixtures';
import {
  consentWithdrawn,
  enrolmentCancelled,
  followUpLogged,
  inmateEnrolled,
  inmateReleased,
  personalDataErased,
} from '../fixtures/event-fixtures';
import { fixtureToday, localDate, numberedParticipantId } from '../fixtures/fixture-values';
import { given } from '../decider-spec/given-when-then';

const enrolled = inmateEnrolled();
const today = fixtureToday;

describe('ErasePersonalData rules', () => {
  describe('her personal data is erased today, on a lawful ground', () => {
    it.each(erasureBases.map((basis) => [basis]))('records an erasure on the ground %s, dated today', (basis) => {
      given([enrolled]).when(erasePersonalData('2020-12-01', basis)).then([personalDataErased(today, '2020-12-01', basis)]);
    });
    it('records an erasure asked for today', () => {
      given([enrolled]).when(erasePersonalData(today)).then([personalDataErased(today, today)]);
    });
    it('records an erasure of a cancelled enrolment', () => {
      given([enrolled, enrolmentCancelled()]).when(erasePersonalData('2020-12-01')).then([personalDataErased(today, '2020-12-01')]);
    });
    it('records an erasure after consent was withdrawn', () => {
      given([enrolled, consentWithdrawn('2020-01-01')]).when(erasePersonalData('2020-12-01')).then([personalDataErased(today, '2020-12-01')]);
    });
  });

  describe('there is an enrolment, erased once, asked for by today', () => {
    it('rejects an erasure with no enrolment', () => {
      given([]).when(erasePersonalData('2020-12-01')).then('NotEnrolled');
    });
    it('rejects an erasure for another participant', () => {
      given([enrolled]).when({ ...erasePersonalData('2020-12-01'), participantId: numberedParticipantId(2) }).then('ParticipantMismatch');
    });
    it('rejects a second erasure', () => {
      given([enrolled, personalDataErased('2020-06-01')]).when(erasePersonalData('2020-12-01')).then('AlreadyErased');
    });
    it('rejects a request dated tomorrow', () => {
      given([enrolled]).when(erasePersonalData('2021-01-01')).then({ _tag: 'DateInFuture', field: 'requestedOn' });
    });
  });

  describe('after erasure, no new personal data; the record without it goes on', () => {
    const history = [enrolled, inmateReleased(recordRelease('2019-09-01')), personalDataErased('2020-06-01')];
    it('rejects a contact with notes', () => {
      given(history).when(logFollowUp('2020-07-01', { personalData: { notes: 'Catatan sintetis.' } })).then('PersonalDataIsErased');
    });
    it('accepts a contact without notes', () => {
      const command = logFollowUp('2020-07-01');
      given(history).when(command).then([followUpLogged(localDate('2019-09-01'), command)]);
    });
    it('accepts a withdrawal of consent', () => {
      given(history).when(withdrawConsent('2020-07-01')).then([consentWithdrawn('2020-07-01')]);
    });
  });
});

import { custodyReturnKinds } from '@binaan/domain';
import { logFollowUp, recordRelease, recordReturnToCustody } from '../fixtures/command-fixtures';
import {
  enrolmentCancelled,
  entryVoided,
  followUpLogged,
  inmateEnrolled,
  inmateReleased,
  returnedToCustody,
} from '../fixtures/event-fixtures';
import { localDate, numberedParticipantId } from '../fixtures/fixture-values';
import { given, recorded } from '../decider-spec/given-when-then';

const enrolled = inmateEnrolled();
const released = inmateReleased(recordRelease('2019-09-01'));
const returned = returnedToCustody('2020-02-01');

describe('RecordReturnToCustody rules', () => {
  describe('a released person is in custody again', () => {
    it.each(custodyReturnKinds.map((kind) => [kind]))('records a return of kind %s', (kind) => {
      given([enrolled, released]).when(recordReturnToCustody('2020-02-01', kind)).then([returnedToCustody('2020-02-01', kind)]);
    });
  });

  describe('she was released, on an enrolment that stands', () => {
    it('rejects a return with no enrolment', () => {
      given([]).when(recordReturnToCustody('2020-02-01')).then('NotEnrolled');
    });
    it('rejects a return before any release', () => {
      given([enrolled]).when(recordReturnToCustody('2020-02-01')).then('NotReleased');
    });
    it('rejects a return once the release is voided', () => {
      const releaseId = '55555555-0000-4000-8000-000000000001';
      given([enrolled, recorded(released, releaseId), entryVoided(releaseId, 'InmateReleased')])
        .when(recordReturnToCustody('2020-02-01'))
        .then('NotReleased');
    });
    it('rejects a return on a cancelled enrolment', () => {
      given([enrolled, released, enrolmentCancelled()]).when(recordReturnToCustody('2020-02-01')).then('EnrolmentIsCancelled');
    });
    it('rejects a return for another participant', () => {
      given([enrolled, released]).when({ ...recordReturnToCustody('2020-02-01'), participantId: numberedParticipantId(2) }).then('ParticipantMismatch');
    });
  });

  describe('one return per release', () => {
    it('rejects a second return', () => {
      given([enrolled, released, returned]).when(recordReturnToCustody('2020-03-01', 'new_offence')).then('AlreadyReturnedToCustody');
    });
    it('accepts a return again once the first is voided', () => {
      const returnId = '55555555-0000-4000-8000-000000000002';
      given([enrolled, released, recorded(returned, returnId), entryVoided(returnId, 'ReturnedToCustody')])
        .when(recordReturnToCustody('2020-03-01', 'new_offence'))
        .then([returnedToCustody('2020-03-01', 'new_offence')]);
    });
  });

  describe('the return date lies between the release and today', () => {
    it('accepts a return on the release day', () => {
      given([enrolled, released]).when(recordReturnToCustody('2019-09-01')).then([returnedToCustody('2019-09-01')]);
    });
    it('rejects a return before the release', () => {
      given([enrolled, released]).when(recordReturnToCustody('2019-08-31')).then({ _tag: 'DateTooEarly', field: 'returnedOn' });
    });
    it('accepts a return today', () => {
      given([enrolled, released]).when(recordReturnToCustody('2020-12-31')).then([returnedToCustody('2020-12-31')]);
    });
    it('rejects a return tomorrow', () => {
      given([enrolled, released]).when(recordReturnToCustody('2021-01-01')).then({ _tag: 'DateInFuture', field: 'returnedOn' });
    });
  });

  describe('a return ends the follow-up schedule', () => {
    const releasedOn = localDate('2019-09-01');
    it('accepts a contact dated before the return, logged after it', () => {
      const command = logFollowUp('2020-01-15');
      given([enrolled, released, returned]).when(command).then([followUpLogged(releasedOn, command)]);
    });
    it('rejects a contact on the day of the return', () => {
      given([enrolled, released, returned]).when(logFollowUp('2020-02-01')).then({ _tag: 'FollowUpAfterReturnToCustody', field: 'contactedOn' });
    });
    it('rejects a contact after the return', () => {
      given([enrolled, released, returned]).when(logFollowUp('2020-03-01')).then('FollowUpAfterReturnToCustody');
    });
    it('accepts a contact after a return that was voided', () => {
      const returnId = '55555555-0000-4000-8000-000000000003';
      const command = logFollowUp('2020-03-01');
      given([enrolled, released, recorded(returned, returnId), entryVoided(returnId, 'ReturnedToCustody')])
        .when(command)
        .then([followUpLogged(releasedOn, command)]);
    });
  });
});

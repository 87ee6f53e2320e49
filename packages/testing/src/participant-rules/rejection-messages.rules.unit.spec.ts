import * as E from 'fp-ts/Either';
import { createParticipantDecider, foldRecorded, shippedCatalogue, unrecordedAt, type ParticipantCommand, type ParticipantEvent } from '@binaan/domain';
import {
  cancelEnrolment,
  exitParticipant,
  recordRelease,
  recordReturnToCustody,
  transferParticipant,
  updateContactDetails,
  withdrawConsent,
} from '../fixtures/command-fixtures';
import { inmateEnrolled, inmateReleased, participantTransferred } from '../fixtures/event-fixtures';
import { fixtureToday, staff } from '../fixtures/fixture-values';

/**
 * The message of a rejection is what the person at the form reads (the API's problem detail): a date
 * too early names what it must follow and that date; a role refused names the kind of entry. then()
 * compares the tag and the fields, not the message, so these rules are pinned here.
 */
const decider = createParticipantDecider({ catalogue: shippedCatalogue, today: fixtureToday });

const rejectionMessage = (events: readonly ParticipantEvent[], command: ParticipantCommand): string => {
  const decision = decider.decide(
    command,
    foldRecorded(
      decider,
      events.map((event, index) => ({ event, record: unrecordedAt(index) })),
    ),
  );
  if (E.isRight(decision)) throw new Error(`Expected a rejection, but decide accepted ${decision.right.map((event) => event.type).join(', ')}`);
  return decision.left.message;
};

const enrolled = inmateEnrolled(); // enrolled on 2019-03-01
const transferred = participantTransferred('2019-05-01');
const released = inmateReleased(recordRelease('2019-09-01'));

describe('rejection messages', () => {
  describe('a date too early names what it must follow, and its date', () => {
    it.each([
      ['an exit before the enrolment', [enrolled], exitParticipant('2019-02-28'), 'exitedOn 2019-02-28 is before the enrolment (2019-03-01)'],
      [
        'an exit before the last transfer',
        [enrolled, transferred],
        exitParticipant('2019-04-30'),
        'exitedOn 2019-04-30 is before the last transfer (2019-05-01)',
      ],
      ['a transfer before the enrolment', [enrolled], transferParticipant('2019-02-28'), 'transferredOn 2019-02-28 is before the enrolment (2019-03-01)'],
      [
        'a transfer before the last transfer',
        [enrolled, transferred],
        transferParticipant('2019-04-30', 'lapas-perempuan-surabaya'),
        'transferredOn 2019-04-30 is before the last transfer (2019-05-01)',
      ],
      [
        'a return to custody before the release',
        [enrolled, released],
        recordReturnToCustody('2019-08-31'),
        'returnedOn 2019-08-31 is before the release (2019-09-01)',
      ],
      [
        'a contact details update before the enrolment',
        [enrolled],
        updateContactDetails('2019-02-28'),
        'updatedOn 2019-02-28 is before the enrolment (2019-03-01)',
      ],
      ['a consent withdrawal before the enrolment', [enrolled], withdrawConsent('2019-02-28'), 'withdrawnOn 2019-02-28 is before the enrolment (2019-03-01)'],
    ] as const)('given an enrolment, when %s is recorded, then the rejection says so', (_what, events, command, message) => {
      expect(rejectionMessage(events, command)).toBe(message);
    });
  });

  describe('a role refused names the kind of entry', () => {
    it('given an enrolment, when an assessor cancels it, then the rejection names the enrolment (InmateEnrolled)', () => {
      expect(rejectionMessage([enrolled], cancelEnrolment({}, staff('assessor')))).toBe(
        'A assessor may not void a InmateEnrolled: only the role that records it, or an admin',
      );
    });
  });
});

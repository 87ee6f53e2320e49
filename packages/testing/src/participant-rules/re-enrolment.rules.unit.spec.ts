import { createParticipantDecider, enrolmentHasEnded, foldParticipant, shippedCatalogue } from '@binaan/domain';
import { enrollInmate, recordRelease } from '../fixtures/command-fixtures';
import {
  enrolmentCancelled,
  entryVoided,
  inmateEnrolled,
  inmateReleased,
  moduleCompleted,
  participantExited,
  participantTransferred,
  returnedToCustody,
} from '../fixtures/event-fixtures';
import { fixtureParticipantId, fixtureToday, localDate, numberedParticipantId } from '../fixtures/fixture-values';
import { given } from '../decider-spec/given-when-then';

/*
 * A person enrolled again is a new participant (a new stream). Command handling links the new
 * enrolment to the earlier one (`previousParticipantId`) and allows it only once the earlier
 * enrolment has ended; these are the domain's halves of that.
 */
const decider = createParticipantDecider({ catalogue: shippedCatalogue, today: fixtureToday });
const enrolled = inmateEnrolled();
const graduated = ['sulam-dasar', 'sulam-lanjutan', 'pengembangan-usaha', 'pemasaran-penjualan', 'pendanaan-usaha'].map((module) =>
  moduleCompleted(module, 'competent', '2019-05-01'),
);

describe('re-enrolment', () => {
  describe('an enrolment has ended once it is cancelled, she has exited, or she is released', () => {
    it.each([
      ['cancelled', [enrolled, enrolmentCancelled()]],
      ['exited', [enrolled, participantExited()]],
      ['released', [enrolled, inmateReleased(recordRelease('2019-09-01'))]],
      ['returned to custody', [enrolled, inmateReleased(recordRelease('2019-09-01')), returnedToCustody('2020-02-01')]],
    ] as const)('has ended when %s', (_stage, events) => {
      expect(enrolmentHasEnded(foldParticipant(decider, events))).toBe(true);
    });
    it.each([
      ['in training', [enrolled]],
      ['transferred', [enrolled, participantTransferred('2019-05-01')]],
      ['graduated, not yet released', [enrolled, ...graduated]],
    ] as const)('has not ended when %s', (_stage, events) => {
      expect(enrolmentHasEnded(foldParticipant(decider, events))).toBe(false);
    });
    it('has not ended when the only exit was voided (event-1 is the exit)', () => {
      expect(enrolmentHasEnded(foldParticipant(decider, [enrolled, participantExited(), entryVoided('event-1', 'ParticipantExited')]))).toBe(false);
    });
    it('has not ended for a stream with no enrolment', () => {
      expect(enrolmentHasEnded(decider.initialState())).toBe(false);
    });
  });

  describe('the new enrolment is a new participant, linked to the earlier one', () => {
    const earlier = fixtureParticipantId;
    const again = enrollInmate({ participantId: numberedParticipantId(2), enrolledOn: localDate('2020-06-01'), consent: { given: true, recordedOn: localDate('2020-06-01') } });
    const linked = { ...inmateEnrolled(again), data: { ...inmateEnrolled(again).data, previousParticipantId: earlier } };
    it('is decided in its own stream like any first enrolment', () => {
      given([]).when(again).then([inmateEnrolled(again)]);
    });
    it('carries the link into her state', () => {
      const state = foldParticipant(decider, [linked]);
      expect(state.status === 'enrolled' && state.previousParticipantId).toBe(earlier);
    });
    it('has no link for a first enrolment', () => {
      const state = foldParticipant(decider, [enrolled]);
      expect(state.status === 'enrolled' && state.previousParticipantId).toBeNull();
    });
    it('is refused in the earlier stream, whatever became of that enrolment', () => {
      given([enrolled, enrolmentCancelled()]).when(enrollInmate()).then('AlreadyEnrolled');
    });
  });
});

import * as fc from 'fast-check';
import { createParticipantDecider, enrolmentHasEnded, foldRecorded, shippedCatalogue, type EventRecord } from '@binaan/domain';
import { arbMultiParticipantHistory } from '../arbitraries/multi-participant-arbitraries';
import { fixtureToday } from '../fixtures/fixture-values';

const decider = createParticipantDecider({ catalogue: shippedCatalogue, today: fixtureToday });

describe('multi-participant histories (property)', () => {
  it('interleave every stream completely, each in its own order', () => {
    fc.assert(
      fc.property(arbMultiParticipantHistory({ maxSteps: 8 }), ({ histories, interleaved }) => {
        expect(new Set(histories.map((history) => history.participantId)).size).toBe(histories.length);
        for (const history of histories) {
          const ofStream = interleaved.filter((entry) => entry.participantId === history.participantId);
          expect(ofStream.map((entry) => entry.event)).toEqual(history.events);
          expect(ofStream.map((entry) => entry.revision)).toEqual(history.events.map((_event, index) => index));
          expect(ofStream.every((entry) => entry.streamName === `participant-${history.participantId}`)).toBe(true);
        }
        expect(interleaved).toHaveLength(histories.reduce((sum, history) => sum + history.events.length, 0));
      }),
      { numRuns: 1000 },
    );
  });

  it('with lifecycle acts, link a re-enrolment only to an earlier participant whose enrolment had ended', () => {
    let linked = 0;
    fc.assert(
      fc.property(arbMultiParticipantHistory({ maxSteps: 10, lifecycle: true }), ({ histories, interleaved }) => {
        histories.forEach((history, index) => {
          const [enrolment] = history.events;
          const previous = enrolment?.type === 'InmateEnrolled' ? enrolment.data.previousParticipantId : undefined;
          if (previous === undefined) return;
          linked += 1;
          const earlier = histories.findIndex((candidate) => candidate.participantId === previous);
          expect(earlier).toBeGreaterThanOrEqual(0);
          expect(earlier).toBeLessThan(index);
          const ended = histories[earlier]!;
          expect(enrolmentHasEnded(foldRecorded(decider, ended.events.map((event, at) => ({ event, record: ended.records[at] as EventRecord }))))).toBe(true);
        });
        expect(interleaved.map((entry) => entry.record)).toHaveLength(interleaved.length);
        for (const entry of interleaved) {
          const history = histories.find((candidate) => candidate.participantId === entry.participantId)!;
          expect(entry.record).toBe(history.records[entry.revision]);
        }
      }),
      { numRuns: 300 },
    );
    expect(linked).toBeGreaterThan(0);
  });
});

import * as fc from 'fast-check';
import { arbMultiParticipantHistory } from '../arbitraries/multi-participant-arbitraries';

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
});

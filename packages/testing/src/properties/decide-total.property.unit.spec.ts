import * as fc from 'fast-check';
import * as E from 'fp-ts/Either';
import {
  createParticipantDecider,
  DomainError,
  encodeParticipantEvent,
  foldParticipant,
  unrecordedAt,
  shippedCatalogue,
  upcastEvent,
} from '@binaan/domain';
import { arbAnyCommand } from '../arbitraries/any-command-arbitraries';
import { arbParticipantHistory } from '../arbitraries/history-arbitraries';
import { arbParticipantId } from '../arbitraries/value-arbitraries';
import { fixtureToday } from '../fixtures/fixture-values';

const decider = createParticipantDecider({ catalogue: shippedCatalogue, today: fixtureToday });

/** Any reachable state: a prefix of a valid history, with a command for the same participant most of the time. */
const arbStateAndCommand = arbParticipantHistory().chain((history) =>
  fc.record({
    events: fc.nat({ max: history.events.length }).map((length) => history.events.slice(0, length)),
    command: arbAnyCommand(
      {},
      fc.oneof({ weight: 9, arbitrary: fc.constant(history.participantId) }, { weight: 1, arbitrary: arbParticipantId }),
    ),
  }),
);

const isDomainError = (error: DomainError): boolean =>
  typeof error._tag === 'string' && /^[A-Z][A-Z_]+$/.test(error.code) && error.message.length > 0;

describe('decide (property)', () => {
  it('never throws for a well-typed command in a reachable state, and returns a DomainError or valid events', () => {
    fc.assert(
      fc.property(arbStateAndCommand, ({ events, command }) => {
        const state = foldParticipant(decider, events);
        const decision = decider.decide(command, state);
        if (E.isLeft(decision)) {
          expect(isDomainError(decision.left)).toBe(true);
          return;
        }
        expect(decision.right).toHaveLength(1);
        for (const event of decision.right) {
          const stored = JSON.parse(JSON.stringify(encodeParticipantEvent(event)));
          expect(upcastEvent(stored.type, stored.data)).toEqual(E.right(event));
        }
        expect(() => decision.right.reduce((folded, event, index) => decider.evolve(folded, event, unrecordedAt(events.length + index)), state)).not.toThrow();
      }),
      { numRuns: 1000 },
    );
  });
});

import * as fc from 'fast-check';
import * as E from 'fp-ts/Either';
import {
  addDays,
  createParticipantDecider,
  encodeParticipantEvent,
  foldRecorded,
  staffRoles,
  upcastEvent,
  type EventId,
  participantEventTypes,
  shippedCatalogue,
  voidableEventTypes,
  type EventRecord,
  type ParticipantCommand,
  type ParticipantEvent,
  type ParticipantState,
} from '@binaan/domain';
import { arbParticipantHistory, type ParticipantHistory } from '../arbitraries/history-arbitraries';
import { arbLifecyclePlan, commandOfPlan } from '../arbitraries/lifecycle-step-arbitraries';
import { arbLocalDate, arbParticipantId } from '../arbitraries/value-arbitraries';
import { arbCorrectedHistory } from '../arbitraries/voided-entry-arbitraries';
import { fixtureToday, localDate, staff } from '../fixtures/fixture-values';

const decider = createParticipantDecider({ catalogue: shippedCatalogue, today: fixtureToday });

const fold = ({ events, records }: Pick<ParticipantHistory, 'events' | 'records'>): ParticipantState =>
  foldRecorded(
    decider,
    events.map((event, index) => ({ event, record: records[index] as EventRecord })),
  );

/** The state but the list of every entry, voided or not, which a correction lengthens by design. */
const withoutEntries = (state: ParticipantState) => {
  if (state.status !== 'enrolled') return state;
  const { entries: _entries, ...rest } = state;
  return rest;
};

describe('histories with voids, exits, transfers, returns, cancellations and privacy acts (property)', () => {
  it('are what deciding their commands again, as the same staff, gives', () => {
    fc.assert(
      fc.property(arbParticipantHistory({ lifecycle: true }), ({ commands, events, records }) => {
        expect(records).toHaveLength(events.length);
        expect(commands).toHaveLength(events.length);
        let state = decider.initialState();
        commands.forEach((command, index) => {
          const decision = decider.decide(command, state);
          expect(decision).toEqual(E.right([events[index]]));
          state = decider.evolve(state, events[index] as ParticipantEvent, records[index] as EventRecord);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('evolve never throws: not on a generated history, nor on its events reordered, cut short or repeated', () => {
    const arbScrambled = arbParticipantHistory({ lifecycle: true }).chain((history) =>
      fc
        .array(fc.nat({ max: Math.max(history.events.length - 1, 0) }), { maxLength: 40 })
        .map((picks) => ({ ...history, events: picks.flatMap((pick) => history.events.slice(pick, pick + 1)), records: picks.flatMap((pick) => history.records.slice(pick, pick + 1)) })),
    );
    fc.assert(
      fc.property(fc.oneof(arbParticipantHistory({ lifecycle: true }), arbScrambled), (history) => {
        expect(() => fold(history)).not.toThrow();
      }),
      { numRuns: 1000 },
    );
  });

  it('decide never throws for a lifecycle or privacy command, of any date and by anyone, in any reachable state', () => {
    const arbCase = arbParticipantHistory({ lifecycle: true }).chain((history) =>
      fc.record({
        length: fc.nat({ max: history.events.length }),
        plan: arbLifecyclePlan(shippedCatalogue),
        date: arbLocalDate(localDate('2015-01-01'), addDays(fixtureToday, 400)),
        actor: fc.constantFrom(...staffRoles).map((role) => staff(role)),
        otherEventId: fc.option(fc.uuid(), { nil: undefined }),
        participantId: fc.oneof({ weight: 9, arbitrary: fc.constant(history.participantId) }, { weight: 1, arbitrary: arbParticipantId }),
        history: fc.constant(history),
      }),
    );
    fc.assert(
      fc.property(arbCase, ({ history, length, plan, date, actor, otherEventId, participantId }) => {
        const prefix = { events: history.events.slice(0, length), records: history.records.slice(0, length) };
        const state = fold(prefix);
        const given = commandOfPlan(plan, participantId, state, date);
        if (given === undefined) return;
        const named = 'by' in given.command ? { ...given.command, by: actor } : given.command;
        const command: ParticipantCommand =
          named.type === 'VoidEntry' && otherEventId !== undefined ? { ...named, eventId: otherEventId as EventId } : named;
        const decision = decider.decide(command, state);
        if (E.isLeft(decision)) {
          expect(decision.left.code).toMatch(/^[A-Z][A-Z_]+$/);
          return;
        }
        expect(decision.right).toHaveLength(1);
        const [event] = decision.right as [ParticipantEvent];
        const stored = JSON.parse(JSON.stringify(encodeParticipantEvent(event)));
        expect(upcastEvent(stored.type, stored.data)).toEqual(E.right(event));
        expect(() => decider.evolve(state, event, { eventId: 'new-event', recordedBy: actor })).not.toThrow();
      }),
      { numRuns: 1000 },
    );
  });

  it('cover every event type, and voids of every voidable type, over a few hundred histories', () => {
    const types = new Set<string>();
    const voided = new Set<string>();
    for (const { events } of fc.sample(arbParticipantHistory({ lifecycle: true }), { numRuns: 300, seed: 20201231 })) {
      for (const event of events) {
        types.add(event.type);
        if (event.type === 'EntryVoided') voided.add(event.data.voidedType);
      }
    }
    expect([...types].sort()).toEqual([...participantEventTypes].sort());
    expect([...voided].sort()).toEqual([...voidableEventTypes].sort());
  });

  it('voiding a wrong entry and recording the right one gives the state of recording the right one first', () => {
    fc.assert(
      fc.property(arbCorrectedHistory(), (correction) => {
        fc.pre(correction !== undefined);
        const { right, corrected, at, wrongEventId, voidEventId } = correction;
        // The right entry, recorded after the void, is the event it was when recorded first.
        const afterVoid = fold({ events: corrected.events.slice(0, at + 2), records: corrected.records.slice(0, at + 2) });
        expect(decider.decide(right.commands[at] as never, afterVoid)).toEqual(E.right([right.events[at]]));

        const fixed = fold(corrected);
        const straight = fold(right);
        expect(withoutEntries(fixed)).toEqual(withoutEntries(straight));
        if (fixed.status === 'enrolled' && straight.status === 'enrolled') {
          const wrong = fixed.entries.find((entry) => entry.eventId === wrongEventId);
          expect(wrong?.voided).toBe(true);
          expect(fixed.entries.filter((entry) => entry.eventId !== wrongEventId && entry.eventId !== voidEventId)).toEqual(straight.entries);
        }
      }),
      { numRuns: 500 },
    );
  });
});

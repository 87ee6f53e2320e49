import { createMemoryEventStore, type EventStore } from '@binaan/event-store';
import { createParticipantDecider, foldRecorded, shippedCatalogue, type EventRecord } from '@binaan/domain';
import { defaultProjections, participantStatusRow, replayAsOf, type AsOf, type ReadModelName } from '@binaan/projections';
import { arbCorrectedHistory, fixtureToday, type ParticipantHistory } from '@binaan/testing';
import * as fc from 'fast-check';
import { appendParticipantHistory } from './support/recorded-history';

/*
 * A wrong entry voided and the right one recorded: the figures (participant_status, the follow-up
 * worklist, programme_outcomes) count the voided entry as never having happened; as known before the
 * void, they count it, as they did then. Replayed in memory, as an as-of query is answered.
 */
const figures: readonly ReadModelName[] = ['participant_status', 'follow_up_worklist', 'programme_outcomes'];
const projections = defaultProjections();
const decider = createParticipantDecider({ catalogue: shippedCatalogue, today: fixtureToday });

// Each event recorded an hour after the one before, from the first hour after today (Asia/Jakarta is UTC+7).
const recordedAt = (index: number): Date => new Date(Date.parse(`${fixtureToday}T17:00:00Z`) + (index + 1) * 3_600_000);

type Stored = Pick<ParticipantHistory, 'participantId' | 'events' | 'records'>;

const figuresOf = async (history: Stored, asOf: AsOf = {}) => {
  const store: EventStore = createMemoryEventStore();
  try {
    await appendParticipantHistory(store, history, recordedAt);
    return await replayAsOf(store, asOf, figures, { projections, today: fixtureToday });
  } finally {
    await store.close();
  }
};

const firstOf = (history: Stored, count: number): Stored => ({
  participantId: history.participantId,
  events: history.events.slice(0, count),
  records: history.records.slice(0, count),
});

const without = (history: Stored, at: number): Stored => ({
  participantId: history.participantId,
  events: history.events.filter((_event, index) => index !== at),
  records: history.records.filter((_record, index) => index !== at),
});

const statusRowsOf = (history: Stored) => {
  const state = foldRecorded(
    decider,
    history.events.map((event, index) => ({ event, record: history.records[index] as EventRecord })),
  );
  const row = state.status === 'enrolled' ? participantStatusRow(state) : null;
  return row === null ? [] : [row];
};

describe('figures after a void (property)', () => {
  it('voiding a wrong entry and recording the right one gives the figures of recording the right one first', async () => {
    await fc.assert(
      fc.asyncProperty(arbCorrectedHistory(), async (correction) => {
        fc.pre(correction !== undefined);
        const { right, corrected } = correction;
        expect(await figuresOf(corrected)).toEqual(await figuresOf(right));
      }),
      { numRuns: 150 },
    );
  });

  it('as known at a recorded time before the void, the figures are those of the history without the void, the wrong entry counted', async () => {
    await fc.assert(
      fc.asyncProperty(arbCorrectedHistory(), async (correction) => {
        fc.pre(correction !== undefined);
        const { corrected, at } = correction;
        const voidAt = at + 1;
        const justBefore: AsOf = { recordedAt: new Date(recordedAt(voidAt).getTime() - 1).toISOString() };
        const asKnown = await figuresOf(corrected, justBefore);
        // The whole history but the void, as known then; and the history as it stood then.
        expect(asKnown).toEqual(await figuresOf(without(corrected, voidAt), justBefore));
        expect(asKnown).toEqual(await figuresOf(firstOf(corrected, voidAt), justBefore));
        // The wrong entry counts: the status is the decider's with it and without the void.
        expect(asKnown['participant_status']).toEqual(statusRowsOf(firstOf(corrected, voidAt)));
      }),
      { numRuns: 150 },
    );
  });

  it('from the void on, the wrong entry no longer counts', async () => {
    await fc.assert(
      fc.asyncProperty(arbCorrectedHistory(), async (correction) => {
        fc.pre(correction !== undefined);
        const { right, corrected, at } = correction;
        const atVoid: AsOf = { recordedAt: recordedAt(at + 1).toISOString() };
        const known = await figuresOf(corrected, atVoid);
        expect(known['participant_status']).toEqual(statusRowsOf(firstOf(right, at)));
      }),
      { numRuns: 150 },
    );
  });
});

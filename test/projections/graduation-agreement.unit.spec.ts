import * as fc from 'fast-check';
import * as E from 'fp-ts/Either';
import {
  createParticipantDecider,
  foldParticipant,
  shippedCatalogue,
  type Catalogue,
  type ParticipantEvent,
} from '@binaan/domain';
import { createInMemoryReplay, outcomesProjection, type ParticipantStatusRow, type ProjectionEvent } from '@binaan/projections';
import { arbParticipantHistory, enrollInmate, inmateEnrolled, localDate } from '@binaan/testing';

/*
 * Graduation has no event: the decider's state and participant_status each derive it, and both must
 * ask the domain's one definition. This holds them together over any history.
 */
const asStored = (events: readonly ParticipantEvent[]): readonly ProjectionEvent[] =>
  events.map((event, index) => ({
    type: event.type,
    streamName: `participant-${event.data.participantId}`,
    revision: BigInt(index),
    position: BigInt(index + 1),
    data: event.data as unknown as ProjectionEvent['data'],
    metadata: {},
  }));

const graduatedOnBoth = (catalogue: Catalogue, events: readonly ParticipantEvent[]) => {
  const decider = createParticipantDecider({ catalogue, today: localDate('2030-01-01') });
  const state = foldParticipant(decider, events);
  const replay = createInMemoryReplay([outcomesProjection({ catalogue })]);
  for (const event of asStored(events)) replay.apply(event);
  const [row] = (replay.result('2030-01-01').participant_status ?? []) as readonly ParticipantStatusRow[];
  return { decider: state.status === 'enrolled' ? state.graduatedOn : null, readModel: row?.graduated_on ?? null };
};

describe('graduation: the decider and participant_status agree', () => {
  it('for any history of the shipped programme', () => {
    fc.assert(
      fc.property(arbParticipantHistory(), (history) => {
        const both = graduatedOnBoth(shippedCatalogue, history.events);
        expect(both.readModel).toBe(both.decider);
      }),
      { numRuns: 300 },
    );
  });

  it('for a curriculum without a required module (which the catalogue refuses): nobody graduates by enrolling', () => {
    const [programme] = shippedCatalogue.programmes;
    const noneRequired: Catalogue = {
      ...shippedCatalogue,
      programmes: [{ ...programme!, modules: programme!.modules.map((module) => ({ ...module, required: false })) }],
    };
    const decided = createParticipantDecider({ catalogue: noneRequired, today: localDate('2030-01-01') }).decide(enrollInmate(), { status: 'not_enrolled' });
    expect(decided).toEqual(E.right([inmateEnrolled()]));
    expect(graduatedOnBoth(noneRequired, [inmateEnrolled()])).toEqual({ decider: null, readModel: null });
  });
});

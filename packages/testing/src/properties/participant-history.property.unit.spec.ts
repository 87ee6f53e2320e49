import * as fc from 'fast-check';
import * as E from 'fp-ts/Either';
import * as O from 'fp-ts/Option';
import {
  competentModuleIds,
  createParticipantDecider,
  EnrolledParticipant,
  findProgramme,
  foldParticipant,
  hasGraduated,
  isAfter,
  isBefore,
  LocalDate,
  milestoneFor,
  ParticipantEvent,
  eventBusinessDate,
  unrecordedAt,
  requiredModuleIds,
  shippedCatalogue,
} from '@binaan/domain';
import { arbParticipantHistory } from '../arbitraries/history-arbitraries';
import { fixtureToday } from '../fixtures/fixture-values';

const decider = createParticipantDecider({ catalogue: shippedCatalogue, today: fixtureToday });

const businessDate = (event: ParticipantEvent): LocalDate => eventBusinessDate(event.type, event.data) as LocalDate;

describe('valid participant histories (property)', () => {
  it('fold without error into a state consistent with the events', () => {
    fc.assert(
      fc.property(arbParticipantHistory(), ({ participantId, events }) => {
        const state = foldParticipant(decider, events);
        expect(events[0]?.type).toBe('InmateEnrolled');
        expect(state.status).toBe('enrolled');
        const enrolled = state as EnrolledParticipant;
        expect(enrolled.participantId).toBe(participantId);
        expect(events.every((event) => event.data.participantId === participantId)).toBe(true);

        const competent = events.flatMap((event) =>
          event.type === 'ModuleCompleted' && event.data.result === 'competent' ? [event.data] : [],
        );
        expect(competentModuleIds(state).length).toBe(competent.length);
        expect(new Set(competent.map((data) => data.moduleId)).size).toBe(competent.length);

        const programme = findProgramme(shippedCatalogue, enrolled.programmeId, enrolled.curriculumVersion);
        const required = O.isSome(programme) ? requiredModuleIds(programme.value) : [];
        const allRequiredCompetent = required.every((moduleId) => competent.some((data) => data.moduleId === moduleId));
        expect(hasGraduated(state)).toBe(allRequiredCompetent);
        if (allRequiredCompetent) {
          const latest = competent
            .filter((data) => required.includes(data.moduleId))
            .map((data) => data.assessedOn)
            .sort()
            .at(-1);
          expect(enrolled.graduatedOn).toBe(latest);
        }

        const releases = events.flatMap((event) => (event.type === 'InmateReleased' ? [event.data] : []));
        expect(releases.length).toBeLessThanOrEqual(1);
        expect(enrolled.release?.releasedOn).toBe(releases[0]?.releasedOn);

        const followUps = events.flatMap((event) => (event.type === 'FollowUpLogged' ? [event.data] : []));
        expect(enrolled.followUps).toHaveLength(followUps.length);
        for (const followUp of followUps) {
          const releasedOn = releases[0]?.releasedOn as LocalDate;
          expect(followUp.milestone).toBe(milestoneFor(releasedOn, followUp.contactedOn));
          expect(isBefore(followUp.contactedOn, releasedOn)).toBe(false);
          expect(followUp.outcome === 'not_reached').toBe(followUp.notReachedReason !== undefined);
          expect(followUp.employment === undefined || followUp.outcome === 'reached').toBe(true);
        }

        for (const event of events) {
          expect(isAfter(businessDate(event), fixtureToday)).toBe(false);
          expect(isBefore(businessDate(event), enrolled.enrolledOn)).toBe(false);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('replay: deciding the accepted commands again yields the same events', () => {
    fc.assert(
      fc.property(arbParticipantHistory(), ({ commands, events }) => {
        const replayed = commands.reduce(
          (soFar, command) => {
            const decision = decider.decide(command, soFar.state);
            expect(E.isRight(decision)).toBe(true);
            const accepted = E.isRight(decision) ? decision.right : [];
            const state = accepted.reduce((folded, event, index) => decider.evolve(folded, event, unrecordedAt(soFar.events.length + index)), soFar.state);
            return { state, events: [...soFar.events, ...accepted] };
          },
          { state: decider.initialState(), events: [] as readonly ParticipantEvent[] },
        );
        expect(replayed.events).toEqual(events);
      }),
      { numRuns: 1000 },
    );
  });
});

import * as E from 'fp-ts/Either';
import { ParticipantCommand } from '../commands/participant-command';
import { participantMismatch } from '../errors/participant-errors';
import { ParticipantEvent } from '../events/participant-event';
import { decideCompleteModule } from './decide-complete-module';
import { decideEnrollInmate } from './decide-enroll-inmate';
import { decideLogFollowUp } from './decide-log-follow-up';
import { decideRecordRelease } from './decide-record-release';
import { Decision, DecisionContext } from './decision';
import { createEvolve } from './evolve-participant';
import { initialParticipantState, ParticipantState } from './participant-state';

/** Emmett-style decider: three plain functions and no hidden state. */
export interface ParticipantDecider {
  readonly decide: (command: ParticipantCommand, state: ParticipantState) => Decision;
  readonly evolve: (state: ParticipantState, event: ParticipantEvent) => ParticipantState;
  readonly initialState: () => ParticipantState;
}

/** `today` is the business date the caller vouches for; the domain never reads a clock. */
export const createParticipantDecider = (context: DecisionContext): ParticipantDecider => {
  const enrollInmate = decideEnrollInmate(context);
  const completeModule = decideCompleteModule(context);
  const recordRelease = decideRecordRelease(context);
  const logFollowUp = decideLogFollowUp(context);

  const decide = (command: ParticipantCommand, state: ParticipantState): Decision => {
    if (state.status === 'enrolled' && state.participantId !== command.participantId) {
      return E.left(participantMismatch());
    }
    switch (command.type) {
      case 'EnrollInmate':
        return enrollInmate(command, state);
      case 'CompleteModule':
        return completeModule(command, state);
      case 'RecordRelease':
        return recordRelease(command, state);
      case 'LogFollowUp':
        return logFollowUp(command, state);
      default: {
        const _exhaustive: never = command;
        return _exhaustive;
      }
    }
  };

  return { decide, evolve: createEvolve(context.catalogue), initialState: initialParticipantState };
};

/** Folds a stream's events into the state. */
export const foldParticipant = (
  decider: Pick<ParticipantDecider, 'evolve' | 'initialState'>,
  events: readonly ParticipantEvent[],
): ParticipantState => events.reduce(decider.evolve, decider.initialState());

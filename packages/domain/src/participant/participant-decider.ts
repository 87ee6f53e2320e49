import * as E from 'fp-ts/Either';
import { ParticipantCommand } from '../commands/participant-command';
import { participantMismatch } from '../errors/participant-errors';
import { ParticipantEvent } from '../events/participant-event';
import { decideCancelEnrolment } from './decide-cancel-enrolment';
import { decideCompleteModule } from './decide-complete-module';
import { decideCorrectEnrolment } from './decide-correct-enrolment';
import { decideEnrollInmate } from './decide-enroll-inmate';
import { decideErasePersonalData } from './decide-erase-personal-data';
import { decideExitParticipant } from './decide-exit-participant';
import { decideLogFollowUp } from './decide-log-follow-up';
import { decideRecordRelease } from './decide-record-release';
import { decideRecordReturnToCustody } from './decide-record-return-to-custody';
import { decideTransferParticipant } from './decide-transfer-participant';
import { decideUpdateContactDetails } from './decide-update-contact-details';
import { decideVoidEntry } from './decide-void-entry';
import { decideWithdrawConsent } from './decide-withdraw-consent';
import { Decision, DecisionContext } from './decision';
import { createEvolve } from './evolve-participant';
import { EventRecord, initialParticipantState, ParticipantState } from './participant-state';

/** Emmett-style decider: three plain functions and no hidden state. */
export interface ParticipantDecider {
  readonly decide: (command: ParticipantCommand, state: ParticipantState) => Decision;
  /** `record` says how the event entered the stream: its id and who recorded it. */
  readonly evolve: (state: ParticipantState, event: ParticipantEvent, record: EventRecord) => ParticipantState;
  readonly initialState: () => ParticipantState;
}

/** `today` is the business date the caller vouches for; the domain never reads a clock. */
export const createParticipantDecider = (context: DecisionContext): ParticipantDecider => {
  const rules = {
    EnrollInmate: decideEnrollInmate(context),
    CompleteModule: decideCompleteModule(context),
    RecordRelease: decideRecordRelease(context),
    LogFollowUp: decideLogFollowUp(context),
    VoidEntry: decideVoidEntry(context),
    CancelEnrolment: decideCancelEnrolment(),
    CorrectEnrolment: decideCorrectEnrolment(context),
    ExitParticipant: decideExitParticipant(context),
    TransferParticipant: decideTransferParticipant(context),
    RecordReturnToCustody: decideRecordReturnToCustody(context),
    WithdrawConsent: decideWithdrawConsent(context),
    ErasePersonalData: decideErasePersonalData(context),
    UpdateContactDetails: decideUpdateContactDetails(context),
  };

  const decide = (command: ParticipantCommand, state: ParticipantState): Decision => {
    if (state.status === 'enrolled' && state.participantId !== command.participantId) {
      return E.left(participantMismatch());
    }
    switch (command.type) {
      case 'EnrollInmate':
        return rules.EnrollInmate(command, state);
      case 'CompleteModule':
        return rules.CompleteModule(command, state);
      case 'RecordRelease':
        return rules.RecordRelease(command, state);
      case 'LogFollowUp':
        return rules.LogFollowUp(command, state);
      case 'VoidEntry':
        return rules.VoidEntry(command, state);
      case 'CancelEnrolment':
        return rules.CancelEnrolment(command, state);
      case 'CorrectEnrolment':
        return rules.CorrectEnrolment(command, state);
      case 'ExitParticipant':
        return rules.ExitParticipant(command, state);
      case 'TransferParticipant':
        return rules.TransferParticipant(command, state);
      case 'RecordReturnToCustody':
        return rules.RecordReturnToCustody(command, state);
      case 'WithdrawConsent':
        return rules.WithdrawConsent(command, state);
      case 'ErasePersonalData':
        return rules.ErasePersonalData(command, state);
      case 'UpdateContactDetails':
        return rules.UpdateContactDetails(command, state);
      default: {
        const _exhaustive: never = command;
        return _exhaustive;
      }
    }
  };

  return { decide, evolve: createEvolve(context.catalogue), initialState: initialParticipantState };
};

/** An event with how it entered the stream. */
export interface RecordedParticipantEvent {
  readonly event: ParticipantEvent;
  readonly record: EventRecord;
}

/** Folds a stream's recorded events into the state. */
export const foldRecorded = (
  decider: Pick<ParticipantDecider, 'evolve' | 'initialState'>,
  recorded: readonly RecordedParticipantEvent[],
): ParticipantState => recorded.reduce((state, { event, record }) => decider.evolve(state, event, record), decider.initialState());

/** The record an event is given when folded without one: `event-<index>`, recorded by nobody known. */
export const unrecordedAt = (index: number): EventRecord => ({ eventId: `event-${index}`, recordedBy: null });

/**
 * Folds events that were never stored (a test, a what-if): each is given `unrecordedAt(index)`.
 * A stream read from a store is folded with `foldRecorded`, so voids can name real ids.
 */
export const foldParticipant = (decider: Pick<ParticipantDecider, 'evolve' | 'initialState'>, events: readonly ParticipantEvent[]): ParticipantState =>
  foldRecorded(
    decider,
    events.map((event, index) => ({ event, record: unrecordedAt(index) })),
  );

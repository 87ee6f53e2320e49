import {
  createParticipantDecider,
  enrolmentHasEnded,
  participantStreamName,
  prepareCommand,
  type Catalogue,
  type ParticipantCommand,
  type ParticipantCommandInput,
  type ParticipantDecider,
  type ParticipantEvent,
  type ParticipantId,
  type ParticipantScope,
  type ParticipantState,
} from '@binaan/domain';
import * as E from 'fp-ts/Either';
import type { PersonalDataVault } from '@binaan/personal-data';
import type { EventStore } from '@binaan/event-store';
import type { CommandEnvelope } from '../handling/command-envelope';
import { commandFingerprint } from '../handling/command-fingerprint';
import { handleCommand, type CommandHandlingResult } from '../handling/handle-command';
import { loadStream, type Fold } from '../handling/load-stream';
import { createStreamStateCache } from '../handling/stream-state-cache';
import { businessDayOf, isDuring, type BusinessDay } from './business-date';
import { commandIdReused, type ParticipantCommandError } from './participant-command-errors';
import { participantAccess } from './participant-access';
import { asDomainActor, domainFold, toDomainEvent, toStored } from './participant-fold';
import { participantAppendPreparation } from './participant-append-preparation';
import { participantCommandFingerprint } from './participant-command-fingerprint';
import { carriesPersonalData, pendingEnvelope } from './seal-personal-data';

export interface ParticipantCommandHandlerDeps {
  readonly store: EventStore;
  readonly catalogue: Catalogue;
  readonly vault: PersonalDataVault;
  /** Names enrolment reservations (enrolment-reservation.ts); derive it from the master key. */
  readonly reservationKey: Uint8Array;
  /** Keys the fingerprints, stored with events, of commands that hold personal data (participant-command-fingerprint.ts); derive it from the master key. */
  readonly fingerprintKey: Uint8Array;
  readonly clock?: () => Date;
  readonly maxAttempts?: number;
  /** How many participant streams to keep folded between commands. Default 10,000. */
  readonly cachedStreams?: number;
}

export type ParticipantCommandResult = CommandHandlingResult<ParticipantCommandError>;
/**
 * Handles one command. With a `scope` (the caller's facilities and programmes), the participant's own
 * stream decides whether the caller may act on her (participant-access.ts); without one, anyone may
 * (the CLI, the demo seed, embedders that check access themselves).
 */
export type ParticipantCommandHandler = (
  envelope: CommandEnvelope<ParticipantCommandInput>,
  scope?: ParticipantScope,
) => Promise<ParticipantCommandResult>;

/** The command handling that the API, the CLI and embedders share, wired to the participant decider. */
export const createParticipantCommandHandler = (deps: ParticipantCommandHandlerDeps): ParticipantCommandHandler => {
  const cache = createStreamStateCache<ParticipantState>(deps.cachedStreams);
  const clock = deps.clock ?? (() => new Date());
  // The decider depends only on the business date: one per day, not one per command.
  let decider: { readonly day: BusinessDay; readonly rules: ParticipantDecider; readonly fold: Fold<ParticipantState, ParticipantEvent> } | undefined;
  const deciderAt = (now: Date) => {
    if (decider === undefined || !isDuring(decider.day, now)) {
      const day = businessDayOf(now);
      const rules = createParticipantDecider({ catalogue: deps.catalogue, today: day.date });
      decider = { day, rules, fold: domainFold(rules) };
    }
    return decider;
  };
  const streamNameFor = (command: ParticipantCommand) => participantStreamName(command.participantId);
  /** A re-enrolment may take over a reservation only from an enrolment that has ended. */
  const holderEnrolmentEnded = async (holderId: ParticipantId): Promise<boolean> => {
    const loaded = await loadStream(deps.store, participantStreamName(holderId), deciderAt(clock()).fold, toDomainEvent, cache);
    return enrolmentHasEnded(loaded.state);
  };
  return async (envelope, scope) => {
    const now = clock();
    const { rules, fold } = deciderAt(now);
    const plain = envelope.command;
    const personal = carriesPersonalData(plain);
    const fingerprint = participantCommandFingerprint(envelope, deps.fingerprintKey);
    // Before 2026-11-28 every fingerprint was keyed: such a stored one still names its command when it comes back.
    const isFormerFingerprint = personal ? undefined : (stored: string) => stored === commandFingerprint(envelope, deps.fingerprintKey);
    const pending: ParticipantCommand = prepareCommand(plain, { seal: () => pendingEnvelope(plain.participantId), actor: asDomainActor(envelope.actor) });
    const result = await handleCommand<ParticipantCommand, ParticipantState, ParticipantEvent, ParticipantCommandError>(
      {
        store: deps.store,
        streamNameFor,
        decide: rules.decide,
        ...(scope === undefined ? {} : { access: participantAccess(scope) }),
        fold,
        toDomainEvent,
        toStored,
        // Only a command with personal data (to seal; an enrolment, or a corrected registration number,
        // also claims its reservation) is prepared; the others skip the step and its promise.
        prepareAppend: personal
          ? participantAppendPreparation({ store: deps.store, vault: deps.vault, reservationKey: deps.reservationKey, plain, fingerprint, now, holderEnrolmentEnded })
          : undefined,
        isFormerFingerprint,
        commandIdReused,
        clock: () => now,
        maxAttempts: deps.maxAttempts,
        cache,
      },
      { ...envelope, command: pending },
      fingerprint,
    );
    // The erasure is recorded first, then the data key goes; a retried command finishes a deletion a crash interrupted.
    if (plain.type === 'ErasePersonalData' && E.isRight(result)) await deps.vault.erase(plain.participantId);
    return result;
  };
};

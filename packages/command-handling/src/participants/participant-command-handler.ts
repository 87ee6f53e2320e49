import {
  createParticipantDecider,
  encodeParticipantEvent,
  enrolmentHasEnded,
  formatDecodeError,
  participantStreamName,
  prepareCommand,
  StaffRole,
  upcastEvent,
  type Actor,
  type Catalogue,
  type ParticipantCommand,
  type ParticipantCommandInput,
  type ParticipantDecider,
  type ParticipantEvent,
  type ParticipantId,
  type ParticipantState,
} from '@binaan/domain';
import * as E from 'fp-ts/Either';
import { inCanonicalOrder, type JsonObject } from '@binaan/canonical-json';
import type { PersonalDataVault } from '@binaan/personal-data';
import type { EventStore, RecordedEvent } from '@binaan/event-store';
import type { CommandEnvelope } from '../handling/command-envelope';
import { commandFingerprint } from '../handling/command-fingerprint';
import { handleCommand, type CommandHandlingResult } from '../handling/handle-command';
import type { EventProvenance } from '../handling/event-provenance';
import { loadStream, type Fold } from '../handling/load-stream';
import { createStreamStateCache } from '../handling/stream-state-cache';
import { businessDayOf, isDuring, type BusinessDay } from './business-date';
import { commandIdReused, StoredEventUnreadableError, type ParticipantCommandError } from './participant-command-errors';
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
export type ParticipantCommandHandler = (envelope: CommandEnvelope<ParticipantCommandInput>) => Promise<ParticipantCommandResult>;

const toDomainEvent = (recorded: RecordedEvent): ParticipantEvent => {
  const decoded = upcastEvent(recorded.type, recorded.data);
  if (E.isLeft(decoded)) throw new StoredEventUnreadableError(recorded.streamName, recorded.revision, formatDecodeError(decoded.left));
  return decoded.right;
};

/** Data in canonical key order: it is hashed and then stored, and each would otherwise sort a copy. */
const toStored = (event: ParticipantEvent) => {
  const encoded = encodeParticipantEvent(event);
  return { type: encoded.type, data: inCanonicalOrder(encoded.data as JsonObject) };
};

/** The actor as the domain's rules see it: someone acting in a role that is no staff role can do nothing a role grants. */
const asDomainActor = (actor: { readonly id: string; readonly role: string }): Actor => ({ id: actor.id, role: StaffRole.is(actor.role) ? actor.role : 'viewer' });

const domainFold = (decider: ParticipantDecider): Fold<ParticipantState, ParticipantEvent> => ({
  initialState: decider.initialState,
  evolve: (state, event, { eventId, actor }: EventProvenance) =>
    decider.evolve(state, event, { eventId, recordedBy: actor === null ? null : asDomainActor(actor) }),
});

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
  return async (envelope) => {
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

import {
  createParticipantDecider,
  encodeParticipantEvent,
  formatDecodeError,
  participantStreamName,
  sealCommand,
  upcastEvent,
  type Catalogue,
  type ParticipantCommand,
  type ParticipantCommandInput,
  type ParticipantEvent,
  type ParticipantState,
} from '@binaan/domain';
import * as E from 'fp-ts/Either';
import type { CommandEnvelope } from '../command-handling/command-envelope';
import { commandFingerprint } from '../command-handling/command-fingerprint';
import { handleCommand, type CommandHandlingResult } from '../command-handling/handle-command';
import { createStreamStateCache } from '../command-handling/stream-state-cache';
import { inCanonicalOrder } from '../integrity';
import { DataKeyErasedError, type PersonalDataVault } from '../personal-data';
import type { JsonObject, RecordedEvent } from '../port';
import type { EventStore } from '../port';
import { businessDateOf } from './business-date';
import {
  commandIdReused,
  personalDataErased,
  StoredEventUnreadableError,
  type ParticipantCommandError,
} from './participant-command-errors';
import { reserveEnrolment } from './reserve-enrolment';
import { pendingEnvelope, sealPersonalData, withEnvelope } from './seal-personal-data';

export interface ParticipantCommandHandlerDeps {
  readonly store: EventStore;
  readonly catalogue: Catalogue;
  readonly vault: PersonalDataVault;
  /** Names enrolment reservations (enrolment-reservation.ts); derive it from the master key. */
  readonly reservationKey: Uint8Array;
  /** Keys the command fingerprints stored with events (command-fingerprint.ts); derive it from the master key. */
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

/** The command handling that the API, the CLI and embedders share, wired to the participant decider. */
export const createParticipantCommandHandler = (deps: ParticipantCommandHandlerDeps): ParticipantCommandHandler => {
  const cache = createStreamStateCache<ParticipantState>(deps.cachedStreams);
  return async (envelope) => {
    const now = (deps.clock ?? (() => new Date()))();
    const decider = createParticipantDecider({ catalogue: deps.catalogue, today: businessDateOf(now) });
    const plain = envelope.command;
    const fingerprint = commandFingerprint(envelope, deps.fingerprintKey);
    const pending: ParticipantCommand = sealCommand(plain, () => pendingEnvelope(plain.participantId));
    let sealing: ReturnType<typeof sealPersonalData> | undefined;

    const prepareAppend = async (
      pendingEnvelopeCommand: CommandEnvelope<ParticipantCommand>,
      events: readonly ParticipantEvent[],
    ): Promise<E.Either<ParticipantCommandError, readonly ParticipantEvent[]>> => {
      if (plain.type === 'EnrollInmate' && pendingEnvelopeCommand.command.type === 'EnrollInmate') {
        const reserved = await reserveEnrolment({
          store: deps.store,
          hmacKey: deps.reservationKey,
          envelope: { ...pendingEnvelopeCommand, command: pendingEnvelopeCommand.command },
          fingerprint,
          personalData: plain.personalData,
          now,
        });
        if (E.isLeft(reserved)) return reserved;
      }
      try {
        sealing ??= sealPersonalData(deps.vault, plain);
        return E.right(withEnvelope(events, await sealing));
      } catch (error) {
        if (error instanceof DataKeyErasedError) return E.left(personalDataErased());
        throw error;
      }
    };

    return handleCommand<ParticipantCommand, ParticipantState, ParticipantEvent, ParticipantCommandError>(
      {
        store: deps.store,
        streamNameFor: (command) => participantStreamName(command.participantId),
        decide: decider.decide,
        fold: decider,
        toDomainEvent,
        toStored,
        prepareAppend,
        commandIdReused,
        clock: () => now,
        maxAttempts: deps.maxAttempts,
        cache,
      },
      { ...envelope, command: pending },
      fingerprint,
    );
  };
};

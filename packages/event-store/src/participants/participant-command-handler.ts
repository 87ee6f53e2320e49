import {
  createParticipantDecider,
  encodeParticipantEvent,
  formatDecodeError,
  participantStreamName,
  upcastEvent,
  type Catalogue,
  type ParticipantCommand,
  type ParticipantCommandInput,
  type ParticipantEvent,
  type ParticipantState,
} from '@binaan/domain';
import * as E from 'fp-ts/Either';
import type { CommandEnvelope } from '../command-handling/command-envelope';
import { handleCommand, type CommandHandlingResult } from '../command-handling/handle-command';
import { createStreamStateCache } from '../command-handling/stream-state-cache';
import { DataKeyErasedError, type PersonalDataVault } from '../personal-data';
import type { EventStore, JsonObject, RecordedEvent } from '../port';
import { businessDateOf } from './business-date';
import { personalDataErased, StoredEventUnreadableError, type ParticipantCommandError } from './participant-command-errors';
import { reserveEnrolment } from './reserve-enrolment';
import { sealPersonalData } from './seal-personal-data';

export interface ParticipantCommandHandlerDeps {
  readonly store: EventStore;
  readonly catalogue: Catalogue;
  readonly vault: PersonalDataVault;
  /** Names enrolment reservations (see enrolment-reservation.ts); derive it from the master key. */
  readonly reservationKey: Uint8Array;
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

const toStored = (event: ParticipantEvent) => {
  const encoded = encodeParticipantEvent(event);
  return { type: encoded.type, data: encoded.data as JsonObject };
};

/** The command handling that the API, the CLI and embedders share, wired to the participant decider. */
export const createParticipantCommandHandler = (deps: ParticipantCommandHandlerDeps): ParticipantCommandHandler => {
  const cache = createStreamStateCache<ParticipantState>(deps.cachedStreams);
  return async (envelope) => {
    const now = (deps.clock ?? (() => new Date()))();
    const decider = createParticipantDecider({ catalogue: deps.catalogue, today: businessDateOf(now) });
    let sealed: ParticipantCommand;
    try {
      sealed = await sealPersonalData(deps.vault, envelope.command);
    } catch (error) {
      if (error instanceof DataKeyErasedError) return E.left({ kind: 'rejected', error: personalDataErased() });
      throw error;
    }
    const plain = envelope.command;
    return handleCommand<ParticipantCommand, ParticipantState, ParticipantEvent, ParticipantCommandError>(
      {
        store: deps.store,
        streamNameFor: (command) => participantStreamName(command.participantId),
        decide: decider.decide,
        fold: decider,
        toDomainEvent,
        toStored,
        clock: () => now,
        maxAttempts: deps.maxAttempts,
        cache,
        beforeAppend: async (sealedEnvelope) =>
          sealedEnvelope.command.type === 'EnrollInmate' && plain.type === 'EnrollInmate'
            ? reserveEnrolment({
                store: deps.store,
                hmacKey: deps.reservationKey,
                commandId: sealedEnvelope.commandId,
                command: sealedEnvelope.command,
                personalData: plain.personalData,
                recordedAt: now,
              })
            : E.right(undefined),
      },
      { ...envelope, command: sealed },
    );
  };
};

import type { EnrollInmate, EnrolmentPersonalData } from '@binaan/domain';
import * as E from 'fp-ts/Either';
import { eventIdFor } from '../command-handling/event-ids';
import { StreamNotFoundError, WrongExpectedVersionError, type EventStore } from '../port';
import { ENROLMENT_RESERVED, reservationStreamName } from './enrolment-reservation';
import { personAlreadyEnrolledInProgramme, type ParticipantCommandError } from './participant-command-errors';

interface ReservationInput {
  readonly store: EventStore;
  readonly hmacKey: Uint8Array;
  readonly commandId: string;
  readonly command: EnrollInmate;
  readonly personalData: EnrolmentPersonalData;
  readonly recordedAt: Date;
}

const holderOf = async (store: EventStore, streamName: string): Promise<string | undefined> => {
  try {
    for await (const event of store.readStream(streamName, { maxCount: 1 })) {
      const holder = event.data['participantId'];
      return typeof holder === 'string' ? holder : undefined;
    }
  } catch (error) {
    if (!(error instanceof StreamNotFoundError)) throw error;
  }
  return undefined;
};

/**
 * Claims the (facility, registration number, programme) reservation with `no_stream`. The same
 * participant claiming again (a retried command) keeps it; anyone else is refused.
 */
export const reserveEnrolment = async (input: ReservationInput): Promise<E.Either<ParticipantCommandError, void>> => {
  const { command } = input;
  const streamName = reservationStreamName(input.hmacKey, {
    facilityId: command.facilityId,
    registrationNumber: input.personalData.registrationNumber,
    programmeId: command.programmeId,
  });
  const event = {
    id: eventIdFor(input.commandId, 'enrolment-reservation'),
    type: ENROLMENT_RESERVED,
    data: { schemaVersion: 1, participantId: command.participantId },
    metadata: { commandId: input.commandId, recordedAt: input.recordedAt.toISOString() },
  };
  try {
    await input.store.appendToStream(streamName, [event], { expectedRevision: 'no_stream' });
    return E.right(undefined);
  } catch (error) {
    if (!(error instanceof WrongExpectedVersionError)) throw error;
    const holder = await holderOf(input.store, streamName);
    return holder === command.participantId ? E.right(undefined) : E.left(personAlreadyEnrolledInProgramme(command.programmeId));
  }
};

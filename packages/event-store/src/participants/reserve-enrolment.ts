import { participantStreamName, type EnrolmentPersonalData, type ParticipantId } from '@binaan/domain';
import * as E from 'fp-ts/Either';
import { buildProposedEvents } from '../command-handling/build-proposed-events';
import type { CommandEnvelope } from '../command-handling/command-envelope';
import { StreamNotFoundError, WrongExpectedVersionError, type EventStore, type RecordedEvent } from '../port';
import { ENROLMENT_RESERVED, reservationStreamName } from './enrolment-reservation';
import { personAlreadyEnrolledInProgramme, type ParticipantCommandError } from './participant-command-errors';

/** A reservation whose participant still has no enrolment after this long was abandoned mid-command. */
export const ABANDONED_RESERVATION_MS = 5 * 60 * 1000;

/** A first claim, then at most two takeovers of an abandoned reservation lost to a concurrent taker. */
const CLAIM_ATTEMPTS = 3;

interface ReservationInput {
  readonly store: EventStore;
  readonly hmacKey: Uint8Array;
  readonly envelope: CommandEnvelope<{ readonly participantId: ParticipantId; readonly facilityId: string; readonly programmeId: string }>;
  readonly fingerprint: string;
  readonly personalData: EnrolmentPersonalData;
  readonly now: Date;
}

const lastEventOf = async (store: EventStore, streamName: string): Promise<RecordedEvent | undefined> => {
  try {
    for await (const event of store.readStream(streamName, { direction: 'backwards', fromRevision: 'end', maxCount: 1 })) return event;
  } catch (error) {
    if (!(error instanceof StreamNotFoundError)) throw error;
  }
  return undefined;
};

const isAbandoned = async (store: EventStore, holder: RecordedEvent, now: Date): Promise<boolean> => {
  const holderId = holder.data['participantId'];
  if (typeof holderId !== 'string') return false;
  const recordedAt = Date.parse(String(holder.metadata['recordedAt'] ?? ''));
  if (!(now.getTime() - recordedAt > ABANDONED_RESERVATION_MS)) return false;
  return (await lastEventOf(store, participantStreamName(holderId as ParticipantId))) === undefined;
};

const claim = async (input: ReservationInput, streamName: string, holder: RecordedEvent | undefined): Promise<void> => {
  const after = { revision: holder?.revision ?? ('no_stream' as const), lastHash: holder?.metadata['hash'] as string | undefined };
  const reservation = buildProposedEvents({
    streamName,
    after,
    envelope: input.envelope,
    fingerprint: input.fingerprint,
    events: [{ type: ENROLMENT_RESERVED, data: { schemaVersion: 1, participantId: input.envelope.command.participantId } }],
    recordedAt: input.now,
  });
  await input.store.appendToStream(streamName, reservation, { expectedRevision: after.revision });
};

/**
 * Claims the (facility, registration number, programme) reservation. A first claim is simply
 * appended with `no_stream`, without reading first: most enrolments are first claims. When the
 * stream exists, the holder decides: the same participant (a retried command) keeps it; another
 * is refused, unless the holder never got enrolled and the claim is older than
 * ABANDONED_RESERVATION_MS: then the reservation is taken over, appending at the revision read so
 * two takeovers cannot both win.
 */
export const reserveEnrolment = async (input: ReservationInput): Promise<E.Either<ParticipantCommandError, void>> => {
  const { command } = input.envelope;
  const refused = E.left(personAlreadyEnrolledInProgramme(command.programmeId));
  const streamName = reservationStreamName(input.hmacKey, {
    facilityId: command.facilityId,
    registrationNumber: input.personalData.registrationNumber,
    programmeId: command.programmeId,
  });
  // The holder read after a lost claim decides; a claim can lose a race only to another claim.
  let holder: RecordedEvent | undefined;
  for (let attempt = 0; attempt < CLAIM_ATTEMPTS; attempt += 1) {
    try {
      await claim(input, streamName, holder);
      return E.right(undefined);
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError)) throw error;
    }
    holder = await lastEventOf(input.store, streamName);
    if (holder?.data['participantId'] === command.participantId) return E.right(undefined);
    if (holder !== undefined && !(await isAbandoned(input.store, holder, input.now))) return refused;
  }
  return refused;
};

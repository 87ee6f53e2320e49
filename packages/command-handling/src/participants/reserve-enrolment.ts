import { ENROLMENT_RESERVED, participantStreamName, type ParticipantId } from '@binaan/domain';
import * as E from 'fp-ts/Either';
import { buildProposedEvents } from '../handling/build-proposed-events';
import type { CommandEnvelope } from '../handling/command-envelope';
import { StreamNotFoundError, type WrongExpectedVersionError } from '@binaan/event-store';
import type { EventStore } from '@binaan/event-store';
import type { RecordedEvent } from '@binaan/event-store';
import type { StreamAppend } from '@binaan/event-store';
import { reservationStreamName } from './enrolment-reservation';
import { personAlreadyEnrolledInProgramme, type ParticipantCommandError } from './participant-command-errors';

/** A reservation whose participant still has no enrolment after this long was abandoned mid-command. */
export const ABANDONED_RESERVATION_MS = 5 * 60 * 1000;

/** A first claim, then at most two takeovers of an abandoned reservation lost to a concurrent taker. */
const CLAIM_ATTEMPTS = 3;

interface ReservationInput {
  readonly store: EventStore;
  readonly hmacKey: Uint8Array;
  readonly envelope: CommandEnvelope<{ readonly participantId: ParticipantId }>;
  /** Whose reservation: the facility, the registration number and the programme of the enrolment. */
  readonly person: { readonly facilityId: string; readonly registrationNumber: string; readonly programmeId: string };
  readonly fingerprint: string;
  readonly now: Date;
  /** Whether the enrolment of the participant who holds the reservation has ended (released, exited, cancelled). */
  readonly holderEnrolmentEnded: (holderId: ParticipantId) => Promise<boolean>;
}

/** What a claim adds to the command: the append that claims the reservation, and the earlier enrolment it took over from. */
export interface Claim {
  readonly append: StreamAppend | undefined;
  readonly previousParticipantId: ParticipantId | undefined;
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

/** The reservation event, appended after the holder read (a takeover) or as the stream's first event. */
const claimOf = (input: ReservationInput, streamName: string, holder: RecordedEvent | undefined): StreamAppend => {
  const after = { revision: holder?.revision ?? ('no_stream' as const), lastHash: holder?.metadata['hash'] as string | undefined };
  const events = buildProposedEvents({
    streamName,
    after,
    envelope: input.envelope,
    fingerprint: input.fingerprint,
    events: [{ type: ENROLMENT_RESERVED, data: { schemaVersion: 1, participantId: input.envelope.command.participantId } }],
    recordedAt: input.now,
  });
  return { streamName, events, options: { expectedRevision: after.revision } };
};

/**
 * The (facility, registration number, programme) reservation an enrolment must claim, as an append
 * to write with the enrolment (atomically where the store can: append-with-alongside.ts), or no
 * append when this participant already holds it. A first claim is made with `no_stream` and no read:
 * most enrolments are first claims. Once a claim has lost (`lost` names the reservation stream), the
 * holder decides: the same participant (a retried command) keeps it; another is refused while her
 * enrolment is open. The reservation is taken over, at the revision read so two takeovers cannot both
 * win, when the holder's enrolment has ended (a re-enrolment: it names the holder as the earlier
 * enrolment) or when the holder never got enrolled and the claim is older than ABANDONED_RESERVATION_MS.
 */
export const reservationClaim = async (input: ReservationInput, lost: readonly WrongExpectedVersionError[]): Promise<E.Either<ParticipantCommandError, Claim>> => {
  const { participantId } = input.envelope.command;
  const refused = E.left(personAlreadyEnrolledInProgramme(input.person.programmeId));
  const streamName = reservationStreamName(input.hmacKey, input.person);
  const claimsLost = lost.filter((conflict) => conflict.streamName === streamName).length;
  if (claimsLost === 0) return E.right({ append: claimOf(input, streamName, undefined), previousParticipantId: undefined });
  if (claimsLost >= CLAIM_ATTEMPTS) return refused;
  const holder = await lastEventOf(input.store, streamName);
  const holderId = holder?.data['participantId'];
  if (holderId === participantId) return E.right({ append: undefined, previousParticipantId: undefined });
  if (holder === undefined || typeof holderId !== 'string') return E.right({ append: claimOf(input, streamName, holder), previousParticipantId: undefined });
  if (await input.holderEnrolmentEnded(holderId as ParticipantId)) {
    return E.right({ append: claimOf(input, streamName, holder), previousParticipantId: holderId as ParticipantId });
  }
  if (!(await isAbandoned(input.store, holder, input.now))) return refused;
  return E.right({ append: claimOf(input, streamName, holder), previousParticipantId: undefined });
};

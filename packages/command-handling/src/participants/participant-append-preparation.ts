import {
  personalDataIsErased,
  type ParticipantCommand,
  type ParticipantCommandInput,
  type ParticipantEvent,
  type ParticipantId,
  type ParticipantState,
} from '@binaan/domain';
import * as E from 'fp-ts/Either';
import type { CommandEnvelope } from '../handling/command-envelope';
import type { PreparedAppend } from '../handling/handle-command';
import { DataKeyErasedError } from '@binaan/personal-data';
import type { PersonalDataVault } from '@binaan/personal-data';
import type { EventStore, StreamAppend, WrongExpectedVersionError } from '@binaan/event-store';
import type { ParticipantCommandError } from './participant-command-errors';
import { reservationClaim, type Claim } from './reserve-enrolment';
import { sealPersonalData, withEnvelope } from './seal-personal-data';

export interface PreparationContext {
  readonly store: EventStore;
  readonly vault: PersonalDataVault;
  readonly reservationKey: Uint8Array;
  /** The command as given, personal data in clear. */
  readonly plain: ParticipantCommandInput;
  readonly fingerprint: string;
  readonly now: Date;
  readonly holderEnrolmentEnded: (holderId: ParticipantId) => Promise<boolean>;
}

export type PrepareParticipantAppend = (
  pending: CommandEnvelope<ParticipantCommand>,
  events: readonly ParticipantEvent[],
  lost: readonly WrongExpectedVersionError[],
  state: ParticipantState,
) => Promise<E.Either<ParticipantCommandError, PreparedAppend<ParticipantEvent>>>;

/** A re-enrolment names the enrolment it follows. */
const linkedTo = (events: readonly ParticipantEvent[], previousParticipantId: ParticipantId | undefined): readonly ParticipantEvent[] =>
  previousParticipantId === undefined
    ? events
    : events.map((event) => (event.type === 'InmateEnrolled' ? { ...event, data: { ...event.data, previousParticipantId } } : event));

type Person = { readonly facilityId: string; readonly programmeId: string; readonly registrationNumber: string };

/** Whose reservation the command claims: an enrolment's, or that of a corrected registration number. */
const reservationPerson = (plain: ParticipantCommandInput, events: readonly ParticipantEvent[], state: ParticipantState): Person | undefined => {
  if (plain.type === 'EnrollInmate') {
    const enrolment = events.find((event) => event.type === 'InmateEnrolled');
    return enrolment?.type === 'InmateEnrolled'
      ? { facilityId: enrolment.data.facilityId, programmeId: enrolment.data.programmeId, registrationNumber: plain.personalData.registrationNumber }
      : undefined;
  }
  const registrationNumber = plain.type === 'CorrectEnrolment' ? plain.personalData?.registrationNumber : undefined;
  // A corrected registration number claims the reservation under the enrolment's (corrected) facility.
  const facilityId = events.find((event) => event.type === 'EnrolmentCorrected' && event.data.facilityId !== undefined);
  return registrationNumber === undefined || state.status !== 'enrolled'
    ? undefined
    : {
        programmeId: state.programmeId,
        facilityId: facilityId?.type === 'EnrolmentCorrected' && facilityId.data.facilityId !== undefined ? facilityId.data.facilityId : state.enrolledAtFacilityId,
        registrationNumber,
      };
};

/**
 * What runs once `decide` has accepted a command that holds personal data, before each append
 * attempt: an enrolment, or a correction of the registration number, claims its reservation (afresh
 * after a lost claim; a re-enrolment is linked to the enrolment it takes over from), and the personal
 * data is sealed, once, under the participant's data key, in place of the pending envelope.
 */
export const participantAppendPreparation = (context: PreparationContext): PrepareParticipantAppend => {
  const { plain } = context;
  let sealing: ReturnType<typeof sealPersonalData> | undefined;
  return async (pending, events, lost, state) => {
    let claim: Claim = { append: undefined, previousParticipantId: undefined };
    const person = reservationPerson(plain, events, state);
    if (person !== undefined) {
      const claimed = await reservationClaim(
        {
          store: context.store,
          hmacKey: context.reservationKey,
          envelope: { ...pending, command: pending.command },
          person,
          fingerprint: context.fingerprint,
          now: context.now,
          holderEnrolmentEnded: context.holderEnrolmentEnded,
        },
        lost,
      );
      if (E.isLeft(claimed)) return claimed;
      claim = claimed.right;
    }
    try {
      sealing ??= sealPersonalData(context.vault, plain);
      const alongside: StreamAppend[] = claim.append === undefined ? [] : [claim.append];
      return E.right({ events: linkedTo(withEnvelope(events, await sealing), claim.previousParticipantId), alongside });
    } catch (error) {
      if (error instanceof DataKeyErasedError) return E.left(personalDataIsErased());
      throw error;
    }
  };
};

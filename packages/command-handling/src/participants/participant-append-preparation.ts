import type { ParticipantCommand, ParticipantCommandInput, ParticipantEvent } from '@binaan/domain';
import * as E from 'fp-ts/Either';
import type { CommandEnvelope } from '../handling/command-envelope';
import type { PreparedAppend } from '../handling/handle-command';
import { DataKeyErasedError } from '@binaan/personal-data';
import type { PersonalDataVault } from '@binaan/personal-data';
import type { WrongExpectedVersionError } from '@binaan/event-store';
import type { EventStore } from '@binaan/event-store';
import type { StreamAppend } from '@binaan/event-store';
import { personalDataErased, type ParticipantCommandError } from './participant-command-errors';
import { reservationClaim } from './reserve-enrolment';
import { sealPersonalData, withEnvelope } from './seal-personal-data';

export interface PreparationContext {
  readonly store: EventStore;
  readonly vault: PersonalDataVault;
  readonly reservationKey: Uint8Array;
  /** The command as given, personal data in clear. */
  readonly plain: ParticipantCommandInput;
  readonly fingerprint: string;
  readonly now: Date;
}

export type PrepareParticipantAppend = (
  pending: CommandEnvelope<ParticipantCommand>,
  events: readonly ParticipantEvent[],
  lost: readonly WrongExpectedVersionError[],
) => Promise<E.Either<ParticipantCommandError, PreparedAppend<ParticipantEvent>>>;

/**
 * What runs once `decide` has accepted a command that holds personal data (carriesPersonalData; an
 * enrolment always does), before each append attempt: an enrolment claims its reservation (afresh
 * after a lost claim), and the personal data is sealed, once, under the participant's data key, in
 * place of the pending envelope the decider carried.
 */
export const participantAppendPreparation = (context: PreparationContext): PrepareParticipantAppend => {
  const { plain } = context;
  let sealing: ReturnType<typeof sealPersonalData> | undefined;
  return async (pending, events, lost) => {
    let alongside: StreamAppend[] = [];
    if (plain.type === 'EnrollInmate' && pending.command.type === 'EnrollInmate') {
      const claim = await reservationClaim(
        {
          store: context.store,
          hmacKey: context.reservationKey,
          envelope: { ...pending, command: pending.command },
          fingerprint: context.fingerprint,
          personalData: plain.personalData,
          now: context.now,
        },
        lost,
      );
      if (E.isLeft(claim)) return claim;
      if (claim.right !== undefined) alongside = [claim.right];
    }
    try {
      sealing ??= sealPersonalData(context.vault, plain);
      return E.right({ events: withEnvelope(events, await sealing), alongside });
    } catch (error) {
      if (error instanceof DataKeyErasedError) return E.left(personalDataErased());
      throw error;
    }
  };
};

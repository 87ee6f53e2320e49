import type { ContactDetails } from '../personal-data/contact-details';
import type { EncryptedEnvelope } from '../personal-data/encrypted-envelope';
import type { EnrolmentPersonalDataCorrection } from '../personal-data/enrolment-correction-personal-data';
import type { EnrolmentPersonalData } from '../personal-data/enrolment-personal-data';
import type { FollowUpPersonalData } from '../personal-data/follow-up-personal-data';
import type { NotePersonalData } from '../personal-data/note-personal-data';
import type { CancelEnrolment, CancelEnrolmentInput } from './cancel-enrolment';
import type { CommandActor } from './command-actor';
import type { CorrectEnrolment, CorrectEnrolmentInput } from './correct-enrolment';
import type { EnrollInmate, EnrollInmateInput } from './enroll-inmate';
import type { ExitParticipant, ExitParticipantInput } from './exit-participant';
import type { LogFollowUp, LogFollowUpInput } from './log-follow-up';
import type { ParticipantCommand, ParticipantCommandInput } from './participant-command';
import type { RecordRelease, RecordReleaseInput } from './record-release';
import type { UpdateContactDetails, UpdateContactDetailsInput } from './update-contact-details';
import type { VoidEntry, VoidEntryInput } from './void-entry';

export type PersonalDataInClear =
  | EnrolmentPersonalData
  | FollowUpPersonalData
  | ContactDetails
  | NotePersonalData
  | EnrolmentPersonalDataCorrection;

/** Encrypts one personal-data object under the participant's data key. Supplied by infrastructure. */
export type Seal = (plain: PersonalDataInClear) => EncryptedEnvelope;

export interface CommandPreparation {
  readonly seal: Seal;
  /** Who gives the command: named in the commands whose rules ask who acts. */
  readonly actor: CommandActor;
}

/** The form `decide` takes for each input. */
export type Prepared<C extends ParticipantCommandInput> = C extends EnrollInmateInput
  ? EnrollInmate
  : C extends LogFollowUpInput
    ? LogFollowUp
    : C extends RecordReleaseInput
      ? RecordRelease
      : C extends VoidEntryInput
        ? VoidEntry
        : C extends CancelEnrolmentInput
          ? CancelEnrolment
          : C extends CorrectEnrolmentInput
            ? CorrectEnrolment
            : C extends ExitParticipantInput
              ? ExitParticipant
              : C extends UpdateContactDetailsInput
                ? UpdateContactDetails
                : C;

/** The commands whose rules depend on who acts (separation of duties). */
const attributed: ReadonlySet<ParticipantCommandInput['type']> = new Set(['VoidEntry', 'CancelEnrolment']);

/**
 * Turns a command as it arrived into the one `decide` takes: personal data (always in `personalData`)
 * sealed, and the actor named where a rule needs it. Any command, whatever its type.
 */
export const prepareCommand = <C extends ParticipantCommandInput>(command: C, { seal, actor }: CommandPreparation): Prepared<C> => {
  const input: ParticipantCommandInput = command;
  const plain = 'personalData' in input ? (input.personalData as PersonalDataInClear | undefined) : undefined;
  const sealed = plain === undefined ? input : { ...input, personalData: seal(plain) };
  return (attributed.has(input.type) ? { ...sealed, by: { id: actor.id, role: actor.role } } : sealed) as unknown as Prepared<C>;
};

/** Whether a command holds personal data to seal. */
export const holdsPersonalData = (command: ParticipantCommandInput | ParticipantCommand): boolean =>
  'personalData' in command && command.personalData !== undefined;

import { EncryptedEnvelope } from '../personal-data/encrypted-envelope';
import { EnrolmentPersonalData } from '../personal-data/enrolment-personal-data';
import { FollowUpPersonalData } from '../personal-data/follow-up-personal-data';
import { EnrollInmate, EnrollInmateInput } from './enroll-inmate';
import { LogFollowUp, LogFollowUpInput } from './log-follow-up';
import { ParticipantCommandInput } from './participant-command';

export type PersonalDataInClear = EnrolmentPersonalData | FollowUpPersonalData;

/** Encrypts one personal-data object under the participant's data key. Supplied by infrastructure. */
export type Seal = (plain: PersonalDataInClear) => EncryptedEnvelope;

export type Sealed<C extends ParticipantCommandInput> = C extends EnrollInmateInput
  ? EnrollInmate
  : C extends LogFollowUpInput
    ? LogFollowUp
    : C;

/** Replaces a command's personal data in clear with its envelope, whatever the command. */
export const sealCommand = <C extends ParticipantCommandInput>(command: C, seal: Seal): Sealed<C> => {
  const input: ParticipantCommandInput = command;
  switch (input.type) {
    case 'EnrollInmate':
      return { ...input, personalData: seal(input.personalData) } as Sealed<C>;
    case 'LogFollowUp':
      return (
        input.personalData === undefined ? input : { ...input, personalData: seal(input.personalData) }
      ) as Sealed<C>;
    case 'CompleteModule':
    case 'RecordRelease':
      return input as Sealed<C>;
    default: {
      const _exhaustive: never = input;
      return _exhaustive;
    }
  }
};

import { ParticipantId } from '@binaan/domain';
import { UserError } from '../cli/user-error';

/** The participant id given on the command line, checked before any store is opened. */
export const participantIdArgument = (candidate: string): ParticipantId => {
  if (!ParticipantId.is(candidate)) {
    throw new UserError(
      `participant id "${candidate}" is not a lower-case UUID`,
      'Give the participant id as it appears in `binaan export` or the API, e.g. 169dd104-35c4-5210-89ad-28c47d71bda1',
    );
  }
  return candidate;
};

import { ParticipantId } from '@binaan/domain';
import { UserError } from '../cli/user-error';

/** The participant id given on the command line, checked before any store is opened. */
export const participantIdArgument = (candidate: string): ParticipantId => {
  if (!ParticipantId.is(candidate)) {
    throw UserError.of('participantIdNotUuid', { value: candidate });
  }
  return candidate;
};

import * as E from 'fp-ts/Either';
import {
  isParticipantCommandType,
  ParticipantCommandInput,
  participantCommandTypes,
} from '../commands/participant-command';
import {
  decodeCancelEnrolment,
  decodeCompleteModule,
  decodeCorrectEnrolment,
  DecodedCommand,
  decodeEnrollInmate,
  decodeErasePersonalData,
  decodeExitParticipant,
  decodeLogFollowUp,
  decodeRecordRelease,
  decodeRecordReturnToCustody,
  decodeTransferParticipant,
  decodeUpdateContactDetails,
  decodeVoidEntry,
  decodeWithdrawConsent,
} from './command-decoders';
import { DecodeError, decodeError, decodeIssue } from './decode-error';

const decoders: { readonly [Type in ParticipantCommandInput['type']]: (input: unknown) => E.Either<DecodeError, DecodedCommand<ParticipantCommandInput>> } = {
  EnrollInmate: decodeEnrollInmate,
  CompleteModule: decodeCompleteModule,
  RecordRelease: decodeRecordRelease,
  LogFollowUp: decodeLogFollowUp,
  VoidEntry: decodeVoidEntry,
  CancelEnrolment: decodeCancelEnrolment,
  CorrectEnrolment: decodeCorrectEnrolment,
  ExitParticipant: decodeExitParticipant,
  TransferParticipant: decodeTransferParticipant,
  RecordReturnToCustody: decodeRecordReturnToCustody,
  WithdrawConsent: decodeWithdrawConsent,
  ErasePersonalData: decodeErasePersonalData,
  UpdateContactDetails: decodeUpdateContactDetails,
};

const rejected = (path: string, rule: string): E.Either<DecodeError, never> =>
  E.left(decodeError([decodeIssue(path, rule)]));

/**
 * Decodes any participant command from outside, picking the decoder by `type`: its shape only, all
 * issues at once, each at its field's path. Unknown keys are rejected (`is not a known field`) so a
 * misspelt optional field is reported rather than silently lost. The rules of the record (catalogue,
 * dates against today and the history) are the decider's.
 */
export const decodeCommand = (input: unknown): E.Either<DecodeError, DecodedCommand<ParticipantCommandInput>> => {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return rejected('', 'must be an object');
  }
  const type: unknown = (input as Readonly<Record<string, unknown>>)['type'];
  if (type === undefined) {
    return rejected('type', 'is required');
  }
  if (!isParticipantCommandType(type)) {
    return rejected('type', `must be one of ${participantCommandTypes.join(', ')}`);
  }
  return decoders[type](input);
};

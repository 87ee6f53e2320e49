import * as E from 'fp-ts/Either';
import {
  isParticipantCommandType,
  ParticipantCommandInput,
  participantCommandTypes,
} from '../commands/participant-command';
import {
  decodeCompleteModule,
  DecodedCommand,
  decodeEnrollInmate,
  decodeLogFollowUp,
  decodeRecordRelease,
} from './command-decoders';
import { DecodeError, decodeError, decodeIssue } from './decode-error';

const decoders = {
  EnrollInmate: decodeEnrollInmate,
  CompleteModule: decodeCompleteModule,
  RecordRelease: decodeRecordRelease,
  LogFollowUp: decodeLogFollowUp,
} as const;

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

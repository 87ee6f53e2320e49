import * as E from 'fp-ts/Either';
import { pipe } from 'fp-ts/function';
import { CancelEnrolmentInput } from '../commands/cancel-enrolment';
import { CompleteModule } from '../commands/complete-module';
import { CorrectEnrolmentInput } from '../commands/correct-enrolment';
import { EnrollInmateInput } from '../commands/enroll-inmate';
import { ErasePersonalData } from '../commands/erase-personal-data';
import { ExitParticipantInput } from '../commands/exit-participant';
import { LogFollowUpInput } from '../commands/log-follow-up';
import { RecordFacilityPopulation } from '../commands/record-facility-population';
import { RecordReleaseInput } from '../commands/record-release';
import { RecordReturnToCustody } from '../commands/record-return-to-custody';
import { TransferParticipant } from '../commands/transfer-participant';
import { UpdateContactDetailsInput } from '../commands/update-contact-details';
import { VoidEntryInput } from '../commands/void-entry';
import { WithdrawConsent } from '../commands/withdraw-consent';
import { DecodeError, decodeError, DecodeIssue, DecodeWarning } from './decode-error';
import { decodeWith } from './decode-with';
import { atLeastOneField, birthDateIssues, nikWarnings, noteForOtherReason } from './edge-checks';

export interface DecodedCommand<C> {
  readonly command: C;
  readonly warnings: readonly DecodeWarning[];
}

export type CommandDecoder<C> = (input: unknown) => E.Either<DecodeError, DecodedCommand<C>>;

/**
 * The shape of a command: every field's type, format and range, all issues at once. Whether the
 * record allows it (the catalogue, today's date, the participant's history) is the decider's to say.
 */
const commandDecoder =
  <C>(
    decodeShape: (input: unknown) => E.Either<DecodeError, C>,
    issuesOf: (command: C) => readonly DecodeIssue[] = () => [],
    warningsOf: (command: C) => readonly DecodeWarning[] = () => [],
  ): CommandDecoder<C> =>
  (input) =>
    pipe(
      decodeShape(input),
      E.chain((command) => {
        const issues = issuesOf(command);
        return issues.length === 0 ? E.right({ command, warnings: warningsOf(command) }) : E.left(decodeError(issues));
      }),
    );

export const decodeEnrollInmate: CommandDecoder<EnrollInmateInput> = commandDecoder(
  decodeWith(EnrollInmateInput),
  (command) => birthDateIssues(command.personalData, command.enrolledOn),
  (command) => nikWarnings(command.personalData),
);

export const decodeCompleteModule: CommandDecoder<CompleteModule> = commandDecoder(decodeWith(CompleteModule));

export const decodeRecordRelease: CommandDecoder<RecordReleaseInput> = commandDecoder(decodeWith(RecordReleaseInput), (command) =>
  command.personalData === undefined ? [] : atLeastOneField('personalData', command.personalData),
);

export const decodeLogFollowUp: CommandDecoder<LogFollowUpInput> = commandDecoder(decodeWith(LogFollowUpInput));

export const decodeVoidEntry: CommandDecoder<VoidEntryInput> = commandDecoder(decodeWith(VoidEntryInput), noteForOtherReason);

export const decodeCancelEnrolment: CommandDecoder<CancelEnrolmentInput> = commandDecoder(decodeWith(CancelEnrolmentInput), noteForOtherReason);

export const decodeCorrectEnrolment: CommandDecoder<CorrectEnrolmentInput> = commandDecoder(decodeWith(CorrectEnrolmentInput), (command) => {
  const { type: _type, participantId: _participantId, ...changes } = command;
  return [
    ...atLeastOneField('', changes),
    ...(command.personalData === undefined ? [] : atLeastOneField('personalData', command.personalData)),
  ];
});

export const decodeExitParticipant: CommandDecoder<ExitParticipantInput> = commandDecoder(decodeWith(ExitParticipantInput), noteForOtherReason);

export const decodeTransferParticipant: CommandDecoder<TransferParticipant> = commandDecoder(decodeWith(TransferParticipant));

export const decodeRecordReturnToCustody: CommandDecoder<RecordReturnToCustody> = commandDecoder(decodeWith(RecordReturnToCustody));

export const decodeWithdrawConsent: CommandDecoder<WithdrawConsent> = commandDecoder(decodeWith(WithdrawConsent));

export const decodeErasePersonalData: CommandDecoder<ErasePersonalData> = commandDecoder(decodeWith(ErasePersonalData));

export const decodeUpdateContactDetails: CommandDecoder<UpdateContactDetailsInput> = commandDecoder(decodeWith(UpdateContactDetailsInput), (command) =>
  atLeastOneField('personalData', command.personalData),
);

export const decodeRecordFacilityPopulation: CommandDecoder<RecordFacilityPopulation> = commandDecoder(decodeWith(RecordFacilityPopulation));

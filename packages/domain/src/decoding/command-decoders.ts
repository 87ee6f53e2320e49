import * as E from 'fp-ts/Either';
import * as O from 'fp-ts/Option';
import { pipe } from 'fp-ts/function';
import { catalogueTeachesModule, currentProgramme, findFacility } from '../catalogue/catalogue-lookup';
import { CompleteModule } from '../commands/complete-module';
import { EnrollInmateInput } from '../commands/enroll-inmate';
import { LogFollowUpInput } from '../commands/log-follow-up';
import { RecordRelease } from '../commands/record-release';
import { DecodeError, decodeError, DecodeIssue, DecodeWarning } from './decode-error';
import { decodeWith } from './decode-with';
import { DecodeContext, futureDateIssues, nikWarnings, unknownIdIssue } from './edge-checks';

export interface DecodedCommand<C> {
  readonly command: C;
  readonly warnings: readonly DecodeWarning[];
}

export type CommandDecoder<C> = (input: unknown, context: DecodeContext) => E.Either<DecodeError, DecodedCommand<C>>;

/** Shape first (io-ts), then the checks that need typed values: dates, catalogue ids. */
const commandDecoder =
  <C>(
    decodeShape: (input: unknown) => E.Either<DecodeError, C>,
    issuesOf: (command: C, context: DecodeContext) => readonly DecodeIssue[],
    warningsOf: (command: C) => readonly DecodeWarning[] = () => [],
  ): CommandDecoder<C> =>
  (input, context) =>
    pipe(
      decodeShape(input),
      E.chain((command) => {
        const issues = issuesOf(command, context);
        return issues.length === 0 ? E.right({ command, warnings: warningsOf(command) }) : E.left(decodeError(issues));
      }),
    );

export const decodeEnrollInmate: CommandDecoder<EnrollInmateInput> = commandDecoder(
  decodeWith(EnrollInmateInput),
  (command, { catalogue, today }) => [
    ...unknownIdIssue('programmeId', O.isSome(currentProgramme(catalogue, command.programmeId)), 'programme'),
    ...unknownIdIssue('facilityId', O.isSome(findFacility(catalogue, command.facilityId)), 'facility'),
    ...futureDateIssues(today, [
      ['enrolledOn', command.enrolledOn],
      ['consent.recordedOn', command.consent.recordedOn],
      ['personalData.birthDate', command.personalData.birthDate],
    ]),
  ],
  (command) => nikWarnings(command.personalData),
);

export const decodeCompleteModule: CommandDecoder<CompleteModule> = commandDecoder(
  decodeWith(CompleteModule),
  (command, { catalogue, today }) => [
    ...unknownIdIssue('moduleId', catalogueTeachesModule(catalogue, command.moduleId), 'module'),
    ...futureDateIssues(today, [['assessedOn', command.assessedOn]]),
  ],
);

/** `supervisionEndsOn` may well lie ahead, so only the release date is held to today. */
export const decodeRecordRelease: CommandDecoder<RecordRelease> = commandDecoder(
  decodeWith(RecordRelease),
  (command, { today }) => futureDateIssues(today, [['releasedOn', command.releasedOn]]),
);

export const decodeLogFollowUp: CommandDecoder<LogFollowUpInput> = commandDecoder(
  decodeWith(LogFollowUpInput),
  (command, { today }) => futureDateIssues(today, [['contactedOn', command.contactedOn]]),
);

import * as E from 'fp-ts/Either';
import { pipe } from 'fp-ts/function';
import { CompleteModule } from '../commands/complete-module';
import { EnrollInmateInput } from '../commands/enroll-inmate';
import { LogFollowUpInput } from '../commands/log-follow-up';
import { RecordRelease } from '../commands/record-release';
import { DecodeError, decodeError, DecodeIssue, DecodeWarning } from './decode-error';
import { decodeWith } from './decode-with';
import { birthDateIssues, nikWarnings } from './edge-checks';

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

export const decodeRecordRelease: CommandDecoder<RecordRelease> = commandDecoder(decodeWith(RecordRelease));

export const decodeLogFollowUp: CommandDecoder<LogFollowUpInput> = commandDecoder(decodeWith(LogFollowUpInput));

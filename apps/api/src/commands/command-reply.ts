import * as E from 'fp-ts/Either';
import type { CommandAccepted } from '@binaan/command-handling';
import type { DecodeWarning } from '@binaan/domain';
import { ProblemException } from '../http/problem.exception';
import type { Problem } from '../http/problem';
import { problems } from '../http/problems';
import type { ApiCommandFailure, ApiCommandResult, RuleBroken } from '../runtime/api-runtime.port';
import type { CommandReply } from './command-request';

/** A command against a participant nobody enrolled is about a missing resource, so HTTP says 404. */
const notFoundCodes: readonly string[] = ['NOT_ENROLLED'];

/** The problem a broken domain rule becomes; the OpenAPI document's examples are built with it too. */
export const ruleBrokenProblem = ({ code, _tag, message }: RuleBroken): Problem =>
  notFoundCodes.includes(code)
    ? { ...problems.domainRuleBroken(code, _tag, message), status: 404, title: 'Not Found' }
    : problems.domainRuleBroken(code, _tag, message);

const problemFor = (failure: ApiCommandFailure): ProblemException =>
  new ProblemException(
    failure.kind === 'conflict'
      ? problems.revisionConflict(String(failure.expected), String(failure.actual))
      : ruleBrokenProblem(failure.error),
  );

const revisionOf = (accepted: CommandAccepted): bigint | undefined =>
  accepted.nextExpectedRevision === 'no_stream' ? undefined : accepted.nextExpectedRevision;

const acceptedBody = (
  participantId: string,
  commandId: string,
  accepted: CommandAccepted,
  warnings: readonly DecodeWarning[],
): Readonly<Record<string, unknown>> => ({
  participantId,
  commandId,
  revision: revisionOf(accepted)?.toString() ?? null,
  position: accepted.position?.toString() ?? null,
  events: accepted.events.map((event) => ({ id: event.id, type: event.type, revision: event.revision.toString() })),
  repeated: accepted.repeated,
  warnings,
});

/** Maps the command handler's result to the reply, or throws the problem that says why it failed. */
export const commandReply = (
  result: ApiCommandResult,
  reply: { readonly participantId: string; readonly commandId: string; readonly location: string | undefined; readonly warnings: readonly DecodeWarning[] },
): CommandReply => {
  if (E.isLeft(result)) throw problemFor(result.left);
  return {
    status: 201,
    revision: revisionOf(result.right),
    location: reply.location,
    body: acceptedBody(reply.participantId, reply.commandId, result.right, reply.warnings),
  };
};

export const commandResultLabel = (result: ApiCommandResult): 'accepted' | 'repeated' | 'rejected' | 'conflict' =>
  E.isLeft(result) ? result.left.kind : result.right.repeated ? 'repeated' : 'accepted';

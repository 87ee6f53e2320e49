import * as E from 'fp-ts/Either';
import type { CommandAccepted } from '@binaan/command-handling';
import type { DecodeWarning } from '@binaan/domain';
import { commandFailureProblem } from '../http/command-failure-problem';
import { ProblemException } from '../http/problem.exception';
import type { ApiCommandResult } from '../runtime/api-runtime.port';
import type { CommandReply } from './command-request';

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
  if (E.isLeft(result)) throw new ProblemException(commandFailureProblem(result.left));
  return {
    status: 201,
    revision: revisionOf(result.right),
    location: reply.location,
    body: acceptedBody(reply.participantId, reply.commandId, result.right, reply.warnings),
  };
};

export const commandResultLabel = (result: ApiCommandResult): 'accepted' | 'repeated' | 'rejected' | 'conflict' =>
  E.isLeft(result) ? result.left.kind : result.right.repeated ? 'repeated' : 'accepted';

import type { HttpResponse } from '../http/http-types';
import type { ApiRequest } from '../auth/api-request';
import type { Actor } from '../auth/role';
import { commandIdFrom, correlationIdFrom, etagFor, expectedRevisionFrom } from '../http/command-headers';
import { callerCommandId } from './caller-command-id';
import type { CommandReply, CommandRequest } from './command-request';

/** Gathers what a command needs from the HTTP request: headers, body, path, and the verified actor and scope. */
export const commandRequestFrom = (request: ApiRequest, actor: Actor): CommandRequest => {
  const { commandId, fromClient } = commandIdFrom(request.headers['idempotency-key']);
  if (request.scope === undefined) throw new Error('A command route without an access requirement has no caller scope');
  return {
    actor,
    scope: request.scope,
    commandId: fromClient ? callerCommandId(actor, commandId) : commandId,
    idempotent: fromClient,
    expectedRevision: expectedRevisionFrom(request.headers['if-match']),
    correlationId: correlationIdFrom(request.headers['x-correlation-id']),
    body: request.body as unknown,
    params: { ...request.params },
  };
};

/** Writes status and headers; the body goes back through Nest (passthrough responses). */
export const sendCommandReply = (response: HttpResponse, reply: CommandReply): Readonly<Record<string, unknown>> => {
  response.status(reply.status);
  if (reply.revision !== undefined) response.setHeader('ETag', etagFor(reply.revision));
  if (reply.location !== undefined) response.setHeader('Location', reply.location);
  return reply.body;
};

import * as E from 'fp-ts/Either';
import { decodeCommand, type ParticipantCommandType } from '@binaan/domain';
import type { Logger } from 'pino';
import type { IdempotencyRegistry } from '../http/idempotency-registry';
import { ProblemException } from '../http/problem.exception';
import { problems } from '../http/problems';
import type { ApiMetrics } from '../operations/metrics';
import type { ApiRuntime } from '../runtime/api-runtime.port';
import { commandReply, commandResultLabel } from './command-reply';
import type { CommandReply, CommandRequest } from './command-request';

export interface CommandExecutor {
  /** Decode, hand to the runtime's command handling, map the result: what every command handler does. */
  readonly execute: (
    type: ParticipantCommandType,
    input: Readonly<Record<string, unknown>>,
    request: CommandRequest,
  ) => Promise<CommandReply>;
}

export interface CommandExecutorDeps {
  readonly runtime: ApiRuntime;
  readonly metrics: ApiMetrics;
  readonly idempotency: IdempotencyRegistry;
  readonly logger: Logger;
}

export const createCommandExecutor = ({ runtime, metrics, idempotency, logger }: CommandExecutorDeps): CommandExecutor => ({
  execute: async (type, input, request) => {
    const decoded = decodeCommand(input);
    if (E.isLeft(decoded)) {
      metrics.countCommand(type, 'invalid');
      throw new ProblemException(problems.validationFailed(decoded.left.issues));
    }
    const { command, warnings } = decoded.right;
    const envelope = {
      commandId: request.commandId,
      ...(request.correlationId === undefined ? {} : { correlationId: request.correlationId }),
      actor: request.actor,
      ...(request.expectedRevision === undefined ? {} : { expectedRevision: request.expectedRevision }),
      command,
    };
    // One command id, one stream, across the store and across restarts: a key already used for another
    // participant is refused before the registry sees it, so the refusal does not claim the key.
    const streamName = `participant-${command.participantId}`;
    // (An enrolment also writes its reservation stream under the same command id: only participant streams count.)
    const participantStreams = (await runtime.readModels.streamsOfCommand(request.commandId)).filter((written) => written.startsWith('participant-'));
    if (participantStreams.some((written) => written !== streamName)) {
      metrics.countCommand(type, 'invalid');
      throw new ProblemException(problems.idempotencyKeyReused());
    }
    const { reply, replayed } = await idempotency.run(request.commandId, runtime.fingerprintCommand(envelope), async () => {
      // The caller's scope is judged on the participant's own stream, before the decider (participant-access.ts).
      const result = await runtime.executeCommand(envelope, request.scope);
      const label = commandResultLabel(result);
      metrics.countCommand(type, label);
      logger.info(
        {
          command: type,
          commandId: request.commandId,
          participantId: command.participantId,
          actor: request.actor,
          result: label,
          ...(E.isLeft(result) && result.left.kind === 'rejected' ? { code: result.left.error.code } : {}),
        },
        'command handled',
      );
      return commandReply(result, {
        participantId: command.participantId,
        commandId: request.commandId,
        location: type === 'EnrollInmate' ? `/participants/${command.participantId}` : undefined,
        warnings,
      });
    });
    return replayed ? { ...reply, body: { ...reply.body, repeated: true } } : reply;
  },
});

import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import * as E from 'fp-ts/Either';
import type { Logger } from 'pino';
import { commandFingerprint, type CommandAccepted } from '@binaan/command-handling';
import { decodeWith, RecordFacilityPopulation } from '@binaan/domain';
import { scopeIncludesFacility } from '../auth/caller-scope';
import { API_LOGGER, API_METRICS, IDEMPOTENCY_REGISTRY } from '../app/injection-tokens';
import { commandInput } from '../commands/command-input';
import type { CommandReply } from '../commands/command-request';
import type { IdempotencyRegistry } from '../http/idempotency-registry';
import { ProblemException } from '../http/problem.exception';
import { problems } from '../http/problems';
import type { ApiMetrics } from '../operations/metrics';
import { API_RUNTIME, type ApiRuntime } from '../runtime/api-runtime.port';
import { countOutsideCallerScopeProblem, facilityCommandProblem } from './facility-command-problem';
import { RecordFacilityPopulationCommand } from './record-facility-population.command';

const acceptedBody = (facilityId: string, commandId: string, accepted: CommandAccepted): Readonly<Record<string, unknown>> => ({
  facilityId,
  commandId,
  revision: accepted.nextExpectedRevision === 'no_stream' ? null : accepted.nextExpectedRevision.toString(),
  position: accepted.position?.toString() ?? null,
  events: accepted.events.map((event) => ({ id: event.id, type: event.type, revision: event.revision.toString() })),
  repeated: accepted.repeated,
  warnings: [],
});

/**
 * Records a head count in the facility's own stream: decode (400 naming field and rule), then the
 * runtime's load → decide → append under the Idempotency-Key, as every participant command does.
 * A refused count writes nothing; a unit outside the caller's scope is refused (403) before anything runs. The log line names the facility and the actor, never a person.
 */
@CommandHandler(RecordFacilityPopulationCommand)
export class RecordFacilityPopulationHandler implements ICommandHandler<RecordFacilityPopulationCommand> {
  constructor(
    @Inject(API_RUNTIME) private readonly runtime: ApiRuntime,
    @Inject(IDEMPOTENCY_REGISTRY) private readonly idempotency: IdempotencyRegistry,
    @Inject(API_METRICS) private readonly metrics: ApiMetrics,
    @Inject(API_LOGGER) private readonly logger: Logger,
  ) {}

  async execute({ request }: RecordFacilityPopulationCommand): Promise<CommandReply> {
    const { facilityId = '' } = request.params;
    const decoded = decodeWith(RecordFacilityPopulation)(commandInput('RecordFacilityPopulation', request, { facilityId }));
    if (E.isLeft(decoded)) {
      this.metrics.countCommand('RecordFacilityPopulation', 'invalid');
      throw new ProblemException(problems.validationFailed(decoded.left.issues));
    }
    // A unit's head count is that unit's own record: only its staff (or national reach) may keep it.
    if (!scopeIncludesFacility(request.scope, decoded.right.facilityId)) {
      this.metrics.countCommand('RecordFacilityPopulation', 'rejected');
      throw new ProblemException(countOutsideCallerScopeProblem());
    }
    const envelope = {
      commandId: request.commandId,
      ...(request.correlationId === undefined ? {} : { correlationId: request.correlationId }),
      actor: request.actor,
      command: decoded.right,
    };
    const { reply, replayed } = await this.idempotency.run(request.commandId, commandFingerprint(envelope), async (): Promise<CommandReply> => {
      const result = await this.runtime.executeFacilityCommand(envelope);
      const label = E.isLeft(result) ? result.left.kind : result.right.repeated ? 'repeated' : 'accepted';
      this.metrics.countCommand('RecordFacilityPopulation', label);
      this.logger.info({ command: 'RecordFacilityPopulation', commandId: request.commandId, facilityId, actor: request.actor, result: label }, 'command handled');
      if (E.isLeft(result)) throw new ProblemException(facilityCommandProblem(result.left));
      // No ETag: a count needs no If-Match (every count stands on its own); the body carries the revision.
      return {
        status: 201,
        revision: undefined,
        location: undefined,
        body: acceptedBody(decoded.right.facilityId, request.commandId, result.right),
      };
    });
    return replayed ? { ...reply, body: { ...reply.body, repeated: true } } : reply;
  }
}

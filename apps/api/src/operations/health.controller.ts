import { Controller, Get, Inject, ServiceUnavailableException } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import { Requires } from '../auth/access.decorator';
import { ProblemException } from '../http/problem.exception';
import { problems } from '../http/problems';
import { API_RUNTIME, type ApiRuntime } from '../runtime/api-runtime.port';
import { lastPositionOf } from '@binaan/event-store';

const unhealthyStates: readonly string[] = ['failed'];

/**
 * Readiness: the event store answers a read, no projection has stopped on an error, and no live loop
 * has ended (e.g. its database went away). The route is
 * public, so a failed projection's error text stays in the logs and out of this answer.
 */
@Controller('health')
export class HealthController {
  constructor(
    @Inject(HealthCheckService) private readonly health: HealthCheckService,
    @Inject(HealthIndicatorService) private readonly indicators: HealthIndicatorService,
    @Inject(API_RUNTIME) private readonly runtime: ApiRuntime,
  ) {}

  @Get()
  @Requires('public')
  @HealthCheck()
  async check() {
    try {
      return await this.health.check([() => this.eventStore(), () => this.projections()]);
    } catch (error) {
      if (error instanceof ServiceUnavailableException) {
        throw new ProblemException(problems.notReady(error.getResponse() as Readonly<Record<string, unknown>>));
      }
      throw error;
    }
  }

  private async eventStore(): Promise<HealthIndicatorResult> {
    const session = this.indicators.check('eventStore');
    try {
      const lastPosition = await lastPositionOf(this.runtime.store);
      return session.up({ lastPosition: lastPosition === null ? null : lastPosition.toString() });
    } catch (error) {
      return session.down({ message: error instanceof Error ? error.name : 'unreachable' });
    }
  }

  private async projections(): Promise<HealthIndicatorResult> {
    const session = this.indicators.check('projections');
    try {
      const statuses = (await this.runtime.projections.status()).map((status) => ({
        name: status.name,
        state: status.state,
        position: status.position?.toString() ?? null,
        lagEvents: status.lagEvents,
        lagSeconds: status.lagSeconds,
        stopped: status.stoppedBy !== null,
      }));
      const healthy = statuses.every((status) => !unhealthyStates.includes(status.state) && !status.stopped);
      return healthy ? session.up({ projections: statuses }) : session.down({ projections: statuses });
    } catch (error) {
      return session.down({ message: error instanceof Error ? error.name : 'unavailable' });
    }
  }
}

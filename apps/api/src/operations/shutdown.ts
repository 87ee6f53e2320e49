import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import type { IdempotencyRegistry } from '../http/idempotency-registry';
import { API_LOGGER, IDEMPOTENCY_REGISTRY } from '../app/injection-tokens';
import { API_RUNTIME, type ApiRuntime } from '../runtime/api-runtime.port';

/**
 * Graceful shutdown in NestJS's order: before the HTTP server closes, refuse new commands and let the
 * running ones finish; once it has closed, close the runtime, which stores the projections' checkpoints.
 */
@Injectable()
export class GracefulShutdown implements BeforeApplicationShutdown, OnApplicationShutdown {
  constructor(
    @Inject(IDEMPOTENCY_REGISTRY) private readonly commands: IdempotencyRegistry,
    @Inject(API_RUNTIME) private readonly runtime: ApiRuntime,
    @Inject(API_LOGGER) private readonly logger: Logger,
  ) {}

  async beforeApplicationShutdown(signal?: string): Promise<void> {
    this.logger.info({ signal, inFlightCommands: this.commands.inFlight() }, 'shutting down: draining commands');
    await this.commands.drain();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.runtime.close();
    this.logger.info('runtime closed');
  }
}

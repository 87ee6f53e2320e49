import type { LoggerService } from '@nestjs/common';
import type { Logger } from 'pino';

const text = (message: unknown): string => (typeof message === 'string' ? message : JSON.stringify(message));

/** Sends NestJS's own messages (bootstrap, route mapping) through the same pino logger. */
export const nestLoggerFrom = (logger: Logger): LoggerService => ({
  log: (message, context?: string) => logger.info({ context }, text(message)),
  error: (message, trace?: string, context?: string) => logger.error({ context, trace }, text(message)),
  warn: (message, context?: string) => logger.warn({ context }, text(message)),
  debug: (message, context?: string) => logger.debug({ context }, text(message)),
  verbose: (message, context?: string) => logger.trace({ context }, text(message)),
});

import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { ApiRequest } from './api-request';
import type { CallerScope } from './caller-scope';

/** The verified caller's scope (which facilities and programmes she works for); routes that take it are never public. */
export const CurrentScope = createParamDecorator((_data: unknown, context: ExecutionContext): CallerScope => {
  const { scope } = context.switchToHttp().getRequest<ApiRequest>();
  if (scope === undefined) throw new Error('CurrentScope used on a route without an access requirement');
  return scope;
});

import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { ApiRequest } from './api-request';
import type { Actor } from './role';

/** The actor the auth guard verified; routes that take it are never public. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const { actor } = context.switchToHttp().getRequest<ApiRequest>();
  if (actor === undefined) throw new Error('CurrentActor used on a route without an access requirement');
  return actor;
});

import { SetMetadata } from '@nestjs/common';
import type { Permission } from './access-policy';

export const ACCESS_METADATA = 'binaan:access';

/**
 * Which permission of the access policy a route needs; 'public' for the dashboard, health, metrics and
 * signing in; 'signedIn' for any account (its own session).
 */
export type Access = Permission | 'public' | 'signedIn';

export const Requires = (access: Access): MethodDecorator & ClassDecorator => SetMetadata(ACCESS_METADATA, access);

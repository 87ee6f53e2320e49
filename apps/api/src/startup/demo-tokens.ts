import { roles, type Role } from '../auth/role';
import type { TokenService } from '../auth/token-service';

export const DEMO_TOKEN_LIFETIME = '30d';

/** One token per role for trying Binaan out; the subject names the role, so events show who did what. */
export const signDemoTokens = async (tokens: TokenService): Promise<ReadonlyMap<Role, string>> =>
  new Map(await Promise.all(roles.map(async (role) => [role, await tokens.sign({ id: `demo-${role}`, role }, DEMO_TOKEN_LIFETIME)] as const)));

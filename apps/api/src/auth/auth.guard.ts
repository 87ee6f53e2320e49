import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import * as E from 'fp-ts/Either';
import { TOKEN_SERVICE } from '../app/injection-tokens';
import { ProblemException } from '../http/problem.exception';
import { problems } from '../http/problems';
import { ACCESS_METADATA, type Access } from './access.decorator';
import { mayAct } from './access-policy';
import type { ApiRequest } from './api-request';
import type { TokenFailure, TokenService } from './token-service';

const tokenProblem = (failure: TokenFailure) =>
  failure === 'missing_token' ? problems.missingToken() : failure === 'token_expired' ? problems.tokenExpired() : problems.invalidToken();

/**
 * Every route states its access with @Requires; a route that forgets is closed to everyone, so a
 * missing annotation can never open personal data.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(TOKEN_SERVICE) private readonly tokens: TokenService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const access = this.reflector.getAllAndOverride<Access | undefined>(ACCESS_METADATA, [context.getHandler(), context.getClass()]);
    if (access === 'public') return true;
    const request = context.switchToHttp().getRequest<ApiRequest>();
    const verified = await this.tokens.verify(request.headers.authorization);
    if (E.isLeft(verified)) throw new ProblemException(tokenProblem(verified.left));
    const { actor, scope } = verified.right;
    if (access === undefined || !mayAct(actor.role, access)) {
      throw new ProblemException(problems.forbidden(actor.role));
    }
    request.actor = actor;
    request.scope = scope;
    return true;
  }
}

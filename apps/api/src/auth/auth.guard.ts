import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Account, AccountService } from '@binaan/accounts';
import * as E from 'fp-ts/Either';
import { ACCOUNT_SERVICE, TOKEN_SERVICE } from '../app/injection-tokens';
import { ProblemException } from '../http/problem.exception';
import { problems } from '../http/problems';
import { ACCESS_METADATA, type Access } from './access.decorator';
import { mayAct } from './access-policy';
import type { ApiRequest } from './api-request';
import { csrfProblem } from './csrf';
import { sessionCookieOf } from './session-cookie';
import type { TokenFailure, TokenService } from './token-service';

const tokenProblem = (failure: TokenFailure) =>
  failure === 'missing_token' ? problems.missingToken() : failure === 'token_expired' ? problems.tokenExpired() : problems.invalidToken();

/**
 * Every route states its access with @Requires; a route that forgets is closed to everyone, so a
 * missing annotation can never open personal data. The caller is a bearer token or, without an
 * Authorization header, the session cookie; either way the account is looked up on every request, so
 * a disabled account or a reset password stops it at once, and role and scope are the account's own.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(TOKEN_SERVICE) private readonly tokens: TokenService,
    @Inject(ACCOUNT_SERVICE) private readonly accounts: AccountService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const access = this.reflector.getAllAndOverride<Access | undefined>(ACCESS_METADATA, [context.getHandler(), context.getClass()]);
    if (access === 'public') return true;
    const request = context.switchToHttp().getRequest<ApiRequest>();
    const account = request.headers.authorization === undefined ? await this.bySession(request) : await this.byToken(request);
    if (access === undefined || (access !== 'signedIn' && !mayAct(account.role, access))) {
      throw new ProblemException(problems.forbidden(account.role));
    }
    request.actor = { id: account.id, role: account.role };
    request.scope = account.scope;
    return true;
  }

  private async byToken(request: ApiRequest): Promise<Account> {
    const verified = await this.tokens.verify(request.headers.authorization);
    if (E.isLeft(verified)) throw new ProblemException(tokenProblem(verified.left));
    const account = await this.accounts.find(verified.right.accountId);
    if (account === undefined || account.disabled || account.credentialVersion !== verified.right.credentialVersion) {
      throw new ProblemException(problems.invalidToken());
    }
    return account;
  }

  private async bySession(request: ApiRequest): Promise<Account> {
    const token = sessionCookieOf(request);
    if (token === undefined) throw new ProblemException(problems.missingToken());
    const session = await this.accounts.resolveSession(token);
    if (session === undefined) throw new ProblemException(problems.sessionEnded());
    const refused = csrfProblem(request, session.csrfToken);
    if (refused !== undefined) throw new ProblemException(refused);
    request.session = { ...session, token };
    return session.account;
  }
}

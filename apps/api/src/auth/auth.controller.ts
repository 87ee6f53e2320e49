import { Controller, Delete, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import type { Account, AccountService } from '@binaan/accounts';
import { ACCOUNT_SERVICE, SIGN_IN_LIMITER, TOKEN_LIFETIME, TOKEN_SERVICE } from '../app/injection-tokens';
import type { HttpResponse } from '../http/http-types';
import { ProblemException } from '../http/problem.exception';
import { problems } from '../http/problems';
import { Requires } from './access.decorator';
import { accountView } from './account-view';
import type { ApiRequest } from './api-request';
import { clearSessionCookie, sessionCookieOf, setSessionCookie } from './session-cookie';
import { signInBodyFrom } from './sign-in-body';
import type { SignInLimiter } from './sign-in-limiter';
import type { TokenService } from './token-service';

/**
 * Signing in: a bearer token for scripts (`POST /auth/token`) or a web session in a cookie for the
 * browser (`/auth/session`). A wrong username and a wrong password get the very same 401.
 */
@Controller('auth')
export class AuthController {
  constructor(
    @Inject(ACCOUNT_SERVICE) private readonly accounts: AccountService,
    @Inject(TOKEN_SERVICE) private readonly tokens: TokenService,
    @Inject(SIGN_IN_LIMITER) private readonly limiter: SignInLimiter,
    @Inject(TOKEN_LIFETIME) private readonly tokenLifetime: string,
  ) {}

  @Post('token')
  @Requires('public')
  @HttpCode(200)
  async token(@Req() request: ApiRequest) {
    const account = await this.signIn(request);
    const issued = await this.tokens.sign({ accountId: account.id, credentialVersion: account.credentialVersion }, this.tokenLifetime);
    return { token: issued.token, expiresAt: issued.expiresAt.toISOString() };
  }

  @Post('session')
  @Requires('public')
  @HttpCode(200)
  async startSession(@Req() request: ApiRequest, @Res({ passthrough: true }) response: HttpResponse) {
    const account = await this.signIn(request);
    // A sign-in always starts a new session: one the browser still carries is ended, not reused.
    const previous = sessionCookieOf(request);
    if (previous !== undefined) await this.accounts.endSession(previous);
    const session = await this.accounts.startSession(account.id);
    setSessionCookie(request, response, session.token, Math.floor(this.accounts.sessionPolicy.absoluteMs / 1000));
    return { account: accountView(session.account), csrfToken: session.csrfToken };
  }

  @Get('session')
  @Requires('signedIn')
  currentSession(@Req() request: ApiRequest) {
    const { session } = request;
    if (session === undefined) throw new ProblemException(problems.sessionEnded());
    return { account: accountView(session.account), csrfToken: session.csrfToken };
  }

  @Delete('session')
  @Requires('signedIn')
  @HttpCode(204)
  async endSession(@Req() request: ApiRequest, @Res({ passthrough: true }) response: HttpResponse): Promise<void> {
    const { session } = request;
    if (session === undefined) throw new ProblemException(problems.sessionEnded());
    await this.accounts.endSession(session.token);
    clearSessionCookie(request, response);
  }

  private async signIn(request: ApiRequest): Promise<Account> {
    const body = signInBodyFrom(request.body);
    if (Array.isArray(body)) throw new ProblemException(problems.validationFailed(body));
    const { username, password } = body as Exclude<typeof body, readonly unknown[]>;
    const key = `${username.toLowerCase()}\u0000${request.socket.remoteAddress ?? ''}`;
    const wait = this.limiter.retryAfterSeconds(key);
    if (wait > 0) throw new ProblemException(problems.tooManySignIns(wait));
    const account = await this.accounts.authenticate(username, password);
    if (account === undefined) {
      this.limiter.recordFailure(key);
      throw new ProblemException(problems.invalidCredentials());
    }
    this.limiter.recordSuccess(key);
    return account;
  }
}

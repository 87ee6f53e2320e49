import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { AccountInputError, type AccountService, type StartedSession } from '@binaan/accounts';
import * as E from 'fp-ts/Either';
import type { Logger } from 'pino';
import { ACCOUNT_SERVICE, API_LOGGER, OIDC_FLOW_COOKIES, OIDC_SIGN_IN } from '../../app/injection-tokens';
import type { HttpRequest, HttpResponse } from '../../http/http-types';
import { ProblemException } from '../../http/problem.exception';
import { problems } from '../../http/problems';
import { Requires } from '../access.decorator';
import { sessionCookieOf, setSessionCookie } from '../session-cookie';
import { oidcReturnTargetFrom, oidcReturnTargets, type OidcFlowCookies } from './oidc-flow-cookie';
import { sendRefusalPage, wantsPage } from './oidc-refusal-page';
import type { OidcSignIn } from './oidc-sign-in';

const redirect = (response: HttpResponse, location: string): void => {
  response.statusCode = 302;
  response.setHeader('Location', location);
  response.setHeader('Cache-Control', 'no-store');
  response.end();
};

/**
 * Signing in through the organisation's identity provider (OpenID Connect), when configured: the
 * screens ask `GET /auth/providers` whether to offer it. Without OIDC_ISSUER both OIDC routes are 404.
 */
@Controller('auth')
export class OidcController {
  constructor(
    @Inject(OIDC_SIGN_IN) private readonly oidc: OidcSignIn | null,
    @Inject(OIDC_FLOW_COOKIES) private readonly flows: OidcFlowCookies,
    @Inject(ACCOUNT_SERVICE) private readonly accounts: AccountService,
    @Inject(API_LOGGER) private readonly logger: Logger,
  ) {}

  @Get('providers')
  @Requires('public')
  providers() {
    return { password: true, oidc: this.oidc !== null };
  }

  @Get('oidc/login')
  @Requires('public')
  async login(@Req() request: HttpRequest, @Res() response: HttpResponse): Promise<void> {
    const started = await this.configured().start();
    if (E.isLeft(started)) throw new ProblemException(started.left);
    await this.flows.set(request, response, { flow: started.right.flow, returnTo: oidcReturnTargetFrom(request.query['return']) });
    redirect(response, started.right.authorizationUrl);
  }

  @Get('oidc/callback')
  @Requires('public')
  async callback(@Req() request: HttpRequest, @Res() response: HttpResponse): Promise<void> {
    const oidc = this.configured();
    const pending = await this.flows.read(request);
    // The flow is used once, whatever happens next.
    this.flows.clear(request, response);
    const account = await oidc.finish(request, pending?.flow);
    const returnTo = oidcReturnTargets[pending?.returnTo ?? 'app'];
    if (E.isLeft(account)) {
      // For the operator fixing the provider's claims: the code, the reason and the claim's name, never its value or the person.
      const { code, reason, errors } = account.left;
      this.logger.warn({ requestId: request.requestId, code, reason, claim: errors?.[0]?.path }, 'OpenID Connect sign-in refused');
      if (!wantsPage(request)) throw new ProblemException(account.left);
      return sendRefusalPage(request, response, account.left, returnTo);
    }
    const previous = sessionCookieOf(request);
    if (previous !== undefined) await this.accounts.endSession(previous);
    const session = await this.startSession(account.right.id);
    if (session === undefined) {
      const disabled = problems.accountDisabled();
      if (!wantsPage(request)) throw new ProblemException(disabled);
      return sendRefusalPage(request, response, disabled, returnTo);
    }
    const clearFlow = response.getHeader('Set-Cookie');
    setSessionCookie(request, response, session.token, Math.floor(this.accounts.sessionPolicy.absoluteMs / 1000));
    const sessionCookie = response.getHeader('Set-Cookie');
    response.setHeader('Set-Cookie', [...[clearFlow].flat(), ...[sessionCookie].flat()].filter((line) => line !== undefined).map(String));
    redirect(response, returnTo);
  }

  /** Undefined when the account was disabled between the claims' check and now. */
  private async startSession(accountId: string): Promise<StartedSession | undefined> {
    try {
      return await this.accounts.startSession(accountId);
    } catch (error) {
      if (error instanceof AccountInputError) return undefined;
      throw error;
    }
  }

  private configured(): OidcSignIn {
    if (this.oidc === null) throw new ProblemException(problems.routeNotFound());
    return this.oidc;
  }
}

import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import type { HttpRequest, HttpResponse } from '../http/http-types';
import { DASHBOARD_ASSETS } from '../app/injection-tokens';
import { Requires } from '../auth/access.decorator';
import { ProblemException } from '../http/problem.exception';
import { problems } from '../http/problems';
import type { Asset } from './dashboard-assets';

/**
 * The page asks for its token in the browser and calls the API with it, so the files themselves are
 * public and hold no data. The policy keeps scripts to this origin and the token out of referrers.
 */
const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-cache',
};

@Controller()
export class DashboardController {
  constructor(@Inject(DASHBOARD_ASSETS) private readonly assets: ReadonlyMap<string, Asset>) {}

  @Get(['/', 'dashboard/:file', 'vendor/:file'])
  @Requires('public')
  serve(@Req() request: HttpRequest, @Res() response: HttpResponse): void {
    const asset = this.assets.get(request.path);
    if (asset === undefined) throw new ProblemException(problems.routeNotFound());
    response.set(securityHeaders).type(asset.contentType).send(asset.body);
  }
}

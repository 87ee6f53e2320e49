import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import type { HttpRequest, HttpResponse } from '../http/http-types';
import { DASHBOARD_ASSETS } from '../app/injection-tokens';
import { Requires } from '../auth/access.decorator';
import { ProblemException } from '../http/problem.exception';
import { problems } from '../http/problems';
import { securityHeaders } from '../http/security-headers';
import type { Asset } from './dashboard-assets';

/**
 * The page asks for its token in the browser and calls the API with it, so the files themselves are
 * public and hold no data: they carry the API's security headers and may be cached once revalidated.
 */
const assetHeaders: Readonly<Record<string, string>> = { ...securityHeaders, 'Cache-Control': 'no-cache' };

@Controller()
export class DashboardController {
  constructor(@Inject(DASHBOARD_ASSETS) private readonly assets: ReadonlyMap<string, Asset>) {}

  @Get(['/', 'dashboard/:file', 'vendor/:file'])
  @Requires('public')
  serve(@Req() request: HttpRequest, @Res() response: HttpResponse): void {
    const asset = this.assets.get(request.path);
    if (asset === undefined) throw new ProblemException(problems.routeNotFound());
    response.set(assetHeaders).type(asset.contentType).send(asset.body);
  }
}

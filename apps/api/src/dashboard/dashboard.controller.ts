import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import type { HttpRequest, HttpResponse } from '../http/http-types';
import { DASHBOARD_ASSETS } from '../app/injection-tokens';
import { Requires } from '../auth/access.decorator';
import { serveAsset, type Asset } from '../http/static-assets';

/** The dashboard's page asks for its token in the browser and calls the API with it; its files are public. */
@Controller()
export class DashboardController {
  constructor(@Inject(DASHBOARD_ASSETS) private readonly assets: ReadonlyMap<string, Asset>) {}

  @Get(['/', 'dashboard/:file', 'vendor/:file'])
  @Requires('public')
  serve(@Req() request: HttpRequest, @Res() response: HttpResponse): void {
    serveAsset(this.assets, request, response);
  }
}

import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import type { HttpRequest, HttpResponse } from '../http/http-types';
import { STAFF_APP_ASSETS } from '../app/injection-tokens';
import { Requires } from '../auth/access.decorator';
import { serveAsset, type Asset } from '../http/static-assets';

/**
 * The staff app (registrars, assessors, case workers, auditors): a page of plain JavaScript modules
 * that signs in and calls the JSON API. Its files are public and hold no data.
 */
@Controller('app')
export class StaffAppController {
  constructor(@Inject(STAFF_APP_ASSETS) private readonly assets: ReadonlyMap<string, Asset>) {}

  @Get(['', ':file', ':folder/:file'])
  @Requires('public')
  serve(@Req() request: HttpRequest, @Res() response: HttpResponse): void {
    // Without the slash, the page's relative addresses and the service worker's scope would miss /app/.
    if (request.path === '/app') {
      response.status(301).set({ Location: '/app/' }).send('');
      return;
    }
    serveAsset(this.assets, request, response);
  }
}

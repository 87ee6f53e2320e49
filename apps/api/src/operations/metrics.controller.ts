import { Controller, Get, Header, Inject } from '@nestjs/common';
import { API_METRICS } from '../app/injection-tokens';
import { Requires } from '../auth/access.decorator';
import type { ApiMetrics } from './metrics';

/** Prometheus text format; holds counts and labels only, never personal data. */
@Controller('metrics')
export class MetricsController {
  constructor(@Inject(API_METRICS) private readonly metrics: ApiMetrics) {}

  @Get()
  @Requires('public')
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  scrape(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}

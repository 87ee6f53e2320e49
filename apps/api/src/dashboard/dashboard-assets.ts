import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface Asset {
  readonly contentType: string;
  readonly body: Buffer;
}

const publicDir = join(__dirname, 'public');

/** chart.js's UMD build, resolved through its package entry so no path inside node_modules is guessed. */
const chartJsFile = (): string => join(dirname(require.resolve('chart.js')), 'chart.umd.min.js');

/**
 * The dashboard's files, read once at start: the page, its script and styles, and the chart library
 * from npm. Served by the app itself, so the page needs no network beyond this server.
 */
export const loadDashboardAssets = (): ReadonlyMap<string, Asset> =>
  new Map<string, Asset>([
    ['/', { contentType: 'text/html; charset=utf-8', body: readFileSync(join(publicDir, 'index.html')) }],
    ['/dashboard/dashboard.js', { contentType: 'text/javascript; charset=utf-8', body: readFileSync(join(publicDir, 'dashboard.js')) }],
    ['/dashboard/i18n.js', { contentType: 'text/javascript; charset=utf-8', body: readFileSync(join(publicDir, 'i18n.js')) }],
    ['/dashboard/session.js', { contentType: 'text/javascript; charset=utf-8', body: readFileSync(join(publicDir, 'session.js')) }],
    ['/dashboard/charts.js', { contentType: 'text/javascript; charset=utf-8', body: readFileSync(join(publicDir, 'charts.js')) }],
    ['/dashboard/dashboard.css', { contentType: 'text/css; charset=utf-8', body: readFileSync(join(publicDir, 'dashboard.css')) }],
    ['/vendor/chart.umd.min.js', { contentType: 'text/javascript; charset=utf-8', body: readFileSync(chartJsFile()) }],
  ]);

import { dirname, join } from 'node:path';
import { fileAsset, type Asset } from '../http/static-assets';

const publicDir = join(__dirname, 'public');

/** chart.js's UMD build, resolved through its package entry so no path inside node_modules is guessed. */
const chartJsFile = (): string => join(dirname(require.resolve('chart.js')), 'chart.umd.min.js');

/**
 * The dashboard's files, read once at start: the page, its script and styles, and the chart library
 * from npm. Served by the app itself, so the page needs no network beyond this server.
 */
export const loadDashboardAssets = (): ReadonlyMap<string, Asset> =>
  new Map<string, Asset>([
    ['/', fileAsset(join(publicDir, 'index.html'))],
    ...['dashboard.js', 'i18n.js', 'session.js', 'charts.js', 'dashboard.css'].map(
      (file): [string, Asset] => [`/dashboard/${file}`, fileAsset(join(publicDir, file))],
    ),
    ['/vendor/chart.umd.min.js', fileAsset(chartJsFile())],
  ]);

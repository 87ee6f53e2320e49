import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileAsset, type Asset } from '../http/static-assets';

const publicDir = join(__dirname, 'public');

const filesUnder = (dir: string): readonly string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );

/**
 * The service worker may control the whole app (its scope is the folder it is served from, /app/),
 * and must be revalidated on every check so a new version of the app reaches the phones.
 */
const serviceWorkerHeaders = { 'Service-Worker-Allowed': '/app/', 'Cache-Control': 'no-cache' };

/**
 * The staff app's files, read once at start: every file of public/ at /app/<its path>, the page itself
 * at /app/. Plain JavaScript modules, no build step, nothing from another origin.
 */
export const loadStaffAppAssets = (): ReadonlyMap<string, Asset> => {
  const files = filesUnder(publicDir).map((file): [string, Asset] => {
    const path = `/app/${relative(publicDir, file).split(sep).join('/')}`;
    return [path, fileAsset(file, path === '/app/sw.js' ? serviceWorkerHeaders : undefined)];
  });
  return new Map<string, Asset>([['/app/', fileAsset(join(publicDir, 'index.html'))], ...files]);
};

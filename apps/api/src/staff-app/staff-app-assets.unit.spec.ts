import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadStaffAppAssets } from './staff-app-assets';

describe('the staff app’s files', () => {
  const assets = loadStaffAppAssets();

  it('maps every file of public/ under /app/, the page itself at /app/', () => {
    expect(assets.get('/app/')?.contentType).toBe('text/html; charset=utf-8');
    expect(assets.get('/app/screens/worklist.js')?.contentType).toBe('text/javascript; charset=utf-8');
    expect(assets.get('/app/app.css')?.contentType).toBe('text/css; charset=utf-8');
  });

  it('has the service worker cache every file the app needs, so nothing is missing offline', () => {
    const worker = readFileSync(join(__dirname, 'public', 'sw.js'), 'utf8');
    const cached = [...worker.matchAll(/^\s+'(\/app\/[^']*)',$/gm)].map((match) => match[1]);
    const served = [...assets.keys()].filter((path) => path !== '/app/sw.js' && path !== '/app/index.html');
    expect([...cached].sort()).toEqual([...served].sort());
  });

  it('stays light for a cheap phone on a slow link: the whole shell a few tens of KB as it travels (gzipped)', () => {
    const total = [...assets.entries()].filter(([path]) => path !== '/app/index.html').reduce((sum, [, asset]) => sum + asset.gzipped.length, 0);
    expect(total).toBeLessThan(50_000);
  });
});

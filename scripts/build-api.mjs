// The API's production build (`nx run api:build`, run by `npm start`): apps/api/src/main.ts and the
// projection worker bundled with esbuild into apps/api/dist as plain CommonJS for Node, the workspace's
// own packages (tsconfig paths) compiled in, everything from node_modules left to `require`.
// Modules that find files beside their source (the dashboard's and staff app's assets) keep finding
// them there: each bundled module's `__dirname` is its own source folder, not the bundle's.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'apps', 'api', 'dist');

const sourceDirnames = {
  name: 'source-dirnames',
  setup(esbuild) {
    esbuild.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
      const text = await readFile(path, 'utf8');
      if (!path.startsWith(root) || path.includes('node_modules') || !/\b__dirname\b/.test(text)) return undefined;
      return { contents: text.replace(/\b__dirname\b/g, JSON.stringify(dirname(path))), loader: 'ts' };
    });
  },
};

await build({
  absWorkingDir: root,
  entryPoints: { main: 'apps/api/src/main.ts', 'projection-worker': 'apps/api/src/projection-worker.ts' },
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  tsconfig: join(root, 'apps', 'api', 'tsconfig.json'),
  sourcemap: true,
  keepNames: true,
  logLevel: 'warning',
  plugins: [sourceDirnames],
});

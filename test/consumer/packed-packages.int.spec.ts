import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/*
 * An embedder's view: builds the domain, the event-store port with its memory adapter (and canonical
 * JSON, which the port stores in) and the testing kit, packs them with npm, installs the tarballs into
 * a fresh project outside the workspace, compiles a program against their .d.ts files and runs it with
 * node. It catches what path aliases hide (missing files in a tarball, broken main/types, deep
 * imports), and checks that such an embedder installs no native store driver.
 */

const workspaceRoot = resolve(__dirname, '../..');
/** In build order: each is built against the .d.ts files of those before it. */
const packages = ['domain', 'canonical-json', 'event-store', 'testing'] as const;
const nativeStoreDrivers = ['better-sqlite3', 'pg', '@eventstore/db-client', '@grpc/grpc-js'];
const minutes = 60_000;

interface PackResult {
  readonly filename: string;
  readonly files: readonly { readonly path: string }[];
}

/** Runs a command; on failure the error carries its output, since tsc reports on stdout. */
const run = (command: string, args: readonly string[], cwd: string): string => {
  try {
    return execFileSync(command, args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const { stdout, stderr } = error as { readonly stdout?: string; readonly stderr?: string };
    throw new Error(`${[command, ...args].join(' ')} failed in ${cwd}\n${stdout ?? ''}\n${stderr ?? ''}`);
  }
};

/** The versions the workspace already has, so npm can take them from its cache. */
const versionInWorkspace = (name: string): string => {
  const manifest = readFileSync(join(workspaceRoot, 'node_modules', name, 'package.json'), 'utf8');
  return (JSON.parse(manifest) as { readonly version: string }).version;
};

describe('the packed domain, event-store and testing tarballs, as an embedder installs them', () => {
  const workDir = mkdtempSync(join(tmpdir(), 'binaan-consumer-'));
  const consumerDir = join(workDir, 'consumer');
  const packed = new Map<string, PackResult>();
  let output = '';

  beforeAll(() => {
    for (const name of packages) {
      const packageDir = join(workspaceRoot, 'packages', name);
      rmSync(join(packageDir, 'dist'), { recursive: true, force: true });
      run(process.execPath, [join(workspaceRoot, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.lib.json'], packageDir);
      const [result] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', workDir], packageDir)) as PackResult[];
      packed.set(name, result as PackResult);
    }

    mkdirSync(join(consumerDir, 'src'), { recursive: true });
    const manifest = { name: 'binaan-consumer', version: '0.0.0', private: true };
    writeFileSync(join(consumerDir, 'package.json'), JSON.stringify(manifest));
    writeFileSync(
      join(consumerDir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          // node16 as `tsc --init` suggests; fast-check's own types need it (node10 resolution fails on them).
          module: 'node16',
          moduleResolution: 'node16',
          strict: true,
          // Our .d.ts files are what is under test here.
          skipLibCheck: false,
          outDir: 'dist',
          rootDir: 'src',
          types: ['node'],
        },
        include: ['src'],
      }),
    );
    copyFileSync(join(__dirname, 'program/enrol-and-complete.ts'), join(consumerDir, 'src/consumer.ts'));
    run(
      'npm',
      [
        'install',
        '--prefer-offline',
        '--no-audit',
        '--no-fund',
        ...packages.map((name) => join(workDir, (packed.get(name) as PackResult).filename)),
        `typescript@${versionInWorkspace('typescript')}`,
        `@types/node@${versionInWorkspace('@types/node')}`,
      ],
      consumerDir,
    );
    run(process.execPath, [join(consumerDir, 'node_modules/typescript/bin/tsc'), '-p', '.'], consumerDir);
    output = run(process.execPath, ['dist/consumer.js'], consumerDir);
  }, 3 * minutes);

  afterAll(() => {
    rmSync(workDir, { recursive: true, force: true });
  });

  it.each(packages)('%s ships compiled JavaScript with type declarations and its README, and no specs', (name) => {
    const files = (packed.get(name) as PackResult).files.map((file) => file.path);
    expect(files).toEqual(expect.arrayContaining(['package.json', 'README.md', 'dist/index.js', 'dist/index.d.ts']));
    const declared = new Set(files.filter((file) => file.endsWith('.d.ts')).map((file) => file.replace(/\.d\.ts$/, '')));
    expect(files.filter((file) => file.endsWith('.js') && !declared.has(file.replace(/\.js$/, '')))).toEqual([]);
    expect(files.filter((file) => file.includes('.spec.') || file.startsWith('src/'))).toEqual([]);
  });

  it('compile strictly in a fresh project and run: enrol and complete a module through the memory store', () => {
    expect(JSON.parse(output)).toEqual({
      events: ['InmateEnrolled', 'ModuleCompleted'],
      competent: ['sulam-dasar'],
      staleAppend: 'WrongExpectedVersion',
      rejected: 'result: is required; assessedOn: is required',
      sealedWith: 'FAKE-TEST-KEY-NOT-ENCRYPTED',
    });
  });

  it('bring no native store driver: neither SQLite, PostgreSQL nor gRPC is installed', () => {
    const installed = nativeStoreDrivers.filter((name) => existsSync(join(consumerDir, 'node_modules', name)));
    expect(installed).toEqual([]);
  });
});

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import * as ts from 'typescript';

/*
 * The first ```ts block of every package README is a runnable example. This suite type-checks each one
 * against the workspace's path aliases (tsconfig.base.json), then runs it under tsx in a child process
 * with a temporary folder of its own, which it must leave empty. A failure names the README, the line in
 * it and the error.
 *
 * Examples may use top-level await: the block's leading imports stay as they are and the rest is wrapped
 * in an async function on the same lines, so line numbers in errors are the block's own. Relative imports
 * are relative to the README.
 */

const repoRoot = join(__dirname, '..', '..');
const baseConfigPath = join(repoRoot, 'tsconfig.base.json');
const RUN_TIMEOUT_MS = 120_000;

interface Example {
  /** e.g. packages/event-store/README.md */
  readonly readme: string;
  /** The README line of the block's first line of code. */
  readonly firstLine: number;
  readonly file: string;
}

const packageReadmes = (): readonly string[] =>
  readdirSync(join(repoRoot, 'packages'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(repoRoot, 'packages', entry.name, 'package.json')))
    .map((entry) => join('packages', entry.name, 'README.md'))
    .sort();

/** The code of the first ```ts block and the README line it starts on; undefined when there is none. */
const firstTsBlock = (markdown: string): { readonly code: string; readonly firstLine: number } | undefined => {
  const lines = markdown.split('\n');
  const open = lines.findIndex((line) => line.trim() === '```ts');
  if (open === -1) return undefined;
  const close = lines.findIndex((line, index) => index > open && line.trim() === '```');
  if (close === -1) return undefined;
  return { code: lines.slice(open + 1, close).join('\n'), firstLine: open + 2 };
};

/**
 * The example as a CommonJS module tsx can run: imports first (relative ones re-aimed from the README's
 * folder at the generated file's), everything after them inside an async function that starts on the
 * line of the last import, and `export {}` so that a block without imports is still a module.
 */
const runnableSource = (code: string, readmeDir: string, generatedDir: string): string => {
  const source = ts.createSourceFile('example.ts', code, ts.ScriptTarget.ES2022, true);
  let headerEnd = 0;
  let bodyStarted = false;
  const rewrites: { readonly start: number; readonly end: number; readonly text: string }[] = [];
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement)) {
      bodyStarted = true;
      continue;
    }
    if (bodyStarted) throw new Error('an import follows other code: put every import at the top of the example');
    headerEnd = statement.getEnd();
    const specifier = statement.moduleSpecifier;
    if (ts.isStringLiteral(specifier) && specifier.text.startsWith('.')) {
      const target = relative(generatedDir, resolve(readmeDir, specifier.text));
      rewrites.push({ start: specifier.getStart(), end: specifier.getEnd(), text: `'${target.startsWith('.') ? target : `./${target}`}'` });
    }
  }
  let header = code.slice(0, headerEnd);
  for (const { start, end, text } of [...rewrites].reverse()) header = header.slice(0, start) + text + header.slice(end);
  return (
    `${header} void (async (): Promise<void> => {${code.slice(headerEnd)}\n` +
    '})().catch((error: unknown) => {\n  console.error(error);\n  process.exitCode = 1;\n});\nexport {};\n'
  );
};

/**
 * Each README's example written out as a runnable file in `examplesDir`, or why there is none. The folder is
 * inside the workspace, so that the examples resolve packages from its node_modules.
 */
const prepareExamples = (readmes: readonly string[], examplesDir: string): ReadonlyMap<string, Example | string> =>
  new Map(
    readmes.map((readme): [string, Example | string] => {
      const path = join(repoRoot, readme);
      if (!existsSync(path)) return [readme, 'the README is missing: every package has one'];
      const block = firstTsBlock(readFileSync(path, 'utf8'));
      if (block === undefined) return [readme, 'there is no ```ts block: every package README has a runnable example'];
      const file = join(examplesDir, `${readme.split('/')[1]}.ts`);
      try {
        writeFileSync(file, runnableSource(block.code, dirname(path), examplesDir));
      } catch (error) {
        return [readme, (error as Error).message];
      }
      return [readme, { readme, firstLine: block.firstLine, file }];
    }),
  );

/** Type errors per example file, each as `README:line: message`. */
const typeErrors = (examples: readonly Example[]): ReadonlyMap<string, readonly string[]> => {
  const config = ts.readConfigFile(baseConfigPath, (path) => ts.sys.readFile(path));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, repoRoot);
  const program = ts.createProgram(
    examples.map((example) => example.file),
    { ...parsed.options, noEmit: true, declaration: false, sourceMap: false },
  );
  const byFile = new Map<string, string[]>(examples.map((example) => [example.file, []]));
  for (const example of examples) {
    const sourceFile = program.getSourceFile(example.file);
    const diagnostics = [...program.getSyntacticDiagnostics(sourceFile), ...program.getSemanticDiagnostics(sourceFile)];
    for (const diagnostic of diagnostics) {
      const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
      const line = diagnostic.file === undefined || diagnostic.start === undefined ? undefined : diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line;
      byFile.get(example.file)?.push(`${example.readme}:${line === undefined ? '?' : example.firstLine + line}: TS${diagnostic.code} ${message}`);
    }
  }
  return byFile;
};

const run = (file: string, tmpDir: string): Promise<{ readonly code: number | null; readonly signal: NodeJS.Signals | null; readonly output: string }> =>
  new Promise((done) => {
    const env: NodeJS.ProcessEnv = { ...process.env, TMPDIR: tmpDir, TSX_TSCONFIG_PATH: baseConfigPath };
    delete env['BINAAN_MASTER_KEY'];
    const child = spawn(process.execPath, ['--import', 'tsx', file], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), RUN_TIMEOUT_MS);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      done({ code, signal, output });
    });
  });

/**
 * The child's output, quoted line by line (so jest does not take its stack frames for the test's own), with
 * places in the generated file given as the README lines they come from.
 */
const inReadmeTerms = (output: string, example: Example): string =>
  output
    .replaceAll(new RegExp(`${example.file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:(\\d+)`, 'g'), (_match, line: string) => `${example.readme}:${example.firstLine + Number(line) - 1}`)
    .trimEnd()
    .split('\n')
    .map((line) => `  | ${line}`)
    .join('\n');

describe('the first ```ts block of every package README runs', () => {
  const readmes = packageReadmes();
  let examplesDir = '';
  let prepared: ReadonlyMap<string, Example | string> = new Map();
  let errors: ReadonlyMap<string, readonly string[]> = new Map();

  beforeAll(() => {
    mkdirSync(join(repoRoot, 'tmp'), { recursive: true });
    examplesDir = mkdtempSync(join(repoRoot, 'tmp', 'readme-examples-'));
    prepared = prepareExamples(readmes, examplesDir);
    errors = typeErrors([...prepared.values()].filter((example): example is Example => typeof example !== 'string'));
  }, 300_000);

  afterAll(() => {
    if (examplesDir !== '') rmSync(examplesDir, { recursive: true, force: true });
  });

  it('finds every package', () => {
    expect(readmes.length).toBeGreaterThanOrEqual(10);
  });

  it.each(readmes)('%s: the example compiles, runs without throwing and leaves no temporary files', async (readme) => {
    const example = prepared.get(readme);
    if (example === undefined || typeof example === 'string') throw new Error(`${readme}: ${example ?? 'not prepared'}`);
    const found = errors.get(example.file) ?? [];
    if (found.length > 0) throw new Error(`${readme}: the example does not compile:\n${found.join('\n')}`);

    const tmpDir = mkdtempSync(join(examplesDir, 'tmpdir-'));
    try {
      const result = await run(example.file, tmpDir);
      if (result.code !== 0) {
        const how = result.signal === null ? `exited with ${result.code}` : `was killed (${result.signal}) after ${RUN_TIMEOUT_MS} ms`;
        throw new Error(`${readme}: the example ${how}:\n${inReadmeTerms(result.output, example)}`);
      }
      // tsx keeps its compile cache in the temporary folder; anything else there the example left behind.
      const leftOver = readdirSync(tmpDir).filter((name) => !name.startsWith('tsx-'));
      if (leftOver.length > 0) throw new Error(`${readme}: the example left temporary files behind: ${leftOver.join(', ')}`);
    } finally {
      rmSync(tmpDir, { recursive: true, force: true });
    }
  }, RUN_TIMEOUT_MS + 10_000);
});

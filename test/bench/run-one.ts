import type { BenchModule } from './bench-result';

const [modulePath, mode] = process.argv.slice(2);

const main = async (): Promise<void> => {
  const benchModule = (await import(modulePath!)) as BenchModule;
  const results = await benchModule.run({ quick: mode === '--quick' });
  for (const result of results) process.stdout.write(`${JSON.stringify(result)}\n`);
};

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

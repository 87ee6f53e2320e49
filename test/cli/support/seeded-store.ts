import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBinaan } from './run-binaan';

/** The demo's business date of today in every CLI test, so figures do not move with the calendar. */
export const DEMO_TODAY = '2025-06-15';
export const DEMO_PARTICIPANTS = 40;

export const temporaryFolder = (label: string): string => mkdtempSync(join(tmpdir(), `binaan-cli-${label}-`));

/** Seeds a fresh demo store through `binaan demo` (command handling, then projections caught up). */
export const seedDemoStore = async (dataDir: string, extraArgs: readonly string[] = []): Promise<void> => {
  const run = await runBinaan(['demo', '--store', `sqlite:${dataDir}`, '--participants', String(DEMO_PARTICIPANTS), '--today', DEMO_TODAY, ...extraArgs]);
  if (run.code !== 0) throw new Error(`binaan demo failed (${run.code}): ${run.stderr}`);
};

/** A copy of a closed store folder (events, keys, read models, master key), to tamper with freely. */
export const copyStore = (source: string, label: string): string => {
  const target = temporaryFolder(label);
  for (const file of readdirSync(source)) copyFileSync(join(source, file), join(target, file));
  return target;
};

export const removeFolder = (folder: string): void => {
  if (existsSync(folder)) rmSync(folder, { recursive: true, force: true });
};

import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { MASTER_KEY_FILE_NAME, MASTER_KEY_VARIABLE } from '@binaan/personal-data';
import { EVENTS_FILE, KEYS_FILE } from '@binaan/runtime';

export interface ScratchCopy {
  readonly dataDir: string;
  /** The environment to open it with: the original's master key, handed over in memory, never copied to disk. */
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly remove: () => void;
}

/**
 * A private copy of an embedded store (its events and its data keys, through SQLite's online backup, so
 * a store in use copies consistently) for a dry run to write into: the run then meets every rule
 * exactly as `--apply` would, and the store itself is never touched.
 */
export const scratchCopyOf = async (dataDir: string, env: Readonly<Record<string, string | undefined>>): Promise<ScratchCopy> => {
  const scratch = mkdtempSync(join(tmpdir(), 'binaan-import-dry-run-'));
  try {
    for (const file of [EVENTS_FILE, KEYS_FILE]) {
      if (!existsSync(join(dataDir, file))) continue;
      const source = new Database(join(dataDir, file), { readonly: true, fileMustExist: true });
      try {
        await source.backup(join(scratch, file));
      } finally {
        source.close();
      }
    }
    const keyFile = join(dataDir, MASTER_KEY_FILE_NAME);
    const masterKey = env[MASTER_KEY_VARIABLE] ?? (existsSync(keyFile) ? readFileSync(keyFile, 'utf8').trim() : undefined);
    return {
      dataDir: scratch,
      env: { ...env, [MASTER_KEY_VARIABLE]: masterKey },
      remove: () => rmSync(scratch, { recursive: true, force: true }),
    };
  } catch (error) {
    rmSync(scratch, { recursive: true, force: true });
    throw error;
  }
};

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Which files of a folder (every one: SQLite files, write-ahead logs, the key) hold `text` as UTF-8 bytes. */
export const filesHolding = (folder: string, text: string): readonly string[] => {
  const needle = Buffer.from(text, 'utf8');
  return readdirSync(folder)
    .filter((name) => statSync(join(folder, name)).isFile())
    .filter((name) => readFileSync(join(folder, name)).includes(needle))
    .sort();
};

import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The size of every file in a data folder, in MB, as `size_mb_<file>` fields of a bench line, and their total. */
export const dataFolderSizes = (dataDir: string): Record<string, number> => {
  const sizes: Record<string, number> = {};
  let total = 0;
  for (const file of readdirSync(dataDir).sort()) {
    const bytes = statSync(join(dataDir, file)).size;
    total += bytes;
    sizes[`size_mb_${file}`] = Number((bytes / 1024 / 1024).toFixed(1));
  }
  return { ...sizes, size_mb_total: Number((total / 1024 / 1024).toFixed(1)) };
};

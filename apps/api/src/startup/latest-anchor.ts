import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AnchorFileError, parseAnchorFile } from '@binaan/integrity';

export interface LatestAnchor {
  readonly file: string;
  readonly createdAt: string;
  readonly lastPosition: bigint;
}

/**
 * The newest anchor in the folder where the operator keeps them (BINAAN_ANCHOR_DIR), judged by the
 * time each says it was taken; files that are not anchors are passed over. Undefined when there is none.
 */
export const latestAnchorIn = (folder: string): LatestAnchor | undefined => {
  let latest: LatestAnchor | undefined;
  let names: string[];
  try {
    names = readdirSync(folder).filter((name) => name.endsWith('.json'));
  } catch {
    return undefined;
  }
  for (const name of names) {
    const file = join(folder, name);
    try {
      const anchor = parseAnchorFile(readFileSync(file, 'utf8'), file);
      if (latest === undefined || anchor.createdAt > latest.createdAt) {
        latest = { file, createdAt: anchor.createdAt, lastPosition: anchor.lastPosition };
      }
    } catch (error) {
      if (!(error instanceof AnchorFileError)) throw error;
    }
  }
  return latest;
};

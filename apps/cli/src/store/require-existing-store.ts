import * as fs from 'node:fs';
import * as path from 'node:path';
import { EVENTS_FILE } from '@binaan/runtime';
import { UserError } from '../cli/user-error';
import type { StoreLocation } from '../options/store-location';

const requireFolder = (dataDir: string, nextStep: string): void => {
  if (!fs.existsSync(dataDir)) {
    throw new UserError(`no Binaan store at ${dataDir}: the folder does not exist`, nextStep);
  }
  if (!fs.statSync(dataDir).isDirectory()) {
    throw new UserError(`--store must name a data folder, and ${dataDir} is a file`, `Give the folder that holds ${EVENTS_FILE}`);
  }
};

/**
 * Reading commands never create a store: a mistyped --store would otherwise leave an empty store
 * behind and report that nothing happened. With --esdb the folder still holds the read models and
 * keys, unless PG_URL moves them to PostgreSQL.
 */
export const requireExistingStore = (location: StoreLocation): void => {
  if (location.esdbUrl !== undefined) {
    if (location.pgUrl === undefined) {
      requireFolder(location.dataDir, 'With --esdb, give --store sqlite:PATH for the folder that holds the read models and keys');
    }
    return;
  }
  const seedHint = 'Check --store, or seed a demo store with `binaan demo --store sqlite:PATH`';
  requireFolder(location.dataDir, seedHint);
  if (!fs.existsSync(path.join(location.dataDir, EVENTS_FILE))) {
    throw new UserError(`no Binaan store at ${location.dataDir}: it holds no ${EVENTS_FILE}`, seedHint);
  }
};

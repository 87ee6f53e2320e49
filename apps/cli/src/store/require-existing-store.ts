import * as fs from 'node:fs';
import * as path from 'node:path';
import { EVENTS_FILE } from '@binaan/runtime';
import { UserError } from '../cli/user-error';
import type { StoreLocation } from '../options/store-location';

const requireFolder = (dataDir: string, missing: 'noStoreFolder' | 'noReadModelFolder'): void => {
  if (!fs.existsSync(dataDir)) {
    throw UserError.of(missing, { dataDir });
  }
  if (!fs.statSync(dataDir).isDirectory()) {
    throw UserError.of('storeIsFile', { dataDir, eventsFile: EVENTS_FILE });
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
      requireFolder(location.dataDir, 'noReadModelFolder');
    }
    return;
  }
  requireFolder(location.dataDir, 'noStoreFolder');
  if (!fs.existsSync(path.join(location.dataDir, EVENTS_FILE))) {
    throw UserError.of('noEventsFile', { dataDir: location.dataDir, eventsFile: EVENTS_FILE });
  }
};

import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { READ_MODELS_FILE } from '@binaan/runtime';
import { sqliteAttacker } from './support/sqlite-attacker';
import { copyStore, removeFolder, seedDemoStore, temporaryFolder } from './support/seeded-store';
import { describeTamperDetection } from './support/tamper-detection';

const seeded = temporaryFolder('sqlite-seeded');
const dataDir = join(seeded, 'data');

describeTamperDetection('SQLite', {
  seed: () => seedDemoStore(dataDir),
  cleanStoreArgs: () => ['--store', `sqlite:${dataDir}`],
  copy: async () => {
    const copy = copyStore(dataDir, 'sqlite-tampered');
    try {
      return {
        storeArgs: ['--store', `sqlite:${copy}`],
        attacker: sqliteAttacker(copy),
        dropAuditLog: () => rmSync(join(copy, READ_MODELS_FILE)),
        dispose: async () => removeFolder(copy),
      };
    } catch (error) {
      removeFolder(copy);
      throw error;
    }
  },
  dispose: async () => removeFolder(seeded),
});

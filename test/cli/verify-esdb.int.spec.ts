import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { READ_MODELS_FILE } from '@binaan/runtime';
import { startEsdbStandIn, type EsdbStandIn } from '../esdb-standin';
import { cloneMemoryStore } from './support/clone-memory-store';
import { memoryAttacker } from './support/memory-attacker';
import { copyStore, removeFolder, seedDemoStore, temporaryFolder } from './support/seeded-store';
import { describeTamperDetection } from './support/tamper-detection';

const seeded = temporaryFolder('esdb-seeded');
const dataDir = join(seeded, 'data');
let original: EsdbStandIn;

describeTamperDetection('EventStoreDB (over the wire stand-in)', {
  seed: async () => {
    original = await startEsdbStandIn();
    await seedDemoStore(dataDir, ['--esdb', original.connectionString]);
  },
  cleanStoreArgs: () => ['--store', `sqlite:${dataDir}`, '--esdb', original.connectionString],
  copy: async () => {
    const copy = copyStore(dataDir, 'esdb-tampered');
    const standIn = await startEsdbStandIn({ store: await cloneMemoryStore(original.store) }).catch((error: unknown) => {
      removeFolder(copy);
      throw error;
    });
    return {
      storeArgs: ['--store', `sqlite:${copy}`, '--esdb', standIn.connectionString],
      attacker: memoryAttacker(standIn.store),
      dropAuditLog: () => rmSync(join(copy, READ_MODELS_FILE)),
      dispose: async () => {
        await standIn.stop();
        removeFolder(copy);
      },
    };
  },
  dispose: async () => {
    await original?.stop();
    removeFolder(seeded);
  },
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { binaanEventSchema } from '@binaan/command-handling';
import { createEsdbEventStore } from '@binaan/event-store-esdb';
import { createMemoryEventStore, type EventStore } from '@binaan/event-store';
import { createSqliteEventStore } from '@binaan/event-store-sqlite';
import { startEsdbStandIn } from '../esdb-standin';

export interface StoreSetup {
  readonly name: string;
  open(): Promise<{ store: EventStore; dispose(): Promise<void> }>;
}

export const sqliteSetup: StoreSetup = {
  name: 'sqlite',
  open: async () => {
    const dir = mkdtempSync(join(tmpdir(), 'binaan-handling-'));
    const store = createSqliteEventStore({ path: join(dir, 'events.db'), schema: binaanEventSchema });
    return {
      store,
      dispose: async () => {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

export const esdbStandInSetup: StoreSetup = {
  name: 'esdb (wire stand-in)',
  open: async () => {
    const standIn = await startEsdbStandIn({ store: createMemoryEventStore() });
    const store = createEsdbEventStore({ connectionString: standIn.connectionString, schema: binaanEventSchema });
    return {
      store,
      dispose: async () => {
        await store.close();
        await standIn.stop();
      },
    };
  },
};

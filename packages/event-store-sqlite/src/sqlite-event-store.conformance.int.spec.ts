import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeEventStoreConformance } from '@binaan/event-store/conformance';
import { createSqliteEventStore } from './sqlite-event-store';

describeEventStoreConformance('sqlite', async () => {
  const directory = mkdtempSync(join(tmpdir(), 'binaan-sqlite-conformance-'));
  const store = createSqliteEventStore({ path: join(directory, 'events.sqlite') });
  return {
    store,
    dispose: async () => {
      await store.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}, { appendToStreams: true, readAllByStream: true });

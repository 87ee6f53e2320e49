import type { DataKeyRow, DataKeyTable } from './data-key-table';
import type { KeyStore } from './key-store';
import { createKeyStoreOverTable } from './key-store-over-table';
import type { MasterKey } from './master-key';

/** Rows of an in-memory key store; hand the same one to several stores to share their keys. */
export type MemoryKeyRows = Map<string, DataKeyRow>;

export const createMemoryKeyRows = (): MemoryKeyRows => new Map();

const memoryTable = (rows: MemoryKeyRows): DataKeyTable => ({
  find: async (kid) => rows.get(kid),
  insertIfAbsent: async (row) => {
    if (!rows.has(row.kid)) {
      rows.set(row.kid, { wrappedKey: row.wrappedKey, masterKeyFingerprint: row.masterKeyFingerprint, erased: false });
    }
  },
  tombstone: async (kid) => {
    rows.set(kid, { wrappedKey: null, masterKeyFingerprint: null, erased: true });
  },
  findOtherFingerprint: async (fingerprint) =>
    [...rows.values()].find((row) => row.masterKeyFingerprint !== null && row.masterKeyFingerprint !== fingerprint)
      ?.masterKeyFingerprint ?? undefined,
  close: async () => undefined,
});

/** For tests and the memory event store: nothing survives the process. */
export const createMemoryKeyStore = (masterKey: MasterKey, rows: MemoryKeyRows = createMemoryKeyRows()): Promise<KeyStore> =>
  createKeyStoreOverTable(memoryTable(rows), masterKey);

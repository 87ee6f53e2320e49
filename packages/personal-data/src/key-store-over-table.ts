import { randomBytes } from 'node:crypto';
import type { DataKeyTable } from './data-key-table';
import { DataKeyErasedError, KeyStoreCorruptError, MasterKeyMismatchError } from './errors';
import { validateKeyId } from './key-id';
import type { DataKeyLookup, KeyStore } from './key-store';
import { DATA_KEY_BYTES, type MasterKey } from './master-key';

/**
 * The key-store rules shared by every adapter. Refuses to start when the table holds keys wrapped by
 * another master key, so a wrong key is reported at startup rather than as garbage later.
 */
export const createKeyStoreOverTable = async (table: DataKeyTable, masterKey: MasterKey): Promise<KeyStore> => {
  const foreign = await table.findOtherFingerprint(masterKey.fingerprint);
  if (foreign !== undefined) {
    throw new MasterKeyMismatchError(foreign, masterKey.fingerprint);
  }

  const getDataKey = async (kid: string): Promise<DataKeyLookup> => {
    const row = await table.find(validateKeyId(kid));
    if (row === undefined) {
      return 'missing';
    }
    if (row.erased || row.wrappedKey === null || row.masterKeyFingerprint === null) {
      return 'erased';
    }
    if (row.masterKeyFingerprint !== masterKey.fingerprint) {
      throw new MasterKeyMismatchError(row.masterKeyFingerprint, masterKey.fingerprint);
    }
    const dataKey = masterKey.unwrapDataKey(kid, row.wrappedKey);
    if (dataKey === undefined) {
      throw new KeyStoreCorruptError(kid, 'the stored key fails authentication under the master key');
    }
    return dataKey;
  };

  const existingKey = (kid: string, lookup: DataKeyLookup): Buffer | undefined => {
    if (lookup === 'erased') {
      throw new DataKeyErasedError(kid);
    }
    return lookup === 'missing' ? undefined : lookup;
  };

  return {
    getDataKey,
    getOrCreateDataKey: async (kid) => {
      const existing = existingKey(kid, await getDataKey(kid));
      if (existing !== undefined) {
        return existing;
      }
      const dataKey = randomBytes(DATA_KEY_BYTES);
      await table.insertIfAbsent({
        kid,
        wrappedKey: masterKey.wrapDataKey(kid, dataKey),
        masterKeyFingerprint: masterKey.fingerprint,
        createdAt: new Date(),
      });
      const stored = existingKey(kid, await getDataKey(kid));
      if (stored === undefined) {
        throw new KeyStoreCorruptError(kid, 'the new key was not stored');
      }
      return stored;
    },
    eraseDataKey: async (kid) => table.tombstone(validateKeyId(kid), new Date()),
    close: () => table.close(),
  };
};

import { PersonalDataInputError } from './errors';

/** One stored row: a live wrapped key, or a tombstone (both fields null, erased). */
export interface DataKeyRow {
  readonly wrappedKey: Buffer | null;
  readonly masterKeyFingerprint: string | null;
  readonly erased: boolean;
}

export interface NewDataKeyRow {
  readonly kid: string;
  readonly wrappedKey: Buffer;
  readonly masterKeyFingerprint: string;
  readonly createdAt: Date;
}

/** What an adapter provides: plain row storage. Wrapping and the rules live in createKeyStoreOverTable. */
export interface DataKeyTable {
  find(kid: string): Promise<DataKeyRow | undefined>;
  /** Leaves an existing row (live or tombstone) untouched. */
  insertIfAbsent(row: NewDataKeyRow): Promise<void>;
  /** Clears the wrapped key and marks the row erased, inserting a tombstone for an unknown kid. */
  tombstone(kid: string, erasedAt: Date): Promise<void>;
  /** Some fingerprint of a live row that differs from `fingerprint`, if any. */
  findOtherFingerprint(fingerprint: string): Promise<string | undefined>;
  close(): Promise<void>;
}

export const DEFAULT_KEY_TABLE_NAME = 'binaan_data_keys';
/** Bumped with each change to the table; adapters record the version they applied. */
export const KEY_TABLE_SCHEMA_VERSION = 1;

export const validateTableName = (tableName: unknown): string => {
  if (typeof tableName !== 'string' || !/^[a-z_][a-z0-9_]{0,47}$/.test(tableName)) {
    throw new PersonalDataInputError('tableName', 'must be 1..48 characters of a-z, 0-9 and _, not starting with a digit');
  }
  return tableName;
};

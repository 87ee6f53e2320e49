/** Every failure of the personal-data layer; none of them carries personal data or key material. */
export abstract class PersonalDataError extends Error {
  abstract readonly code: string;
}

/** The master key could not be taken from `source` (the variable or the file); `rule` says why. */
export class MasterKeyConfigError extends PersonalDataError {
  readonly code = 'MasterKeyConfig';
  constructor(
    readonly source: string,
    readonly rule: string,
  ) {
    super(`${source}: ${rule}`);
  }
}

/** The key store holds data keys wrapped by another master key: decrypting would give garbage. */
export class MasterKeyMismatchError extends PersonalDataError {
  readonly code = 'MasterKeyMismatch';
  constructor(
    readonly storeFingerprint: string,
    readonly masterKeyFingerprint: string,
  ) {
    super(
      `the master key does not match the key store: its data keys were wrapped by the master key with fingerprint ` +
        `${storeFingerprint}, but the master key in use has fingerprint ${masterKeyFingerprint}; ` +
        'set BINAAN_MASTER_KEY or <dataDir>/master.key to the key the store was created with',
    );
  }
}

/** A data key row that cannot be unwrapped although the master key matches: the store was altered. */
export class KeyStoreCorruptError extends PersonalDataError {
  readonly code = 'KeyStoreCorrupt';
  constructor(
    readonly kid: string,
    readonly reason: string,
  ) {
    super(`the data key ${kid} cannot be used: ${reason}`);
  }
}

/** Sealing for an erased key id is refused, so erased data cannot come back under a fresh key. */
export class DataKeyErasedError extends PersonalDataError {
  readonly code = 'DataKeyErased';
  constructor(readonly kid: string) {
    super(`the data key ${kid} was erased; nothing more can be sealed under it`);
  }
}

/**
 * A key was erased (its tombstone is written), but its old bytes could not yet be flushed out of the
 * database's write-ahead log because a reader held it. Erase again to finish.
 */
export class DataKeyLogNotFlushedError extends PersonalDataError {
  readonly code = 'DataKeyLogNotFlushed';
  constructor(readonly kid: string) {
    super(`the data key ${kid} is erased, but its old bytes are still in the write-ahead log (a reader held it); erase again to flush them`);
  }
}

/** Input from the caller broke a rule; `field` names it. */
export class PersonalDataInputError extends PersonalDataError {
  readonly code = 'PersonalDataInput';
  constructor(
    readonly field: string,
    readonly rule: string,
  ) {
    super(`${field}: ${rule}`);
  }
}

/** The key table was created by a newer version of Binaan than the one running. */
export class KeyStoreSchemaError extends PersonalDataError {
  readonly code = 'KeyStoreSchema';
  constructor(
    readonly tableName: string,
    readonly foundVersion: number,
    readonly supportedVersion: number,
  ) {
    super(`the key table ${tableName} has schema version ${foundVersion}; this version of Binaan knows up to ${supportedVersion}`);
  }
}

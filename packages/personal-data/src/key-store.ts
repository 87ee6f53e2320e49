/** A data key, or why there is none: 'erased' (deleted under UU PDP, a tombstone remains) or 'missing'. */
export type DataKeyLookup = Buffer | 'erased' | 'missing';

/**
 * Per-participant data keys (32 random bytes, `kid` = participant id), kept wrapped by the master key.
 * Throws MasterKeyMismatchError when the store was written under another master key, and
 * KeyStoreCorruptError when a stored key fails authentication.
 */
export interface KeyStore {
  /** Creates the key on first use; concurrent callers get the same key. Throws DataKeyErasedError after erasure. */
  getOrCreateDataKey(kid: string): Promise<Buffer>;
  getDataKey(kid: string): Promise<DataKeyLookup>;
  /** Deletes the key and leaves a tombstone; idempotent, and also works for a kid never seen. */
  eraseDataKey(kid: string): Promise<void>;
  /** Closes what the store opened itself; a pool or database handed in stays open. */
  close(): Promise<void>;
}

import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import { PersonalDataInputError } from './errors';
import { MASTER_KEY_BYTES } from './master-key-text';

export const DATA_KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const WRAPPED_DATA_KEY_BYTES = IV_BYTES + DATA_KEY_BYTES + TAG_BYTES;

export type MasterKeyOrigin =
  | { readonly kind: 'environment'; readonly variable: string }
  | { readonly kind: 'file'; readonly path: string; readonly created: boolean }
  | { readonly kind: 'given' };

/**
 * The key that wraps every data key. The raw bytes stay inside this closure: the object can be
 * logged or serialised without leaking them.
 */
export interface MasterKey {
  /** First 8 bytes (hex) of SHA-256 over a fixed label and the key: names the key without revealing it. */
  readonly fingerprint: string;
  readonly origin: MasterKeyOrigin;
  /** AES-256-GCM under the master key, bound to `kid`: iv (12) ‖ ciphertext (32) ‖ tag (16). */
  wrapDataKey(kid: string, dataKey: Uint8Array): Buffer;
  /** undefined when the wrapped bytes fail authentication (altered, or wrapped for another kid or key). */
  unwrapDataKey(kid: string, wrapped: Uint8Array): Buffer | undefined;
  /** A 32-byte key for one purpose (HKDF-SHA-256), e.g. the HMAC key that names enrolment reservations. */
  deriveKey(purpose: string): Buffer;
}

const FINGERPRINT_LABEL = 'binaan/master-key-fingerprint/v1\u0000';
const WRAP_LABEL = 'binaan/data-key/v1\u0000';

const fingerprintOf = (key: Uint8Array): string =>
  createHash('sha256').update(FINGERPRINT_LABEL, 'utf8').update(key).digest().subarray(0, 8).toString('hex');

const wrappingAad = (kid: string): Buffer => Buffer.from(`${WRAP_LABEL}${kid}`, 'utf8');

export const createMasterKey = (keyBytes: Uint8Array, origin: MasterKeyOrigin = { kind: 'given' }): MasterKey => {
  if (keyBytes.length !== MASTER_KEY_BYTES) {
    throw new PersonalDataInputError('masterKey', `must be ${MASTER_KEY_BYTES} bytes`);
  }
  const key = Buffer.from(keyBytes);
  return {
    fingerprint: fingerprintOf(key),
    origin,
    wrapDataKey: (kid, dataKey) => {
      if (dataKey.length !== DATA_KEY_BYTES) {
        throw new PersonalDataInputError('dataKey', `must be ${DATA_KEY_BYTES} bytes`);
      }
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES }).setAAD(wrappingAad(kid));
      return Buffer.concat([iv, cipher.update(dataKey), cipher.final(), cipher.getAuthTag()]);
    },
    unwrapDataKey: (kid, wrapped) => {
      if (wrapped.length !== WRAPPED_DATA_KEY_BYTES) {
        return undefined;
      }
      const bytes = Buffer.from(wrapped);
      const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, IV_BYTES), { authTagLength: TAG_BYTES })
        .setAAD(wrappingAad(kid))
        .setAuthTag(bytes.subarray(IV_BYTES + DATA_KEY_BYTES));
      try {
        return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES, IV_BYTES + DATA_KEY_BYTES)), decipher.final()]);
      } catch {
        return undefined;
      }
    },
    deriveKey: (purpose) => Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), `binaan/${purpose}`, 32)),
  };
};

export const generateMasterKeyBytes = (): Buffer => randomBytes(MASTER_KEY_BYTES);

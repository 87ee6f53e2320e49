import type { EncryptedEnvelope } from '@binaan/domain';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import * as E from 'fp-ts/Either';
import { pipe } from 'fp-ts/function';
import { canonicalJson, CanonicalJsonError } from '@binaan/canonical-json';
import type { JsonObject } from '@binaan/canonical-json';
import { PersonalDataInputError } from './errors';
import { validateKeyId } from './key-id';
import { DATA_KEY_BYTES } from './master-key';

const IV_BYTES = 12;
const TAG_BYTES = 16;
const ENVELOPE_FIELDS = ['alg', 'kid', 'iv', 'ct', 'tag'];

/** An envelope whose shape has been checked, with its parts decoded. */
export interface ParsedEnvelope {
  readonly kid: string;
  readonly iv: Buffer;
  readonly ct: Buffer;
  readonly tag: Buffer;
}

export type OpenedWithKey = { readonly status: 'ok'; readonly data: JsonObject } | { readonly status: 'tampered'; readonly reason: string };

/**
 * Binds the ciphertext to its key id and purpose: an envelope moved to another participant's kid,
 * or opened for another purpose, fails authentication. A JSON array keeps the parts unambiguous.
 */
const additionalData = (kid: string, purpose: string | undefined): Buffer =>
  Buffer.from(JSON.stringify(['binaan/personal-data/v1', 'A256GCM', kid, purpose ?? null]), 'utf8');

const isPlainRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const strictBase64 = (value: unknown, field: string, length?: number): E.Either<string, Buffer> => {
  if (typeof value !== 'string' || value.length === 0 || value.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(value)) {
    return E.left(`${field} must be padded base64`);
  }
  const bytes = Buffer.from(value, 'base64');
  if (bytes.toString('base64') !== value) {
    return E.left(`${field} must be canonical base64`);
  }
  return length === undefined || bytes.length === length ? E.right(bytes) : E.left(`${field} must decode to ${length} bytes`);
};

const keyIdOf = (value: unknown): E.Either<string, string> =>
  E.tryCatch(
    () => validateKeyId(value),
    (error) => (error instanceof PersonalDataInputError ? `kid ${error.rule}` : 'kid is not valid'),
  );

/** Checks an envelope read from storage; Left carries why it is not usable (never its contents). */
export const parseEnvelope = (value: unknown): E.Either<string, ParsedEnvelope> => {
  if (!isPlainRecord(value)) {
    return E.left('the envelope must be an object');
  }
  const extra = Object.keys(value).find((key) => !ENVELOPE_FIELDS.includes(key));
  if (extra !== undefined) {
    return E.left(`unexpected field ${JSON.stringify(extra)}`);
  }
  if (value['alg'] !== 'A256GCM') {
    return E.left('alg must be "A256GCM"');
  }
  return pipe(
    E.Do,
    E.apS('kid', keyIdOf(value['kid'])),
    E.apS('iv', strictBase64(value['iv'], 'iv', IV_BYTES)),
    E.apS('ct', strictBase64(value['ct'], 'ct')),
    E.apS('tag', strictBase64(value['tag'], 'tag', TAG_BYTES)),
  );
};

const plaintextOf = (plain: JsonObject): string => {
  if (!isPlainRecord(plain)) {
    throw new PersonalDataInputError('plain', 'must be a JSON object');
  }
  try {
    return canonicalJson(plain);
  } catch (error) {
    if (error instanceof CanonicalJsonError) {
      throw new PersonalDataInputError(`plain${error.path.slice(1)}`, error.rule);
    }
    throw error;
  }
};

/** AES-256-GCM with a fresh 12-byte IV under the participant's data key. */
export const sealWithKey = (dataKey: Uint8Array, kid: string, plain: JsonObject, purpose?: string): EncryptedEnvelope => {
  if (dataKey.length !== DATA_KEY_BYTES) {
    throw new PersonalDataInputError('dataKey', `must be ${DATA_KEY_BYTES} bytes`);
  }
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', dataKey, iv, { authTagLength: TAG_BYTES }).setAAD(
    additionalData(validateKeyId(kid), purpose),
  );
  const ct = Buffer.concat([cipher.update(plaintextOf(plain), 'utf8'), cipher.final()]);
  return { alg: 'A256GCM', kid, iv: iv.toString('base64'), ct: ct.toString('base64'), tag: cipher.getAuthTag().toString('base64') };
};

/** Never throws: anything that fails authentication or decoding is 'tampered'. */
export const openWithKey = (dataKey: Uint8Array, envelope: ParsedEnvelope, purpose?: string): OpenedWithKey => {
  try {
    const decipher = createDecipheriv('aes-256-gcm', dataKey, envelope.iv, { authTagLength: TAG_BYTES })
      .setAAD(additionalData(envelope.kid, purpose))
      .setAuthTag(envelope.tag);
    const plaintext = Buffer.concat([decipher.update(envelope.ct), decipher.final()]).toString('utf8');
    const data: unknown = JSON.parse(plaintext);
    return isPlainRecord(data)
      ? { status: 'ok', data: data as JsonObject }
      : { status: 'tampered', reason: 'the plaintext is not a JSON object' };
  } catch {
    return { status: 'tampered', reason: 'the envelope fails authentication under its key id' };
  }
};

import * as t from 'io-ts';

const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Standard base64 of exactly `bytes` bytes, or (bytes undefined) of at least one byte. */
const base64Of = (name: string, bytes: number | undefined): t.Type<string, string, unknown> => {
  const pattern = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
  const length = bytes === undefined ? undefined : Math.ceil(bytes / 3) * 4;
  const rule = bytes === undefined ? 'must be base64 of at least one byte' : `must be base64 of ${bytes} bytes`;
  const holds = (u: unknown): u is string =>
    typeof u === 'string' && u.length > 0 && pattern.test(u) && (length === undefined || u.length === length);
  return new t.Type<string, string, unknown>(name, holds, (u, c) => (holds(u) ? t.success(u) : t.failure(u, c, rule)), t.identity);
};

/**
 * Personal data as it is stored: AES-256-GCM ciphertext under the participant's data key (`kid`),
 * with its 12-byte IV and 16-byte tag. The domain only carries it; sealing and opening happen in
 * @binaan/personal-data. An envelope with an empty part cannot be stored: nothing unsealed passes.
 */
export const EncryptedEnvelope = t.strict(
  {
    alg: t.literal('A256GCM'),
    kid: new t.Type<string, string, unknown>(
      'KeyId',
      (u): u is string => typeof u === 'string' && u.length > 0,
      (u, c) => (typeof u === 'string' && u.length > 0 ? t.success(u) : t.failure(u, c, 'must name the data key')),
      t.identity,
    ),
    iv: base64Of('Iv', IV_BYTES),
    ct: base64Of('Ciphertext', undefined),
    tag: base64Of('Tag', TAG_BYTES),
  },
  'EncryptedEnvelope',
);
export type EncryptedEnvelope = t.TypeOf<typeof EncryptedEnvelope>;

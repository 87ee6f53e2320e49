import * as t from 'io-ts';

const base64 = new t.Type<string, string, unknown>(
  'Base64',
  (u): u is string => typeof u === 'string' && /^[A-Za-z0-9+/]*={0,2}$/.test(u),
  (u, c) => (typeof u === 'string' && /^[A-Za-z0-9+/]*={0,2}$/.test(u) ? t.success(u) : t.failure(u, c, 'must be base64')),
  t.identity,
);

/**
 * Personal data as it is stored: AES-256-GCM ciphertext under the participant's data key (`kid`).
 * The domain only carries it; sealing and opening happen in @binaan/event-store.
 */
export const EncryptedEnvelope = t.strict(
  {
    alg: t.literal('A256GCM'),
    kid: t.string,
    iv: base64,
    ct: base64,
    tag: base64,
  },
  'EncryptedEnvelope',
);
export type EncryptedEnvelope = t.TypeOf<typeof EncryptedEnvelope>;

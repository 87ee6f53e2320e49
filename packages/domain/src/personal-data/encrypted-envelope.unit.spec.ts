import * as E from 'fp-ts/Either';
import { EncryptedEnvelope } from './encrypted-envelope';

const sealed = {
  alg: 'A256GCM',
  kid: '6f1c2a9e-8d4b-4c3a-9e2f-1a2b3c4d5e6f',
  iv: Buffer.alloc(12, 1).toString('base64'),
  ct: Buffer.from('{"fullName":"x"}').toString('base64'),
  tag: Buffer.alloc(16, 2).toString('base64'),
};

describe('EncryptedEnvelope', () => {
  it('accepts what AES-256-GCM sealing writes: a 12-byte IV, a ciphertext, a 16-byte tag', () => {
    expect(E.isRight(EncryptedEnvelope.decode(sealed))).toBe(true);
  });

  it.each([
    ['the placeholder with empty parts', { ...sealed, iv: '', ct: '', tag: '' }],
    ['an empty ciphertext', { ...sealed, ct: '' }],
    ['an IV of 8 bytes', { ...sealed, iv: Buffer.alloc(8).toString('base64') }],
    ['a tag of 12 bytes', { ...sealed, tag: Buffer.alloc(12).toString('base64') }],
    ['a ciphertext that is not base64', { ...sealed, ct: 'not base64!' }],
    ['base64 padding in the middle', { ...sealed, ct: 'AA==AAAA' }],
    ['an empty key id', { ...sealed, kid: '' }],
  ])('refuses %s', (_case, envelope) => {
    expect(E.isLeft(EncryptedEnvelope.decode(envelope))).toBe(true);
    expect(EncryptedEnvelope.is(envelope)).toBe(false);
  });
});

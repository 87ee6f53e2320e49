import { randomBytes } from 'node:crypto';
import * as fc from 'fast-check';
import * as E from 'fp-ts/Either';
import type { JsonObject } from '@binaan/canonical-json';
import { openWithKey, parseEnvelope, sealWithKey } from './envelope-cipher';
import { PersonalDataInputError } from './errors';

const kid = '2b3c4d5e-6f70-4a8b-9c0d-1e2f3a4b5c6d';
const otherKid = '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a';
const plain = { fullName: 'Sri Wahyuningsih', registrationNumber: 'BI.042/2019' };

const parsed = (envelope: unknown) => {
  const result = parseEnvelope(envelope);
  if (E.isLeft(result)) {
    throw new Error(result.left);
  }
  return result.right;
};

const flipBase64 = (value: string, byteIndex: number): string => {
  const bytes = Buffer.from(value, 'base64');
  bytes[byteIndex] = bytes[byteIndex]! ^ 0x01;
  return bytes.toString('base64');
};

describe('sealWithKey / openWithKey', () => {
  const dataKey = randomBytes(32);

  it('round-trips any JSON object', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (value) => {
        const envelope = sealWithKey(dataKey, kid, value as JsonObject);
        expect(openWithKey(dataKey, parsed(envelope))).toEqual({ status: 'ok', data: JSON.parse(JSON.stringify(value)) });
      }),
      { numRuns: 100 },
    );
  });

  it('writes the catalogue format with a fresh 12-byte iv and a 16-byte tag', () => {
    const first = sealWithKey(dataKey, kid, plain);
    const second = sealWithKey(dataKey, kid, plain);
    expect(first).toEqual({ alg: 'A256GCM', kid, iv: expect.any(String), ct: expect.any(String), tag: expect.any(String) });
    expect(Buffer.from(first.iv, 'base64')).toHaveLength(12);
    expect(Buffer.from(first.tag, 'base64')).toHaveLength(16);
    expect(second.iv).not.toBe(first.iv);
    expect(second.ct).not.toBe(first.ct);
    expect(JSON.stringify(first)).not.toContain('Wahyuningsih');
  });

  it.each([
    ['another kid (an envelope moved to another participant)', { kid: otherKid }],
    ['one flipped ciphertext bit', 'ct'],
    ['one flipped tag bit', 'tag'],
    ['one flipped iv bit', 'iv'],
  ] as const)('reports tampered for %s', (_name, change) => {
    const envelope = sealWithKey(dataKey, kid, plain);
    const altered =
      typeof change === 'string' ? { ...envelope, [change]: flipBase64(envelope[change], 0) } : { ...envelope, ...change };
    expect(openWithKey(dataKey, parsed(altered))).toEqual({
      status: 'tampered',
      reason: 'the envelope fails authentication under its key id',
    });
  });

  it('opens only for the purpose it was sealed for', () => {
    const envelope = parsed(sealWithKey(dataKey, kid, plain, 'enrolment'));
    expect(openWithKey(dataKey, envelope, 'enrolment').status).toBe('ok');
    expect(openWithKey(dataKey, envelope, 'follow-up').status).toBe('tampered');
    expect(openWithKey(dataKey, envelope).status).toBe('tampered');
  });

  it('reports tampered under another data key', () => {
    expect(openWithKey(randomBytes(32), parsed(sealWithKey(dataKey, kid, plain))).status).toBe('tampered');
  });

  it('refuses plain data that is not JSON, naming the path', () => {
    expect(() => sealWithKey(dataKey, kid, { birth: { year: 1990n } } as unknown as JsonObject)).toThrow(
      new PersonalDataInputError('plain.birth.year', 'bigint is not allowed; write it as a decimal string'),
    );
    expect(() => sealWithKey(dataKey, '', plain)).toThrow(new PersonalDataInputError('kid', 'must be a string of 1..128 characters'));
  });
});

describe('parseEnvelope', () => {
  const envelope = sealWithKey(randomBytes(32), kid, plain);

  it.each([
    ['not an object', 'ciphertext', 'the envelope must be an object'],
    ['another algorithm', { ...envelope, alg: 'A128GCM' }, 'alg must be "A256GCM"'],
    ['an extra field', { ...envelope, note: 'x' }, 'unexpected field "note"'],
    ['no kid', { ...envelope, kid: undefined }, 'kid must be a string of 1..128 characters'],
    ['a short iv', { ...envelope, iv: randomBytes(8).toString('base64') }, 'iv must decode to 12 bytes'],
    ['a short tag', { ...envelope, tag: randomBytes(12).toString('base64') }, 'tag must decode to 16 bytes'],
    ['ct that is not base64', { ...envelope, ct: 'not base64!' }, 'ct must be padded base64'],
    ['non-canonical base64', { ...envelope, tag: `${'A'.repeat(21)}B==` }, 'tag must be canonical base64'],
    ['the placeholder with empty parts', { ...envelope, iv: '', ct: '', tag: '' }, 'iv must be padded base64'],
    ['an empty ciphertext', { ...envelope, ct: '' }, 'ct must be padded base64'],
  ])('refuses %s', (_name, value, reason) => {
    expect(parseEnvelope(value)).toEqual(E.left(reason));
  });
});

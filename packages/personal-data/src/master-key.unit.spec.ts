import { randomBytes } from 'node:crypto';
import { inspect } from 'node:util';
import { PersonalDataInputError } from './errors';
import { createMasterKey } from './master-key';

const kid = '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f';

describe('createMasterKey', () => {
  const bytes = randomBytes(32);
  const masterKey = createMasterKey(bytes);
  const dataKey = randomBytes(32);

  it('has a stable fingerprint of 16 hex digits that differs between keys', () => {
    expect(masterKey.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(createMasterKey(Buffer.from(bytes)).fingerprint).toBe(masterKey.fingerprint);
    expect(createMasterKey(randomBytes(32)).fingerprint).not.toBe(masterKey.fingerprint);
  });

  it('unwraps what it wrapped, for the same kid', () => {
    const wrapped = masterKey.wrapDataKey(kid, dataKey);
    expect(wrapped).toHaveLength(60);
    expect(masterKey.unwrapDataKey(kid, wrapped)?.equals(dataKey)).toBe(true);
  });

  it('refuses to unwrap for another kid, under another master key, or after any change', () => {
    const wrapped = masterKey.wrapDataKey(kid, dataKey);
    const flipped = Buffer.from(wrapped);
    flipped[20] = flipped[20]! ^ 0x01;
    expect(masterKey.unwrapDataKey('another-participant', wrapped)).toBeUndefined();
    expect(createMasterKey(randomBytes(32)).unwrapDataKey(kid, wrapped)).toBeUndefined();
    expect(masterKey.unwrapDataKey(kid, flipped)).toBeUndefined();
    expect(masterKey.unwrapDataKey(kid, wrapped.subarray(1))).toBeUndefined();
  });

  it('does not reveal the key when logged or serialised', () => {
    const shown = `${JSON.stringify(masterKey)} ${inspect(masterKey, { depth: 5 })}`;
    expect(shown).not.toContain(bytes.toString('hex'));
    expect(shown).not.toContain(bytes.toString('base64'));
  });

  it('refuses keys that are not 32 bytes', () => {
    expect(() => createMasterKey(randomBytes(16))).toThrow(PersonalDataInputError);
    expect(() => masterKey.wrapDataKey(kid, randomBytes(31))).toThrow('dataKey: must be 32 bytes');
  });
});

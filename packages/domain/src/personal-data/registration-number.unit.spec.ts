import * as E from 'fp-ts/Either';
import { RegistrationNumber, registrationKey } from './registration-number';

const ruleOf = (value: unknown): string | undefined => {
  const decoded = RegistrationNumber.decode(value);
  return E.isLeft(decoded) ? decoded.left[0]?.message : undefined;
};

describe('RegistrationNumber', () => {
  it('takes register entries as registrars write them', () => {
    for (const entry of ['B.I-0042/2019', 'BI.001/2019', 'AII 17 / 2020']) expect(ruleOf(entry)).toBeUndefined();
  });

  it('refuses a Cyrillic or Greek look-alike letter', () => {
    expect(ruleOf('\u0412.I-0042/2019')).toBe('must be written in Latin letters, digits and punctuation');
    expect(ruleOf('B.\u0399-0042/2019')).toBe('must be written in Latin letters, digits and punctuation');
  });

  it('refuses what is not plain text', () => {
    expect(ruleOf('\u200B\u200B')).toBe('must not be blank');
    expect(ruleOf('B.I\u202E-0042')).toBe('must not contain text-direction controls');
    expect(ruleOf('x'.repeat(65))).toBe('must be 1 to 64 characters, got 65');
  });
});

describe('registrationKey', () => {
  it('is the same for the entry however a clerk spaced, cased or padded it', () => {
    const key = registrationKey('B.I-0042/2019');
    for (const variant of ['b.i-0042/2019', ' B.I-0042/2019 ', 'B.I-\u200B0042/2019', 'Ｂ.Ｉ-００４２/２０１９', 'B.I-0042/2019\u2060']) {
      expect(registrationKey(variant)).toBe(key);
    }
    expect(registrationKey('AII  17 / 2020')).toBe('AII 17 / 2020');
  });
});

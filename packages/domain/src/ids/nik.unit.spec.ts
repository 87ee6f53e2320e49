import * as E from 'fp-ts/Either';
import { decodeWith } from '../decoding/decode-with';
import { Nik, nikBirthDateOf } from './nik';

// Synthetic NIKs: province 35, regency 07, district 12, then DDMMYY, then a serial.
const issuesFor = (input: unknown) => {
  const result = decodeWith(Nik)(input);
  return E.isLeft(result) ? result.left.issues : [];
};

describe('NIK', () => {
  it('accepts 16 digits with a plausible birth date, the day plus 40 for women', () => {
    expect(E.isRight(Nik.decode('9907120304850001'))).toBe(true);
    expect(E.isRight(Nik.decode('9907124304850002'))).toBe(true);
    expect(E.isRight(Nik.decode('9907127112990003'))).toBe(true);
  });

  it('rejects a wrong length and says how many digits it got, never which', () => {
    const issues = issuesFor('990712430485000');
    expect(issues).toEqual([{ path: '', rule: 'must be 16 digits, got 15 digits' }]);
    expect(JSON.stringify(issues)).not.toContain('990712430485000');
  });

  it('rejects characters other than digits', () => {
    expect(issuesFor('99071243048500AB')).toEqual([
      { path: '', rule: 'must be 16 digits, got characters other than digits' },
    ]);
    expect(issuesFor('3507-1243-0485-0')[0]?.rule).toBe('must be 16 digits, got characters other than digits');
  });

  it.each([
    ['day 00', '9907120004850001'],
    ['day 32', '9907123204850001'],
    ['day 40', '9907124004850001'],
    ['day 72', '9907127204850001'],
    ['month 00', '9907120300850001'],
    ['month 13', '9907120313850001'],
  ])('rejects an implausible birth date (%s)', (_label, nik) => {
    expect(issuesFor(nik)).toEqual([
      {
        path: '',
        rule: 'must hold a birth date DDMMYY in digits 7-12 (day 01-31, or 41-71 for women; month 01-12)',
      },
    ]);
  });

  it('reads the birth date and sex marker', () => {
    expect(nikBirthDateOf('9907124304850002')).toEqual({ day: 3, month: 4, twoDigitYear: 85, female: true });
    expect(nikBirthDateOf('9907120304850001')).toEqual({ day: 3, month: 4, twoDigitYear: 85, female: false });
  });
});

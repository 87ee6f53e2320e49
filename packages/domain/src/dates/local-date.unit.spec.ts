import * as E from 'fp-ts/Either';
import * as O from 'fp-ts/Option';
import { decodeWith } from '../decoding/decode-with';
import { LocalDate, parseLocalDate } from './local-date';

const ruleFor = (input: unknown) => {
  const result = decodeWith(LocalDate)(input);
  return E.isLeft(result) ? result.left.issues.map((issue) => issue.rule) : [];
};

describe('LocalDate', () => {
  it('accepts real calendar dates, including 29 February in leap years', () => {
    expect(E.isRight(LocalDate.decode('2019-03-01'))).toBe(true);
    expect(E.isRight(LocalDate.decode('2020-02-29'))).toBe(true);
    expect(E.isRight(LocalDate.decode('2000-02-29'))).toBe(true);
  });

  it('rejects impossible dates', () => {
    expect(ruleFor('2019-02-29')).toEqual(['must be a real calendar date']);
    expect(ruleFor('1900-02-29')).toEqual(['must be a real calendar date']);
    expect(ruleFor('2019-13-01')).toEqual(['must be a real calendar date']);
    expect(ruleFor('2019-04-31')).toEqual(['must be a real calendar date']);
    expect(ruleFor('2019-00-10')).toEqual(['must be a real calendar date']);
  });

  it('rejects other shapes and years outside 1900-2999', () => {
    expect(ruleFor('1-3-2019')).toEqual(['must be a date YYYY-MM-DD']);
    expect(ruleFor('2019-03-01T00:00:00Z')).toEqual(['must be a date YYYY-MM-DD']);
    expect(ruleFor('0219-03-01')).toEqual(['must be a date between 1900 and 2999']);
    expect(ruleFor(20190301)).toEqual(['must be a string']);
  });

  it('parses to an Option', () => {
    expect(parseLocalDate('2019-03-01')).toEqual(O.some('2019-03-01'));
    expect(parseLocalDate('2019-02-30')).toEqual(O.none);
  });
});

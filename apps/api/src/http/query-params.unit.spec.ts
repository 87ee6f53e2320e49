import { dateOrInstantRule, dateRule, integerRule, monthOrDateRule, parseQuery, slugRule } from './query-params';
import { ProblemException } from './problem.exception';

const issuesOf = (run: () => unknown) => {
  try {
    run();
    return [];
  } catch (error) {
    return error instanceof ProblemException ? error.problem.errors : ['not a problem'];
  }
};

describe('query parameters', () => {
  it('keeps the parameters that follow their rules', () => {
    expect(parseQuery({ programme: 'sulam-malang-2019', limit: '20' }, { programme: slugRule, limit: integerRule(1, 500) })).toEqual({
      programme: 'sulam-malang-2019',
      limit: '20',
    });
  });

  it('names every unknown, repeated or broken parameter', () => {
    expect(issuesOf(() => parseQuery({ programe: 'x', limit: ['1', '2'], from: '2019-02-30' }, { limit: integerRule(1, 5), from: dateRule }))).toEqual([
      { path: 'query.programe', rule: 'is not a known parameter; use limit, from' },
      { path: 'query.limit', rule: 'must be given once, as text' },
      { path: 'query.from', rule: 'must be a real calendar date' },
    ]);
  });

  it.each([
    [monthOrDateRule, '2019-03', true],
    [monthOrDateRule, '2019-13', false],
    [dateOrInstantRule, '2019-03-04T08:00:00+07:00', true],
    [dateOrInstantRule, 'yesterday', false],
    [integerRule(1, 500), '501', false],
    [slugRule, 'Sulam', false],
  ])('%#: rule on %j gives ok=%j', (rule, value, ok) => {
    expect(rule(value) === undefined).toBe(ok);
  });
});

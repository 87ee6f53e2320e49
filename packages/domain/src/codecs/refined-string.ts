import * as t from 'io-ts';

/**
 * A string codec whose check returns the broken rule, or undefined when the string is fine.
 * Rules describe the expectation (and at most a length), never the value, because values may be personal data.
 */
export const refinedString = <A extends string>(
  name: string,
  brokenRule: (candidate: string) => string | undefined,
): t.Type<A, string, unknown> =>
  new t.Type<A, string, unknown>(
    name,
    (u): u is A => typeof u === 'string' && brokenRule(u) === undefined,
    (u, c) => {
      if (typeof u !== 'string') {
        return t.failure(u, c, 'must be a string');
      }
      const rule = brokenRule(u);
      return rule === undefined ? t.success(u as A) : t.failure(u, c, rule);
    },
    t.identity,
  );

import * as t from 'io-ts';

/** A closed set of string codes; the failure lists the allowed codes. */
export const oneOf = <const Values extends readonly [string, ...string[]]>(
  name: string,
  values: Values,
): t.Type<Values[number], Values[number], unknown> => {
  const allowed: ReadonlySet<string> = new Set(values);
  const is = (u: unknown): u is Values[number] => typeof u === 'string' && allowed.has(u);
  return new t.Type<Values[number], Values[number], unknown>(
    name,
    is,
    (u, c) => (is(u) ? t.success(u) : t.failure(u, c, `must be one of ${values.join(', ')}`)),
    t.identity,
  );
};

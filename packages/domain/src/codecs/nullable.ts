import * as t from 'io-ts';
import * as E from 'fp-ts/Either';
import { pipe } from 'fp-ts/function';

/** `codec` or null; `rule` is reported when the value is neither. */
export const nullable = <A, O>(codec: t.Type<A, O, unknown>, rule: string): t.Type<A | null, O | null, unknown> =>
  new t.Type<A | null, O | null, unknown>(
    `${codec.name} | null`,
    (u): u is A | null => u === null || codec.is(u),
    (u, c) =>
      u === null
        ? t.success(null)
        : pipe(
            codec.validate(u, c),
            E.orElse(() => t.failure<A | null>(u, c, rule)),
          ),
    (a) => (a === null ? null : codec.encode(a)),
  );

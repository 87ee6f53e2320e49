import * as t from 'io-ts';

export type StructType<R extends t.Props, O extends t.Props> = Readonly<t.TypeOfProps<R>> &
  Readonly<t.TypeOfPartialProps<O>>;
export type StructOutput<R extends t.Props, O extends t.Props> = Readonly<t.OutputOfProps<R>> &
  Readonly<t.OutputOfPartialProps<O>>;
export type StructCodec<R extends t.Props, O extends t.Props> = t.Type<StructType<R, O>, StructOutput<R, O>, unknown>;

/** What to do with keys the codec does not know. */
export type UnknownKeys = 'reject' | 'strip';

const isRecord = (u: unknown): u is Readonly<Record<string, unknown>> =>
  typeof u === 'object' && u !== null && !Array.isArray(u);

const hasOwn = (record: object, key: string): boolean => Object.prototype.hasOwnProperty.call(record, key);

/**
 * An object with required and optional fields. Unlike `t.intersection`, field errors carry plain paths
 * (no member indexes), and the decoded value holds only known keys with no `undefined` values, so it
 * encodes to the same canonical JSON it came from.
 */
export const struct = <R extends t.Props, O extends t.Props = Record<never, never>>(
  name: string,
  unknownKeys: UnknownKeys,
  required: R,
  optional: O = {} as O,
): StructCodec<R, O> => {
  const requiredCodec = t.type(required);
  const optionalCodec = t.partial(optional);
  const requiredEntries = Object.entries(required);
  const optionalEntries = Object.entries(optional);
  const isKnown = (key: string): boolean => hasOwn(required, key) || hasOwn(optional, key);
  /* A key holding undefined is absent, as it would be once written as JSON. */
  const unknownKeysOf = (u: Readonly<Record<string, unknown>>): readonly string[] => {
    if (unknownKeys === 'strip') return [];
    const unknown: string[] = [];
    for (const key in u) {
      if (hasOwn(u, key) && !isKnown(key) && u[key] !== undefined) unknown.push(key);
    }
    return unknown;
  };

  type Transform = (codec: t.Mixed, value: unknown) => unknown;
  const pickKnown = (source: Readonly<Record<string, unknown>>, transform: Transform): Record<string, unknown> => {
    const picked: Record<string, unknown> = {};
    for (const [key, codec] of requiredEntries) picked[key] = transform(codec, source[key]);
    for (const [key, codec] of optionalEntries) {
      if (source[key] !== undefined) picked[key] = transform(codec, source[key]);
    }
    return picked;
  };

  return new t.Type<StructType<R, O>, StructOutput<R, O>, unknown>(
    name,
    (u): u is StructType<R, O> =>
      isRecord(u) && requiredCodec.is(u) && optionalCodec.is(u) && unknownKeysOf(u).length === 0,
    (u, c) => {
      if (!isRecord(u)) {
        return t.failure(u, c, 'must be an object');
      }
      const unknownKeyErrors: t.Errors = unknownKeysOf(u).map((key) => ({
        value: u[key],
        context: [...c, { key, type: t.unknown, actual: u[key] }],
        message: 'is not a known field',
      }));
      const requiredResult = requiredCodec.validate(u, c);
      const optionalResult = optionalCodec.validate(u, c);
      const errors: t.Errors = [
        ...unknownKeyErrors,
        ...(requiredResult._tag === 'Left' ? requiredResult.left : []),
        ...(optionalResult._tag === 'Left' ? optionalResult.left : []),
      ];
      if (requiredResult._tag === 'Left' || optionalResult._tag === 'Left' || errors.length > 0) {
        return t.failures(errors);
      }
      const decoded = { ...requiredResult.right, ...optionalResult.right } as Readonly<Record<string, unknown>>;
      return t.success(pickKnown(decoded, (_codec, value) => value) as StructType<R, O>);
    },
    (a) =>
      pickKnown(a as Readonly<Record<string, unknown>>, (codec, value) => codec.encode(value)) as StructOutput<R, O>,
  );
};

import fc from 'fast-check';

/** A raw request body: the bytes to send and what they try. */
export interface HostileBody {
  readonly attack: string;
  readonly bytes: Buffer;
}

type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };
type JsonObject = { readonly [key: string]: Json };

const leafPaths = (value: Json, prefix: readonly string[] = []): readonly (readonly string[])[] =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? Object.entries(value).flatMap(([key, child]) => leafPaths(child, [...prefix, key]))
    : [prefix];

const setAt = (value: JsonObject, path: readonly string[], leaf: Json | undefined): JsonObject => {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  const copy: Record<string, Json> = { ...value };
  if (rest.length === 0) {
    if (leaf === undefined) delete copy[head];
    else copy[head] = leaf;
  } else {
    copy[head] = setAt((value[head] ?? {}) as JsonObject, rest, leaf);
  }
  return copy;
};

const valueAt = (value: Json, path: readonly string[]): Json | undefined =>
  path.reduce<Json | undefined>(
    (current, key) => (typeof current === 'object' && current !== null && !Array.isArray(current) ? (current as JsonObject)[key] : undefined),
    value,
  );

const typeOf = (value: Json | undefined): string => (Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value);

/** A value whose JSON type differs from the original's, so the field cannot decode. */
const wrongTypeFor = (original: Json | undefined): fc.Arbitrary<Json> =>
  fc
    .oneof(
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc.constant(null),
      fc.string(),
      fc.array(fc.integer(), { maxLength: 3 }),
      fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 2 }),
    )
    .filter((candidate) => typeOf(candidate) !== typeOf(original));

const nested = (depth: number): string => `${'['.repeat(depth)}${']'.repeat(depth)}`;

const withRawMember = (base: JsonObject, rawMember: string): string => `${JSON.stringify(base).slice(0, -1)},${rawMember}}`;

const text = (attack: string, body: string): HostileBody => ({ attack, bytes: Buffer.from(body, 'utf8') });

/**
 * Malformed or hostile bodies for one command endpoint, each built so it cannot be a valid command:
 * wrong types, missing or unknown fields, huge strings, deep nesting, prototype-pollution keys,
 * invalid UTF-8, random JSON and random bytes. `extra` adds endpoint-specific ones (e.g. bad NIKs).
 */
export const hostileBodies = (base: JsonObject, extra: readonly fc.Arbitrary<HostileBody>[] = []): fc.Arbitrary<HostileBody> => {
  const leaves = leafPaths(base).filter((path) => path.length > 0);
  const topLevel = Object.keys(base);
  const leaf = fc.constantFrom(...leaves);
  return fc.oneof(
    leaf.chain((path) => wrongTypeFor(valueAt(base, path)).map((value) => text(`wrong type at ${path.join('.')}`, JSON.stringify(setAt(base, path, value))))),
    fc.constantFrom(...topLevel).map((key) => text(`missing ${key}`, JSON.stringify(setAt(base, [key], undefined)))),
    fc
      .string({ minLength: 1, maxLength: 20 })
      .filter((key) => !topLevel.includes(key))
      .map((key) => text('unknown field', JSON.stringify({ ...base, [key]: 1 }))),
    fc
      .tuple(leaf, fc.integer({ min: 4_001, max: 90_000 }))
      .map(([path, length]) => text(`huge string at ${path.join('.')}`, JSON.stringify(setAt(base, path, 'ā'.repeat(length))))),
    fc
      .tuple(leaf, fc.integer({ min: 2, max: 20_000 }))
      .map(([path, depth]) => text(`nesting ${depth} deep`, JSON.stringify(setAt(base, path, '__NESTED__')).replace('"__NESTED__"', nested(depth)))),
    fc
      .constantFrom(
        '"__proto__":{"polluted":"yes"}',
        '"constructor":{"prototype":{"polluted":"yes"}}',
        '"prototype":{"polluted":"yes"}',
        '"__proto__":null',
      )
      .map((member) => text('prototype pollution', withRawMember(base, member))),
    fc.tuple(leaf, fc.constantFrom([0xc3, 0x28], [0xff], [0xed, 0xa0, 0x80], [0xe2, 0x82], [0xf8, 0x88, 0x80, 0x80, 0x80])).map(([path, bytes]) => {
      const marked = Buffer.from(JSON.stringify(setAt(base, path, 'x__BAD__x')), 'utf8');
      const at = marked.indexOf('__BAD__');
      return { attack: 'invalid UTF-8', bytes: Buffer.concat([marked.subarray(0, at), Buffer.from(bytes), marked.subarray(at + 7)]) };
    }),
    fc.json().map((json) => text('random JSON', json)),
    fc.uint8Array({ minLength: 1, maxLength: 300 }).map((bytes) => ({ attack: 'random bytes', bytes: Buffer.from(bytes) })),
    ...extra,
  );
};

export const badNiks = (base: JsonObject): fc.Arbitrary<HostileBody> =>
  fc
    .oneof(
      fc.stringMatching(/^\d{0,15}$/),
      fc.stringMatching(/^\d{17,40}$/),
      fc.stringMatching(/^\d{15}[A-Za-z .-]$/),
      fc.constant('99071245 0890 001'),
    )
    .map((nik) => text('NIK of the wrong form', JSON.stringify(setAt(base, ['personalData', 'nik'], nik))));

import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import { merkleRoot, type StreamHead } from './merkle-root';

/** An anchor file that cannot be trusted: what is wrong with it, and what the reader can do. */
export class AnchorFileError extends Error {
  constructor(
    readonly problem: string,
    readonly nextStep: string,
  ) {
    super(`${problem}. ${nextStep}`);
    this.name = 'AnchorFileError';
  }
}

const hashText = new t.Type<string, string, unknown>(
  'Hash',
  (u): u is string => typeof u === 'string' && /^[0-9a-f]{64}$/.test(u),
  (u, c) => (typeof u === 'string' && /^[0-9a-f]{64}$/.test(u) ? t.success(u) : t.failure(u, c, 'must be 64 lower-case hex digits')),
  t.identity,
);

const decimalText = new t.Type<bigint, string, unknown>(
  'Decimal',
  (u): u is bigint => typeof u === 'bigint',
  (u, c) => (typeof u === 'string' && /^(0|[1-9]\d*)$/.test(u) ? t.success(BigInt(u)) : t.failure(u, c, 'must be a decimal string')),
  (value) => value.toString(10),
);

const AnchorHead = t.type({ stream: t.string, revision: decimalText, hash: hashText });

/**
 * What `binaan anchor` writes: the head (last revision and its hash) of every stream and their
 * Merkle root. Kept outside the store, it pins the whole history as it stood: every event up to a
 * head is fixed by the chain, and the head by this file.
 */
export const AnchorFile = t.type({
  format: t.literal('binaan-anchor'),
  version: t.literal(1),
  createdAt: t.string,
  store: t.string,
  lastPosition: decimalText,
  events: t.number,
  merkleRoot: hashText,
  heads: t.array(AnchorHead),
});
export type AnchorFile = t.TypeOf<typeof AnchorFile>;

export interface Anchor {
  readonly createdAt: string;
  readonly lastPosition: bigint;
  readonly merkleRoot: string;
  readonly heads: readonly StreamHead[];
}

const firstIssue = (errors: t.Errors): string => {
  const error = errors[0];
  if (error === undefined) return 'is not an anchor file';
  const path = error.context
    .map((entry) => entry.key)
    .filter((key) => key !== '')
    .join('.');
  return `${path === '' ? '(file)' : path}: ${error.message ?? 'has the wrong shape'}`;
};

export const anchorFileText = (anchor: Anchor, store: string, events: number): string =>
  JSON.stringify(
    AnchorFile.encode({
      format: 'binaan-anchor',
      version: 1,
      createdAt: anchor.createdAt,
      store,
      lastPosition: anchor.lastPosition,
      events,
      merkleRoot: anchor.merkleRoot,
      heads: anchor.heads.map((head) => ({ stream: head.streamName, revision: head.revision, hash: head.hash })),
    }),
    null,
    1,
  ) + '\n';

/** Reads an anchor and checks it against its own root (and against a root kept elsewhere, when given). */
export const parseAnchorFile = (text: string, source: string, expectedRoot?: string): Anchor => {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AnchorFileError(`anchor file ${source} is not JSON`, 'Give the file `binaan anchor` wrote');
  }
  const decoded = AnchorFile.decode(json);
  if (E.isLeft(decoded)) {
    throw new AnchorFileError(`anchor file ${source}: ${firstIssue(decoded.left)}`, 'Give the file `binaan anchor` wrote');
  }
  const file = decoded.right;
  const heads = file.heads.map((head) => ({ streamName: head.stream, revision: head.revision, hash: head.hash }));
  const root = merkleRoot(heads);
  if (root !== file.merkleRoot) {
    throw new AnchorFileError(
      `anchor file ${source} does not match its own Merkle root: the file was altered`,
      'Use the copy of the anchor you kept, and check its root against the one in your records',
    );
  }
  if (expectedRoot !== undefined && expectedRoot !== root) {
    throw new AnchorFileError(
      `anchor file ${source} has Merkle root ${root}, not the ${expectedRoot} you gave`,
      'Use the anchor file whose root you recorded',
    );
  }
  return { createdAt: file.createdAt, lastPosition: file.lastPosition, merkleRoot: root, heads };
};

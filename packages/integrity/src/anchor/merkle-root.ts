import { createHash } from 'node:crypto';

export interface StreamHead {
  readonly streamName: string;
  readonly revision: bigint;
  readonly hash: string;
}

const sha256 = (...parts: readonly (string | Buffer)[]): Buffer => {
  const digest = createHash('sha256');
  for (const part of parts) digest.update(part);
  return digest.digest();
};

/** Distinct prefixes for leaves and inner nodes, so a leaf can never pass for a pair of nodes. */
const LEAF_PREFIX = Buffer.from([0]);
const NODE_PREFIX = Buffer.from([1]);

export const EMPTY_MERKLE_ROOT = '0'.repeat(64);

const leafOf = (head: StreamHead): Buffer =>
  sha256(LEAF_PREFIX, `${head.streamName}\u0000${head.revision.toString(10)}\u0000${head.hash}`);

/**
 * The Merkle root (SHA-256) over the heads, sorted by stream name. An odd node is carried up a level
 * unchanged rather than paired with itself, so no two head lists share a root. One 64-hex value an
 * auditor can write into a report stands for every stream's head.
 */
const pairUp = (level: readonly Buffer[]): readonly Buffer[] =>
  level.flatMap((node, index) => {
    if (index % 2 === 1) return [];
    const right = level[index + 1];
    return [right === undefined ? node : sha256(NODE_PREFIX, node, right)];
  });

export const merkleRoot = (heads: readonly StreamHead[]): string => {
  let level: readonly Buffer[] = [...heads]
    .sort((a, b) => (a.streamName < b.streamName ? -1 : a.streamName > b.streamName ? 1 : 0))
    .map(leafOf);
  while (level.length > 1) level = pairUp(level);
  return level[0]?.toString('hex') ?? EMPTY_MERKLE_ROOT;
};

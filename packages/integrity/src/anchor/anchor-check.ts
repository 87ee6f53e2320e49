import { storedHashOf, type StoredEvent } from '../verify/stored-event';
import type { IntegrityBreak } from '../verify/integrity-break';
import type { Anchor } from './anchor-file';

export interface AnchorSummary {
  readonly createdAt: string;
  readonly merkleRoot: string;
  readonly streams: number;
  readonly headsFound: number;
}

const anchorBreak = (streamName: string, revision: bigint, kind: IntegrityBreak['kind'], detail: string, event?: StoredEvent): IntegrityBreak => ({
  source: 'anchor',
  streamName,
  revision,
  kind,
  ...(event === undefined ? {} : { eventId: event.id, position: event.position }),
  detail,
});

/**
 * Compares the store with an anchor kept outside it: each anchored head must still be there with the
 * same hash. A stream rewritten with every hash recomputed changes its head hash, which this catches.
 */
export const createAnchorCheck = (anchor: Anchor) => {
  const heads = new Map(anchor.heads.map((head) => [head.streamName, head]));
  const found = new Set<string>();
  const unlisted = new Set<string>();

  return {
    check: (event: StoredEvent): readonly IntegrityBreak[] => {
      const head = heads.get(event.streamName);
      if (head === undefined) {
        if (event.position > anchor.lastPosition || unlisted.has(event.streamName)) return [];
        unlisted.add(event.streamName);
        const detail = `the anchor covers positions up to ${anchor.lastPosition} and lists no such stream`;
        return [anchorBreak(event.streamName, event.revision, 'inserted', detail, event)];
      }
      if (event.revision !== head.revision) return [];
      found.add(event.streamName);
      const hash = storedHashOf(event);
      return hash === head.hash
        ? []
        : [anchorBreak(event.streamName, event.revision, 'modified', `stored hash ${String(hash)} differs from the anchored head hash ${head.hash}`, event)];
    },
    end: (): readonly IntegrityBreak[] =>
      anchor.heads
        .filter((head) => !found.has(head.streamName))
        .map((head) =>
          anchorBreak(head.streamName, head.revision, 'missing', `the anchor recorded revision ${head.revision} with hash ${head.hash}; the store no longer holds it`),
        ),
    summary: (): AnchorSummary => ({
      createdAt: anchor.createdAt,
      merkleRoot: anchor.merkleRoot,
      streams: anchor.heads.length,
      headsFound: found.size,
    }),
  };
};

import { GENESIS_HASH } from '@binaan/event-store';
import type { StreamHead } from '../anchor/merkle-root';
import { quickEventHash } from './canonical-hash';
import type { StoredEvent } from './stored-event';

interface StreamTip {
  readonly revision: bigint;
  readonly hash: string;
}

/**
 * The first pass: proves streams clean as events go by, keeping only each stream's tip. An event
 * passes when it is the next revision, links to the tip, and its content hashes to its stored
 * hash: exactly the case where the full verifier finds nothing. Any stream with an event that does
 * not pass is set aside for the full verifier, which names its breaks.
 */
export const createQuickChainCheck = () => {
  const tips = new Map<string, StreamTip>();
  const suspicious = new Set<string>();

  return {
    check: (event: StoredEvent): void => {
      if (suspicious.has(event.streamName)) return;
      const tip = tips.get(event.streamName);
      const storedHash = event.metadata['hash'];
      const passes =
        event.revision === (tip === undefined ? 0n : tip.revision + 1n) &&
        event.metadata['prevHash'] === (tip === undefined ? GENESIS_HASH : tip.hash) &&
        typeof storedHash === 'string' &&
        quickEventHash(event) === storedHash;
      if (passes) {
        tips.set(event.streamName, { revision: event.revision, hash: storedHash });
      } else {
        suspicious.add(event.streamName);
        tips.delete(event.streamName);
      }
    },
    suspicious: (): ReadonlySet<string> => suspicious,
    streams: (): number => tips.size + suspicious.size,
    /** The last event of every stream proved clean. */
    heads: (): readonly StreamHead[] => [...tips].map(([streamName, tip]) => ({ streamName, revision: tip.revision, hash: tip.hash })),
  };
};

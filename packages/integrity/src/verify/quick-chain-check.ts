import { GENESIS_HASH } from '../chain/event-hash';
import type { StreamHead } from '../anchor/merkle-root';
import { quickEventHash } from './canonical-hash';
import type { StoredEvent } from './stored-event';
import { hashProvedByStoredText } from './stored-text-hash';

interface StreamTip {
  readonly revision: bigint;
  readonly hash: string;
}

/** The parsed way: the event's prevHash, and its content re-encoded from the parsed values. */
const hashProvedByParsedEvent = (event: StoredEvent, expectedPrevHash: string): string | undefined => {
  const storedHash = event.metadata['hash'];
  return event.metadata['prevHash'] === expectedPrevHash && typeof storedHash === 'string' && quickEventHash(event) === storedHash
    ? storedHash
    : undefined;
};

/**
 * The first pass: proves streams clean as events go by, keeping only each stream's tip. An event
 * passes when it is the next revision, links to the tip, and its content hashes to its stored
 * hash: exactly the case where the full verifier finds nothing. The stored text is tried first
 * (no parsing; stored-text-hash.ts), the parsed event second. Any stream with an event that does
 * not pass either way is set aside for the full verifier, which names its breaks.
 */
export const createQuickChainCheck = () => {
  const tips = new Map<string, StreamTip>();
  const suspicious = new Set<string>();

  return {
    check: (event: StoredEvent): void => {
      if (suspicious.has(event.streamName)) return;
      const tip = tips.get(event.streamName);
      const expectedPrevHash = tip === undefined ? GENESIS_HASH : tip.hash;
      const hash =
        event.revision === (tip === undefined ? 0n : tip.revision + 1n)
          ? (hashProvedByStoredText(event, expectedPrevHash) ?? hashProvedByParsedEvent(event, expectedPrevHash))
          : undefined;
      if (hash !== undefined) {
        tips.set(event.streamName, { revision: event.revision, hash });
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

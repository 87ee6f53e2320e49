import type { ChainBreak } from './chain-break';
import { createChainVerifier } from './chain-verifier';
import type { VerifiableEvent } from './event-summary';

/**
 * Checks the hash chains of every stream in `events` (read order; streams may interleave) and lists
 * every break; an empty list means every chain holds. Verify events as stored: upcasting changes
 * `data` and so the hash.
 */
export const verifyStreamChain = async (
  events: Iterable<VerifiableEvent> | AsyncIterable<VerifiableEvent>,
): Promise<readonly ChainBreak[]> => {
  const verifier = createChainVerifier();
  const breaks: ChainBreak[] = [];
  for await (const event of events) {
    breaks.push(...verifier.push(event));
  }
  return [...breaks, ...verifier.end()];
};

import { hash as digest } from 'node:crypto';
import { isCanonicalJsonText } from '@binaan/canonical-json';
import type { StoredEvent } from './stored-event';

/** Characters JSON.stringify would escape in a name (and surrogates, lone ones among them, which the encoder refuses). */
// eslint-disable-next-line no-control-regex -- control characters are among what it looks for
const ESCAPED_IN_JSON = /["\\\u0000-\u001f\ud800-\udfff]/;

/**
 * The fast path of the first pass: proves an event's hash from its stored text, without parsing it.
 *
 * The event hash (README of @binaan/event-store) is SHA-256 over
 * `canonicalJson({ data, metadata without its top-level hash, revision, streamName, type })`, keys in
 * that (sorted) order. When the stored data and metadata texts are themselves canonical JSON, that
 * encoding is, byte for byte,
 *   {"data":<data text>,"metadata":<metadata text less its top-level "hash" member>,
 *    "revision":"<revision>","streamName":<JSON string>,"type":<JSON string>}
 * so the stored text can be hashed as it is.
 *
 * Why a pass here can never hide a break the exact verifier (createChainVerifier) would report:
 * - Both texts are checked canonical first (canonical-json-text.ts), so each is exactly
 *   canonicalJson(JSON.parse(text)), the very bytes the exact verifier encodes from the parsed event.
 *   Cutting the top-level `hash` member out of a canonical object leaves the canonical object without
 *   it. Stream name and type are quoted as the encoder writes strings: only names that need no
 *   escape are taken, so a quote on each side is what JSON.stringify writes; any surrogate, lone
 *   ones included (the encoder refuses those, so the exact verifier calls the event modified), is declined.
 *   The preimage built here is therefore the exact verifier's preimage, and the digests agree.
 * - `hash` and `prevHash` are read off the text only when they are strings without escapes, so what
 *   is compared is their parsed value; a hex digest equal to one is 64 lower-case hex digits, as the
 *   exact verifier requires.
 * - Only the top-level `hash` member is cut; a `hash` key nested anywhere else stays in the preimage,
 *   as it does for the exact verifier.
 * Anything else (text written before stores wrote canonical JSON, EventStoreDB's text, a one-byte
 * change, a mismatch of any kind) is not a pass here: the event goes the parsed way, and a stream
 * with an event that fails that too goes to the exact verifier. So this path can only save work,
 * never change a result.
 */
export const hashProvedByStoredText = (event: StoredEvent, expectedPrevHash: string): string | undefined => {
  const text = event.storedText;
  const metadata = text?.canonicalMetadata;
  if (text === undefined || metadata === undefined || metadata.prevHash !== expectedPrevHash) return undefined;
  // Quoted as JSON.stringify would quote them, for names that need no escape (cheaper than calling it).
  if (ESCAPED_IN_JSON.test(event.streamName) || ESCAPED_IN_JSON.test(event.type) || !isCanonicalJsonText(text.dataText)) return undefined;
  const preimage = `{"data":${text.dataText},"metadata":${metadata.unhashed},"revision":"${event.revision.toString(10)}","streamName":"${event.streamName}","type":"${event.type}"}`;
  // One-shot hashing: a Hash object per event costs as much again as the digest of a short text.
  const computed = digest('sha256', preimage, 'hex');
  // The computed string, not the stored one: that is a slice that would keep the row's whole metadata text alive in the stream's tip.
  return computed === metadata.hash ? computed : undefined;
};

import type { ParticipantCommandInput } from '@binaan/domain';
import type { CommandEnvelope } from '../handling/command-envelope';
import { commandFingerprint } from '../handling/command-fingerprint';
import { carriesPersonalData } from './seal-personal-data';

/**
 * What "the same participant command" means: two envelopes are the same command when their
 * fingerprints are equal. Stored with the command's events, and used by any caller that recognises a
 * repeated command before it reaches the store (the API's idempotency registry).
 *
 * Keyed only where the command holds personal data, which an unkeyed digest would let anyone with
 * the events test guesses against. Every other command's content is in its events in clear, so a
 * plain SHA-256 (cheaper than starting an HMAC) tells nothing new.
 */
export const participantCommandFingerprint = (envelope: CommandEnvelope<ParticipantCommandInput>, fingerprintKey: Uint8Array): string =>
  commandFingerprint(envelope, carriesPersonalData(envelope.command) ? fingerprintKey : undefined);

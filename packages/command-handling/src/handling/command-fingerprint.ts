import { createHash, createHmac } from 'node:crypto';
import { canonicalJson } from '@binaan/canonical-json';
import type { CommandEnvelope } from './command-envelope';

/**
 * A digest of the command as given and of its actor, stored with the command's events. A command id
 * that comes back with other content or from someone else is a reused Idempotency-Key, not a retry.
 * Pass a key when the command holds personal data: an HMAC cannot be tested against guessed names.
 */
export const commandFingerprint = (envelope: CommandEnvelope<unknown>, hmacKey?: Uint8Array): string => {
  const content = canonicalJson({ actor: envelope.actor, command: envelope.command });
  return (hmacKey === undefined ? createHash('sha256') : createHmac('sha256', hmacKey)).update(content).digest('hex');
};

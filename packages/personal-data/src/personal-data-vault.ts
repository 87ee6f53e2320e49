import type { EncryptedEnvelope } from '@binaan/domain';
import * as E from 'fp-ts/Either';
import type { JsonObject } from '@binaan/canonical-json';
import { openWithKey, parseEnvelope, sealWithKey } from './envelope-cipher';
import { validateKeyId } from './key-id';
import type { KeyStore } from './key-store';

export interface EnvelopeOptions {
  /** Also bound into the ciphertext: an envelope opens only for the purpose it was sealed for. */
  readonly purpose?: string;
}

export type OpenedPersonalData =
  | { readonly status: 'ok'; readonly data: JsonObject }
  /** The participant's key was erased (UU PDP): the data is gone for good. */
  | { readonly status: 'erased'; readonly kid: string }
  /** No key was ever stored for this kid here (e.g. a key store that does not belong to these events). */
  | { readonly status: 'missing_key'; readonly kid: string }
  /** The envelope is malformed, altered, or was moved to another kid or purpose. */
  | { readonly status: 'tampered'; readonly reason: string };

export interface PersonalDataVault {
  /** Creates the participant's data key on first use. Throws PersonalDataInputError or DataKeyErasedError. */
  seal(kid: string, plain: JsonObject, options?: EnvelopeOptions): Promise<EncryptedEnvelope>;
  /** Never throws for a bad envelope; key-store failures (such as a wrong master key) are thrown. */
  open(envelope: unknown, options?: EnvelopeOptions): Promise<OpenedPersonalData>;
  /** Erasure under UU PDP: deletes the participant's key, so every envelope under it becomes 'erased'. */
  erase(kid: string): Promise<void>;
}

export const createPersonalDataVault = (keyStore: KeyStore): PersonalDataVault => ({
  seal: async (kid, plain, options) =>
    sealWithKey(await keyStore.getOrCreateDataKey(validateKeyId(kid)), kid, plain, options?.purpose),
  open: async (envelope, options) => {
    const parsed = parseEnvelope(envelope);
    if (E.isLeft(parsed)) {
      return { status: 'tampered', reason: parsed.left };
    }
    const { kid } = parsed.right;
    const key = await keyStore.getDataKey(kid);
    if (key === 'erased') {
      return { status: 'erased', kid };
    }
    if (key === 'missing') {
      return { status: 'missing_key', kid };
    }
    return openWithKey(key, parsed.right, options?.purpose);
  },
  erase: (kid) => keyStore.eraseDataKey(kid),
});

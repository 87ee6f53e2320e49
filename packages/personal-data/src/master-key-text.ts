import { MasterKeyConfigError } from './errors';

export const MASTER_KEY_BYTES = 32;

const HEX = /^[0-9a-fA-F]*$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const FORMAT_RULE = `must be ${MASTER_KEY_BYTES} random bytes written as 64 hex digits or as base64 (44 characters, e.g. from \`openssl rand -base64 32\`)`;

/**
 * Reads a master key written as hex or base64 (surrounding whitespace ignored). Errors name `source`
 * (the variable or the file) and the rule, and never repeat the text, which may be a mistyped key.
 */
export const parseMasterKeyText = (text: string, source: string, emptyHint: string): Buffer => {
  const trimmed = text.trim();
  if (trimmed.length === 0) {
    throw new MasterKeyConfigError(source, `is empty; ${emptyHint}`);
  }
  if (HEX.test(trimmed)) {
    if (trimmed.length !== MASTER_KEY_BYTES * 2) {
      throw new MasterKeyConfigError(source, `${FORMAT_RULE}; got ${trimmed.length} hex digits`);
    }
    return Buffer.from(trimmed, 'hex');
  }
  if (!BASE64.test(trimmed)) {
    throw new MasterKeyConfigError(source, `${FORMAT_RULE}; got ${trimmed.length} characters that are neither`);
  }
  const bytes = Buffer.from(trimmed, 'base64');
  const canonical = bytes.toString('base64');
  if (trimmed !== canonical && trimmed !== canonical.replace(/=+$/, '')) {
    throw new MasterKeyConfigError(source, `${FORMAT_RULE}; the base64 is not well-formed`);
  }
  if (bytes.length !== MASTER_KEY_BYTES) {
    throw new MasterKeyConfigError(source, `${FORMAT_RULE}; got base64 of ${bytes.length} bytes`);
  }
  return bytes;
};

export const formatMasterKeyText = (key: Uint8Array): string => `${Buffer.from(key).toString('base64')}\n`;

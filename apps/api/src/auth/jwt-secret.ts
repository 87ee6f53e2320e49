import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const JWT_SECRET_FILE = 'jwt-secret';
const minimumSecretBytes = 32;

const checkedSecret = (secret: Uint8Array, source: string): Uint8Array => {
  if (secret.byteLength < minimumSecretBytes) {
    throw new Error(`${source} must hold at least ${minimumSecretBytes} bytes for HS256`);
  }
  return secret;
};

/**
 * The HS256 signing secret: BINAAN_JWT_SECRET when set, otherwise a random one kept in the data folder
 * (created on first start, readable by the owner only) so tokens survive a restart.
 */
export const loadJwtSecret = (dataDir: string, fromEnvironment: string | undefined): Uint8Array => {
  if (fromEnvironment !== undefined && fromEnvironment !== '') {
    return checkedSecret(Buffer.from(fromEnvironment, 'utf8'), 'BINAAN_JWT_SECRET');
  }
  const file = join(dataDir, JWT_SECRET_FILE);
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(minimumSecretBytes).toString('base64url'), { mode: 0o600, flag: 'wx' });
  }
  return checkedSecret(Buffer.from(readFileSync(file, 'utf8').trim(), 'utf8'), file);
};

import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** scrypt's cost: N = 2^15, r = 8, p = 1 (OWASP's minimum is N = 2^17 with r = 8 for 128 MiB; this is 32 MiB, about 100 ms). */
export interface ScryptParameters {
  readonly logN: number;
  readonly r: number;
  readonly p: number;
}

export const defaultScryptParameters: ScryptParameters = { logN: 15, r: 8, p: 1 };

const saltBytes = 16;
const keyBytes = 32;

const derive = (password: string, salt: Buffer, { logN, r, p }: ScryptParameters): Promise<Buffer> => {
  const N = 2 ** logN;
  const options: ScryptOptions = { N, r, p, maxmem: 256 * N * r + 1024 * 1024 };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, keyBytes, options, (error, key) => (error === null ? resolve(key) : reject(error)));
  });
};

/** `scrypt$ln=15,r=8,p=1$<salt base64url>$<key base64url>`: the parameters travel with the hash, so they can be raised later. */
export const hashPassword = async (password: string, parameters: ScryptParameters = defaultScryptParameters): Promise<string> => {
  const salt = randomBytes(saltBytes);
  const key = await derive(password, salt, parameters);
  return `scrypt$ln=${parameters.logN},r=${parameters.r},p=${parameters.p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
};

const hashPattern = /^scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})\$([A-Za-z0-9_-]{16,})\$([A-Za-z0-9_-]{32,})$/;

const parsed = (hash: string): { readonly parameters: ScryptParameters; readonly salt: Buffer; readonly key: Buffer } | undefined => {
  const match = hashPattern.exec(hash);
  if (match === null) return undefined;
  const [, logN, r, p, salt, key] = match;
  const parameters = { logN: Number(logN), r: Number(r), p: Number(p) };
  if (parameters.logN < 10 || parameters.logN > 20 || parameters.r < 1 || parameters.p < 1) return undefined;
  return { parameters, salt: Buffer.from(salt ?? '', 'base64url'), key: Buffer.from(key ?? '', 'base64url') };
};

/** True when the password matches; compared in constant time. A malformed hash never matches. */
export const verifyPassword = async (password: string, hash: string): Promise<boolean> => {
  const stored = parsed(hash);
  if (stored === undefined) return false;
  const key = await derive(password, stored.salt, stored.parameters);
  return key.length === stored.key.length && timingSafeEqual(key, stored.key);
};

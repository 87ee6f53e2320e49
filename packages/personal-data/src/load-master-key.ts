import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MasterKeyConfigError } from './errors';
import { createMasterKey, generateMasterKeyBytes, type MasterKey } from './master-key';
import { formatMasterKeyText, parseMasterKeyText } from './master-key-text';

export const MASTER_KEY_VARIABLE = 'BINAAN_MASTER_KEY';
export const MASTER_KEY_FILE_NAME = 'master.key';

export interface LoadMasterKeyOptions {
  /** Where `master.key` is kept when the variable is not set (created on first start). */
  readonly dataDir: string;
  /** Defaults to process.env. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

const checkPermissions = (keyPath: string): void => {
  const stats = fs.statSync(keyPath);
  if (!stats.isFile()) {
    throw new MasterKeyConfigError(keyPath, 'must be a regular file');
  }
  const tooOpen = stats.mode & 0o077;
  if (process.platform !== 'win32' && tooOpen !== 0) {
    const mode = (stats.mode & 0o777).toString(8).padStart(4, '0');
    throw new MasterKeyConfigError(
      keyPath,
      `permissions ${mode} are too open; the master key file must be readable by its owner only (chmod 600 ${keyPath})`,
    );
  }
};

const readKeyFile = (keyPath: string, created: boolean): MasterKey => {
  checkPermissions(keyPath);
  const bytes = parseMasterKeyText(
    fs.readFileSync(keyPath, 'utf8'),
    keyPath,
    `restore it from a backup, or set ${MASTER_KEY_VARIABLE}`,
  );
  return createMasterKey(bytes, { kind: 'file', path: keyPath, created });
};

const syncDirectory = (directory: string): void => {
  const descriptor = fs.openSync(directory, 'r');
  try {
    fs.fsyncSync(descriptor);
  } finally {
    fs.closeSync(descriptor);
  }
};

/** Written whole to a private temporary file, then linked into place: no reader ever sees half a key. */
const createKeyFile = (dataDir: string, keyPath: string): MasterKey => {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const temporary = path.join(dataDir, `.${MASTER_KEY_FILE_NAME}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const bytes = generateMasterKeyBytes();
  const descriptor = fs.openSync(temporary, 'wx', 0o600);
  try {
    fs.fchmodSync(descriptor, 0o600);
    fs.writeSync(descriptor, formatMasterKeyText(bytes));
    fs.fsyncSync(descriptor);
  } finally {
    fs.closeSync(descriptor);
  }
  try {
    fs.linkSync(temporary, keyPath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      return readKeyFile(keyPath, false);
    }
    throw error;
  } finally {
    fs.unlinkSync(temporary);
  }
  syncDirectory(dataDir);
  return createMasterKey(bytes, { kind: 'file', path: keyPath, created: true });
};

/**
 * The master key from BINAAN_MASTER_KEY (hex or base64 of 32 bytes) when it is set; otherwise from
 * `<dataDir>/master.key`, created with mode 0600 on first start and reused afterwards.
 * Throws MasterKeyConfigError naming the variable or the file and the rule it breaks.
 */
export const loadMasterKey = (options: LoadMasterKeyOptions): MasterKey => {
  const fromEnvironment = (options.env ?? process.env)[MASTER_KEY_VARIABLE];
  if (fromEnvironment !== undefined) {
    const bytes = parseMasterKeyText(
      fromEnvironment,
      MASTER_KEY_VARIABLE,
      `unset it to use ${path.join(options.dataDir, MASTER_KEY_FILE_NAME)} instead`,
    );
    return createMasterKey(bytes, { kind: 'environment', variable: MASTER_KEY_VARIABLE });
  }
  const keyPath = path.join(options.dataDir, MASTER_KEY_FILE_NAME);
  return fs.existsSync(keyPath) ? readKeyFile(keyPath, false) : createKeyFile(options.dataDir, keyPath);
};

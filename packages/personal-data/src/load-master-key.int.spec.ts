import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { MasterKeyConfigError } from './errors';
import { loadMasterKey, MASTER_KEY_VARIABLE } from './load-master-key';
import { createMasterKey } from './master-key';

describe('loadMasterKey', () => {
  let root: string;
  let dataDir: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'binaan-master-key-'));
    dataDir = path.join(root, 'data');
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  const keyFile = () => path.join(dataDir, 'master.key');

  it('creates <dataDir>/master.key with mode 0600 on first start and reuses it afterwards', () => {
    const first = loadMasterKey({ dataDir, env: {} });
    expect(first.origin).toEqual({ kind: 'file', path: keyFile(), created: true });
    expect(fs.statSync(keyFile()).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(dataDir)).toEqual(['master.key']);
    const second = loadMasterKey({ dataDir, env: {} });
    expect(second.origin).toEqual({ kind: 'file', path: keyFile(), created: false });
    expect(second.fingerprint).toBe(first.fingerprint);
  });

  it('takes BINAAN_MASTER_KEY (hex or base64) over the file, and creates no file', () => {
    const bytes = randomBytes(32);
    const fromHex = loadMasterKey({ dataDir, env: { [MASTER_KEY_VARIABLE]: bytes.toString('hex') } });
    const fromBase64 = loadMasterKey({ dataDir, env: { [MASTER_KEY_VARIABLE]: bytes.toString('base64') } });
    expect(fromHex.fingerprint).toBe(createMasterKey(bytes).fingerprint);
    expect(fromBase64.fingerprint).toBe(fromHex.fingerprint);
    expect(fromHex.origin).toEqual({ kind: 'environment', variable: 'BINAAN_MASTER_KEY' });
    expect(fs.existsSync(keyFile())).toBe(false);
  });

  it.each([
    ['an empty value', ''],
    ['a short key', randomBytes(16).toString('hex')],
    ['a passphrase', 'rahasia lapas'],
  ])('refuses %s in BINAAN_MASTER_KEY with an error naming the variable', (_name, value) => {
    expect(() => loadMasterKey({ dataDir, env: { [MASTER_KEY_VARIABLE]: value } })).toThrow(
      expect.objectContaining({ source: 'BINAAN_MASTER_KEY', message: expect.stringMatching(/^BINAAN_MASTER_KEY: /) }),
    );
  });

  it('refuses a key file that others can read', () => {
    loadMasterKey({ dataDir, env: {} });
    fs.chmodSync(keyFile(), 0o644);
    expect(() => loadMasterKey({ dataDir, env: {} })).toThrow(
      new MasterKeyConfigError(
        keyFile(),
        `permissions 0644 are too open; the master key file must be readable by its owner only (chmod 600 ${keyFile()})`,
      ),
    );
  });

  it('refuses a key file of the wrong length', () => {
    fs.mkdirSync(dataDir);
    fs.writeFileSync(keyFile(), `${randomBytes(24).toString('base64')}\n`, { mode: 0o600 });
    expect(() => loadMasterKey({ dataDir, env: {} })).toThrow(
      expect.objectContaining({ source: keyFile(), message: expect.stringContaining('got base64 of 24 bytes') }),
    );
  });

  it('refuses an empty key file rather than replacing it', () => {
    fs.mkdirSync(dataDir);
    fs.writeFileSync(keyFile(), '', { mode: 0o600 });
    expect(() => loadMasterKey({ dataDir, env: {} })).toThrow(`${keyFile()}: is empty; restore it from a backup, or set BINAAN_MASTER_KEY`);
    expect(fs.readFileSync(keyFile(), 'utf8')).toBe('');
  });
});

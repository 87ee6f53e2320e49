import Database from 'better-sqlite3';
import { randomBytes, randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DataKeyErasedError, MasterKeyMismatchError } from './errors';
import type { KeyStore } from './key-store';
import { loadMasterKey } from './load-master-key';
import { createMasterKey } from './master-key';
import { createPersonalDataVault, type PersonalDataVault } from './personal-data-vault';
import { createSqliteKeyStore } from './sqlite-key-store';

const enrolment = { fullName: 'Dewi Lestari Anggraeni', registrationNumber: 'BIIa.117/2019', birthDate: '1991-03-12' };

describe('PersonalDataVault over a SQLite key store shared with the event file', () => {
  let directory: string;
  let database: Database.Database;
  let keyStore: KeyStore;
  let vault: PersonalDataVault;
  beforeEach(async () => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'binaan-vault-'));
    database = new Database(path.join(directory, 'binaan.db'));
    keyStore = await createSqliteKeyStore({ database, masterKey: loadMasterKey({ dataDir: directory, env: {} }) });
    vault = createPersonalDataVault(keyStore);
  });
  afterEach(async () => {
    await keyStore.close();
    database.close();
    fs.rmSync(directory, { recursive: true, force: true });
  });

  it('seals under a key created on first use and opens again', async () => {
    const kid = randomUUID();
    const envelope = await vault.seal(kid, enrolment);
    expect(envelope.kid).toBe(kid);
    expect(JSON.stringify(envelope)).not.toContain('Anggraeni');
    expect(await vault.open(envelope)).toEqual({ status: 'ok', data: enrolment });
  });

  it('leaves the shared database open when the key store closes', async () => {
    await keyStore.close();
    expect(database.open).toBe(true);
  });

  it('reports an envelope moved to another participant, or altered, as tampered', async () => {
    const [kid, otherKid] = [randomUUID(), randomUUID()];
    await vault.seal(otherKid, { notes: 'kontak awal' });
    const envelope = await vault.seal(kid, enrolment);
    const ct = Buffer.from(envelope.ct, 'base64');
    ct[0] = ct[0]! ^ 0x80;
    expect((await vault.open({ ...envelope, kid: otherKid })).status).toBe('tampered');
    expect((await vault.open({ ...envelope, ct: ct.toString('base64') })).status).toBe('tampered');
    expect(await vault.open({ ...envelope, tag: 'short' })).toEqual({ status: 'tampered', reason: 'tag must be padded base64' });
    expect(await vault.open(null)).toEqual({ status: 'tampered', reason: 'the envelope must be an object' });
  });

  it('reports erased after erasure, and refuses to seal for that participant again', async () => {
    const kid = randomUUID();
    const envelope = await vault.seal(kid, enrolment);
    await vault.erase(kid);
    expect(await vault.open(envelope)).toEqual({ status: 'erased', kid });
    await expect(vault.seal(kid, enrolment)).rejects.toThrow(DataKeyErasedError);
  });

  it('reports missing_key for an envelope whose key this store never held', async () => {
    const kid = randomUUID();
    const otherStore = await createSqliteKeyStore({ database: ':memory:', masterKey: createMasterKey(randomBytes(32)) });
    try {
      const envelope = await createPersonalDataVault(otherStore).seal(kid, enrolment);
      expect(await vault.open(envelope)).toEqual({ status: 'missing_key', kid });
    } finally {
      await otherStore.close();
    }
  });

  it('stops with the clear error when started with a wrong master key', async () => {
    await vault.seal(randomUUID(), enrolment);
    const wrongKey = { BINAAN_MASTER_KEY: randomBytes(32).toString('hex') };
    await expect(
      createSqliteKeyStore({ database, masterKey: loadMasterKey({ dataDir: directory, env: wrongKey }) }),
    ).rejects.toThrow('the master key does not match the key store');
    await expect(createSqliteKeyStore({ database, masterKey: createMasterKey(randomBytes(32)) })).rejects.toThrow(
      MasterKeyMismatchError,
    );
  });
});

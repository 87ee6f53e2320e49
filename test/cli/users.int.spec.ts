import { statSync } from 'node:fs';
import { join } from 'node:path';
import { ACCOUNTS_FILE_NAME, createAccountService, openSqliteAccountStore } from '@binaan/accounts';
import { runBinaan } from './support/run-binaan';
import { removeFolder, temporaryFolder } from './support/seeded-store';

describe('binaan users: staff accounts in the data folder', () => {
  const folder = temporaryFolder('users');
  const dataDir = join(folder, 'data');
  const store = ['--store', `sqlite:${dataDir}`];
  const env = { BINAAN_ACTOR: 'cli:kepala-seksi' };
  const users = (args: readonly string[], stdin?: string) => runBinaan(['users', ...args, ...store], env, stdin);
  const signIn = async (username: string, password: string) => {
    const accounts = createAccountService({ store: openSqliteAccountStore(join(dataDir, ACCOUNTS_FILE_NAME)) });
    try {
      return (await accounts.authenticate(username, password))?.id;
    } finally {
      await accounts.close();
    }
  };

  afterAll(() => removeFolder(folder));

  it('says a data folder holds no accounts rather than list none, and creates nothing there', async () => {
    const run = await users(['list']);
    expect([run.code, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toMatch(/^binaan: there are no accounts in .*data \(no accounts\.sqlite\)\. Check --store, or add the first account/);
    expect(() => statSync(dataDir)).toThrow();
  });

  it('adds a first admin with a password from standard input, in a data folder it creates', async () => {
    const run = await users(['add', 'admin.pusat', '--name', 'Admin Pusat', '--role', 'admin', '--national', '--password-stdin'], 'kata-sandi-admin-pusat\n');
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toBe('added admin.pusat (admin)\n');
    expect(run.stdout).not.toContain('kata-sandi');
    expect(statSync(join(dataDir, ACCOUNTS_FILE_NAME)).mode & 0o777).toBe(0o600);
    expect(await signIn('admin.pusat', 'kata-sandi-admin-pusat')).toBe('admin.pusat');
  });

  it('makes a strong password when none is given, prints it once, and it signs in', async () => {
    const run = await users(['add', 'sri.w', '--name', 'Sri Wahyuni', '--role', 'registrar', '--facility', 'lapas-perempuan-malang', '--facility', 'lapas-kelas-i-malang']);
    expect([run.code, run.stderr]).toEqual([0, '']);
    const password = /^password: (\S+)$/m.exec(run.stdout)?.[1] ?? '';
    expect(password).toMatch(/^[a-zA-Z2-9]{5}(-[a-zA-Z2-9]{5}){3}$/);
    expect(await signIn('sri.w', password)).toBe('sri.w');
  });

  it('adds an assessor for her provider’s programme, and an external account without a password', async () => {
    expect((await users(['add', 'lpk.asesor', '--name', 'Asesor LPK', '--role', 'assessor', '--programme', 'sulam-malang-2019', '--password', 'kata-sandi-asesor-lpk'])).code).toBe(0);
    const external = await users(['add', 'oidc.pegawai', '--name', 'Pegawai SSO', '--role', 'viewer', '--national', '--external']);
    expect([external.code, external.stdout]).toEqual([0, 'added oidc.pegawai (viewer)\n']);
  });

  it('lists the accounts with role, status and scope, never the hash', async () => {
    const run = await users(['list']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^USERNAME\s+ROLE\s+STATUS\s+SCOPE\s+NAME\n/);
    expect(run.stdout).toMatch(/admin\.pusat\s+admin\s+active\s+national\s+Admin Pusat/);
    expect(run.stdout).toMatch(/lpk\.asesor\s+assessor\s+active\s+programmes: sulam-malang-2019\s+Asesor LPK/);
    expect(run.stdout).toMatch(/oidc\.pegawai\s+viewer\s+active, external\s+national/);
    expect(run.stdout).toMatch(/sri\.w\s+registrar\s+active\s+facilities: lapas-kelas-i-malang, lapas-perempuan-malang\s+Sri Wahyuni/);
    expect(run.stdout).not.toContain('scrypt');
    const json = await users(['list', '--format', 'json']);
    expect(JSON.parse(json.stdout)[0]).toEqual({
      id: 'admin.pusat', displayName: 'Admin Pusat', role: 'admin', scope: { facilities: 'all', programmes: 'all' }, disabled: false, external: false, createdAt: expect.any(String),
    });
  });

  it('disables and enables an account, and resets a password so only the new one signs in', async () => {
    expect((await users(['disable', 'lpk.asesor'])).stdout).toMatch(/^disabled lpk\.asesor/);
    expect(await signIn('lpk.asesor', 'kata-sandi-asesor-lpk')).toBeUndefined();
    expect((await users(['list'])).stdout).toMatch(/lpk\.asesor\s+assessor\s+disabled/);
    expect((await users(['enable', 'lpk.asesor'])).code).toBe(0);
    expect(await signIn('lpk.asesor', 'kata-sandi-asesor-lpk')).toBe('lpk.asesor');
    const reset = await users(['reset-password', 'lpk.asesor', '--password-stdin'], 'kata-sandi-asesor-baru\n');
    expect([reset.code, reset.stderr]).toEqual([0, '']);
    expect(await signIn('lpk.asesor', 'kata-sandi-asesor-lpk')).toBeUndefined();
    expect(await signIn('lpk.asesor', 'kata-sandi-asesor-baru')).toBe('lpk.asesor');
  });

  it('changes a role and a scope, logged as such', async () => {
    const run = await users(['change', 'sri.w', '--role', 'caseworker', '--facility', 'lapas-perempuan-surabaya']);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect((await users(['list'])).stdout).toMatch(/sri\.w\s+caseworker\s+active\s+facilities: lapas-perempuan-surabaya\s/);
    const changes = (await users(['changes', 'sri.w'])).stdout;
    expect(changes).toMatch(/sri\.w {2}role_changed {2}by cli:kepala-seksi {2}\{"from":"registrar","to":"caseworker"\}/);
    expect(changes).toMatch(/sri\.w {2}scope_changed {2}by cli:kepala-seksi/);
    const nothing = await users(['change', 'sri.w']);
    expect([nothing.code, nothing.stderr]).toEqual([2, expect.stringMatching(/^binaan: nothing to change/)]);
  });

  it('shows the change log: who did what to which account, with no password material', async () => {
    const run = await users(['changes', 'lpk.asesor']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines.map((line) => line.split(/\s+/).slice(1, 5).join(' '))).toEqual([
      'lpk.asesor created by cli:kepala-seksi',
      'lpk.asesor disabled by cli:kepala-seksi',
      'lpk.asesor enabled by cli:kepala-seksi',
      'lpk.asesor password_reset by cli:kepala-seksi',
    ]);
    expect(run.stdout).not.toMatch(/kata-sandi|scrypt/);
  });

  it.each([
    [['add', 'Sri', '--name', 'X', '--role', 'viewer', '--national'], /^binaan: <username>: must be 3 to 64 characters of a-z/],
    [['add', 'budi.s', '--name', 'Budi', '--role', 'warden', '--national'], /^binaan: --role: must be one of registrar, assessor, caseworker, auditor, viewer, admin/],
    [['add', 'budi.s', '--name', 'Budi', '--role', 'viewer'], /^binaan: one of --facility, --programme or --national is required/],
    [['add', 'budi.s', '--name', 'Budi', '--role', 'viewer', '--national', '--facility', 'lapas-x'], /^binaan: --national excludes --facility and --programme/],
    [['add', 'budi.s', '--name', 'Budi', '--role', 'viewer', '--facility', 'Lapas X'], /^binaan: --facility: must be 1 to 64 characters of a-z, 0-9 or "-"/],
    [['add', 'budi.s', '--name', 'Budi', '--role', 'viewer', '--national', '--password', 'pendek'], /^binaan: the password: must be 12 to 1024 characters, got 6/],
    [['add', 'sri.w', '--name', 'Sri', '--role', 'viewer', '--national'], /^binaan: an account "sri.w" already exists/],
    [['disable', 'tidak.ada'], /^binaan: there is no account "tidak.ada"\. Check the username with `binaan users list`/],
    [['reset-password', 'oidc.pegawai'], /^binaan: the password: cannot be set for an external account/],
  ])('refuses %j with exit 2, naming the option and the rule, and changes nothing', async (args, message) => {
    const before = (await users(['changes'])).stdout;
    const run = await users(args);
    expect([run.code, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toMatch(message);
    expect((await users(['changes'])).stdout).toBe(before);
  });
});

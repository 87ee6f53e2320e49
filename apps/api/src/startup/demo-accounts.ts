import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatePassword, isRole, nationalScope, roles, type AccountScope, type AccountService, type Role } from '@binaan/accounts';
import { DEMO_FACILITIES, DEMO_PROGRAMME_ID } from '@binaan/demo-seed';

/** Where the demo sign-ins are kept, readable by the owner only, so that a restart can print them again. */
export const DEMO_SIGN_INS_FILE = 'demo-sign-ins.json';

export interface DemoSignIn {
  readonly role: Role;
  readonly username: string;
  readonly password: string;
}

/** The registrar and case worker work in the demo's prisons, the assessor for its programme; the others are national. */
const demoScopes: Readonly<Record<Role, AccountScope>> = {
  registrar: { facilities: Object.values(DEMO_FACILITIES), programmes: 'all' },
  caseworker: { facilities: Object.values(DEMO_FACILITIES), programmes: 'all' },
  assessor: { facilities: 'all', programmes: [DEMO_PROGRAMME_ID] },
  auditor: nationalScope,
  viewer: nationalScope,
  admin: nationalScope,
};

const demoDisplayNames: Readonly<Record<Role, string>> = {
  registrar: 'Petugas Registrasi (demo)',
  assessor: 'Asesor LPK (demo)',
  caseworker: 'Pendamping (demo)',
  auditor: 'Auditor (demo)',
  viewer: 'Pemantau (demo)',
  admin: 'Admin (demo)',
};

/**
 * With the demo data: one account per role, `demo-<role>`, each with a random password made now and kept
 * in `<data>/demo-sign-ins.json` (0600). Accounts that exist already are left as they are.
 */
export const createDemoAccounts = async (accounts: AccountService, dataDir: string): Promise<readonly DemoSignIn[]> => {
  const signIns: DemoSignIn[] = [];
  for (const role of roles) {
    const username = `demo-${role}`;
    if ((await accounts.find(username)) !== undefined) continue;
    const password = generatePassword();
    await accounts.add({ id: username, displayName: demoDisplayNames[role], role, scope: demoScopes[role], password }, 'demo-seed');
    signIns.push({ role, username, password });
  }
  const all = [...(readDemoSignIns(dataDir) ?? []).filter((kept) => !signIns.some((made) => made.role === kept.role)), ...signIns];
  writeFileSync(join(dataDir, DEMO_SIGN_INS_FILE), `${JSON.stringify(all, null, 2)}\n`, { mode: 0o600 });
  return all;
};

const isDemoSignIn = (value: unknown): value is DemoSignIn => {
  const record = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  return isRole(record['role']) && typeof record['username'] === 'string' && typeof record['password'] === 'string';
};

/** The demo sign-ins made when this data folder was seeded; undefined when it never was. */
export const readDemoSignIns = (dataDir: string): readonly DemoSignIn[] | undefined => {
  const file = join(dataDir, DEMO_SIGN_INS_FILE);
  if (!existsSync(file)) return undefined;
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  return Array.isArray(parsed) ? parsed.filter(isDemoSignIn) : undefined;
};

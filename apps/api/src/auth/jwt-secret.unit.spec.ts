import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JWT_SECRET_FILE, loadJwtSecret } from './jwt-secret';

describe('loadJwtSecret', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'binaan-jwt-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('generates a secret readable by the owner only, and reads the same one back', () => {
    const dir = tempDir();
    const first = loadJwtSecret(dir, undefined);
    expect(statSync(join(dir, JWT_SECRET_FILE)).mode & 0o777).toBe(0o600);
    expect(Buffer.from(loadJwtSecret(dir, undefined)).equals(Buffer.from(first))).toBe(true);
  });

  it('prefers BINAAN_JWT_SECRET and refuses one that is too short for HS256', () => {
    const dir = tempDir();
    expect(Buffer.from(loadJwtSecret(dir, 'k'.repeat(40))).toString()).toBe('k'.repeat(40));
    expect(() => loadJwtSecret(dir, 'short')).toThrow(/at least 32 bytes/);
  });
});

import { hashPassword, verifyPassword } from './password-hash';
import { generatePassword } from './generate-password';
import { passwordProblem } from './password-rules';

describe('password hashing', () => {
  it('stores scrypt parameters and a per-password salt, and verifies only the right password', async () => {
    const hash = await hashPassword('kain-sulam-merah-2019');
    expect(hash).toMatch(/^scrypt\$ln=15,r=8,p=1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(await hashPassword('kain-sulam-merah-2019')).not.toBe(hash);
    expect(await verifyPassword('kain-sulam-merah-2019', hash)).toBe(true);
    expect(await verifyPassword('kain-sulam-merah-2018', hash)).toBe(false);
  });

  it('verifies against the parameters in the hash, and never matches a malformed hash', async () => {
    const cheap = await hashPassword('kain-sulam-merah-2019', { logN: 10, r: 8, p: 1 });
    expect(cheap).toMatch(/^scrypt\$ln=10,/);
    expect(await verifyPassword('kain-sulam-merah-2019', cheap)).toBe(true);
    expect(await verifyPassword('kain-sulam-merah-2019', 'plain')).toBe(false);
    expect(await verifyPassword('kain-sulam-merah-2019', cheap.replace('ln=10', 'ln=40'))).toBe(false);
  });

  it('asks for at least 12 characters, and generates passwords that meet the rule', () => {
    expect(passwordProblem('pendek-sekali')).toBeUndefined();
    expect(passwordProblem('11-karakter')).toBe('must be 12 to 1024 characters, got 11');
    const generated = generatePassword();
    expect(generated).toMatch(/^[a-zA-Z2-9]{5}(-[a-zA-Z2-9]{5}){3}$/);
    expect(passwordProblem(generated)).toBeUndefined();
    expect(generatePassword()).not.toBe(generated);
  });
});

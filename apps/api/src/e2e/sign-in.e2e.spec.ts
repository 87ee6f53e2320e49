import request from 'supertest';
import { enrolmentBody } from './support/bodies';
import { E2E_PASSWORD, startApiUnderTest, type ApiUnderTest } from './support/api-under-test';

const withoutInstance = (body: Record<string, unknown>) => ({ ...body, instance: undefined });

const cookieOf = (response: request.Response): string => {
  const header = response.headers['set-cookie'] as unknown as string[] | undefined;
  const cookie = header?.find((line) => line.startsWith('binaan_session='));
  if (cookie === undefined) throw new Error('no session cookie set');
  return cookie;
};

const cookieValue = (setCookie: string): string => setCookie.split(';')[0] ?? '';

describe('signing in: tokens for scripts', () => {
  let api: ApiUnderTest;
  beforeAll(async () => {
    api = await startApiUnderTest({ signInLimits: { maxFailures: 3, windowMs: 60_000 } });
    await api.tokenFor({ id: 'sri.w', role: 'registrar' });
    await api.tokenFor({ id: 'ani.pusat', role: 'auditor' });
  });
  afterAll(() => api.close());

  const issue = (body: unknown) => request(api.baseUrl).post('/auth/token').send(body as object);

  it('issues a token for the right password; the account, not the token, says the role, and events carry the account as actor', async () => {
    const issued = await issue({ username: 'sri.w', password: E2E_PASSWORD });
    expect(issued.status).toBe(200);
    expect(issued.body).toEqual({ token: expect.any(String), expiresAt: expect.any(String) });
    const lifetime = Date.parse(issued.body.expiresAt) - Date.now();
    expect(lifetime).toBeGreaterThan(7.9 * 3_600_000);
    expect(lifetime).toBeLessThanOrEqual(8 * 3_600_000);
    const claims = JSON.parse(Buffer.from(issued.body.token.split('.')[1], 'base64url').toString());
    expect(claims).toMatchObject({ sub: 'sri.w', cv: 1 });
    expect(claims.role).toBeUndefined();

    const enrolled = await request(api.baseUrl).post('/participants').set('Authorization', `Bearer ${issued.body.token}`).send(enrolmentBody());
    expect(enrolled.status).toBe(201);
    await api.caughtUp();
    const auditor = (await issue({ username: 'ani.pusat', password: E2E_PASSWORD })).body.token;
    const history = await request(api.baseUrl).get(`/participants/${enrolled.body.participantId}/history`).set('Authorization', `Bearer ${auditor}`);
    expect(history.status).toBe(200);
    expect(history.body.events[0].actor).toEqual({ id: 'sri.w', role: 'registrar' });
    expect(JSON.stringify(history.body)).not.toContain('Test sri.w');
  });

  it('answers a wrong password and an unknown username with the very same 401', async () => {
    const wrong = await issue({ username: 'ani.pusat', password: 'bukan-kata-sandinya' });
    const unknown = await issue({ username: 'tidak.ada', password: 'bukan-kata-sandinya' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.code).toBe('INVALID_CREDENTIALS');
    expect(withoutInstance(unknown.body)).toEqual(withoutInstance(wrong.body));
    expect(unknown.headers['www-authenticate']).toBe(wrong.headers['www-authenticate']);
  });

  it.each([
    ['no password', { username: 'sri.w' }, [{ path: 'password', rule: 'is required' }]],
    ['a username that is not text', { username: 42, password: E2E_PASSWORD }, [{ path: 'username', rule: 'must be a string of 1 to 1024 characters' }]],
    ['an unknown field', { username: 'sri.w', password: E2E_PASSWORD, role: 'admin' }, [{ path: 'role', rule: 'is not a known field' }]],
    ['an array', [], [{ path: '', rule: 'must be a JSON object {"username", "password"}' }]],
  ])('refuses a body with %s, naming the field and the rule', async (_case, body, errors) => {
    const response = await issue(body);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED', errors });
    expect(JSON.stringify(response.body)).not.toContain(E2E_PASSWORD);
  });

  it('after too many failures for a username from one address, answers 429 with Retry-After, even to the right password', async () => {
    await api.tokenFor({ id: 'rina.k', role: 'caseworker' });
    for (let attempt = 0; attempt < 3; attempt += 1) expect((await issue({ username: 'rina.k', password: 'salah-salah-salah' })).status).toBe(401);
    const limited = await issue({ username: 'rina.k', password: E2E_PASSWORD });
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('TOO_MANY_SIGN_INS');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect((await issue({ username: 'sri.w', password: E2E_PASSWORD })).status).toBe(200);
  });

  it("a disabled account's tokens stop working at once, and it cannot sign in; enabled again, it can", async () => {
    const token = await api.tokenFor({ id: 'budi.s', role: 'viewer' });
    expect((await request(api.baseUrl).get('/outcomes').set('Authorization', `Bearer ${token}`)).status).toBe(200);
    await api.accounts.disable('budi.s', 'demo-admin');
    const refused = await request(api.baseUrl).get('/outcomes').set('Authorization', `Bearer ${token}`);
    expect(refused.status).toBe(401);
    expect(refused.body.code).toBe('INVALID_TOKEN');
    expect((await issue({ username: 'budi.s', password: E2E_PASSWORD })).body.code).toBe('INVALID_CREDENTIALS');
    await api.accounts.enable('budi.s', 'demo-admin');
    expect((await request(api.baseUrl).get('/outcomes').set('Authorization', `Bearer ${token}`)).status).toBe(200);
  });

  it('a password reset ends every token issued before it; the new password gets a working one', async () => {
    const old = await api.tokenFor({ id: 'dewi.a', role: 'viewer' });
    await api.accounts.resetPassword('dewi.a', 'kata-sandi-baru-2026', 'demo-admin');
    expect((await request(api.baseUrl).get('/outcomes').set('Authorization', `Bearer ${old}`)).body.code).toBe('INVALID_TOKEN');
    expect((await issue({ username: 'dewi.a', password: E2E_PASSWORD })).status).toBe(401);
    const fresh = await issue({ username: 'dewi.a', password: 'kata-sandi-baru-2026' });
    expect(fresh.status).toBe(200);
    expect((await request(api.baseUrl).get('/outcomes').set('Authorization', `Bearer ${fresh.body.token}`)).status).toBe(200);
  });

  it('a role changed on the account applies to its tokens from the next request', async () => {
    const token = await api.tokenFor({ id: 'eko.p', role: 'auditor' });
    expect((await request(api.baseUrl).get('/audit/events').set('Authorization', `Bearer ${token}`)).status).toBe(200);
    await api.accounts.changeRole('eko.p', 'viewer', 'demo-admin');
    const refused = await request(api.baseUrl).get('/audit/events').set('Authorization', `Bearer ${token}`);
    expect(refused.status).toBe(403);
    expect(refused.body.role).toBe('viewer');
  });
});

describe('signing in: web sessions', () => {
  let api: ApiUnderTest;
  let now: Date;
  beforeAll(async () => {
    now = new Date();
    api = await startApiUnderTest({ sessionClock: () => now });
    await api.tokenFor({ id: 'sri.w', role: 'registrar' }, { facilities: ['lapas-perempuan-malang'], programmes: 'all' });
  });
  afterAll(() => api.close());

  const signIn = async (username = 'sri.w') => {
    const response = await request(api.baseUrl).post('/auth/session').send({ username, password: E2E_PASSWORD });
    expect(response.status).toBe(200);
    return { response, cookie: cookieValue(cookieOf(response)), csrfToken: response.body.csrfToken as string };
  };

  it('sets an httpOnly, SameSite=Strict cookie (not Secure over plain HTTP) and names the account', async () => {
    const { response, cookie } = await signIn();
    const setCookie = cookieOf(response);
    expect(setCookie).toMatch(/^binaan_session=[A-Za-z0-9_-]{43}; /);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
    expect(setCookie).toContain('Path=/');
    expect(setCookie).not.toContain('Secure');
    expect(response.body).toEqual({
      account: { id: 'sri.w', displayName: 'Test sri.w', role: 'registrar', scope: { facilities: ['lapas-perempuan-malang'], programmes: 'all' } },
      csrfToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
    });
    const current = await request(api.baseUrl).get('/auth/session').set('Cookie', cookie);
    expect(current.status).toBe(200);
    expect(current.body).toEqual(response.body);
  });

  it('signing in again starts a new session and ends the one the browser carried', async () => {
    const first = await signIn();
    const again = await request(api.baseUrl).post('/auth/session').set('Cookie', first.cookie).send({ username: 'sri.w', password: E2E_PASSWORD });
    expect(again.status).toBe(200);
    const second = cookieValue(cookieOf(again));
    expect(second).not.toBe(first.cookie);
    expect((await request(api.baseUrl).get('/auth/session').set('Cookie', first.cookie)).status).toBe(401);
    expect((await request(api.baseUrl).get('/auth/session').set('Cookie', second)).status).toBe(200);
  });

  it('refuses a wrong password with the same 401 as for tokens, and sets no cookie', async () => {
    const response = await request(api.baseUrl).post('/auth/session').send({ username: 'sri.w', password: 'bukan-kata-sandinya' });
    expect(response.status).toBe(401);
    expect(response.body.code).toBe('INVALID_CREDENTIALS');
    expect(response.headers['set-cookie']).toBeUndefined();
    expect((await request(api.baseUrl).get('/auth/session')).status).toBe(401);
  });

  it('reads with the cookie alone, but a write needs the CSRF token: missing, wrong, then right', async () => {
    const { cookie, csrfToken } = await signIn();
    expect((await request(api.baseUrl).get('/outcomes').set('Cookie', cookie)).status).toBe(200);
    const missing = await request(api.baseUrl).post('/participants').set('Cookie', cookie).send(enrolmentBody());
    expect(missing.status).toBe(403);
    expect(missing.body.code).toBe('CSRF_TOKEN_MISSING');
    const wrong = await request(api.baseUrl).post('/participants').set('Cookie', cookie).set('X-CSRF-Token', `${csrfToken.slice(0, -1)}x`).send(enrolmentBody());
    expect(wrong.status).toBe(403);
    expect(wrong.body.code).toBe('CSRF_TOKEN_INVALID');
    const countBefore = await api.participantEventCount();
    expect(countBefore).toBe(0);
    const right = await request(api.baseUrl).post('/participants').set('Cookie', cookie).set('X-CSRF-Token', csrfToken).send(enrolmentBody());
    expect(right.status).toBe(201);
    await api.caughtUp();
    const history = await request(api.baseUrl).get(`/participants/${right.body.participantId}/history`).set('Authorization', `Bearer ${api.token('auditor')}`);
    expect(history.body.events[0].actor).toEqual({ id: 'sri.w', role: 'registrar' });
  });

  it('a bearer token, when sent, is what counts: a bad one is refused even beside a live cookie', async () => {
    const { cookie } = await signIn();
    const response = await request(api.baseUrl).get('/outcomes').set('Cookie', cookie).set('Authorization', 'Bearer not.a.token');
    expect(response.status).toBe(401);
    expect(response.body.code).toBe('INVALID_TOKEN');
  });

  it('ends after 30 minutes idle, and 12 hours after sign-in however busy', async () => {
    const idle = await signIn();
    now = new Date(now.getTime() + 29 * 60_000);
    expect((await request(api.baseUrl).get('/auth/session').set('Cookie', idle.cookie)).status).toBe(200);
    now = new Date(now.getTime() + 31 * 60_000);
    const ended = await request(api.baseUrl).get('/outcomes').set('Cookie', idle.cookie);
    expect(ended.status).toBe(401);
    expect(ended.body.code).toBe('SESSION_ENDED');

    const busy = await signIn();
    for (let step = 0; step < 36; step += 1) {
      now = new Date(now.getTime() + 20 * 60_000);
      expect((await request(api.baseUrl).get('/auth/session').set('Cookie', busy.cookie)).status).toBe(200);
    }
    now = new Date(now.getTime() + 20 * 60_000);
    expect((await request(api.baseUrl).get('/auth/session').set('Cookie', busy.cookie)).status).toBe(401);
  });

  it('signs out: DELETE needs the CSRF token, then answers 204, clears the cookie and ends the session', async () => {
    const { cookie, csrfToken } = await signIn();
    expect((await request(api.baseUrl).delete('/auth/session').set('Cookie', cookie)).body.code).toBe('CSRF_TOKEN_MISSING');
    const out = await request(api.baseUrl).delete('/auth/session').set('Cookie', cookie).set('X-CSRF-Token', csrfToken);
    expect(out.status).toBe(204);
    expect(cookieOf(out)).toMatch(/^binaan_session=; .*Max-Age=0/);
    expect((await request(api.baseUrl).get('/auth/session').set('Cookie', cookie)).status).toBe(401);
  });

  it("a disabled user's session and token stop working at once", async () => {
    const token = await api.tokenFor({ id: 'tari.m', role: 'caseworker' });
    const { cookie } = await signIn('tari.m');
    expect((await request(api.baseUrl).get('/outcomes').set('Cookie', cookie)).status).toBe(200);
    expect((await request(api.baseUrl).get('/outcomes').set('Authorization', `Bearer ${token}`)).status).toBe(200);
    await api.accounts.disable('tari.m', 'demo-admin');
    expect((await request(api.baseUrl).get('/outcomes').set('Cookie', cookie)).body.code).toBe('SESSION_ENDED');
    expect((await request(api.baseUrl).get('/outcomes').set('Authorization', `Bearer ${token}`)).body.code).toBe('INVALID_TOKEN');
    await api.accounts.enable('tari.m', 'demo-admin');
    expect((await request(api.baseUrl).get('/outcomes').set('Cookie', cookie)).status).toBe(401);
  });

  it('a password reset ends the sessions too', async () => {
    await api.tokenFor({ id: 'wati.s', role: 'viewer' });
    const { cookie } = await signIn('wati.s');
    await api.accounts.resetPassword('wati.s', 'kata-sandi-baru-2026', 'demo-admin');
    expect((await request(api.baseUrl).get('/outcomes').set('Cookie', cookie)).status).toBe(401);
  });
});

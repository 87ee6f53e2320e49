import request from 'supertest';
import { defaultOidcClaims, type OidcConfig } from '../config/oidc-config';
import { SESSION_COOKIE } from '../auth/session-cookie';
import { enrolmentBody } from './support/bodies';
import { startApiUnderTest, type ApiUnderTest } from './support/api-under-test';
import {
  CookieJar,
  freePort,
  OIDC_TEST_CLIENT_ID,
  OIDC_TEST_CLIENT_SECRET,
  signInAtProvider,
  startOidcProvider,
  type OidcProviderUnderTest,
} from './support/oidc-provider';

const malang = 'lapas-perempuan-malang';
const surabaya = 'lapas-perempuan-surabaya';

/** The provider's people: their login name there, and the claims it gives about them. */
const providerAccounts = {
  'petugas.malang': { preferred_username: 'Petugas.Malang', name: 'Petugas Uji OIDC', binaan_role: 'registrar', binaan_facilities: [malang], binaan_programmes: '*' },
  'petugas.baru': { preferred_username: 'petugas.baru', binaan_role: 'caseworker', binaan_facilities: [malang] },
  'petugas.nonaktif': { preferred_username: 'petugas.nonaktif', binaan_role: 'viewer', binaan_facilities: [malang] },
  'penjaga.pintu': { preferred_username: 'penjaga.pintu', binaan_role: 'warden', binaan_facilities: [malang] },
  'fasilitas.salah': { preferred_username: 'fasilitas.salah', binaan_role: 'viewer', binaan_facilities: ['Lapas Malang!'] },
  // Names an account that signs in here with a password (created by the API under test).
  'demo-admin': { preferred_username: 'demo-admin', binaan_role: 'admin', binaan_facilities: '*', binaan_programmes: '*' },
};

describe('OpenID Connect sign-in against a real provider', () => {
  let api: ApiUnderTest;
  let provider: OidcProviderUnderTest;
  let redirectUri: string;
  const logLines: string[] = [];

  beforeAll(async () => {
    const port = await freePort();
    redirectUri = `http://127.0.0.1:${port}/auth/oidc/callback`;
    provider = await startOidcProvider(redirectUri, providerAccounts);
    const oidc: OidcConfig = {
      issuer: provider.issuer,
      clientId: OIDC_TEST_CLIENT_ID,
      clientSecret: OIDC_TEST_CLIENT_SECRET,
      redirectUri,
      scopes: 'openid profile binaan',
      claims: defaultOidcClaims,
    };
    api = await startApiUnderTest({ oidc, port, logLines });
  });
  afterAll(async () => {
    await api?.close();
    await provider?.stop();
  });
  afterEach(() => provider.idTokenMode('honest'));

  /** The browser's round trip up to the callback: the API's flow cookie and the address the provider sends it back to. */
  const toCallback = async (login: string, query = ''): Promise<{ readonly jar: CookieJar; readonly callbackUrl: string }> => {
    const jar = new CookieJar();
    const start = await fetch(`${api.baseUrl}/auth/oidc/login${query}`, { redirect: 'manual' });
    expect(start.status).toBe(302);
    expect(start.headers.getSetCookie()).toEqual([expect.stringMatching(/^binaan_oidc_flow=[^;]+; Path=\/auth\/oidc; HttpOnly; SameSite=Lax; Max-Age=600$/)]);
    jar.take(start);
    const authorizationUrl = start.headers.get('location') ?? '';
    expect(authorizationUrl.startsWith(`${provider.issuer}/`)).toBe(true);
    const url = new URL(authorizationUrl);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('state')).toMatch(/.{20,}/);
    expect(url.searchParams.get('nonce')).toMatch(/.{20,}/);
    return { jar, callbackUrl: await signInAtProvider(authorizationUrl, login, redirectUri) };
  };

  const callback = (callbackUrl: string, jar: CookieJar) => fetch(callbackUrl, { redirect: 'manual', headers: { cookie: jar.header() } });

  const sessionCookieIn = (response: Response): string | undefined =>
    response.headers
      .getSetCookie()
      .map((line) => line.split(';')[0] ?? '')
      .find((pair) => pair.startsWith(`${SESSION_COOKIE}=`) && pair.length > SESSION_COOKIE.length + 1);

  const problemOf = async (response: Response) => ({ status: response.status, body: (await response.json()) as Record<string, unknown> });

  const signedIn = async (login: string): Promise<string> => {
    const { jar, callbackUrl } = await toCallback(login);
    const response = await callback(callbackUrl, jar);
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/app/');
    const cookie = sessionCookieIn(response);
    if (cookie === undefined) throw new Error('no session cookie');
    return cookie;
  };

  it('tells the screens that SSO is on', async () => {
    const response = await request(api.baseUrl).get('/auth/providers');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ password: true, oidc: true });
  });

  it('creates the external account with the role and scope of the claims, and a session that works within that scope only', async () => {
    const cookie = await signedIn('petugas.malang');
    const account = await api.accounts.find('petugas.malang');
    expect(account).toMatchObject({
      id: 'petugas.malang',
      displayName: 'Petugas Uji OIDC',
      role: 'registrar',
      scope: { facilities: [malang], programmes: 'all' },
      external: true,
      passwordHash: null,
      disabled: false,
    });
    const session = await request(api.baseUrl).get('/auth/session').set('Cookie', cookie);
    expect(session.status).toBe(200);
    expect(session.body.account).toMatchObject({ id: 'petugas.malang', role: 'registrar' });

    const admin = `Bearer ${api.token('admin')}`;
    const inMalang = await request(api.baseUrl).post('/participants').set('Authorization', admin).send(enrolmentBody());
    const inSurabaya = await request(api.baseUrl).post('/participants').set('Authorization', admin).send(enrolmentBody({ facilityId: surabaya }));
    expect([inMalang.status, inSurabaya.status]).toEqual([201, 201]);
    await api.caughtUp();
    const own = await request(api.baseUrl).get(`/participants/${inMalang.body.participantId}`).set('Cookie', cookie);
    expect(own.status).toBe(200);
    const outside = await request(api.baseUrl).get(`/participants/${inSurabaya.body.participantId}`).set('Cookie', cookie);
    expect(outside.status).toBe(404);
    expect(outside.body.code).toBe('PARTICIPANT_NOT_FOUND');
  });

  it('brings role and scope back to the claims on every sign-in, and logs the change', async () => {
    await signedIn('petugas.malang');
    await api.accounts.changeRole('petugas.malang', 'viewer', 'e2e-admin');
    await api.accounts.changeScope('petugas.malang', { facilities: 'all', programmes: 'all' }, 'e2e-admin');
    await signedIn('petugas.malang');
    expect(await api.accounts.find('petugas.malang')).toMatchObject({ role: 'registrar', scope: { facilities: [malang], programmes: 'all' } });
    const byOidc = (await api.accounts.changes('petugas.malang')).filter((change) => change.changedBy === 'oidc').map((change) => change.kind);
    expect(byOidc).toEqual(['created', 'role_changed', 'scope_changed']);
  });

  it('returns to the dashboard when the sign-in began there, and never to an address named from outside', async () => {
    const toDashboard = await toCallback('petugas.malang', '?return=dashboard');
    expect((await callback(toDashboard.callbackUrl, toDashboard.jar)).headers.get('location')).toBe('/');
    const elsewhere = await toCallback('petugas.malang', '?return=https://evil.example');
    expect((await callback(elsewhere.callbackUrl, elsewhere.jar)).headers.get('location')).toBe('/app/');
  });

  it('uses a flow once: the same callback again is refused, even with the old flow cookie kept', async () => {
    const { jar, callbackUrl } = await toCallback('petugas.malang');
    const first = await callback(callbackUrl, jar);
    expect(first.status).toBe(302);
    expect(first.headers.getSetCookie()).toContainEqual(expect.stringMatching(/^binaan_oidc_flow=; .*Max-Age=0$/));
    const replayed = await callback(callbackUrl, jar);
    expect(sessionCookieIn(replayed)).toBeUndefined();
    expect(await problemOf(replayed)).toMatchObject({ status: 401, body: { code: 'OIDC_SIGN_IN_FAILED', reason: 'provider_refused' } });
    jar.take(first);
    const again = await callback(callbackUrl, jar);
    expect(sessionCookieIn(again)).toBeUndefined();
    expect(await problemOf(again)).toMatchObject({ status: 401, body: { reason: 'flow_missing_or_expired' } });
  });

  it('a first sign-in in two tabs at once gives both a session on one account', async () => {
    const [first, second] = await Promise.all([toCallback('petugas.baru'), toCallback('petugas.baru')]);
    const responses = await Promise.all([callback(first.callbackUrl, first.jar), callback(second.callbackUrl, second.jar)]);
    expect(responses.map((response) => response.status)).toEqual([302, 302]);
    expect(responses.map((response) => sessionCookieIn(response) !== undefined)).toEqual([true, true]);
    const created = (await api.accounts.changes('petugas.baru')).filter((change) => change.kind === 'created');
    expect(created).toHaveLength(1);
  });

  it('refuses a callback whose state is not the one this browser was sent with, and starts no session', async () => {
    const { jar, callbackUrl } = await toCallback('petugas.malang');
    const wrong = new URL(callbackUrl);
    wrong.searchParams.set('state', 'state-of-another-browser-0123456789');
    const response = await callback(wrong.toString(), jar);
    expect(sessionCookieIn(response)).toBeUndefined();
    const problem = await problemOf(response);
    expect(problem.status).toBe(401);
    expect(problem.body).toMatchObject({ code: 'OIDC_SIGN_IN_FAILED', reason: 'state_mismatch' });
  });

  it('refuses a callback without the flow cookie (another browser, or one that took too long)', async () => {
    const { callbackUrl } = await toCallback('petugas.malang');
    const response = await callback(callbackUrl, new CookieJar());
    expect(sessionCookieIn(response)).toBeUndefined();
    expect(await problemOf(response)).toMatchObject({ status: 401, body: { code: 'OIDC_SIGN_IN_FAILED', reason: 'flow_missing_or_expired' } });
  });

  it('refuses a flow cookie the browser changed (it is encrypted and authenticated)', async () => {
    const { jar, callbackUrl } = await toCallback('petugas.malang');
    const value = jar.get('binaan_oidc_flow') ?? '';
    const changed = `${value.slice(0, -2)}${value.endsWith('AA') ? 'BB' : 'AA'}`;
    const response = await fetch(callbackUrl, { redirect: 'manual', headers: { cookie: `binaan_oidc_flow=${changed}` } });
    expect(sessionCookieIn(response)).toBeUndefined();
    expect(await problemOf(response)).toMatchObject({ status: 401, body: { code: 'OIDC_SIGN_IN_FAILED', reason: 'flow_missing_or_expired' } });
  });

  it('refuses a callback that carries the provider’s refusal (the person cancelled there)', async () => {
    const { jar, callbackUrl } = await toCallback('petugas.malang');
    const refused = new URL(callbackUrl);
    refused.searchParams.delete('code');
    refused.searchParams.set('error', 'access_denied');
    const response = await callback(refused.toString(), jar);
    expect(sessionCookieIn(response)).toBeUndefined();
    expect(await problemOf(response)).toMatchObject({ status: 401, body: { code: 'OIDC_SIGN_IN_FAILED', reason: 'provider_refused' } });
  });

  it.each(['tampered', 'forged'] as const)('refuses a %s ID token (the signature is checked against the provider’s keys)', async (mode) => {
    const { jar, callbackUrl } = await toCallback('petugas.malang');
    await provider.idTokenMode(mode);
    const response = await callback(callbackUrl, jar);
    expect(sessionCookieIn(response)).toBeUndefined();
    expect(await problemOf(response)).toMatchObject({ status: 401, body: { code: 'OIDC_SIGN_IN_FAILED', reason: 'token_invalid' } });
  });

  it('refuses a disabled account', async () => {
    await signedIn('petugas.nonaktif');
    await api.accounts.disable('petugas.nonaktif', 'e2e-admin');
    const { jar, callbackUrl } = await toCallback('petugas.nonaktif');
    const response = await callback(callbackUrl, jar);
    expect(sessionCookieIn(response)).toBeUndefined();
    expect(await problemOf(response)).toMatchObject({ status: 403, body: { code: 'ACCOUNT_DISABLED' } });
    expect(await api.accounts.find('petugas.nonaktif')).toMatchObject({ disabled: true });
  });

  it('refuses an unknown role, naming the claim and the rule, and creates no account', async () => {
    const { jar, callbackUrl } = await toCallback('penjaga.pintu');
    const response = await callback(callbackUrl, jar);
    expect(sessionCookieIn(response)).toBeUndefined();
    const problem = await problemOf(response);
    expect(problem.status).toBe(403);
    expect(problem.body).toMatchObject({ code: 'OIDC_CLAIM_INVALID', errors: [{ path: 'claims.binaan_role', rule: expect.stringContaining('must be one of registrar') }] });
    expect(String(problem.body['detail'])).toContain('binaan_role');
    expect(await api.accounts.find('penjaga.pintu')).toBeUndefined();
    const logged = logLines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((line) => line['msg'] === 'OpenID Connect sign-in refused');
    expect(logged).toContainEqual(expect.objectContaining({ code: 'OIDC_CLAIM_INVALID', claim: 'claims.binaan_role' }));
    expect(logLines.join('\n')).not.toContain('penjaga');
  });

  it('shows a browser the refusal as a page in its language, naming the claim and the rule', async () => {
    const { jar, callbackUrl } = await toCallback('penjaga.pintu');
    const response = await fetch(callbackUrl, {
      redirect: 'manual',
      headers: { cookie: jar.header(), accept: 'text/html,application/xhtml+xml,*/*;q=0.8', 'accept-language': 'id-ID,id;q=0.9' },
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-language')).toBe('id');
    expect(sessionCookieIn(response)).toBeUndefined();
    const page = await response.text();
    expect(page).toContain('Masuk dengan SSO tidak berhasil');
    expect(page).toContain('Klaim binaan_role dari penyedia identitas');
    expect(page).toContain('<code>claims.binaan_role</code> harus salah satu dari registrar');
    expect(page).toContain('href="/app/"');
    expect(page).not.toContain('<script');
  });

  it('refuses a facility id that breaks the scope rule, in Indonesian when asked', async () => {
    const { jar, callbackUrl } = await toCallback('fasilitas.salah');
    const response = await fetch(callbackUrl, { redirect: 'manual', headers: { cookie: jar.header(), 'accept-language': 'id' } });
    const problem = await problemOf(response);
    expect(problem.status).toBe(403);
    expect(problem.body).toMatchObject({ code: 'OIDC_CLAIM_INVALID', errors: [{ path: 'claims.binaan_facilities' }] });
    expect(String(problem.body['detail'])).toContain('Klaim binaan_facilities');
  });

  it('never takes over an account that signs in with a password here', async () => {
    const { jar, callbackUrl } = await toCallback('demo-admin');
    const response = await callback(callbackUrl, jar);
    expect(sessionCookieIn(response)).toBeUndefined();
    expect(await problemOf(response)).toMatchObject({ status: 403, body: { code: 'OIDC_CLAIM_INVALID', errors: [{ path: 'claims.preferred_username' }] } });
    expect(await api.accounts.find('demo-admin')).toMatchObject({ external: false });
  });
});

describe('without OIDC_ISSUER', () => {
  let api: ApiUnderTest;
  beforeAll(async () => {
    api = await startApiUnderTest();
  });
  afterAll(() => api.close());

  it('offers no SSO and has no OIDC routes', async () => {
    expect((await request(api.baseUrl).get('/auth/providers')).body).toEqual({ password: true, oidc: false });
    expect((await request(api.baseUrl).get('/auth/oidc/login')).status).toBe(404);
    expect((await request(api.baseUrl).get('/auth/oidc/callback?code=x&state=y')).status).toBe(404);
  });
});

import type { Browser, Page } from 'playwright-core';
import { freePort, startOidcProvider, type RunningOidcProvider } from './support/oidc-provider';
import { startBinaan, type RunningBinaan } from './support/start-binaan';
import { launchChromium, newStaffContext, screenshot, seriousViolations, viewports } from './support/staff-app-browser';

const client = { id: 'binaan-browser', secret: 'binaan-browser-client-secret-0123456789' };
const providerAccounts = {
  'petugas.malang': {
    preferred_username: 'petugas.malang',
    name: 'Petugas Uji SSO',
    binaan_role: 'registrar',
    binaan_facilities: ['lapas-perempuan-malang'],
    binaan_programmes: '*',
  },
  'penjaga.pintu': { preferred_username: 'penjaga.pintu', binaan_role: 'warden', binaan_facilities: ['lapas-perempuan-malang'] },
};

/** The provider's own pages (oidc-provider's dev interactions): any password, then "Continue" to consent. */
const signInAtProvider = async (page: Page, provider: RunningOidcProvider, login: string): Promise<void> => {
  await page.waitForURL((url) => url.toString().startsWith(provider.issuer));
  await page.fill('input[name="login"]', login);
  await page.fill('input[name="password"]', 'sandi-apa-saja');
  await page.click('button[type="submit"]');
  await page.waitForSelector('input[name="prompt"][value="consent"]', { state: 'attached' });
  await page.click('button[type="submit"]');
};

describe('signing in with SSO in real Chromium', () => {
  let provider: RunningOidcProvider;
  let binaan: RunningBinaan;
  let browser: Browser;

  beforeAll(async () => {
    const port = await freePort();
    provider = await startOidcProvider({ ...client, redirectUri: `http://127.0.0.1:${port}/auth/oidc/callback` }, providerAccounts);
    binaan = await startBinaan(['--demo-participants=5', '--port', String(port)], {
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: client.id,
      OIDC_CLIENT_SECRET: client.secret,
      OIDC_SCOPES: 'openid profile binaan',
    });
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    expect(await binaan?.stop()).toBe(0);
    await provider?.stop();
  });

  const phone = viewports.find((viewport) => viewport.name === 'phone') ?? viewports[0]!;

  it('a registrar signs in to the staff app through the identity provider and lands on her home page, signed in with her claimed role', async () => {
    const context = await newStaffContext(browser, phone);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${binaan.url}/app/`);
    await page.waitForSelector('body[data-ready="true"]');
    const sso = await page.waitForSelector('#sign-in-sso');
    expect(await sso.textContent()).toBe('Masuk dengan SSO');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, `sign-in-sso-${phone.name}`);
    await sso.click();
    await signInAtProvider(page, provider, 'petugas.malang');
    await page.waitForURL(`${binaan.url}/app/`);
    await page.waitForSelector('#who:not([hidden])');
    const session = (await page.evaluate(async () => (await fetch('/auth/session')).json())) as { readonly account: unknown };
    expect(session.account).toMatchObject({ id: 'petugas.malang', role: 'registrar', scope: { facilities: ['lapas-perempuan-malang'], programmes: 'all' } });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a claim Binaan cannot use ends on a page that names it, in Indonesian, with the way back to the sign-in', async () => {
    const context = await newStaffContext(browser, phone);
    const page = await context.newPage();
    await page.goto(`${binaan.url}/app/`);
    await (await page.waitForSelector('#sign-in-sso')).click();
    await signInAtProvider(page, provider, 'penjaga.pintu');
    await page.waitForSelector('section[role="alert"] h1');
    expect(await page.textContent('h1')).toBe('Masuk dengan SSO tidak berhasil');
    expect(await page.textContent('section[role="alert"]')).toContain('binaan_role');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, `sign-in-sso-refused-${phone.name}`);
    await page.click('a.button');
    await page.waitForSelector('form[aria-labelledby="sign-in-title"]');
    await context.close();
  });

  it('the dashboard offers SSO too, and comes back to the dashboard', async () => {
    const context = await newStaffContext(browser, phone);
    const page = await context.newPage();
    await page.goto(`${binaan.url}/`);
    await page.waitForSelector('#sign-in-sso-line:not([hidden])');
    expect(await page.getAttribute('#sign-in-sso', 'href')).toBe('/auth/oidc/login?return=dashboard');
    await page.click('#sign-in-sso');
    await signInAtProvider(page, provider, 'petugas.malang');
    await page.waitForURL(`${binaan.url}/`);
    await page.waitForSelector('#signed-in-as:not([hidden])');
    expect(await page.textContent('#signed-in-as')).toContain('Petugas Uji SSO');
    await context.close();
  });
});

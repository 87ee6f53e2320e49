import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { signInAs } from './support/sign-in';
import { repoRoot, startBinaan, type RunningBinaan } from './support/start-binaan';

const artifacts = join(repoRoot, 'test', 'artifacts');
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

interface Outcomes {
  readonly funnel: readonly { readonly step: string; readonly count: number }[];
}

const getJson = async <A>(binaan: RunningBinaan, path: string, role: string): Promise<A> => {
  const response = await fetch(`${binaan.url}${path}`, { headers: { Authorization: `Bearer ${await binaan.token(role)}` } });
  if (!response.ok) throw new Error(`${path} as ${role}: ${response.status}`);
  return (await response.json()) as A;
};

const countEvents = async (binaan: RunningBinaan, type: string): Promise<number> =>
  (await getJson<{ readonly items: readonly unknown[] }>(binaan, `/audit/events?type=${type}&limit=500`, 'admin')).items.length;

/** Every seeded name and registration number, read as admin: none of them may reach the viewer's page. */
const seededPersonalData = async (binaan: RunningBinaan): Promise<readonly string[]> => {
  const enrolments = await getJson<{ readonly items: readonly { readonly streamName: string }[] }>(
    binaan,
    '/audit/events?type=InmateEnrolled&limit=500',
    'admin',
  );
  const people = await Promise.all(
    enrolments.items.map((item) =>
      getJson<{ readonly personalData: { readonly fullName: string; readonly registrationNumber: string } }>(
        binaan,
        `/participants/${item.streamName.replace('participant-', '')}`,
        'admin',
      ),
    ),
  );
  return people.flatMap((person) => [person.personalData.fullName, person.personalData.registrationNumber]);
};

describe('the dashboard in real Chromium, as a viewer', () => {
  let binaan: RunningBinaan;
  let context: BrowserContext;
  let page: Page;
  let userDataDir: string;
  const requestedOrigins = new Set<string>();

  beforeAll(async () => {
    binaan = await startBinaan(['--demo-participants=80']);
    userDataDir = mkdtempSync(join(tmpdir(), 'binaan-chromium-'));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: '/usr/bin/chromium',
      args: chromiumArgs,
      viewport: { width: 1280, height: 900 },
      locale: 'id-ID',
    });
    page = await context.newPage();
    page.on('request', (request) => requestedOrigins.add(new URL(request.url()).origin));
    await page.goto(`${binaan.url}/`);
    await signInAs(page, binaan.signIns.get('viewer')!);
    await page.waitForSelector('body[data-loaded="true"]', { timeout: 30_000 });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    if (userDataDir !== undefined) rmSync(userDataDir, { recursive: true, force: true });
    expect(await binaan?.stop()).toBe(0);
  });

  it('shows the funnel numbers that GET /outcomes gives', async () => {
    const outcomes = await getJson<Outcomes>(binaan, '/outcomes', 'viewer');
    const shown = await page.$$eval('[data-funnel-step]', (items) =>
      items.map((item) => ({
        step: item.getAttribute('data-funnel-step'),
        count: Number(item.querySelector('.step-count')?.getAttribute('data-count')),
        text: item.querySelector('.step-count')?.textContent,
      })),
    );
    expect(shown.map(({ step, count }) => ({ step, count }))).toEqual(outcomes.funnel.map(({ step, count }) => ({ step, count })));
    // 80 people seeded; some of them come back to custody and are enrolled again as new participants,
    // and an enrolment cancelled as entered in error leaves every figure.
    const enrolments = await countEvents(binaan, 'InmateEnrolled');
    const cancelled = await countEvents(binaan, 'EnrolmentCancelled');
    expect(enrolments).toBeGreaterThan(80);
    expect(outcomes.funnel[0]!.count).toBe(enrolments - cancelled);
    expect(shown[0]!.text).toBe(String(enrolments - cancelled));
  });

  it('shows each further figure with the numerator and denominator that GET /outcomes gives', async () => {
    type Ratio = { numerator: number; denominator: number };
    const { total } = await getJson<{
      total: {
        firstAttemptCompetencyRate: Ratio;
        workAtM6: { ofDue: Ratio; usingTrainedSkill: Ratio };
        returnedToCustodyWithin12Months: Ratio;
      };
    }>(binaan, '/outcomes', 'viewer');
    const count = new Intl.NumberFormat('id-ID');
    const shown = async (id: string) => (await page.textContent(`#${id} .kpi-ratio`))?.trim();
    const expected = ({ numerator, denominator }: Ratio) =>
      denominator === 0 ? 'belum ada pembagi' : `${count.format(numerator)} dari ${count.format(denominator)}`;
    expect(await shown('kpi-first-attempt')).toBe(expected(total.firstAttemptCompetencyRate));
    expect(await shown('kpi-working-m6-due')).toBe(expected(total.workAtM6.ofDue));
    expect(await shown('kpi-trained-skill-m6')).toBe(expected(total.workAtM6.usingTrainedSkill));
    expect(await shown('kpi-returned-12m')).toBe(expected(total.returnedToCustodyWithin12Months));
    expect(total.returnedToCustodyWithin12Months.denominator).toBeGreaterThan(0);
  });

  it('shows the overdue follow-ups that GET /follow-ups/due counts', async () => {
    const due = await getJson<{ readonly total: { readonly overdue: number } }>(binaan, '/follow-ups/due', 'viewer');
    expect(Number(await page.getAttribute('#kpi-overdue .kpi-value', 'data-count'))).toBe(due.total.overdue);
  });

  it('never shows a seeded name or registration number, and keeps the session out of reach of scripts and the address bar', async () => {
    const personal = await seededPersonalData(binaan);
    expect(personal.length).toBe(2 * (await countEvents(binaan, 'InmateEnrolled')));
    const text = await page.innerText('body');
    const html = await page.content();
    expect(personal.filter((value) => text.includes(value) || html.includes(value))).toEqual([]);
    expect(page.url()).toBe(`${binaan.url}/`);
    expect(await page.evaluate(() => (globalThis as unknown as { document: { cookie: string } }).document.cookie)).not.toContain('binaan_session');
    const cookies = await context.cookies(binaan.url);
    expect(cookies.find((cookie) => cookie.name === 'binaan_session')).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(await page.textContent('#signed-in-as')).toBe('Masuk sebagai Pemantau (demo)');
  });

  it('loads everything from the app itself: no CDN, no other origin', () => {
    expect([...requestedOrigins]).toEqual([binaan.url]);
  });

  it('speaks Bahasa Indonesia, switches to English, and saves screenshots', async () => {
    mkdirSync(artifacts, { recursive: true });
    expect(await page.textContent('h1')).toBe('Dasbor hasil program');
    await page.screenshot({ path: join(artifacts, 'dashboard-viewer-id.png'), fullPage: true });
    await page.click('button[data-lang="en"]');
    expect(await page.textContent('h1')).toBe('Programme outcomes dashboard');
    expect(await page.textContent('[data-funnel-step="workingAtM6"] .step-label')).toBe('Working or self-employed at month 6');
    await page.screenshot({ path: join(artifacts, 'dashboard-viewer-en.png'), fullPage: true });
    await page.click('button[data-lang="id"]');
  });

  it('filters by facility: the figures follow GET /outcomes?facility=', async () => {
    await page.selectOption('#filter-facility', 'lapas-perempuan-malang');
    const outcomes = await getJson<Outcomes>(binaan, '/outcomes?facility=lapas-perempuan-malang', 'viewer');
    await page.waitForSelector(`[data-funnel-step="enrolled"] .step-count[data-count="${outcomes.funnel[0]!.count}"]`);
    expect(outcomes.funnel[0]!.count).toBeLessThan(80);
  });

  it('signs out, refuses a wrong password, and signs in again', async () => {
    await page.click('#sign-out');
    await page.waitForSelector('#sign-in-panel:not([hidden])');
    expect(await page.isVisible('#dashboard')).toBe(false);
    const other = await context.newPage();
    await other.goto(`${binaan.url}/`);
    await other.waitForSelector('#sign-in-panel:not([hidden])');
    await other.close();
    await signInAs(page, { username: 'demo-viewer', password: 'bukan-kata-sandinya' });
    await page.waitForSelector('#sign-in-error:not([hidden])');
    expect(await page.textContent('#sign-in-error')).toBe('Nama pengguna atau kata sandi salah.');
    await signInAs(page, binaan.signIns.get('viewer')!);
    await page.waitForSelector('#dashboard:not([hidden])');
  });
});

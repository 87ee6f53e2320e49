import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { signInAs } from './support/sign-in';
import { repoRoot, startBinaan, type RunningBinaan } from './support/start-binaan';

const artifacts = join(repoRoot, 'test', 'artifacts');
const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

interface CoverageMonth {
  readonly month: string;
  readonly status: 'counted' | 'no_count';
  readonly suppressed: boolean;
  readonly inProgramme: number | '<10';
  readonly held?: number | null;
  readonly coverage?: { readonly numerator: number; readonly denominator: number | null; readonly rate: number | null };
}

interface Coverage {
  readonly facilities: readonly { readonly facilityId: string; readonly facilityName: string | null; readonly months: readonly CoverageMonth[] }[];
}

interface DrawnLine {
  readonly label: string;
  readonly data: readonly (number | null)[];
}

const getJson = async <A>(binaan: RunningBinaan, path: string, role: string): Promise<A> => {
  const response = await fetch(`${binaan.url}${path}`, { headers: { Authorization: `Bearer ${await binaan.token(role)}` } });
  if (!response.ok) throw new Error(`${path} as ${role}: ${response.status}`);
  return (await response.json()) as A;
};

/** The points of the coverage chart as chart.js holds them, read from the page. */
const drawnCoverage = (page: Page) =>
  page.evaluate(() => {
    const chart = (globalThis as unknown as { Chart: { getChart: (id: string) => { data: { labels: string[]; datasets: { label: string; data: (number | null)[] }[] } } | undefined } }).Chart.getChart(
      'coverage-chart',
    );
    return chart === undefined ? null : { labels: chart.data.labels, lines: chart.data.datasets.map(({ label, data }) => ({ label, data })) };
  });

/** What the line should show for a facility: the rate as a percentage, a gap where there is no count or the month is suppressed. */
const expectedPoints = (months: readonly string[], facility: Coverage['facilities'][number]): readonly (number | null)[] =>
  months.map((month) => {
    const entry = facility.months.find((candidate) => candidate.month === month);
    return entry === undefined || entry.suppressed || entry.status === 'no_count' || entry.coverage?.rate == null ? null : entry.coverage.rate * 100;
  });

describe.each(['viewer', 'registrar'] as const)('the coverage line in real Chromium, as %s', (role) => {
  let binaan: RunningBinaan;
  let context: BrowserContext;
  let page: Page;
  let userDataDir: string;

  beforeAll(async () => {
    binaan = await startBinaan(['--demo-participants=80']);
    userDataDir = mkdtempSync(join(tmpdir(), 'binaan-chromium-'));
    context = await chromium.launchPersistentContext(userDataDir, { executablePath: '/usr/bin/chromium', args: chromiumArgs, viewport: { width: 1280, height: 1400 }, locale: 'id-ID' });
    page = await context.newPage();
    await page.goto(`${binaan.url}/`);
    await signInAs(page, binaan.signIns.get(role)!);
    await page.waitForSelector('body[data-loaded="true"]', { timeout: 30_000 });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    if (userDataDir !== undefined) rmSync(userDataDir, { recursive: true, force: true });
    expect(await binaan?.stop()).toBe(0);
  });

  it('draws one line per facility with the rates GET /coverage gives, gaps where a month has no count', async () => {
    const coverage = await getJson<Coverage>(binaan, '/coverage', role);
    const drawn = await drawnCoverage(page);
    expect(drawn).not.toBeNull();
    const months = [...new Set(coverage.facilities.flatMap((facility) => facility.months.map((month) => month.month)))].sort();
    expect(drawn!.labels).toHaveLength(months.length);
    expect(drawn!.lines.map((line: DrawnLine) => line.label)).toEqual(coverage.facilities.map((facility) => facility.facilityName));
    coverage.facilities.forEach((facility, index) => expect(drawn!.lines[index]!.data).toEqual(expectedPoints(months, facility)));
    // The seed records monthly counts: the line has points, and they are shares of the people held.
    const points = drawn!.lines.flatMap((line: DrawnLine) => line.data.filter((point): point is number => point !== null));
    expect(points.length).toBeGreaterThan(0);
    expect(Math.max(...points)).toBeLessThanOrEqual(100);
  });

  it('shows each facility’s latest month with numerator and denominator as the API gives them', async () => {
    const coverage = await getJson<Coverage>(binaan, '/coverage', role);
    for (const facility of coverage.facilities) {
      const latest = facility.months[facility.months.length - 1]!;
      const row = page.locator(`[data-coverage-facility="${facility.facilityId}"]`);
      expect(await row.getAttribute('data-month')).toBe(latest.month);
      expect(await row.getAttribute('data-status')).toBe(latest.status);
      const cells = await row.locator('td').allInnerTexts();
      if (latest.suppressed) expect(cells[1]).toBe('<10');
      else {
        expect(cells[1]).toBe(new Intl.NumberFormat('id-ID').format(latest.inProgramme as number));
        if (latest.status === 'counted') expect(cells[3]).toContain(`${new Intl.NumberFormat('id-ID').format(latest.coverage!.numerator)} dari ${new Intl.NumberFormat('id-ID').format(latest.coverage!.denominator!)}`);
      }
    }
  });

  it('labels the coverage section in Bahasa Indonesia and in English', async () => {
    expect(await page.textContent('#coverage-title')).toBe('Jangkauan program per lapas');
    await page.click('button[data-lang="en"]');
    expect(await page.textContent('#coverage-title')).toBe('Programme reach per prison');
    expect(await page.locator('#coverage-table th').allTextContents()).toContain('In the programme');
    mkdirSync(artifacts, { recursive: true });
    await page.locator('#coverage-title').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(artifacts, `dashboard-coverage-${role}-en.png`), fullPage: true });
    await page.click('button[data-lang="id"]');
  });
});

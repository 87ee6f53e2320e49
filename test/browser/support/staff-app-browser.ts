import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { repoRoot, type RunningBinaan } from './start-binaan';

/** Screenshots of the staff app's journeys, kept as test artefacts (gitignored). */
export const screenshotDir = join(repoRoot, 'test', 'artifacts', 'screenshots', 'staff-app');

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Viewport {
  readonly name: 'desktop' | 'phone';
  readonly width: number;
  readonly height: number;
}

export const viewports: readonly Viewport[] = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];

export const launchChromium = (): Promise<Browser> => chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });

export const newStaffContext = (browser: Browser, viewport: Viewport): Promise<BrowserContext> =>
  browser.newContext({
    viewport: { width: viewport.width, height: viewport.height },
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    ...(viewport.name === 'phone' ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
  });

/** Opens /app/ and signs in through the form as the demo account of `role`; resolves on her home page. */
export const signIn = async (page: Page, binaan: RunningBinaan, role: string): Promise<void> => {
  const credentials = binaan.signIns.get(role);
  if (credentials === undefined) throw new Error(`no demo sign-in for ${role}`);
  await page.goto(`${binaan.url}/app/`);
  await page.waitForSelector('body[data-ready="true"]');
  await page.waitForSelector('form[aria-labelledby="sign-in-title"]');
  await page.fill('[name="username"]', credentials.username);
  await page.fill('[name="password"]', credentials.password);
  await page.click('button[type="submit"]');
  await page.waitForSelector('#who:not([hidden])');
  // The header changes before the home screen replaces the form: wait for the form to go, so the next read sees home.
  await page.waitForSelector('form[aria-labelledby="sign-in-title"]', { state: 'detached' });
};

interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly string[] }[];
}

/** Injected through the debugger, as the page's own CSP (scripts from this origin only) would refuse a script tag. */
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core (from node_modules) on the page as it stands: the serious and critical violations. */
export const seriousViolations = async (page: Page): Promise<readonly string[]> => {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const page = globalThis as unknown as { axe: { run: (context: unknown) => Promise<{ violations: AxeViolation[] }> }; document: unknown };
    return (await page.axe.run(page.document)).violations;
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
};

export const screenshot = async (page: Page, name: string): Promise<void> => {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
};

export const getJson = async <A>(binaan: RunningBinaan, path: string, role: string): Promise<A> => {
  const response = await fetch(`${binaan.url}${path}`, { headers: { Authorization: `Bearer ${await binaan.token(role)}` } });
  if (!response.ok) throw new Error(`${path} as ${role}: ${response.status}`);
  return (await response.json()) as A;
};

export const postJson = async <A>(binaan: RunningBinaan, path: string, role: string, body: unknown): Promise<A> => {
  const response = await fetch(`${binaan.url}${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${await binaan.token(role)}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST ${path} as ${role}: ${response.status} ${await response.text()}`);
  return (await response.json()) as A;
};

/** How many events of `type` her stream holds, read by the admin from the audit log. */
export const eventsOf = async (binaan: RunningBinaan, participantId: string, type: string): Promise<number> =>
  (await getJson<{ readonly items: readonly unknown[] }>(binaan, `/audit/events?participant=${participantId}&type=${type}&limit=500`, 'admin')).items.length;

/**
 * The count once the audit log (a read model, a moment behind the store) has caught up to at least
 * `atLeast`, or whatever it holds after ten seconds; the caller then asserts the exact number.
 */
export const eventsOnceCaughtUp = async (binaan: RunningBinaan, participantId: string, type: string, atLeast: number): Promise<number> => {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const count = await eventsOf(binaan, participantId, type);
    if (count >= atLeast || Date.now() > deadline) return count;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
};

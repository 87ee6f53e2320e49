import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startBinaan, type RunningBinaan } from './support/start-binaan';
import {
  eventsOf,
  eventsOnceCaughtUp,
  getJson,
  launchChromium,
  newStaffContext,
  postJson,
  screenshot,
  seriousViolations,
  signIn,
  viewports,
  type Viewport,
} from './support/staff-app-browser';

const today = (): string => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

interface DueItem {
  readonly participantId: string;
  readonly state: string;
}

describe('the staff app in real Chromium', () => {
  let binaan: RunningBinaan;
  let browser: Browser;

  beforeAll(async () => {
    binaan = await startBinaan(['--demo-participants=40']);
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    expect(await binaan?.stop()).toBe(0);
  });

  /** A page for one journey; every screen it reaches is checked with axe-core before moving on. */
  const journey = async (viewport: Viewport) => {
    const context: BrowserContext = await newStaffContext(browser, viewport);
    const page: Page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // No CDN, no other origin: everything the page loads comes from this server.
    page.on('request', (request) => {
      const origin = new URL(request.url()).origin;
      if (origin !== binaan.url) errors.push(`request to ${origin}`);
    });
    // Anything the page's Content-Security-Policy refused (an inline style or script, another origin) counts too.
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy|Refused to/.test(message.text())) errors.push(message.text());
    });
    const checked = async (name: string) => {
      await page.waitForSelector('body[data-ready="true"]');
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, `${name}-${viewport.name}`);
    };
    return { context, page, errors, checked };
  };

  /** A person enrolled through the API, as a registrar's script would: someone to assess or look up. */
  const enrolThroughApi = async (name: string, registrationNumber: string): Promise<string> => {
    const reply = await postJson<{ readonly participantId: string }>(binaan, '/participants', 'registrar', {
      programmeId: 'sulam-malang-2019',
      facilityId: 'lapas-perempuan-malang',
      registrationClass: 'B.I',
      enrolledOn: today(),
      consent: { given: true, recordedOn: today() },
      personalData: { fullName: name, registrationNumber },
    });
    return reply.participantId;
  };

  describe.each(viewports)('at $name size ($width×$height)', (viewport) => {
    it('a registrar enrols a person (the NIK warning shown, not blocking), finds her by registration number, records her release with contact details and voids it with a reason', async () => {
      const { context, page, errors, checked } = await journey(viewport);
      await page.goto(`${binaan.url}/app/`);
      await page.waitForSelector('form[aria-labelledby="sign-in-title"]');
      await checked('sign-in');
      await signIn(page, binaan, 'registrar');
      await page.waitForSelector('h1:text-is("Registrasi peserta")');
      await checked('registrar-home');

      await page.click('a[href="#/enrol"]');
      await page.waitForSelector('form [name="personalData.fullName"]');
      await checked('registrar-enrol');
      const registrationNumber = `BI.${viewport.width}/2026 (uji)`;
      await page.fill('[name="personalData.fullName"]', `Warga Binaan Uji ${viewport.name}`);
      await page.fill('[name="personalData.registrationNumber"]', registrationNumber);
      await page.selectOption('[name="registrationClass"]', 'B.I');
      // The NIK says 12 May 1990 (a woman: day + 40); the birth date says otherwise.
      await page.fill('[name="personalData.nik"]', '3507015205900001');
      await page.fill('[name="personalData.birthDate"]', '1991-01-01');
      await page.selectOption('[name="programmeId"]', 'sulam-malang-2019');
      await page.selectOption('[name="facilityId"]', 'lapas-perempuan-malang');
      await page.check('[name="consent.given"][value="true"]');
      await page.click('form button[type="submit"]');
      await page.waitForSelector('[data-warning="personalData.nik"]');
      expect(await page.textContent('h1')).toBe('Peserta terdaftar');
      await checked('registrar-enrolled-nik-warning');

      await page.click('a[href="#/"]');
      await page.fill('[name="registrationNumber"]', registrationNumber.toLowerCase());
      await page.click('form[role="search"] button[type="submit"]');
      await page.waitForSelector('.results a');
      expect(await page.textContent('.results a')).toBe(`Warga Binaan Uji ${viewport.name}`);
      await checked('registrar-search');
      await page.click('.results a');
      await page.waitForSelector('[data-status="in_training"]');
      await checked('registrar-participant');

      await page.click('a[href$="/release"]');
      await page.waitForSelector('[name="releaseType"]');
      await page.selectOption('[name="releaseType"]', 'pembebasan_bersyarat');
      await page.fill('[name="supervisionEndsOn"]', `${Number(today().slice(0, 4)) + 1}${today().slice(4)}`);
      await page.fill('[name="personalData.phone"]', '0812-3456-7890');
      await page.fill('[name="personalData.addressAfterRelease"]', 'Jl. Contoh 1, Malang');
      await page.check('[name="personalData.preferredChannel"][value="whatsapp"]');
      await page.fill('[name="personalData.familyContact.name"]', 'Ibu Contoh');
      await page.fill('[name="personalData.familyContact.relationship"]', 'ibu');
      await page.fill('[name="personalData.familyContact.phone"]', '0813 1111 2222');
      await checked('registrar-release-form');
      await page.click('form button[type="submit"]');
      await page.waitForSelector('[data-status="released"]');
      expect(await page.textContent('.flash')).toBe('Tersimpan.');
      await checked('registrar-released');

      // The release was a mistake: she voids her own entry, with a reason, and the participant is in training again.
      await page.click('a[href$="/void"]');
      await page.waitForSelector('[name="eventId"]');
      const options = await page.$$eval('[name="eventId"] option', (items) => items.map((item) => item.textContent));
      expect(options).toContainEqual(expect.stringContaining('Bebas'));
      await page.selectOption('[name="eventId"]', { index: options.findIndex((text) => text?.includes('Bebas')) });
      await page.selectOption('[name="reason"]', 'data_entry_error');
      await checked('registrar-void-form');
      await page.click('form button[type="submit"]');
      await page.waitForSelector('[data-status="in_training"]');

      expect(errors).toEqual([]);
      await context.close();
    });

    it('an assessor opens a cohort and records a module grid: competent for one, not yet competent for another, prerequisites shown', async () => {
      const first = await enrolThroughApi(`Peserta Asesmen A ${viewport.name}`, `BI.A${viewport.width}/2026`);
      const second = await enrolThroughApi(`Peserta Asesmen B ${viewport.name}`, `BI.B${viewport.width}/2026`);
      const { context, page, errors, checked } = await journey(viewport);
      await signIn(page, binaan, 'assessor');
      await page.waitForSelector('h1:text-is("Uji kompetensi")');
      const cohort = today().slice(0, 7);
      await page.waitForSelector(`a[href="#/cohorts/sulam-malang-2019/${cohort}"]`);
      await checked('assessor-home');
      await page.click(`a[href="#/cohorts/sulam-malang-2019/${cohort}"]`);
      await page.waitForSelector('.modules a');
      await checked('assessor-cohort');

      const programmes = await getJson<{ programmes: { id: string; modules: { id: string; prerequisites: string[] }[] }[] }>(binaan, '/programmes', 'assessor');
      const modules = programmes.programmes.find((programme) => programme.id === 'sulam-malang-2019')!.modules;
      const basic = modules.find((module) => module.prerequisites.length === 0)!;
      const advanced = modules.find((module) => module.prerequisites.includes(basic.id))!;
      await page.click(`a[href="#/cohorts/sulam-malang-2019/${cohort}/${basic.id}"]`);
      await page.waitForSelector(`tr[data-participant="${first}"]`);
      await checked('assessor-grid');
      await page.check(`tr[data-participant="${first}"] input[value="competent"]`);
      await page.check(`tr[data-participant="${second}"] input[value="not_yet_competent"]`);
      await page.click('form button[type="submit"]');
      await page.waitForSelector(`tr[data-participant="${second}"] .row-status.saved`);
      await page.waitForSelector(`tr[data-participant="${first}"] .row-status.saved`);
      expect(await eventsOnceCaughtUp(binaan, first, 'ModuleCompleted', 1)).toBe(1);
      expect(await eventsOnceCaughtUp(binaan, second, 'ModuleCompleted', 1)).toBe(1);
      await checked('assessor-grid-saved');

      // The next module names its prerequisite, and who has not met it yet.
      await page.goto(`${binaan.url}/app/#/cohorts/sulam-malang-2019/${cohort}/${advanced.id}`);
      await page.waitForSelector(`tr[data-participant="${second}"] .missing`);
      expect(await page.textContent(`tr[data-participant="${second}"] .missing`)).toContain('Prasyarat belum kompeten');
      expect(errors).toEqual([]);
      await context.close();
    });

    it('a case worker sees who is due or overdue with contact details and logs a contact from the worklist', async () => {
      const { context, page, errors, checked } = await journey(viewport);
      await signIn(page, binaan, 'caseworker');
      await page.waitForSelector('h1:text-is("Daftar pemantauan")');
      await page.waitForSelector('.work-item');
      await checked('caseworker-worklist');
      const participantId = (await page.getAttribute('.work-item', 'data-participant'))!;
      const before = await eventsOf(binaan, participantId, 'FollowUpLogged');
      await page.click(`.work-item[data-participant="${participantId}"] a[href="#/follow-ups/${participantId}"]`);
      await page.waitForSelector('[name="contactedOn"]');
      await page.check('[name="channel"][value="phone"]');
      await page.check('[name="outcome"][value="reached"]');
      await page.check('[name="employment.status"][value="self_employed"]');
      await page.check('[name="employment.usesTrainedSkill"][value="true"]');
      await page.selectOption('[name="employment.incomeBand"]', '500k_to_1m');
      await page.selectOption('[name="employment.businessStatus"]', 'running');
      await page.check('[name="needs"][value="capital"]');
      await page.fill('[name="personalData.notes"]', 'Usaha sulam berjalan, butuh modal.');
      await checked('caseworker-contact-form');
      await page.click('form button[type="submit"]');
      await page.waitForSelector('.flash');
      expect(await page.textContent('.flash')).toBe('Kontak tersimpan.');
      expect(await eventsOnceCaughtUp(binaan, participantId, 'FollowUpLogged', before + 1)).toBe(before + 1);
      await checked('caseworker-contact-saved');
      expect(errors).toEqual([]);
      await context.close();
    });

    it("an auditor opens a participant's timeline from the latest enrolments", async () => {
      const { context, page, errors, checked } = await journey(viewport);
      await signIn(page, binaan, 'auditor');
      await page.waitForSelector('h1:text-is("Pemeriksaan riwayat peserta")');
      await page.waitForSelector('.entries a');
      await checked('auditor-home');
      await page.click('.entries a');
      await page.waitForSelector('.timeline li');
      const participantId = page.url().split('/participants/')[1]!;
      const history = await getJson<{ events: unknown[] }>(binaan, `/participants/${participantId}/history`, 'auditor');
      expect(await page.locator('.timeline li').count()).toBe(history.events.length);
      expect(await page.textContent('.timeline li')).toContain('Pendaftaran peserta');
      await checked('auditor-timeline');
      await page.click('button[data-lang="en"]');
      expect(await page.textContent('.timeline li')).toContain('Enrolment');
      await screenshot(page, `auditor-timeline-en-${viewport.name}`);
      await page.click('button[data-lang="id"]');

      await page.click('#sign-out');
      await page.waitForSelector('form[aria-labelledby="sign-in-title"]');
      expect(await page.evaluate(async () => (await fetch('/auth/session')).status)).toBe(401);
      expect(errors).toEqual([]);
      await context.close();
    });
  });

  it('a form posting bad input shows each field’s rule next to the field and keeps every typed value', async () => {
    const { context, page, checked } = await journey(viewports[0]!);
    await signIn(page, binaan, 'registrar');
    await page.click('a[href="#/enrol"]');
    await page.waitForSelector('[name="personalData.fullName"]');
    await page.fill('[name="personalData.fullName"]', 'Nama Yang Diketik');
    await page.fill('[name="personalData.registrationNumber"]', 'BI.9999/2026');
    await page.selectOption('[name="registrationClass"]', 'B.I');
    await page.fill('[name="personalData.nik"]', '350701520590000');
    await page.selectOption('[name="programmeId"]', 'sulam-malang-2019');
    await page.selectOption('[name="facilityId"]', 'lapas-perempuan-malang');
    await page.check('[name="consent.given"][value="true"]');
    await page.click('form button[type="submit"]');
    const nikError = page.locator('[data-field="personalData.nik"] .field-error');
    await nikError.waitFor();
    expect(await nikError.textContent()).toContain('16 digit');
    expect(await page.getAttribute('[name="personalData.nik"]', 'aria-invalid')).toBe('true');
    const describedBy = (await page.getAttribute('[name="personalData.nik"]', 'aria-describedby'))!.split(' ');
    expect(describedBy).toContain(await nikError.getAttribute('id'));
    expect(await page.isVisible('.form-alert')).toBe(true);
    expect(await page.inputValue('[name="personalData.fullName"]')).toBe('Nama Yang Diketik');
    expect(await page.inputValue('[name="personalData.registrationNumber"]')).toBe('BI.9999/2026');
    expect(await page.inputValue('[name="personalData.nik"]')).toBe('350701520590000');
    expect(await page.isChecked('[name="consent.given"][value="true"]')).toBe(true);
    await checked('registrar-enrol-bad-input');
    // Switching the language re-words the page and leaves the values typed.
    await page.click('button[data-lang="en"]');
    expect(await page.textContent('h1')).toBe('Enrol a participant');
    expect(await page.inputValue('[name="personalData.fullName"]')).toBe('Nama Yang Diketik');
    await page.click('button[data-lang="id"]');
    await context.close();
  });

  it('a registrar records a transfer and an exit; an exit for "other" without a note is refused at the note', async () => {
    const participantId = await enrolThroughApi('Peserta Mutasi', 'BI.7777/2026 (uji)');
    const { context, page, errors, checked } = await journey(viewports[0]!);
    await signIn(page, binaan, 'registrar');
    await page.goto(`${binaan.url}/app/#/participants/${participantId}/transfer`);
    await page.waitForSelector('[name="toFacilityId"]');
    await page.selectOption('[name="toFacilityId"]', 'lapas-perempuan-surabaya');
    await checked('registrar-transfer-form');
    await page.click('form button[type="submit"]');
    await page.waitForSelector('.timeline li:has-text("Dipindahkan 1 kali")');

    await page.click('a[href$="/exit"]');
    await page.waitForSelector('[name="reason"]');
    await page.selectOption('[name="reason"]', 'other');
    await page.click('form button[type="submit"]');
    const noteError = page.locator('[data-field="personalData.note"] .field-error');
    await noteError.waitFor();
    expect(await noteError.textContent()).toContain('wajib diisi bila reason adalah other');
    await page.fill('[name="personalData.note"]', 'Dipindah ke rumah sakit di luar lapas.');
    await page.click('form button[type="submit"]');
    await page.waitForSelector('[data-status="exited"]');
    await checked('registrar-exited');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a session that ends under a typed form: she signs in again over it and the form is sent, nothing retyped', async () => {
    const { context, page, errors, checked } = await journey(viewports[1]!);
    await signIn(page, binaan, 'registrar');
    await page.click('a[href="#/enrol"]');
    await page.waitForSelector('[name="personalData.fullName"]');
    await page.fill('[name="personalData.fullName"]', 'Peserta Sesi Berakhir');
    await page.fill('[name="personalData.registrationNumber"]', 'BI.5555/2026 (uji)');
    await page.selectOption('[name="registrationClass"]', 'B.IIa');
    await page.selectOption('[name="programmeId"]', 'sulam-malang-2019');
    await page.selectOption('[name="facilityId"]', 'lapas-perempuan-malang');
    await page.check('[name="consent.given"][value="true"]');
    // Signed out elsewhere (another tab, a timeout): the cookie's session is gone.
    const ended = await page.evaluate(async () => {
      const tab = globalThis as unknown as { sessionStorage: { getItem: (key: string) => string | null } };
      const { csrfToken } = JSON.parse(tab.sessionStorage.getItem('binaan.staff.session') ?? '{}') as { csrfToken: string };
      return (await fetch('/auth/session', { method: 'DELETE', headers: { 'X-CSRF-Token': csrfToken } })).status;
    });
    expect(ended).toBe(204);
    await page.click('form.command button[type="submit"]');
    await page.waitForSelector('dialog.reauth[open]');
    expect(await page.inputValue('dialog.reauth [name="username"]')).toBe('demo-registrar');
    await checked('reauth-dialog');
    await page.fill('dialog.reauth [name="password"]', binaan.signIns.get('registrar')!.password);
    await page.click('dialog.reauth button[type="submit"]');
    await page.waitForSelector('section.success');
    expect(await page.textContent('h1')).toBe('Peserta terdaftar');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('offline: a contact logged without a network waits on the phone, survives a reload, and is sent once when the network returns', async () => {
    const { context, page, checked } = await journey(viewports[1]!);
    await signIn(page, binaan, 'caseworker');
    await page.waitForSelector('.work-item');
    await page.evaluate(async () => {
      await (globalThis as unknown as { navigator: { serviceWorker: { ready: Promise<unknown> } } }).navigator.serviceWorker.ready;
    });
    const due = await getJson<{ items: DueItem[] }>(binaan, '/follow-ups/due', 'caseworker');
    const participantId = due.items.at(-1)!.participantId;
    const before = await eventsOf(binaan, participantId, 'FollowUpLogged');
    await page.click(`.work-item[data-participant="${participantId}"] a[href="#/follow-ups/${participantId}"]`);
    await page.waitForSelector('[name="contactedOn"]');

    await context.setOffline(true);
    await page.waitForSelector('#connection:not([hidden])');
    await page.check('[name="channel"][value="visit"]');
    await page.check('[name="outcome"][value="not_reached"]');
    await page.selectOption('[name="notReachedReason"]', 'moved');
    await page.fill('[name="personalData.notes"]', 'Rumah kosong, tetangga bilang pindah.');
    await page.click('form button[type="submit"]');
    await page.waitForSelector('.outbox [data-outbox-state="waiting"]');
    expect(await page.textContent('.flash')).toContain('menunggu dikirim');
    await checked('offline-queued');

    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    await page.waitForSelector('.outbox [data-outbox-state="waiting"]');
    expect(await page.locator('.outbox [data-outbox-state="waiting"]').count()).toBe(1);
    expect(await eventsOf(binaan, participantId, 'FollowUpLogged')).toBe(before);
    await screenshot(page, 'offline-after-reload-phone');

    await context.setOffline(false);
    await page.waitForSelector('.outbox [data-outbox-state]', { state: 'detached', timeout: 20_000 });
    expect(await eventsOnceCaughtUp(binaan, participantId, 'FollowUpLogged', before + 1)).toBe(before + 1);
    // Another load and a moment later: nothing was sent twice.
    await page.reload();
    await page.waitForSelector('.work-item');
    expect(await eventsOnceCaughtUp(binaan, participantId, 'FollowUpLogged', before + 2)).toBe(before + 1);
    await context.close();
  });

  it('the worklist comes a page at a time: "show more" adds the next page, each person once, until the last', async () => {
    const { context, page, errors, checked } = await journey(viewports[1]!);
    // Pages of two, asked of the real API, so a short demo list still needs several pages.
    await page.route(/\/follow-ups\/due\?/, (route) => route.continue({ url: `${route.request().url()}&limit=2` }));
    const due = await getJson<{ total: { due: number; overdue: number } }>(binaan, '/follow-ups/due', 'caseworker');
    const total = due.total.due + due.total.overdue;
    expect(total).toBeGreaterThan(4);
    await signIn(page, binaan, 'caseworker');
    await page.waitForSelector('.work-item');
    expect(await page.locator('.work-item').count()).toBe(2);
    expect(await page.textContent('[data-worklist-shown]')).toBe(`Menampilkan 2 dari ${total} orang.`);
    await checked('caseworker-worklist-paged');
    for (let shown = 2; shown < total; shown = Math.min(shown + 2, total)) {
      await page.click('button:text-is("Tampilkan lebih banyak")');
      await page.locator('.work-item').nth(Math.min(shown + 2, total) - 1).waitFor();
    }
    const people = await page.locator('.work-item').evaluateAll((items) => items.map((item) => item.getAttribute('data-participant')));
    expect(new Set(people).size).toBe(total);
    expect(await page.locator('button:text-is("Tampilkan lebih banyak")').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('serves the app shell with the API’s security headers, and /app sends the browser to /app/', async () => {
    const files = ['/app/', '/app/app.js', '/app/app.css', '/app/sw.js'];
    for (const file of files) {
      const response = await fetch(`${binaan.url}${file}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    }
    const redirect = await fetch(`${binaan.url}/app`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/app/');
  });
});

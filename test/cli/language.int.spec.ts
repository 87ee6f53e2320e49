import { join } from 'node:path';
import { runBinaan } from './support/run-binaan';
import { removeFolder, seedDemoStore, temporaryFolder } from './support/seeded-store';

/** `binaan` says what is wrong, and reports what it found, in the language of the locale: Indonesian for id_ID, English otherwise; the exit code is the same. */
describe('binaan speaks the language of LANG', () => {
  const folder = temporaryFolder('language');
  const missing = ['--store', `sqlite:${join(folder, 'no-such-store')}`];
  afterAll(() => removeFolder(folder));

  it.each([
    ['a business date that is no date', ['outcomes', '--as-of', '2020-02-30', ...missing], '--as-of: "2020-02-30" bukan tanggal', '--as-of: "2020-02-30" is not a date'],
    ['a participant id that is no UUID', ['history', 'Siti', ...missing], 'id peserta "Siti" bukan UUID huruf kecil', 'participant id "Siti" is not a lower-case UUID'],
    ['a store that is not there', ['verify', ...missing], 'tidak ada penyimpanan Binaan di', 'no Binaan store at'],
    ['an unknown format', ['outcomes', ...missing, '--format', 'xlsx'], '--format: "xlsx" bukan salah satu dari table, json, csv', '--format: "xlsx" is not one of table, json, csv'],
  ])('%s: Indonesian with LANG=id_ID.UTF-8, English without', async (_case, args, indonesian, english) => {
    const inIndonesian = await runBinaan(args, { LANG: 'id_ID.UTF-8' });
    const inEnglish = await runBinaan(args, {});
    expect({ code: inIndonesian.code, stdout: inIndonesian.stdout }).toEqual({ code: 2, stdout: '' });
    expect(inEnglish.code).toBe(2);
    expect(inIndonesian.stderr).toContain(`binaan: ${indonesian}`);
    expect(inEnglish.stderr).toContain(`binaan: ${english}`);
    expect(inIndonesian.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('LC_ALL overrides LANG, as POSIX has it', async () => {
    const run = await runBinaan(['history', 'Siti', ...missing], { LANG: 'id_ID.UTF-8', LC_ALL: 'en_US.UTF-8' });
    expect(run.stderr).toContain('participant id "Siti" is not a lower-case UUID');
  });

  it('LC_MESSAGES alone is enough', async () => {
    const run = await runBinaan(['history', 'Siti', ...missing], { LANG: 'en_US.UTF-8', LC_MESSAGES: 'id_ID.UTF-8' });
    expect(run.stderr).toContain('id peserta "Siti" bukan UUID huruf kecil');
  });
});

describe("binaan verify's report in the language of LANG", () => {
  const folder = temporaryFolder('language-verify');
  const store = ['--store', `sqlite:${join(folder, 'data')}`];

  beforeAll(() => seedDemoStore(join(folder, 'data')), 120_000);
  afterAll(() => removeFolder(folder));

  it('an Indonesian auditor reads the report in Indonesian, with the same exit code and the same figures', async () => {
    const inIndonesian = await runBinaan(['verify', ...store], { LANG: 'id_ID.UTF-8' });
    const inEnglish = await runBinaan(['verify', ...store], { LANG: 'en_US.UTF-8' });
    expect([inIndonesian.code, inEnglish.code]).toEqual([0, 0]);
    expect(inIndonesian.stdout).toMatch(/^Penyimpanan: /);
    expect(inIndonesian.stdout).toMatch(/^Rantai hash: \d+ event dalam \d+ stream dihitung ulang, sampai posisi \d+\.$/m);
    expect(inIndonesian.stdout).toMatch(/^Jejak audit: \d+ event dibandingkan/m);
    expect(inIndonesian.stdout).toMatch(/^Hasil: CLEAN \(bersih\)\. Tidak ditemukan kerusakan\.$/m);
    expect(inEnglish.stdout).toMatch(/^Result: CLEAN\. No break found\.$/m);
    const numbers = (text: string) => text.match(/\d+/g);
    expect(numbers(inIndonesian.stdout)).toEqual(numbers(inEnglish.stdout));
  });

  it('--format json is the same in every language', async () => {
    const inIndonesian = await runBinaan(['verify', ...store, '--format', 'json'], { LANG: 'id_ID.UTF-8' });
    const inEnglish = await runBinaan(['verify', ...store, '--format', 'json'], {});
    expect(inIndonesian.stdout).toBe(inEnglish.stdout);
  });
});

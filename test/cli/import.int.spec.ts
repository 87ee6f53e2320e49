import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSqliteEventStore } from '@binaan/event-store-sqlite';
import ExcelJS from 'exceljs';
import { runBinaan } from './support/run-binaan';
import { removeFolder, temporaryFolder } from './support/seeded-store';

const mappingFile = join(__dirname, '..', '..', 'apps', 'cli', 'examples', 'import', 'mapping.json');

/** A made-up workbook in the shape of the example mapping: three women, their modules, one release, one contact. */
const writeWorkbook = async (path: string): Promise<void> => {
  const workbook = new ExcelJS.Workbook();
  const sheet = (name: string, rows: readonly (readonly unknown[])[]) => {
    const worksheet = workbook.addWorksheet(name);
    for (const row of rows) worksheet.addRow([...row]);
  };
  sheet('Pendaftaran', [
    ['No. Registrasi', 'Nama', 'NIK', 'Tanggal Lahir', 'Golongan', 'Tanggal Daftar', 'Tanggal Persetujuan'],
    ['BI 901/2021/UJI', 'Sri Lestari Uji Impor', '', '', 'B.I', new Date(Date.UTC(2021, 2, 1)), '01/03/2021'],
    ['BI 902/2021/UJI', 'Dewi Rahayu Uji Impor', '', '', 'B.I', '02/03/2021', '02/03/2021'],
    ['BI 903/2021/UJI', 'Siti Kusuma Uji Impor', '', '', 'B.I', '31/02/2021', '01/03/2021'],
  ]);
  sheet('Penilaian', [
    ['No. Registrasi', 'Modul', 'Hasil', 'Tanggal Penilaian'],
    ['BI 901/2021/UJI', 'Sulam Dasar', 'Kompeten', '10/05/2021'],
    ['bi 901/2021/uji', 'Sulam Lanjutan', 'Kompeten', '10/07/2021'],
    ['BI 902/2021/UJI', 'Sulam Lanjutan', 'Kompeten', '10/07/2021'],
    ['BI 902/2021/UJI', 'Merajut', 'Kompeten', '10/07/2021'],
  ]);
  sheet('Pembebasan', [
    ['No. Registrasi', 'Jenis Pembebasan', 'Tanggal Bebas'],
    ['BI 901/2021/UJI', 'Pembebasan Bersyarat', '01/09/2021'],
  ]);
  sheet('Pendampingan', [
    ['No. Registrasi', 'Tanggal Kontak', 'Cara Kontak', 'Hasil Kontak', 'Alasan Tidak Terhubung', 'Status Kerja', 'Memakai Keterampilan', 'Penghasilan', 'Kebutuhan'],
    ['BI 901/2021/UJI', '04/10/2021', 'Telepon', 'Terhubung', '', 'Usaha Sendiri', 'ya', '500 ribu - 1 juta', 'Modal; Peralatan'],
  ]);
  await workbook.xlsx.writeFile(path);
};

describe('binaan import: the programme\'s old spreadsheets, each row as the ordinary command', () => {
  const folder = temporaryFolder('import');
  const dataDir = join(folder, 'data');
  const store = ['--store', `sqlite:${dataDir}`];
  const workbook = join(folder, 'riwayat-program.xlsx');
  const participantEvents = async (): Promise<string[]> => {
    const events = createSqliteEventStore({ path: join(dataDir, 'events.db') });
    const types: string[] = [];
    for await (const event of events.readAll({ filter: { streamPrefixes: ['participant-'] } })) types.push(event.type);
    await events.close();
    return types;
  };

  beforeAll(async () => {
    const run = await runBinaan(['demo', ...store, '--participants', '5', '--today', '2025-06-15']);
    if (run.code !== 0) throw new Error(run.stderr);
    await writeWorkbook(workbook);
  }, 120_000);
  afterAll(() => removeFolder(folder));

  it('a dry run reports every row as --apply would, refusals with their column or rule, and writes nothing', async () => {
    const before = await participantEvents();
    const dry = await runBinaan(['import', workbook, '--mapping', mappingFile, '--dry-run', ...store]);
    expect(dry.stderr).toBe('');
    expect(dry.code).toBe(2);
    expect(dry.stdout).toContain('Pendaftaran row 2: would be imported');
    expect(dry.stdout).toContain('Pendaftaran row 4: refused: column "Tanggal Daftar": must be a real calendar date');
    // Her enrolment comes first in the same run, so her assessment meets the record as --apply will.
    expect(dry.stdout).toContain('Penilaian row 3: would be imported');
    expect(dry.stdout).toMatch(/Penilaian row 4: refused: [A-Z_]+: .*sulam-dasar/);
    expect(dry.stdout).toContain('Penilaian row 5: refused: column "Modul": must be one of the texts listed in the mapping\'s values.moduleId');
    expect(dry.stdout).toContain('Pendampingan row 2: would be imported');
    expect(dry.stdout).toContain('9 row(s): 6 would be imported, 0 already imported, 3 refused. Nothing was written (dry run).');
    expect(dry.stdout).not.toMatch(/Lestari|Rahayu|Kusuma/);
    expect(await participantEvents()).toEqual(before);
  });

  it('--apply records the right rows once; a second run finds each of them already imported and writes nothing', async () => {
    const before = (await participantEvents()).length;
    const first = await runBinaan(['import', workbook, '--mapping', mappingFile, '--apply', ...store]);
    expect(first.code).toBe(2);
    expect(first.stdout).toContain('9 row(s): 6 imported, 0 already imported, 3 refused.');
    const written = await participantEvents();
    expect(written.length - before).toBe(6);
    expect(written.slice(before).sort()).toEqual(
      ['FollowUpLogged', 'InmateEnrolled', 'InmateEnrolled', 'ModuleCompleted', 'ModuleCompleted', 'InmateReleased'].sort(),
    );
    const again = await runBinaan(['import', workbook, '--mapping', mappingFile, '--apply', ...store], { BINAAN_ACTOR: 'someone-else' });
    expect(again.stdout).toContain('9 row(s): 0 imported, 6 already imported, 3 refused.');
    expect((await participantEvents()).length).toBe(written.length);
  });

  it('reads a CSV file as the sheet named after the file', async () => {
    const csv = join(folder, 'Pendaftaran.csv');
    writeFileSync(csv, 'No. Registrasi,Nama,Golongan,Tanggal Daftar,Tanggal Persetujuan\nBI 950/2022/UJI,Wulan Pertiwi Uji Impor,B.IIa,05/01/2022,05/01/2022\n');
    const mapping = join(folder, 'pendaftaran-only.json');
    const example = JSON.parse(readFileSync(mappingFile, 'utf8')) as { sheets: { sheet: string; columns: Record<string, string> }[] };
    const enrolments = example.sheets[0] as { sheet: string; columns: Record<string, string> };
    writeFileSync(mapping, JSON.stringify({ ...example, sheets: [{ ...enrolments, sheet: 'Pendaftaran.csv' }] }));
    const missing = await runBinaan(['import', csv, '--mapping', mapping, '--apply', ...store]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('the mapping names columns that the sheets do not have: Pendaftaran.csv: "NIK", "Tanggal Lahir"');
    const { 'personalData.nik': _nik, 'personalData.birthDate': _birthDate, ...columns } = enrolments.columns;
    writeFileSync(mapping, JSON.stringify({ ...example, sheets: [{ ...enrolments, sheet: 'Pendaftaran.csv', columns }] }));
    const run = await runBinaan(['import', csv, '--mapping', mapping, '--apply', ...store]);
    expect([run.code, run.stdout]).toEqual([0, 'Pendaftaran.csv row 2: imported\n1 row(s): 1 imported, 0 already imported, 0 refused.\n']);
  });

  it('refuses a mapping that cannot be used, naming every problem, and writes nothing', async () => {
    const before = (await participantEvents()).length;
    const mapping = join(folder, 'broken-mapping.json');
    writeFileSync(mapping, JSON.stringify({ dateFormat: 'MM/DD/YY', sheets: [{ kind: 'transfers', sheet: 'Pendaftaran', columns: { 'not a path': 'X' } }] }));
    const run = await runBinaan(['import', workbook, '--mapping', mapping, '--apply', ...store]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('mapping.dateFormat: must be "YYYY-MM-DD" or "DD/MM/YYYY"');
    expect(run.stderr).toContain('mapping.sheets[0].kind: must be one of enrolment, assessment, release, followUp');
    expect(run.stderr).toContain('mapping.sheets[0].registrationNumberColumn: must name the column of registration numbers');
    expect(run.stderr).toContain('mapping.sheets[0].columns.not a path: must be a command field path');
    expect((await participantEvents()).length).toBe(before);
  });

  it('says --dry-run or --apply, and names a file that does not exist', async () => {
    expect((await runBinaan(['import', workbook, '--mapping', mappingFile, ...store])).stderr).toContain('say --dry-run or --apply');
    expect((await runBinaan(['import', join(folder, 'missing.xlsx'), '--mapping', mappingFile, '--dry-run', ...store])).stderr).toContain('missing.xlsx: does not exist');
  });
});

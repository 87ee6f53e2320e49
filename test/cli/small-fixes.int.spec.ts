import { join } from 'node:path';
import { shippedCatalogue } from '@binaan/domain';
import { runBinaan } from './support/run-binaan';
import { removeFolder, temporaryFolder } from './support/seeded-store';
import { spawnBinaan } from './support/spawn-binaan';
import { storedEvents } from './support/stored-events';

describe('binaan: the small things a user meets first', () => {
  const folder = temporaryFolder('small-fixes');
  const dataDir = join(folder, 'data');
  const store = ['--store', `sqlite:${dataDir}`];
  let demoOutput = '';

  // 120 made-up participants: enough for the demo to void an entry and record an exit.
  beforeAll(async () => {
    const run = await runBinaan(['demo', ...store, '--participants', '120', '--today', '2025-06-15']);
    if (run.code !== 0) throw new Error(run.stderr);
    demoOutput = run.stdout;
  }, 120_000);
  afterAll(() => removeFolder(folder));

  it('prints the version (real executable)', async () => {
    const run = await spawnBinaan(['--version']);
    expect(run).toEqual({ code: 0, stdout: '0.1.0\n', stderr: '' });
  });

  it('prints the help on stdout and exits 0 when given no command (real executable)', async () => {
    const run = await spawnBinaan([]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^Usage: binaan \[options\] \[command\]/);
    for (const command of ['history', 'erase', 'access-log', 'subject-report', 'retention']) expect(run.stdout).toContain(`  ${command} `);
  });

  it('ends every "Try:" line after demo with the --store it seeded', () => {
    const tries = demoOutput.split('\n').filter((line) => line.startsWith('  binaan '));
    expect(tries.length).toBeGreaterThanOrEqual(6);
    for (const line of tries) expect(line.endsWith(` --store sqlite:${dataDir}`)).toBe(true);
  });

  it.each([
    ['--facility', 'lapas-atlantis', shippedCatalogue.facilities.map((facility) => facility.id)],
    ['--programme', 'sulam-atlantis-2030', shippedCatalogue.programmes.map((programme) => programme.id)],
  ])('refuses an unknown %s with exit 2, naming the known ids', async (option, value, known) => {
    const run = await runBinaan(['outcomes', ...store, option, value]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`binaan: ${option}: "${value}" is not a ${option.slice(2)} of the catalogue. Use one of: ${known.join(', ')}\n`);
  });

  it('still filters by a known facility', async () => {
    const facility = shippedCatalogue.facilities[0]!.id;
    expect((await runBinaan(['outcomes', ...store, '--facility', facility])).code).toBe(0);
  });

  it('shows in the history what each event said, every line within 120 columns', async () => {
    const events = (await storedEvents(dataDir)).filter((event) => event.streamName.startsWith('participant-'));
    const streamWith = (type: string, where: (data: Record<string, unknown>) => boolean = () => true) =>
      events.find((event) => event.type === type && where(event.data))!.streamName.slice('participant-'.length);
    const cases: readonly [string, RegExp][] = [
      [streamWith('ModuleCompleted'), /ModuleCompleted[^\n]*\n\s+[a-z-]+: (competent|not_yet_competent)( =>|\n)/],
      [streamWith('InmateReleased'), /InmateReleased[^\n]*\n\s+(bebas_murni|pembebasan_bersyarat|cuti_bersyarat|cuti_menjelang_bebas|asimilasi|bebas_demi_hukum)\b/],
      [streamWith('FollowUpLogged', (data) => data['employment'] !== undefined), /FollowUpLogged[^\n]*\n\s+M(1|3|6|12): reached by \w+, work (formal|informal|self_employed|seeking|not_seeking)( =>|\n)/],
      [streamWith('EntryVoided'), /EntryVoided[^\n]*\n\s+voids \w+ \(rev \d+\): (data_entry_error|wrong_participant|duplicate_entry|other)( =>|\n)/],
      [streamWith('ParticipantExited'), /ParticipantExited[^\n]*\n\s+exit: (transferred_out|withdrew|health|died|escaped|disciplinary|other)( =>|\n)/],
    ];
    for (const [participantId, said] of cases) {
      const run = await runBinaan(['history', participantId, ...store]);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(said);
      const tooLong = run.stdout.split('\n').filter((line) => line.length > 120);
      expect(tooLong).toEqual([]);
    }
  });
});

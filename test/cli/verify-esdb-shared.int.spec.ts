import { join } from 'node:path';
import { appendRecord, appendSystemProjectionLinks, seedForeignEvents, seedServerRecords, startEsdbStandIn, type EsdbStandIn } from '../esdb-standin';
import { runBinaan, runBinaanJson } from './support/run-binaan';
import { removeFolder, seedDemoStore, temporaryFolder } from './support/seeded-store';

/** binaan verify and history on an EventStoreDB shared with the server's own records and other applications. */

interface VerifyJson {
  readonly result: string;
  readonly streams: number;
  readonly breaks: readonly unknown[];
  readonly otherRecords?: { readonly system: number; readonly links: number; readonly foreign: number; readonly foreignStreams: number };
}

describe('binaan verify and history on a shared EventStoreDB', () => {
  const folder = temporaryFolder('esdb-shared');
  const dataDir = join(folder, 'data');
  let standIn: EsdbStandIn;
  let storeArgs: readonly string[];
  let cleanStreams: number;

  beforeAll(async () => {
    standIn = await startEsdbStandIn();
    storeArgs = ['--store', `sqlite:${dataDir}`, '--esdb', standIn.connectionString];
    await seedDemoStore(dataDir, ['--esdb', standIn.connectionString]);
    cleanStreams = (await runBinaanJson<VerifyJson>(['verify', ...storeArgs])).json.streams;
    seedServerRecords(standIn.store);
    for (const stream of ['orders-7', 'invoices-3']) {
      seedForeignEvents(standIn.store, stream).forEach((event) => appendSystemProjectionLinks(standIn.store, event));
    }
  }, 120_000);
  afterAll(async () => {
    await standIn?.stop();
    removeFolder(folder);
  });

  it('verify passes over what is not Binaan’s, stays clean, and says how much it saw (JSON)', async () => {
    const run = await runBinaanJson<VerifyJson>(['verify', ...storeArgs]);
    expect({ code: run.code, result: run.json.result, breaks: run.json.breaks, streams: run.json.streams }).toEqual({
      code: 0,
      result: 'clean',
      breaks: [],
      streams: cleanStreams,
    });
    // 8 server records; 2 × 5 foreign events; 10 × ($ce, $et) + 2 $streams links.
    expect(run.json.otherRecords).toEqual({ system: 8, links: 22, foreign: 10, foreignStreams: 2 });
  });

  it('verify says it in words too', async () => {
    const run = await runBinaan(['verify', ...storeArgs]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      "Not Binaan's, passed over unchecked: 10 event(s) in 2 stream(s) of other applications, 8 record(s) of the server itself and 22 link event(s).",
    );
    expect(run.stdout).toContain('Result: CLEAN.');
  });

  it('history reads one participant’s stream and never meets the others', async () => {
    const participant = standIn.store.storage.records().find((record) => record.streamName.startsWith('participant-'));
    const id = participant?.streamName.slice('participant-'.length) ?? '';
    const run = await runBinaan(['history', id, ...storeArgs]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/orders-7|invoices-3|\$stats/);
  });

  // Last: it leaves an unreadable event in the store.
  it('history names one of the participant’s events the store cannot read, with what to do, and not its content', async () => {
    const participant = standIn.store.storage.records().find((record) => record.streamName.startsWith('participant-'));
    const streamName = participant?.streamName ?? '';
    appendRecord(standIn.store, { streamName, type: 'FollowUpLogged', data: Buffer.from('rusak', 'utf8') });
    const run = await runBinaan(['history', streamName.slice('participant-'.length), ...storeArgs]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/event at position \d+ \(type FollowUpLogged, stream participant-[0-9a-f-]+\) cannot be read: its data is binary/);
    expect(run.stderr).toMatch(/binaan verify/);
    expect(run.stderr).not.toMatch(/rusak/);
  });
});

/**
 * Child process for the crash test: appends hash-chained batches of BATCH_SIZE events to a few
 * streams of one SQLite file, forever, until it is killed. It resumes each stream where it stopped.
 */
import { randomUUID } from 'node:crypto';
import { chainEvents, chainLinkAfter } from '@binaan/integrity';
import { createSqliteEventStore } from '@binaan/event-store-sqlite';
import { StreamNotFoundError, type RecordedEvent } from '@binaan/event-store';

export const BATCH_SIZE = 5;
export const STREAMS = 4;

const lastEventOf = async (store: ReturnType<typeof createSqliteEventStore>, streamName: string) => {
  try {
    for await (const event of store.readStream(streamName, { direction: 'backwards', fromRevision: 'end', maxCount: 1 })) {
      return event as RecordedEvent;
    }
  } catch (error) {
    if (!(error instanceof StreamNotFoundError)) throw error;
  }
  return undefined;
};

const main = async (path: string): Promise<void> => {
  const store = createSqliteEventStore({ path });
  process.stdout.write('ready\n');
  for (let round = 0; ; round += 1) {
    const streamName = `crash-${round % STREAMS}`;
    const last = await lastEventOf(store, streamName);
    const link = chainLinkAfter(last);
    const batch = randomUUID();
    const events = Array.from({ length: BATCH_SIZE }, (_, index) => ({
      id: randomUUID(),
      type: 'CrashProbe',
      data: { index, padding: 'x'.repeat(200 + ((round * 37) % 2000)) },
      metadata: { batch, batchSize: BATCH_SIZE },
    }));
    await store.appendToStream(streamName, chainEvents(streamName, link.revision, link.prevHash, events), {
      expectedRevision: last === undefined ? 'no_stream' : last.revision,
    });
  }
};

if (require.main === module) {
  main(process.argv[2]!).catch((error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(1);
  });
}

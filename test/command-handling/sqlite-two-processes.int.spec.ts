import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqliteEventStore } from '@binaan/event-store-sqlite';
import { exitOf, spawnTs } from './run-child';

const PARTICIPANTS_EACH = 40;

describe('sqlite: two processes appending to one file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'binaan-two-'));
  const path = join(dir, 'events.db');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('both finish, no SQLITE_BUSY reaches a caller, nothing is lost', async () => {
    const children = [0, 1].map((index) =>
      spawnTs(join(__dirname, 'two-processes.child.ts'), [path, String(index * 1000), String(PARTICIPANTS_EACH)]),
    );
    const stdout = children.map((child) => {
      let text = '';
      child.stdout!.on('data', (chunk: Buffer) => (text += chunk.toString()));
      return () => text;
    });
    const exits = await Promise.all(children.map(exitOf));
    for (const [index, exit] of exits.entries()) {
      expect({ code: exit.code, stderr: exit.stderr }).toEqual({ code: 0, stderr: '' });
      expect(stdout[index]!()).toContain(`accepted ${PARTICIPANTS_EACH * 10}`);
    }
    const store = createSqliteEventStore({ path });
    let participantEvents = 0;
    let previous = 0n;
    for await (const event of store.readAll({ filter: { streamPrefixes: ['participant-'] } })) {
      expect(event.position > previous).toBe(true);
      previous = event.position;
      participantEvents += 1;
    }
    await store.close();
    expect(participantEvents).toBe(2 * PARTICIPANTS_EACH * 10);
  }, 120_000);
});

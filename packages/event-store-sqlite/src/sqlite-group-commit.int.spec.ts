import { randomUUID } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import type { AppendResult, EventStore, ExpectedRevision } from '@binaan/event-store';
import { commitTogether } from './sqlite-group-commit';
import { createSqliteEventStore } from './sqlite-event-store';

interface AppendStep {
  readonly stream: string;
  readonly expected: ExpectedRevision;
  readonly events: number;
  /** Deterministic ids, so both stores get the same events and a repeated id is an idempotent retry. */
  readonly ids: readonly string[];
}

const appendStep: fc.Arbitrary<AppendStep> = fc
  .record({
    stream: fc.constantFrom('kontak-a', 'kontak-b', 'kontak-c'),
    expected: fc.oneof(
      fc.constantFrom<ExpectedRevision>('any', 'no_stream', 'stream_exists'),
      fc.integer({ min: 0, max: 4 }).map((revision) => BigInt(revision)),
    ),
    events: fc.integer({ min: 1, max: 3 }),
    idSeed: fc.integer({ min: 0, max: 12 }),
  })
  .map(({ stream, expected, events, idSeed }) => ({
    stream,
    expected,
    events,
    ids: Array.from({ length: events }, (_, index) => `00000000-0000-4000-8000-${String(idSeed * 10 + index).padStart(12, '0')}`),
  }));

type Outcome = { readonly ok: true; readonly result: AppendResult } | { readonly ok: false; readonly error: string };

/** Every step submitted in the same turn of the event loop, as concurrent requests would. */
const submitTogether = (store: EventStore, steps: readonly AppendStep[]): Promise<Outcome[]> =>
  Promise.all(
    steps.map((step) =>
      store
        .appendToStream(
          step.stream,
          step.ids.map((id, n) => ({ id, type: 'ContactLogged', data: { n } })),
          { expectedRevision: step.expected },
        )
        .then(
          (result): Outcome => ({ ok: true, result }),
          (error: unknown): Outcome => ({ ok: false, error: (error as { code?: string }).code ?? String(error) }),
        ),
    ),
  );

const storedRows = async (store: EventStore) => {
  const rows: unknown[] = [];
  for await (const event of store.readAll()) rows.push([event.position, event.streamName, event.revision, event.id, event.type]);
  return rows;
};

describe('group commit', () => {
  it('comes to the same outcomes and the same stored events as a transaction per write (the plain reference)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(appendStep, { minLength: 1, maxLength: 25 }), async (steps) => {
        const grouped = createSqliteEventStore({ path: ':memory:', groupCommit: true });
        const alone = createSqliteEventStore({ path: ':memory:', groupCommit: false });
        try {
          expect(await submitTogether(grouped, steps)).toEqual(await submitTogether(alone, steps));
          expect(await storedRows(grouped)).toEqual(await storedRows(alone));
        } finally {
          await grouped.close();
          await alone.close();
        }
      }),
      { numRuns: 150 },
    );
  });

  it('given two writers expecting a new stream in the same group, when they commit, then one wins, the other is refused, and a third stream is untouched by the refusal', async () => {
    const store = createSqliteEventStore({ path: ':memory:' });
    try {
      const event = () => [{ id: randomUUID(), type: 'ContactLogged', data: {} }];
      const [first, second, other] = await Promise.allSettled([
        store.appendToStream('kontak-x', event(), { expectedRevision: 'no_stream' }),
        store.appendToStream('kontak-x', event(), { expectedRevision: 'no_stream' }),
        store.appendToStream('kontak-y', event(), { expectedRevision: 'no_stream' }),
      ]);
      expect(first).toMatchObject({ status: 'fulfilled', value: { nextExpectedRevision: 0n } });
      expect(second).toMatchObject({ status: 'rejected', reason: { code: 'WrongExpectedVersion' } });
      expect(other).toMatchObject({ status: 'fulfilled', value: { nextExpectedRevision: 0n } });
      expect((await storedRows(store)).map((row) => (row as unknown[])[1])).toEqual(['kontak-x', 'kontak-y']);
    } finally {
      await store.close();
    }
  });

  it('commits a group in one transaction: a failing write is rolled back to its savepoint, the others commit together', () => {
    const db = new Database(':memory:');
    db.exec('create table t (n integer primary key)');
    const insert = db.prepare('insert into t (n) values (?)');
    const outcomes = commitTogether(db, [
      () => insert.run(1).changes,
      () => {
        insert.run(2);
        throw new Error('refused after writing');
      },
      () => insert.run(3).changes,
    ]);
    expect(outcomes.map((outcome) => outcome.ok)).toEqual([true, false, true]);
    expect(db.prepare('select n from t order by n').pluck().all()).toEqual([1, 3]);
    expect(db.inTransaction).toBe(false);
    db.close();
  });

  it('writes submitted before close are committed before the file closes', async () => {
    const store = createSqliteEventStore({ path: ':memory:' });
    const written = store.appendToStream('kontak-z', [{ id: randomUUID(), type: 'ContactLogged', data: {} }]);
    await store.close();
    await expect(written).resolves.toMatchObject({ nextExpectedRevision: 0n });
  });
});

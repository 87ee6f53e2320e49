import type { Database } from 'better-sqlite3';
import { writeSoonAsUnlocked } from './sqlite-busy-retry';

/** What one write of a group came to: its result, or the error that rolled back its own savepoint. */
export type WriteOutcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: unknown };

const outcomeOf = <T>(write: () => T): WriteOutcome<T> => {
  try {
    return { ok: true, value: write() };
  } catch (error) {
    return { ok: false, error };
  }
};

/**
 * The writes in one `BEGIN IMMEDIATE … COMMIT`, so one fsync for all of them, each in a savepoint of
 * its own: a write that throws (a wrong expected revision, say) is rolled back alone and the others
 * commit. Each sees the writes before it, exactly as if they had run one after another, as the store's
 * plain path (`groupCommit: false`, a transaction per write) runs them; a property test holds the two
 * to the same outcomes and stored rows. Should SQLite abandon the whole transaction (a full disk), the
 * group fails as one and no write is reported done.
 */
export const commitTogether = <T>(db: Database, writes: readonly (() => T)[]): WriteOutcome<T>[] =>
  db
    .transaction(() =>
      writes.map((write) => {
        const outcome = outcomeOf(() => db.transaction(write)());
        if (!outcome.ok && !db.inTransaction) throw outcome.error;
        return outcome;
      }),
    )
    .immediate();

interface PendingWrite {
  readonly write: () => unknown;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
}

export interface GroupCommit {
  /** Runs `write` in the next group; resolves with its result once the group is on disk. */
  submit<T>(write: () => T): Promise<T>;
  /** Resolves when every write submitted so far has been committed or refused. */
  drain(): Promise<void>;
}

/**
 * Group commit, as EventStoreDB's writer does it: the writes submitted during one turn of the event
 * loop (the requests that arrived together) are committed together by `commitTogether` on the next
 * turn, in the order they were submitted. Groups never overlap: one waiting for another process's lock
 * holds the next back. `committed` runs after each group that reached the disk.
 */
export const createGroupCommit = (db: Database, committed: () => void): GroupCommit => {
  let pending: PendingWrite[] = [];
  let scheduled = false;
  let previous: Promise<void> = Promise.resolve();

  const commitGroup = async (group: readonly PendingWrite[]): Promise<void> => {
    try {
      const outcomes = await writeSoonAsUnlocked(() => commitTogether(db, group.map(({ write }) => write)));
      committed();
      outcomes.forEach((outcome, index) => {
        const { resolve, reject } = group[index] as PendingWrite;
        if (outcome.ok) resolve(outcome.value);
        else reject(outcome.error);
      });
    } catch (error) {
      for (const { reject } of group) reject(error);
    }
  };

  const flush = (): void => {
    scheduled = false;
    const group = pending;
    pending = [];
    previous = previous.then(() => commitGroup(group));
  };

  return {
    submit: <T>(write: () => T) =>
      new Promise<T>((resolve, reject) => {
        pending.push({ write, resolve: resolve as (value: unknown) => void, reject });
        if (!scheduled) {
          scheduled = true;
          setImmediate(flush);
        }
      }),
    drain: async () => {
      if (scheduled) await new Promise<void>((resolve) => setImmediate(resolve));
      await previous;
    },
  };
};

import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';

/** What any verifier must at least do: read every stored row of a SQLite event store and hash it. Answers the rows read. */
export const rawReadAndHash = (file: string): number => {
  const db = new Database(file, { readonly: true });
  try {
    let rows = 0;
    for (const row of db.prepare('SELECT stream_name, revision, type, data, metadata FROM events ORDER BY position').iterate() as IterableIterator<{
      stream_name: string;
      revision: number;
      type: string;
      data: string;
      metadata: string;
    }>) {
      createHash('sha256').update(row.stream_name).update(String(row.revision)).update(row.type).update(row.data).update(row.metadata).digest('hex');
      rows += 1;
    }
    return rows;
  } finally {
    db.close();
  }
};

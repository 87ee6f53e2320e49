import { join } from 'node:path';
import Database from 'better-sqlite3';
import { EVENTS_FILE } from '@binaan/runtime';
import { chainEvents, computeEventHash, GENESIS_HASH } from '@binaan/integrity';
import { type JsonObject } from '@binaan/canonical-json';
import { backdated, FORGED_EVENT_ID, type Attacker } from './attacker';

interface StoredRow {
  readonly position: number;
  readonly revision: number;
  readonly type: string;
  readonly data: string;
  readonly metadata: string;
}

/**
 * Plays the attacker with write access to the SQLite file: edits rows directly, as someone with a
 * database tool would, bypassing every check of the store.
 */
export const sqliteAttacker = (dataDir: string): Attacker => {
  const db = new Database(join(dataDir, EVENTS_FILE));
  const streamRows = (streamName: string): StoredRow[] =>
    db.prepare('SELECT position, revision, type, data, metadata FROM events WHERE stream_name = ? ORDER BY revision').all(streamName) as StoredRow[];
  const setRevision = db.prepare('UPDATE events SET revision = ? WHERE position = ?');

  return {
    participantStreamWith: (events) =>
      (
        db
          .prepare("SELECT stream_name FROM events WHERE stream_name LIKE 'participant-%' GROUP BY stream_name HAVING count(*) >= ? ORDER BY stream_name LIMIT 1")
          .get(events) as { stream_name: string }
      ).stream_name,
    eventsIn: (streamName) => streamRows(streamName).length,
    changeOneByte: (streamName, revision) => {
      const row = streamRows(streamName)[revision]!;
      const at = row.data.search(/\d(?=")/);
      const changed = `${row.data.slice(0, at)}${row.data[at] === '1' ? '2' : '1'}${row.data.slice(at + 1)}`;
      db.prepare('UPDATE events SET data = ? WHERE position = ?').run(changed, row.position);
    },
    deleteEvent: (streamName, revision) => {
      db.prepare('DELETE FROM events WHERE stream_name = ? AND revision = ?').run(streamName, revision);
    },
    swapRevisions: (streamName, first, second) => {
      const rows = streamRows(streamName);
      db.transaction(() => {
        setRevision.run(-1, rows[first]!.position);
        setRevision.run(first, rows[second]!.position);
        setRevision.run(second, rows[first]!.position);
      })();
    },
    insertForged: (streamName, revision) => {
      const rows = streamRows(streamName);
      const template = rows[revision]!;
      const data = { ...(JSON.parse(template.data) as JsonObject), moduleId: 'pendanaan-usaha', result: 'competent' };
      const metadata: JsonObject = { ...(JSON.parse(template.metadata) as JsonObject), eventId: FORGED_EVENT_ID, prevHash: 'f'.repeat(64) };
      const hash = computeEventHash({ streamName, revision: BigInt(revision), type: 'ModuleCompleted', data, metadata });
      db.transaction(() => {
        for (const row of [...rows].reverse().filter((candidate) => candidate.revision >= revision)) setRevision.run(row.revision + 1, row.position);
        db.prepare('INSERT INTO events (stream_name, revision, event_id, type, data, metadata, created) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
          streamName,
          revision,
          FORGED_EVENT_ID,
          'ModuleCompleted',
          JSON.stringify(data),
          JSON.stringify({ ...metadata, hash }),
          Date.now(),
        );
      })();
      return FORGED_EVENT_ID;
    },
    rewriteStreamConsistently: (streamName) => {
      const rows = streamRows(streamName);
      const rechained = chainEvents(
        streamName,
        0n,
        GENESIS_HASH,
        rows.map((row) => ({ type: row.type, data: backdated(JSON.parse(row.data) as JsonObject), metadata: JSON.parse(row.metadata) as JsonObject })),
      );
      const rewrite = db.prepare('UPDATE events SET data = ?, metadata = ? WHERE position = ?');
      db.transaction(() => rows.forEach((row, index) => rewrite.run(JSON.stringify(rechained[index]!.data), JSON.stringify(rechained[index]!.metadata), row.position)))();
    },
    close: () => {
      db.close();
    },
  };
};

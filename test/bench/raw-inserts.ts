import Database from 'better-sqlite3';

/** One-row transactions with the event store's pragmas: what a write costs when it pays its own fsync. Answers rows per second. */
export const rawInsertsPerSecond = (path: string, rows: number): number => {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE events (position INTEGER PRIMARY KEY AUTOINCREMENT, stream_name TEXT NOT NULL, data TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO events (stream_name, data) VALUES (?, ?)');
  const insertOne = db.transaction((index: number) => insert.run(`participant-${index % 100}`, JSON.stringify({ index, padding: 'x'.repeat(600) })));
  const started = process.hrtime.bigint();
  for (let index = 0; index < rows; index += 1) insertOne.immediate(index);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  db.close();
  return rows / seconds;
};

/**
 * The physical floor of a rebuild, in a process of its own: read the same events (raw SELECT +
 * JSON.parse) and insert the same rows (the final rows of every read model, as the rebuild left them
 * in the data folder's read-models.db) with prepared statements, in transactions of as many events
 * as the rebuild commits together (10 pages of 1,000), tables created as the rebuild creates them
 * (primary key while loading, secondary indexes after). It does none of the projections' work:
 * no decoding, no folding, no upserts of rows written more than once.
 * Reading the source rows is not part of the floor: it is timed on its own and subtracted.
 * Usage: raw-rebuild-pipeline.child.ts <dataDir> sqlite <file> | … <dataDir> postgres <pgUrl> <schema>
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Client } from 'pg';
import { tableDefinitions, type TableDefinition } from '@binaan/projections';
import { peakRssMb, timed } from '../bench-result';
import { runChild } from './run-child';

const EVENTS_PER_TRANSACTION = 10 * 1_000;
const PG_ROWS_PER_STATEMENT = 1_000;

const definitions = Object.values(tableDefinitions) as readonly TableDefinition[];

const sqliteType = (type: string): string => (type === 'bigint' ? 'integer' : type);
const postgresType = (type: string): string => (type === 'real' ? 'double precision' : type);

const createTable = (definition: TableDefinition, dialect: 'sqlite' | 'postgres'): string => {
  const columns = definition.columns.map(
    ([column, type]) => `"${column}" ${dialect === 'sqlite' ? sqliteType(type) : postgresType(type)}${definition.primaryKey.includes(column) ? ' NOT NULL' : ''}`,
  );
  const textKeyed = definition.primaryKey.some((column) => definition.columns.some(([name, type]) => name === column && type === 'text'));
  return `CREATE TABLE "${definition.name}" (${columns.join(', ')}, PRIMARY KEY (${definition.primaryKey.map((column) => `"${column}"`).join(', ')}))${
    dialect === 'sqlite' && textKeyed ? ' WITHOUT ROWID' : ''
  }`;
};

const secondaryIndexes = (definition: TableDefinition): readonly string[] =>
  definition.indexes.map((columns, index) => `CREATE INDEX "${definition.name}_ix${index}" ON "${definition.name}" (${columns.map((column) => `"${column}"`).join(', ')})`);

interface SourceRow {
  readonly table: TableDefinition;
  readonly values: unknown[];
}

/** Every final row of every read model, table after table, from the rebuilt read-models.db. */
function* sourceRows(readModels: Database.Database): Generator<SourceRow> {
  for (const table of definitions) {
    const select = readModels.prepare(`SELECT ${table.columns.map(([column]) => `"${column}"`).join(', ')} FROM "${table.name}"`).raw(true);
    for (const values of select.iterate() as IterableIterator<unknown[]>) yield { table, values };
  }
}

function* eventRows(events: Database.Database): Generator<number> {
  const select = events.prepare('SELECT position, stream_name, revision, type, data, metadata FROM events ORDER BY position').raw(true);
  for (const row of select.iterate() as IterableIterator<[number, string, number, string, string, string]>) {
    JSON.parse(row[4]);
    JSON.parse(row[5]);
    yield row[0];
  }
}

interface Sink {
  begin(): Promise<void>;
  insert(rows: readonly SourceRow[]): Promise<void>;
  commit(): Promise<void>;
  finish(): Promise<void>;
}

const sqliteSink = (file: string): Sink => {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('cache_size = -32768');
  for (const definition of definitions) db.exec(createTable(definition, 'sqlite'));
  const inserts = new Map(
    definitions.map((definition) => [
      definition,
      db.prepare(`INSERT INTO "${definition.name}" VALUES (${definition.columns.map(() => '?').join(', ')})`),
    ]),
  );
  return {
    begin: async () => void db.exec('BEGIN'),
    insert: async (rows) => rows.forEach((row) => inserts.get(row.table)!.run(row.values)),
    commit: async () => void db.exec('COMMIT'),
    finish: async () => {
      for (const definition of definitions) secondaryIndexes(definition).forEach((ddl) => db.exec(ddl));
      db.close();
    },
  };
};

const postgresSink = async (pgUrl: string, schema: string): Promise<Sink> => {
  const client = new Client({ connectionString: pgUrl });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await client.query(`CREATE SCHEMA "${schema}"`);
  await client.query(`SET search_path = "${schema}"`);
  for (const definition of definitions) await client.query(createTable(definition, 'postgres'));
  const statement = (definition: TableDefinition): string =>
    `INSERT INTO "${definition.name}" SELECT * FROM unnest(${definition.columns.map(([, type], index) => `$${index + 1}::${postgresType(type)}[]`).join(', ')})`;
  const flush = async (table: TableDefinition, rows: readonly SourceRow[]): Promise<void> => {
    const arrays = table.columns.map((_, column) => rows.map((row) => row.values[column] ?? null));
    await client.query({ name: `raw-insert-${table.name}`, text: statement(table), values: arrays });
  };
  return {
    begin: async () => void (await client.query('BEGIN')),
    insert: async (rows) => {
      let pending: SourceRow[] = [];
      for (const row of rows) {
        if (pending.length > 0 && (pending[0]!.table !== row.table || pending.length === PG_ROWS_PER_STATEMENT)) {
          await flush(pending[0]!.table, pending);
          pending = [];
        }
        pending.push(row);
      }
      if (pending.length > 0) await flush(pending[0]!.table, pending);
    },
    commit: async () => void (await client.query('COMMIT')),
    finish: async () => {
      for (const definition of definitions) for (const ddl of secondaryIndexes(definition)) await client.query(ddl);
      await client.end();
    },
  };
};

runChild(async ([dataDir, dialect, target, schema]) => {
  const events = new Database(join(dataDir!, 'events.db'), { readonly: true });
  const readModels = new Database(join(dataDir!, 'read-models.db'), { readonly: true });
  const { eventCount } = events.prepare('SELECT count(*) AS eventCount FROM events').get() as { eventCount: number };
  let rowCount = 0;
  const sourcing = await timed(() => {
    for (const _row of sourceRows(readModels)) rowCount += 1;
  });
  const transactions = Math.ceil(eventCount / EVENTS_PER_TRANSACTION);
  const rowsPerTransaction = Math.ceil(rowCount / transactions);
  const sink = dialect === 'sqlite' ? sqliteSink(target!) : await postgresSink(target!, schema!);
  const loaded = await timed(async () => {
    const rows = sourceRows(readModels);
    const pending = eventRows(events);
    for (let transaction = 0; transaction < transactions; transaction += 1) {
      await sink.begin();
      for (let event = 0; event < EVENTS_PER_TRANSACTION && pending.next().done !== true; event += 1);
      const batch: SourceRow[] = [];
      while (batch.length < rowsPerTransaction) {
        const next = rows.next();
        if (next.done === true) break;
        batch.push(next.value);
      }
      await sink.insert(batch);
      await sink.commit();
    }
    if (pending.next().done !== true || rows.next().done !== true) throw new Error('the raw pipeline left events or rows behind');
    await sink.finish();
  });
  events.close();
  readModels.close();
  return {
    seconds: loaded.seconds - sourcing.seconds,
    seconds_with_source_reads: loaded.seconds,
    source_read_seconds: sourcing.seconds,
    events: eventCount,
    rows: rowCount,
    transactions,
    rss_mb: peakRssMb(),
  };
});

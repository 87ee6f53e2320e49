import type { ReadModelName, Row, RowValue } from '@binaan/domain';
import { CompiledQuery, type Expression, type ExpressionBuilder, type Kysely, type SqlBool, sql } from 'kysely';
import type { PhysicalDatabase } from '../schema/database';
import { physicalTableName } from '../schema/physical-tables';
import { type TableDefinition, tableDefinitions } from '../schema/table-definitions';
import type { SqlDialectName } from '../store/read-model-store';

/** Both SQLite (32,766) and PostgreSQL (65,535) take this many bound values in one statement. */
const maxParameters = 30_000;
const maxRowsPerStatement = 500;

const chunks = <T>(items: readonly T[], size: number): readonly (readonly T[])[] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));

/**
 * A row as read from either database, with the same JavaScript types the reducers produce:
 * PostgreSQL returns bigint columns as text, SQLite as numbers; both become bigint.
 */
export const normaliseRow = (definition: TableDefinition, raw: Record<string, unknown>): Row => {
  const row: Record<string, RowValue> = {};
  for (const [column, type] of definition.columns) {
    const value = raw[column];
    row[column] =
      value === null || value === undefined
        ? null
        : type === 'bigint'
          ? BigInt(value as number | string | bigint)
          : type === 'text' || typeof value === 'number'
            ? (value as RowValue)
            : Number(value);
  }
  return row;
};

const flatValues = (definition: TableDefinition, rows: readonly Row[]): RowValue[] => {
  const columns = definition.columns.map(([column]) => column);
  const values = new Array<RowValue>(rows.length * columns.length);
  let index = 0;
  for (const row of rows) {
    for (const column of columns) values[index++] = row[column] ?? null;
  }
  return values;
};

export const rowKey = (definition: TableDefinition, row: Row): string =>
  definition.primaryKey.map((column) => String(row[column])).join('|');

const keyMatches = (definition: TableDefinition, keys: readonly string[]) => (eb: ExpressionBuilder<PhysicalDatabase, string>): Expression<SqlBool> => {
  const [single, ...rest] = definition.primaryKey;
  return single !== undefined && rest.length === 0
    ? eb(single, 'in', [...keys])
    : eb.or(keys.map((key) => eb.and(definition.primaryKey.map((column, index) => eb(column, '=', key.split('|')[index] ?? '')))));
};

/**
 * Reads and writes read-model rows in multi-row statements. Kysely builds each statement shape once
 * (per table and row count); later batches reuse its SQL with new values, which keeps a rebuild fast.
 * Every write carries the whole row, so on SQLite `insert or replace` stores exactly what
 * `on conflict do update` of every column would (the tables have no triggers or foreign keys), at
 * about two thirds of the cost; PostgreSQL has no REPLACE and keeps the upsert.
 */
export const createRowIo = (dialect: SqlDialectName, runCompiledWrite?: (sql: string, parameters: readonly unknown[]) => void) => {
  const upsertSql = new Map<string, string>();

  const load = async (db: Kysely<PhysicalDatabase>, table: ReadModelName, version: number, keys: readonly string[]): Promise<Map<string, Row>> => {
    const definition = tableDefinitions[table];
    const loaded = new Map<string, Row>();
    for (const part of chunks(keys, maxRowsPerStatement)) {
      const rows = await db.selectFrom(physicalTableName(table, version)).selectAll().where(keyMatches(definition, part)).execute();
      for (const raw of rows) {
        const row = normaliseRow(definition, raw);
        loaded.set(rowKey(definition, row), row);
      }
    }
    return loaded;
  };

  const remove = async (db: Kysely<PhysicalDatabase>, table: ReadModelName, version: number, keys: readonly string[]): Promise<void> => {
    const definition = tableDefinitions[table];
    for (const part of chunks(keys, maxRowsPerStatement)) {
      await db.deleteFrom(physicalTableName(table, version)).where(keyMatches(definition, part)).execute();
    }
  };

  const compileUpsert = (db: Kysely<PhysicalDatabase>, definition: TableDefinition, name: string, rows: readonly Row[]): CompiledQuery => {
    const updated = definition.columns.map(([column]) => column).filter((column) => !definition.primaryKey.includes(column));
    const insert = db
      .insertInto(name)
      .values(rows.map((row) => Object.fromEntries(definition.columns.map(([column]) => [column, row[column] ?? null]))));
    if (dialect === 'sqlite') return insert.orReplace().compile();
    return insert
      .onConflict((conflict) =>
        conflict.columns([...definition.primaryKey]).doUpdateSet(Object.fromEntries(updated.map((column) => [column, sql.ref(`excluded.${column}`)]))),
      )
      .compile();
  };

  const upsert = async (db: Kysely<PhysicalDatabase>, table: ReadModelName, version: number, rows: readonly Row[]): Promise<void> => {
    const definition = tableDefinitions[table];
    const name = physicalTableName(table, version);
    const rowsPerStatement = Math.min(maxRowsPerStatement, Math.floor(maxParameters / definition.columns.length));
    for (const part of chunks(rows, rowsPerStatement)) {
      const parameters = flatValues(definition, part);
      const shape = `${name}#${part.length}`;
      const cached = upsertSql.get(shape);
      if (cached === undefined) {
        const compiled = compileUpsert(db, definition, name, part);
        if (compiled.parameters.length !== parameters.length || compiled.parameters.some((value, index) => value !== parameters[index])) {
          throw new Error(`upsert into ${name}: Kysely bound the values in an unexpected order`);
        }
        upsertSql.set(shape, compiled.sql);
        await db.executeQuery(compiled);
      } else if (runCompiledWrite !== undefined) {
        runCompiledWrite(cached, parameters);
      } else {
        await db.executeQuery(CompiledQuery.raw(cached, parameters));
      }
    }
  };

  return { load, remove, upsert };
};

export type RowIo = ReturnType<typeof createRowIo>;

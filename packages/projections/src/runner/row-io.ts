import type { ReadModelName, Row, RowValue } from '../read-models/read-model-rows';
import { CompiledQuery, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import type { PhysicalDatabase } from '../schema/database';
import { physicalTableName } from '../schema/physical-tables';
import { type ColumnType, type TableDefinition, tableDefinitions } from '../schema/table-definitions';
import type { ReadModelStore, SqlDialectName } from '../store/read-model-store';
import { columnArrays, compileUnnestUpsert } from './postgres-unnest-upsert';

/** Both SQLite (32,766) and PostgreSQL (65,535) take this many bound values in one statement. */
const maxParameters = 30_000;
const maxRowsPerStatement = 500;

/**
 * Splits rows into multi-row statements of `size` rows and, for the rest, of powers of two: a table
 * has a handful of statement shapes, each compiled and prepared once, however the batch sizes vary.
 * (Any count up to 500 made up to 500 shapes per table, each a prepared statement held for the life
 * of the store.)
 */
const statementChunks = <T>(items: readonly T[], size: number): readonly (readonly T[])[] => {
  const parts: (readonly T[])[] = [];
  let start = 0;
  for (; start + size <= items.length; start += size) parts.push(items.slice(start, start + size));
  for (let rest = 2 ** Math.floor(Math.log2(size)); start < items.length; rest /= 2) {
    if (start + rest <= items.length) {
      parts.push(items.slice(start, start + rest));
      start += rest;
    }
  }
  return parts;
};

const normaliseValue = (type: ColumnType, value: unknown): RowValue =>
  value === null || value === undefined
    ? null
    : type === 'bigint'
      ? BigInt(value as number | string | bigint)
      : type === 'text' || typeof value === 'number'
        ? (value as RowValue)
        : Number(value);

/**
 * A row as read from either database, with the same JavaScript types the reducers produce:
 * PostgreSQL returns bigint columns as text, SQLite as numbers; both become bigint.
 */
export const normaliseRow = (definition: TableDefinition, raw: Record<string, unknown>): Row => {
  const row: Record<string, RowValue> = {};
  for (const [column, type] of definition.columns) row[column] = normaliseValue(type, raw[column]);
  return row;
};

/** The same from the values of every column, in the definition's order (a plain loop: this runs per row loaded). */
const normaliseValues = (definition: TableDefinition, values: readonly unknown[]): Row => {
  const row: Record<string, RowValue> = {};
  let index = 0;
  for (const [column, type] of definition.columns) row[column] = normaliseValue(type, values[index++]);
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

/** The values a key-matching statement binds for `keys`, in the order keyMatches uses them. */
const keyParameters = (definition: TableDefinition, keys: readonly string[]): readonly string[] =>
  definition.primaryKey.length === 1 ? keys : keys.flatMap((key) => definition.primaryKey.map((_, index) => key.split('|')[index] ?? ''));

/**
 * Reads and writes read-model rows in multi-row statements. Kysely builds each statement shape once
 * (per table and row count); later batches reuse its SQL with new values, which keeps a rebuild fast.
 * Every write carries the whole row, so on SQLite `insert or replace` stores exactly what
 * `on conflict do update` of every column would (the tables have no triggers or foreign keys), and
 * costs less; PostgreSQL has no REPLACE and keeps the upsert, one statement per
 * batch and table with the values as column arrays (`unnest`).
 * Reads by key and deletes are shaped the same way (a handful of shapes per table, SQL compiled once).
 */
export const createRowIo = (dialect: SqlDialectName, runCompiled: Pick<ReadModelStore, 'runCompiledWrite' | 'runCompiledRead'> = {}) => {
  const { runCompiledWrite, runCompiledRead } = runCompiled;
  const statementSql = new Map<string, string>();

  /** The SQL of a statement shape, compiled once; the first time, checks that Kysely bound the values in the order given. */
  const shapeSql = (shape: string, parameters: readonly unknown[], compile: () => CompiledQuery): string => {
    const cached = statementSql.get(shape);
    if (cached !== undefined) return cached;
    const compiled = compile();
    if (compiled.parameters.length !== parameters.length || compiled.parameters.some((value, index) => value !== parameters[index])) {
      throw new Error(`${shape}: Kysely bound the values in an unexpected order`);
    }
    statementSql.set(shape, compiled.sql);
    return compiled.sql;
  };

  const runShape = async (db: Kysely<PhysicalDatabase>, shape: string, parameters: readonly unknown[], compile: () => CompiledQuery): Promise<void> => {
    const statement = shapeSql(shape, parameters, compile);
    if (runCompiledWrite !== undefined) runCompiledWrite(statement, parameters);
    else await db.executeQuery(CompiledQuery.raw(statement, [...parameters]));
  };

  const readCompiled = async (db: Kysely<PhysicalDatabase>, definition: TableDefinition, statement: string, parameters: readonly unknown[]): Promise<Row[]> => {
    if (runCompiledRead !== undefined) return runCompiledRead(statement, parameters).map((values) => normaliseValues(definition, values));
    return (await db.executeQuery<Record<string, unknown>>(CompiledQuery.raw(statement, [...parameters]))).rows.map((raw) => normaliseRow(definition, raw));
  };

  /** Rows by key, in statements of a handful of shapes per table (see statementChunks), each compiled once. */
  const load = async (db: Kysely<PhysicalDatabase>, table: ReadModelName, version: number, keys: readonly string[]): Promise<Map<string, Row>> => {
    const definition = tableDefinitions[table];
    const name = physicalTableName(table, version);
    const columns = definition.columns.map(([column]) => column);
    const loaded = new Map<string, Row>();
    for (const part of statementChunks(keys, maxRowsPerStatement)) {
      const parameters = keyParameters(definition, part);
      const statement = shapeSql(`load ${name} ${part.length}`, parameters, () =>
        db.selectFrom(name).select(columns).where(keyMatches(definition, part)).compile(),
      );
      for (const row of await readCompiled(db, definition, statement, parameters)) loaded.set(rowKey(definition, row), row);
    }
    return loaded;
  };

  const remove = async (db: Kysely<PhysicalDatabase>, table: ReadModelName, version: number, keys: readonly string[]): Promise<void> => {
    const definition = tableDefinitions[table];
    const name = physicalTableName(table, version);
    for (const part of statementChunks(keys, maxRowsPerStatement)) {
      const parameters = keyParameters(definition, part);
      await runShape(db, `remove ${name} ${part.length}`, parameters, () => db.deleteFrom(name).where(keyMatches(definition, part)).compile());
    }
  };

  const compileInsertOrReplace = (db: Kysely<PhysicalDatabase>, definition: TableDefinition, name: string, rows: readonly Row[]): CompiledQuery =>
    db
      .insertInto(name)
      .values(rows.map((row) => Object.fromEntries(definition.columns.map(([column]) => [column, row[column] ?? null]))))
      .orReplace()
      .compile();

  const upsert = async (db: Kysely<PhysicalDatabase>, table: ReadModelName, version: number, rows: readonly Row[]): Promise<void> => {
    const definition = tableDefinitions[table];
    const name = physicalTableName(table, version);
    if (dialect === 'postgres') {
      const arrays = columnArrays(definition, rows);
      await runShape(db, `upsert ${name}`, arrays, () => compileUnnestUpsert(db, definition, name, arrays));
      return;
    }
    for (const part of statementChunks(rows, Math.min(maxRowsPerStatement, Math.floor(maxParameters / definition.columns.length)))) {
      await runShape(db, `upsert ${name} ${part.length}`, flatValues(definition, part), () => compileInsertOrReplace(db, definition, name, part));
    }
  };

  return { load, remove, upsert };
};

export type RowIo = ReturnType<typeof createRowIo>;

import type { ReadModelName } from '../read-models/read-model-rows';
import { type Kysely, sql } from 'kysely';
import type { SqlDialectName } from '../store/read-model-store';
import { type ReadModelDatabase, physicalTables } from './database';
import { type ColumnType, tableDefinitions } from './table-definitions';

/** The table that holds one version of a read model; the read model's own name is a view onto the active one. */
export const physicalTableName = (table: ReadModelName, version: number): string => `${table}_v${version}`;

/** The SQL type a column is declared with in each dialect. */
export const sqlType = (dialect: SqlDialectName, type: ColumnType): 'text' | 'integer' | 'real' | 'double precision' | 'bigint' => {
  switch (type) {
    case 'real':
      return dialect === 'postgres' ? 'double precision' : 'real';
    case 'bigint':
      return dialect === 'postgres' ? 'bigint' : 'integer';
    default:
      return type;
  }
};

/**
 * Creates a version's tables. On SQLite, tables keyed by text are WITHOUT ROWID (one b-tree per
 * table, not two). A rebuild creates them without secondary indexes and adds those once loaded.
 */
export const createPhysicalTables = async (
  target: Kysely<ReadModelDatabase>,
  dialect: SqlDialectName,
  tables: readonly ReadModelName[],
  version: number,
  options: { readonly indexes: boolean },
): Promise<void> => {
  const db = physicalTables(target);
  for (const table of tables) {
    const definition = tableDefinitions[table];
    const name = physicalTableName(table, version);
    let builder = db.schema.createTable(name);
    for (const [column, type] of definition.columns) {
      builder = builder.addColumn(column, sqlType(dialect, type), (col) => (definition.primaryKey.includes(column) ? col.notNull() : col));
    }
    builder = builder.addPrimaryKeyConstraint(`${name}_pk`, [...definition.primaryKey] as never);
    const textKeyed = definition.primaryKey.some((column) => definition.columns.some(([name, type]) => name === column && type === 'text'));
    await (dialect === 'sqlite' && textKeyed ? builder.modifyEnd(sql`without rowid`) : builder).execute();
  }
  if (options.indexes) await createSecondaryIndexes(target, tables, version);
};

export const createSecondaryIndexes = async (target: Kysely<ReadModelDatabase>, tables: readonly ReadModelName[], version: number): Promise<void> => {
  const db = physicalTables(target);
  for (const table of tables) {
    const name = physicalTableName(table, version);
    for (const [index, columns] of tableDefinitions[table].indexes.entries()) {
      await db.schema.createIndex(`${name}_ix${index}`).on(name).columns([...columns]).ifNotExists().execute();
    }
  }
};

export const dropPhysicalTables = async (target: Kysely<ReadModelDatabase>, tables: readonly ReadModelName[], version: number): Promise<void> => {
  const db = physicalTables(target);
  for (const table of tables) {
    await db.schema.dropTable(physicalTableName(table, version)).ifExists().execute();
  }
};

/**
 * Points each read model's view at a version, inside the caller's transaction, so readers see the
 * old tables or the new, never neither. On PostgreSQL an unchanged layout replaces the view in
 * place: a query waiting on the swap then reads the new version instead of failing on a dropped view.
 */
export const pointViewsAt = async (
  target: Kysely<ReadModelDatabase>,
  dialect: SqlDialectName,
  tables: readonly ReadModelName[],
  version: number,
  options: { readonly sameLayout: boolean },
): Promise<void> => {
  const db = physicalTables(target);
  const replaceInPlace = dialect === 'postgres' && options.sameLayout;
  for (const table of tables) {
    if (!replaceInPlace) await db.schema.dropView(table).ifExists().execute();
    const view = db.schema.createView(table);
    await (replaceInPlace ? view.orReplace() : view).as(db.selectFrom(physicalTableName(table, version)).selectAll()).execute();
  }
};

import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';

/*
 * Migrations cover the bookkeeping tables only. Read-model tables are disposable: their layout lives
 * in table-definitions.ts, and a changed layout is rebuilt from the events into a new version.
 */
const migrations: Record<string, Migration> = {
  '0001_projection_bookkeeping': {
    up: async (db: Kysely<unknown>) => {
      await db.schema
        .createTable('projection_state')
        .addColumn('projection', 'text', (column) => column.notNull())
        .addColumn('version', 'integer', (column) => column.notNull())
        .addColumn('status', 'text', (column) => column.notNull())
        .addColumn('position', 'bigint')
        .addColumn('failed_position', 'bigint')
        .addColumn('failure', 'text')
        .addColumn('layout', 'text', (column) => column.notNull())
        .addColumn('reference_date', 'text')
        .addColumn('updated_at', 'text', (column) => column.notNull())
        .addPrimaryKeyConstraint('projection_state_pk', ['projection', 'version'])
        .execute();
      await db.schema
        .createTable('projection_dirty_group')
        .addColumn('projection', 'text', (column) => column.notNull())
        .addColumn('version', 'integer', (column) => column.notNull())
        .addColumn('table_name', 'text', (column) => column.notNull())
        .addColumn('group_key', 'text', (column) => column.notNull())
        .addPrimaryKeyConstraint('projection_dirty_group_pk', ['projection', 'version', 'table_name', 'group_key'])
        .execute();
    },
  },
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/**
 * Brings the bookkeeping tables up to date; runs on every start. On PostgreSQL the schema must be
 * named, and the store's dialect confines Kysely's look for its migration tables to that schema.
 */
export const migrateToLatest = async (db: Kysely<unknown>, schema?: string): Promise<void> => {
  const { error } = await new Migrator({ db, provider, ...(schema === undefined ? {} : { migrationTableSchema: schema }) }).migrateToLatest();
  if (error !== undefined) {
    throw error instanceof Error ? error : new Error(String(error));
  }
};

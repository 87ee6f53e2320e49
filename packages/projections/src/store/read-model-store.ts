import type { Kysely } from 'kysely';
import type { ReadModelDatabase } from '../schema/database';

export type SqlDialectName = 'sqlite' | 'postgres';

/** A SQL database holding the read models, behind one Kysely query layer whatever the dialect. */
export interface ReadModelStore {
  readonly dialect: SqlDialectName;
  readonly db: Kysely<ReadModelDatabase>;
  /**
   * Runs a write statement Kysely compiled, through a cached prepared statement where the driver
   * allows it (SQLite); inside the caller's transaction, on its connection.
   */
  readonly runCompiledWrite?: (sql: string, parameters: readonly unknown[]) => void;
  /**
   * Runs a select Kysely compiled and answers its rows as arrays of values in the order of the select
   * list, where the driver allows it (on SQLite it costs less than a row object per row); inside the
   * caller's transaction, on its connection.
   */
  readonly runCompiledRead?: (sql: string, parameters: readonly unknown[]) => readonly (readonly unknown[])[];
  /**
   * Runs a rebuild's bulk load with settings that only change its speed, never what commits or when
   * (SQLite: WAL checkpoints further apart, so the file is synced less often); restores them after.
   */
  readonly duringBulkLoad?: <T>(work: () => Promise<T>) => Promise<T>;
  close(): Promise<void>;
}

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
  close(): Promise<void>;
}

import type { Kysely } from 'kysely';
import type { ReadModelRows, RowValue } from '../read-models/read-model-rows';

/** One row per projection and table version: where it stands, and whether it stopped on an event. */
export interface ProjectionStateTable {
  readonly projection: string;
  readonly version: number;
  /** `active` (queried through the views), `building` (a rebuild in progress) or `retired`. */
  readonly status: string;
  /** The last global position applied; null before the first event. */
  readonly position: bigint | number | string | null;
  readonly failed_position: bigint | number | string | null;
  readonly failure: string | null;
  readonly layout: string;
  readonly reference_date: string | null;
  readonly updated_at: string;
}

/** Groups of an aggregate table whose source rows changed since the aggregate was last computed. */
export interface DirtyGroupTable {
  readonly projection: string;
  readonly version: number;
  readonly table_name: string;
  readonly group_key: string;
}

/** The tables and views a query sees: the five read models (views onto the active version) and the bookkeeping. */
export type ReadModelDatabase = ReadModelRows & {
  readonly projection_state: ProjectionStateTable;
  readonly projection_dirty_group: DirtyGroupTable;
};

/** Versioned physical tables are named at run time (`participant_status_v3`); writes address them through this. */
export type PhysicalDatabase = Record<string, Record<string, RowValue>>;

/**
 * The same connection or transaction, typed for tables named at run time (a version's physical
 * tables). Kysely cannot type a name made at run time, so this is the one place the two typings meet.
 */
export const physicalTables = (db: Kysely<ReadModelDatabase>): Kysely<PhysicalDatabase> => db as unknown as Kysely<PhysicalDatabase>;

import type { Kysely } from 'kysely';
import type { ProjectionStateTable, ReadModelDatabase } from '../schema/database';

export type VersionStatus = 'active' | 'building' | 'retired';

export interface ProjectionVersionState {
  readonly projection: string;
  readonly version: number;
  readonly status: VersionStatus;
  readonly position: bigint | null;
  readonly failure: { readonly position: bigint; readonly message: string } | null;
  readonly layout: string;
  readonly referenceDate: string | null;
}

const bigintOrNull = (value: bigint | number | string | null): bigint | null => (value === null ? null : BigInt(value));

const stateOf = (row: ProjectionStateTable): ProjectionVersionState => {
  const failedPosition = bigintOrNull(row.failed_position);
  return {
    projection: row.projection,
    version: Number(row.version),
    status: row.status as VersionStatus,
    position: bigintOrNull(row.position),
    failure: failedPosition === null ? null : { position: failedPosition, message: row.failure ?? '' },
    layout: row.layout,
    referenceDate: row.reference_date,
  };
};

const now = (): string => new Date().toISOString();

export const versionStates = async (db: Kysely<ReadModelDatabase>, projection: string): Promise<readonly ProjectionVersionState[]> =>
  (await db.selectFrom('projection_state').selectAll().where('projection', '=', projection).orderBy('version').execute()).map(stateOf);

/**
 * Takes the write lock on a version's state row before reading it (SQLite: the first write of the
 * transaction; PostgreSQL: a row lock), so two runners never apply the same events.
 */
export const lockVersion = async (db: Kysely<ReadModelDatabase>, projection: string, version: number): Promise<ProjectionVersionState | undefined> => {
  await db.updateTable('projection_state').set({ updated_at: now() }).where('projection', '=', projection).where('version', '=', version).execute();
  const row = await db.selectFrom('projection_state').selectAll().where('projection', '=', projection).where('version', '=', version).executeTakeFirst();
  return row === undefined ? undefined : stateOf(row);
};

export const insertVersion = async (
  db: Kysely<ReadModelDatabase>,
  state: Pick<ProjectionVersionState, 'projection' | 'version' | 'status' | 'layout'>,
): Promise<void> => {
  await db
    .insertInto('projection_state')
    .values({ ...state, position: null, failed_position: null, failure: null, reference_date: null, updated_at: now() })
    .execute();
};

export const saveCheckpoint = async (db: Kysely<ReadModelDatabase>, projection: string, version: number, position: bigint): Promise<void> => {
  await db
    .updateTable('projection_state')
    .set({ position, updated_at: now() })
    .where('projection', '=', projection)
    .where('version', '=', version)
    .execute();
};

export const saveReferenceDate = async (db: Kysely<ReadModelDatabase>, projection: string, version: number, referenceDate: string): Promise<void> => {
  await db
    .updateTable('projection_state')
    .set({ reference_date: referenceDate })
    .where('projection', '=', projection)
    .where('version', '=', version)
    .execute();
};

export const saveFailure = async (
  db: Kysely<ReadModelDatabase>,
  projection: string,
  version: number,
  failure: { readonly position: bigint; readonly message: string } | null,
): Promise<void> => {
  await db
    .updateTable('projection_state')
    .set({ failed_position: failure?.position ?? null, failure: failure?.message ?? null, updated_at: now() })
    .where('projection', '=', projection)
    .where('version', '=', version)
    .execute();
};

export const setVersionStatus = async (db: Kysely<ReadModelDatabase>, projection: string, version: number, status: VersionStatus): Promise<void> => {
  await db
    .updateTable('projection_state')
    .set({ status, updated_at: now() })
    .where('projection', '=', projection)
    .where('version', '=', version)
    .execute();
};

export const deleteVersion = async (db: Kysely<ReadModelDatabase>, projection: string, version: number): Promise<void> => {
  await db.deleteFrom('projection_dirty_group').where('projection', '=', projection).where('version', '=', version).execute();
  await db.deleteFrom('projection_state').where('projection', '=', projection).where('version', '=', version).execute();
};

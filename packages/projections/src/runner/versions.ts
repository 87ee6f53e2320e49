import type { RowProjection } from '../read-models/row-projection';
import type { Kysely } from 'kysely';
import type { ReadModelDatabase } from '../schema/database';
import { createPhysicalTables, dropPhysicalTables, pointViewsAt } from '../schema/physical-tables';
import { layoutFingerprint } from '../schema/table-definitions';
import type { ReadModelStore, SqlDialectName } from '../store/read-model-store';
import { deleteVersion, insertVersion, setVersionStatus, versionStates, type ProjectionVersionState } from './projection-state';

/**
 * What a version was built with: its tables' layout and, when the projection declares them, the rules
 * its rows were worked out by (`RowProjection.rules`). A change of either makes the version stale.
 */
const layoutOf = (projection: RowProjection): string =>
  projection.rules === undefined ? layoutFingerprint(projection.tables) : `${layoutFingerprint(projection.tables)} rules=${projection.rules}`;

const nextVersion = (states: readonly ProjectionVersionState[]): number => states.reduce((highest, state) => Math.max(highest, state.version), 0) + 1;

/** Creates the tables of a new version in `building` state; the live views do not see it yet. */
export const startVersion = async (readModels: ReadModelStore, projection: RowProjection): Promise<number> =>
  readModels.db.transaction().execute(async (trx) => {
    const version = nextVersion(await versionStates(trx, projection.name));
    await createPhysicalTables(trx, readModels.dialect, projection.tables, version, { indexes: false });
    await insertVersion(trx, { projection: projection.name, version, status: 'building', layout: layoutOf(projection) });
    return version;
  });

/** Points the views at `version` and drops the version it replaces; the caller's transaction makes it one step. */
export const swapIn = async (trx: Kysely<ReadModelDatabase>, dialect: SqlDialectName, projection: RowProjection, version: number): Promise<void> => {
  const replaced = (await versionStates(trx, projection.name)).filter((state) => state.status === 'active');
  const layout = layoutOf(projection);
  await pointViewsAt(trx, dialect, projection.tables, version, { sameLayout: replaced.length > 0 && replaced.every((state) => state.layout === layout) });
  await setVersionStatus(trx, projection.name, version, 'active');
  for (const old of replaced) {
    await dropPhysicalTables(trx, projection.tables, old.version);
    await deleteVersion(trx, projection.name, old.version);
  }
};

/**
 * On start: a projection without tables gets its first version; a rebuild that died half-way is
 * dropped. Answers whether the active version's table layout still matches the code.
 */
export const ensureActiveVersion = async (readModels: ReadModelStore, projection: RowProjection): Promise<'current' | 'stale'> =>
  readModels.db.transaction().execute(async (trx) => {
    const states = await versionStates(trx, projection.name);
    for (const abandoned of states.filter((state) => state.status !== 'active')) {
      await dropPhysicalTables(trx, projection.tables, abandoned.version);
      await deleteVersion(trx, projection.name, abandoned.version);
    }
    const active = states.find((state) => state.status === 'active');
    if (active !== undefined) {
      return active.layout === layoutOf(projection) ? 'current' : 'stale';
    }
    const version = nextVersion(states);
    await createPhysicalTables(trx, readModels.dialect, projection.tables, version, { indexes: true });
    await insertVersion(trx, { projection: projection.name, version, status: 'building', layout: layoutOf(projection) });
    await swapIn(trx, readModels.dialect, projection, version);
    return 'current';
  });

import * as fs from 'node:fs';
import * as path from 'node:path';
import Database from 'better-sqlite3';
import type { PositionClaim, PositionLedger } from '@binaan/integrity';
import { EVENTS_FILE, READ_MODELS_FILE } from '@binaan/runtime';
import type { StoreSession } from '../store/open-session';

interface SequenceRow {
  readonly seq: bigint;
}
interface CheckpointRow {
  readonly projection: string;
  readonly position: unknown;
}

/** The events table's own records (types starting with `$`) and its sequence counter, read-only. */
const readEventsFile = (file: string): { readonly systemPositions: ReadonlySet<bigint>; readonly sequence: bigint | undefined } => {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    db.defaultSafeIntegers(true);
    const system = db.prepare("SELECT position FROM events WHERE substr(type, 1, 1) = '$'").pluck().all() as bigint[];
    const sequence = db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'events'").get() as SequenceRow | undefined;
    return { systemPositions: new Set(system), sequence: sequence?.seq };
  } finally {
    db.close();
  }
};

/** How far each projection says it has applied the events: a checkpoint past the last event means events went missing. */
const checkpointClaims = async (session: StoreSession): Promise<readonly PositionClaim[]> => {
  const readModelsFile = path.join(session.location.dataDir, READ_MODELS_FILE);
  if (session.location.pgUrl === undefined && !fs.existsSync(readModelsFile)) return [];
  try {
    const readModels = await session.readModels();
    const rows = (await readModels.db
      .selectFrom('projection_state')
      .select(['projection', 'position'])
      .where('status', '=', 'active')
      .execute()) as readonly CheckpointRow[];
    return rows
      .filter((row) => row.position !== null && row.position !== undefined)
      .map((row) => ({ by: `the checkpoint of projection ${row.projection}`, position: BigInt(String(row.position)) }));
  } catch {
    // Read models that cannot be read are reported by the audit-log check; the counter still speaks.
    return [];
  }
};

/**
 * What the SQLite store itself says of its positions: they count records one by one from 1, the
 * sequence counter keeps the highest ever issued, and the projections' checkpoints how far they read.
 */
export const sqlitePositionLedger = async (session: StoreSession): Promise<PositionLedger> => {
  const { systemPositions, sequence } = readEventsFile(path.join(session.location.dataDir, EVENTS_FILE));
  const claims: PositionClaim[] = [
    ...(sequence === undefined ? [] : [{ by: "the events table's sequence counter (sqlite_sequence)", position: sequence }]),
    ...(await checkpointClaims(session)),
  ];
  return { systemPositions, claims };
};

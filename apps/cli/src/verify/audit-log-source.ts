import * as fs from 'node:fs';
import { queryAuditLog } from '@binaan/projections';
import * as path from 'node:path';
import { READ_MODELS_FILE } from '@binaan/runtime';
import type { StoreSession } from '../store/open-session';
import type { AuditLogSource } from '@binaan/integrity';

export type AuditLogAvailability =
  | { readonly available: true; readonly source: AuditLogSource }
  | { readonly available: false; readonly reason: string };

const asBigint = (value: unknown): bigint | null =>
  value === null || value === undefined ? null : BigInt(typeof value === 'bigint' ? value : String(value));

/**
 * The audit_log read model, as it stands: never caught up first, because projecting a tampered store
 * would copy the tampering into the very record that should expose it.
 */
export const auditLogSourceOf = async (session: StoreSession): Promise<AuditLogAvailability> => {
  const { location } = session;
  const readModelsFile = path.join(location.dataDir, READ_MODELS_FILE);
  if (location.pgUrl === undefined && !fs.existsSync(readModelsFile)) {
    return { available: false, reason: `no read models at ${readModelsFile}` };
  }
  const readModels = await session.readModels();
  let last: unknown;
  try {
    const row = await readModels.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.max('position').as('last'))
      .executeTakeFirst();
    last = row?.last;
  } catch (error) {
    return { available: false, reason: `the audit_log read model cannot be read (${error instanceof Error ? error.message : String(error)})` };
  }
  return {
    available: true,
    source: {
      checkedThrough: asBigint(last),
      loadPage: (fromPosition, limit) => queryAuditLog(readModels, { fromPosition, limit }),
    },
  };
};

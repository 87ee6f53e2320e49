import * as fs from 'node:fs';
import * as path from 'node:path';
import { readModelRows, type ReadModelStore } from '@binaan/projections';

/**
 * Before a forced rebuild replaces audit_log, the rows it replaces are written to a file of their own
 * in the data folder (owner-only): the evidence a tampered store contradicted is never overwritten
 * silently. The rows hold ids, types, actors and hashes, no personal data. Returns the file, named by
 * the time of the rebuild.
 */
export const retainAuditLog = async (dataDir: string, readModels: ReadModelStore, at: Date = new Date()): Promise<string> => {
  const file = path.join(dataDir, `audit-log-before-forced-rebuild-${at.toISOString().replace(/[:.]/g, '-')}.jsonl`);
  const rows = await readModelRows(readModels, 'audit_log');
  const text = rows.map((row) => JSON.stringify(row, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value))).join('\n');
  fs.writeFileSync(file, rows.length === 0 ? '' : `${text}\n`, { mode: 0o600, flag: 'wx' });
  return file;
};

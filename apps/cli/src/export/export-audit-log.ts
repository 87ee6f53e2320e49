import { auditLogRow, type AuditLogRow } from '@binaan/projections';
import type { EventStore } from '@binaan/event-store';
import type { PersonalDataVault } from '@binaan/personal-data';
import { csvLine } from '../output/csv';
import type { Cell } from '../output/table';
import { toJson } from '../output/json';
import type { Progress } from '../output/progress';
import type { TextOutput } from '../output/text-output';
import type { ExportRange } from './export-range';
import { personalColumns, personalColumnsOf } from './personal-columns';

export type ExportFormat = 'jsonl' | 'csv';

export const auditColumns: readonly (keyof AuditLogRow)[] = [
  'position',
  'stream_name',
  'revision',
  'event_type',
  'event_id',
  'business_date',
  'recorded_at',
  'actor_id',
  'actor_role',
  'command_id',
  'correlation_id',
  'causation_id',
  'hash',
];

export interface ExportRequest {
  readonly events: EventStore;
  readonly range: ExportRange;
  readonly format: ExportFormat;
  /** Given only with --include-personal and the master key. */
  readonly vault?: PersonalDataVault;
  readonly store: string;
  readonly output: TextOutput;
  readonly progress: Progress;
}

const headerOf = (request: ExportRequest) => ({
  kind: 'binaan-audit-log-export',
  version: 1,
  generatedAt: new Date().toISOString(),
  store: request.store,
  recordedFrom: request.range.from,
  recordedTo: request.range.to,
  personalData: request.vault === undefined ? 'excluded' : 'included',
  columns: [...auditColumns, ...(request.vault === undefined ? [] : personalColumns)],
});

/**
 * The audit log, one row per event in position order, built by the same function as the audit_log
 * read model. The header says whether personal data is in the file: JSONL's first line, and for CSV
 * the personal columns in the header row.
 */
export const exportAuditLog = async (request: ExportRequest): Promise<number> => {
  const header = headerOf(request);
  await request.output.write(request.format === 'jsonl' ? `${toJson(header, 0)}\n` : csvLine(header.columns));
  let rows = 0;
  for await (const event of request.events.readAll({ fromPosition: 'start' })) {
    request.progress.advance();
    const row = auditLogRow(event);
    if (!request.range.includes(row.recorded_at)) continue;
    const personal = request.vault === undefined ? {} : await personalColumnsOf(request.vault, event.type, event.data);
    const full = { ...row, ...personal };
    await request.output.write(
      request.format === 'jsonl'
        ? `${toJson(full, 0)}\n`
        : csvLine(header.columns.map((column) => (full as Readonly<Record<string, unknown>>)[column] as Cell)),
    );
    rows += 1;
  }
  request.progress.finish();
  return rows;
};

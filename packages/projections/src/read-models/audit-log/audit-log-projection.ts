import * as E from 'fp-ts/Either';
import { auditLogRow } from './audit-log';
import type { RowProjection } from '../row-projection';

/** The `audit_log` projection: one row per event, keyed by its global position. */
export const auditLogProjection: RowProjection = {
  name: 'audit_log',
  tables: ['audit_log'],
  reads: () => [],
  apply: (event) => E.right([{ table: 'audit_log', key: String(event.position), row: auditLogRow(event) }]),
  aggregates: [],
  rowsFollowOneStream: true, // a row per event
};

import type { AuditLogRow, FacilityStageRow, ParticipantStatusRow, ProgrammeOutcomeRow } from '../read-models/read-model-rows';
import { tableDefinitions } from '../schema/table-definitions';
import { normaliseRow } from '../runner/row-io';
import type { ReadModelStore } from '../store/read-model-store';
import { sortRows } from './sort-rows';

export interface GroupFilter {
  readonly programmeId?: string;
  readonly facilityId?: string;
  readonly cohort?: string;
}

export const queryProgrammeOutcomes = async (readModels: ReadModelStore, filter: GroupFilter = {}): Promise<readonly ProgrammeOutcomeRow[]> => {
  let select = readModels.db.selectFrom('programme_outcomes').selectAll();
  if (filter.programmeId !== undefined) select = select.where('programme_id', '=', filter.programmeId);
  if (filter.facilityId !== undefined) select = select.where('facility_id', '=', filter.facilityId);
  if (filter.cohort !== undefined) select = select.where('cohort', '=', filter.cohort);
  const rows = (await select.execute()).map((raw) => normaliseRow(tableDefinitions.programme_outcomes, raw) as ProgrammeOutcomeRow);
  return sortRows('programme_outcomes', rows);
};

export const queryParticipantStatus = async (readModels: ReadModelStore, filter: GroupFilter & { readonly participantId?: string } = {}): Promise<readonly ParticipantStatusRow[]> => {
  let select = readModels.db.selectFrom('participant_status').selectAll();
  if (filter.participantId !== undefined) select = select.where('participant_id', '=', filter.participantId);
  if (filter.programmeId !== undefined) select = select.where('programme_id', '=', filter.programmeId);
  if (filter.facilityId !== undefined) select = select.where('facility_id', '=', filter.facilityId);
  if (filter.cohort !== undefined) select = select.where('cohort', '=', filter.cohort);
  const rows = (await select.execute()).map((raw) => normaliseRow(tableDefinitions.participant_status, raw) as ParticipantStatusRow);
  return sortRows('participant_status', rows);
};

export interface AuditLogQuery {
  readonly streamName?: string;
  /** Inclusive. */
  readonly fromPosition?: bigint;
  readonly limit?: number;
}

export const queryAuditLog = async (readModels: ReadModelStore, query: AuditLogQuery = {}): Promise<readonly AuditLogRow[]> => {
  let select = readModels.db.selectFrom('audit_log').selectAll().orderBy('position').limit(query.limit ?? 1_000);
  if (query.streamName !== undefined) select = select.where('stream_name', '=', query.streamName);
  if (query.fromPosition !== undefined) select = select.where('position', '>=', query.fromPosition);
  return (await select.execute()).map((raw) => normaliseRow(tableDefinitions.audit_log, raw) as AuditLogRow);
};

/** facility_stages rows: each stage of a programme × cohort counted at the unit where it happened. */
export const queryFacilityStages = async (
  readModels: ReadModelStore,
  filter: { readonly programmeId?: string; readonly cohort?: string } = {},
): Promise<readonly FacilityStageRow[]> => {
  let select = readModels.db.selectFrom('facility_stages').selectAll();
  if (filter.programmeId !== undefined) select = select.where('programme_id', '=', filter.programmeId);
  if (filter.cohort !== undefined) select = select.where('cohort', '=', filter.cohort);
  const rows = (await select.execute()).map((raw) => normaliseRow(tableDefinitions.facility_stages, raw) as FacilityStageRow);
  return sortRows('facility_stages', rows);
};

/**
 * The streams whose events a command id wrote, from the audit log: how the API keeps one command id to
 * one stream across the whole store and across processes (an append not yet projected is covered by the
 * API's own registry meanwhile).
 */
export const queryStreamsOfCommand = async (readModels: ReadModelStore, commandId: string): Promise<readonly string[]> =>
  (await readModels.db.selectFrom('audit_log').select('stream_name').distinct().where('command_id', '=', commandId).execute()).map(
    (row) => row.stream_name,
  );

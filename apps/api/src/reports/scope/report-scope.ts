import { scopeReaches, type ParticipantScope } from '@binaan/domain';
import type { ParticipantStatusRow } from '@binaan/projections';
import { scopeIncludesFacility } from '../../auth/caller-scope';
import type { ApiReadModels } from '../../runtime/api-runtime.port';

/**
 * How lists and figures are narrowed to a caller's scope ("Who sees whom" in docs/architecture.md):
 * the participant rule (where she is held now, the programme she is in) applied to the rows a report
 * reads. National reach reads everything; these are only asked for a scoped caller.
 */

/** A participant's status row within scope: judged on the unit that holds her now, as a command is. */
export const statusRowWithinScope =
  (scope: ParticipantScope) =>
  (row: Pick<ParticipantStatusRow, 'current_facility_id' | 'programme_id'>): boolean =>
    scopeReaches(scope, { facilityId: row.current_facility_id, programmeId: row.programme_id });

/**
 * A group of an aggregate within scope: its unit (and its programme, where the group has one) reached.
 * Figures are grouped by the unit their table names (the enrolling unit for cohort figures, the unit
 * of each stage for facility stages, the counted unit for coverage); the scope selects those groups.
 */
export const groupWithinScope =
  (scope: ParticipantScope) =>
  (row: { readonly facility_id: string; readonly programme_id?: string }): boolean =>
    // A group without a programme (coverage) is judged on its unit alone.
    row.programme_id === undefined
      ? scopeIncludesFacility(scope, row.facility_id)
      : scopeReaches(scope, { facilityId: row.facility_id, programmeId: row.programme_id });

/** The ids of the participants within scope, from participant_status (a read model: moments behind a transfer). */
export const participantIdsWithinScope = async (readModels: Pick<ApiReadModels, 'participantStatusRows'>, scope: ParticipantScope): Promise<ReadonlySet<string>> =>
  new Set((await readModels.participantStatusRows({})).filter(statusRowWithinScope(scope)).map((row) => row.participant_id));

import type { FacilityStageRow, ParticipantStatusRow } from '../read-model-rows';
import { aggregateInParts } from '../row-projection';

/**
 * facility_stages for one programme × cohort: for each unit, how many of the cohort were enrolled,
 * graduated, were released and exited there, each stage at the unit where she was held when it
 * happened (after transfers). A unit that saw no stage has no row.
 */
export const facilityStageRows = (programmeId: string, cohort: string, participants: readonly ParticipantStatusRow[]): readonly FacilityStageRow[] => {
  const byFacility = new Map<string, { enrolled: number; graduated: number; released: number; exited: number }>();
  const at = (facilityId: string | null, stage: 'enrolled' | 'graduated' | 'released' | 'exited'): void => {
    if (facilityId === null) return;
    const counts = byFacility.get(facilityId) ?? { enrolled: 0, graduated: 0, released: 0, exited: 0 };
    counts[stage] += 1;
    byFacility.set(facilityId, counts);
  };
  for (const participant of participants) {
    at(participant.facility_id, 'enrolled');
    at(participant.graduated_at_facility_id, 'graduated');
    at(participant.released_from_facility_id, 'released');
    at(participant.exited_from_facility_id, 'exited');
  }
  return [...byFacility]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([facilityId, counts]) => ({ programme_id: programmeId, cohort, facility_id: facilityId, ...counts }));
};

const byFacilityId = (a: FacilityStageRow, b: FacilityStageRow): number => (a.facility_id < b.facility_id ? -1 : a.facility_id > b.facility_id ? 1 : 0);

/** The stage rows of two disjoint sets of a cohort's participants as those of both: each unit's counts added up. */
export const addFacilityStages = (a: readonly FacilityStageRow[], b: readonly FacilityStageRow[]): readonly FacilityStageRow[] => {
  const sums = new Map(a.map((row) => [row.facility_id, row]));
  for (const row of b) {
    const known = sums.get(row.facility_id);
    sums.set(
      row.facility_id,
      known === undefined
        ? row
        : { ...known, enrolled: known.enrolled + row.enrolled, graduated: known.graduated + row.graduated, released: known.released + row.released, exited: known.exited + row.exited },
    );
  }
  return [...sums.values()].sort(byFacilityId);
};

/** facilityStageRows a part of the cohort at a time. */
export const facilityStagesInParts = aggregateInParts<readonly FacilityStageRow[]>({
  part: (group, rows) => facilityStageRows(String(group['programme_id']), String(group['cohort']), rows as readonly ParticipantStatusRow[]),
  combine: addFacilityStages,
  finish: (_group, whole) => whole,
});

import type { FacilityStageRow, ParticipantStatusRow } from '../read-model-rows';

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

import type { FacilityStageRow } from '@binaan/projections';
import { isSmallGroup } from '@binaan/domain';

type StageCounts = Pick<FacilityStageRow, 'enrolled' | 'graduated' | 'released' | 'exited'>;
type Shown = number | '<10';

/** A count of 1 to 9 people as a viewer sees it; 0 says nobody and is shown. */
const shown = (count: number, suppress: boolean): Shown => (suppress && count > 0 && isSmallGroup(count) ? '<10' : count);

const countsView = (counts: StageCounts, suppress: boolean) => ({
  enrolled: shown(counts.enrolled, suppress),
  graduated: shown(counts.graduated, suppress),
  released: shown(counts.released, suppress),
  exited: shown(counts.exited, suppress),
});

/**
 * Each stage counted at the unit where it happened, per cohort and added up per unit. Viewers see
 * counts of fewer than ten people as "<10", as they see small groups elsewhere.
 */
export const facilityStagesView = (rows: readonly FacilityStageRow[], suppressSmallCounts: boolean) => {
  const totals = new Map<string, StageCounts>();
  for (const row of rows) {
    const total = totals.get(row.facility_id) ?? { enrolled: 0, graduated: 0, released: 0, exited: 0 };
    totals.set(row.facility_id, {
      enrolled: total.enrolled + row.enrolled,
      graduated: total.graduated + row.graduated,
      released: total.released + row.released,
      exited: total.exited + row.exited,
    });
  }
  return {
    byFacility: [...totals].map(([facilityId, counts]) => ({ facilityId, ...countsView(counts, suppressSmallCounts) })),
    groups: rows.map((row) => ({ programmeId: row.programme_id, cohort: row.cohort, facilityId: row.facility_id, ...countsView(row, suppressSmallCounts) })),
  };
};

export type FacilityStagesView = ReturnType<typeof facilityStagesView>;

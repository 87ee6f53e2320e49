import type { Catalogue } from '@binaan/domain';
import type { FacilityCoverageRow } from '@binaan/projections';

/** Fewer people than this in the programme at a facility in a month is shown to viewers as `<10`. */
const smallGroupSize = 10;

const monthView = (row: FacilityCoverageRow, suppress: boolean) =>
  suppress && row.in_programme > 0 && row.in_programme < smallGroupSize
    ? { month: row.month, measuredOn: row.measured_on, status: row.status, suppressed: true as const, inProgramme: '<10' as const }
    : {
        month: row.month,
        measuredOn: row.measured_on,
        status: row.status,
        suppressed: false as const,
        inProgramme: row.in_programme,
        held: row.held,
        heldCountedOn: row.held_counted_on,
        coverage: { numerator: row.in_programme, denominator: row.held, rate: row.coverage_rate },
      };

/**
 * Coverage per facility and month: the people in the programme there at the month's end (numerator)
 * over the people held by the latest count on or before it (denominator). A month without a count
 * says so in `status` (`no_count`) and has no rate. Viewers see a month with fewer than ten people in
 * the programme suppressed, as they see small outcome groups.
 */
export const coverageView = (rows: readonly FacilityCoverageRow[], catalogue: Catalogue, suppressSmallGroups: boolean) => {
  const facilityIds = [...new Set(rows.map((row) => row.facility_id))];
  return {
    facilities: facilityIds.map((facilityId) => ({
      facilityId,
      facilityName: catalogue.facilities.find((facility) => facility.id === facilityId)?.name ?? null,
      months: rows.filter((row) => row.facility_id === facilityId).map((row) => monthView(row, suppressSmallGroups)),
    })),
  };
};

export type CoverageView = ReturnType<typeof coverageView>;

import type { Catalogue } from '@binaan/domain';
import type { HomeRegencyOutcomeRow } from '@binaan/projections';
import { outcomeFigures } from './outcome-view';

/** The regency as the catalogue names it, and whether it lies outside the programme's own regency. */
const regencyOf = (row: HomeRegencyOutcomeRow, catalogue: Catalogue) => {
  if (row.home_regency === null) return { homeRegency: null, outsideProgrammeRegency: null };
  const programmeRegency = catalogue.programmes.find((programme) => programme.id === row.programme_id)?.regency ?? null;
  return {
    homeRegency: { code: row.home_regency, name: catalogue.regencies.find((regency) => regency.code === row.home_regency)?.name ?? null },
    outsideProgrammeRegency: programmeRegency === null ? null : row.home_regency !== programmeRegency,
  };
};

/**
 * Outcome groups by programme × home regency. Viewers see a group of fewer than ten people as they
 * see a small cohort: that it exists, `<10`, no figure; staff see it flagged. The same rule for every
 * grouping, so a region cannot reveal what a cohort hides.
 */
export const homeRegencyGroupsView = (rows: readonly HomeRegencyOutcomeRow[], catalogue: Catalogue, suppressSmallGroups: boolean) =>
  rows.map((row) =>
    suppressSmallGroups && row.small_group === 1
      ? { programmeId: row.programme_id, ...regencyOf(row, catalogue), suppressed: true as const, enrolled: '<10' as const, smallGroup: true as const }
      : { programmeId: row.programme_id, ...regencyOf(row, catalogue), suppressed: false as const, ...outcomeFigures(row) },
  );

export type HomeRegencyGroupsView = ReturnType<typeof homeRegencyGroupsView>;

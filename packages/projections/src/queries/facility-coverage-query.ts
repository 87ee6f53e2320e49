import type { FacilityCoverageRow } from '../read-models/read-model-rows';
import { normaliseRow } from '../runner/row-io';
import { tableDefinitions } from '../schema/table-definitions';
import type { ReadModelStore } from '../store/read-model-store';
import { sortRows } from './sort-rows';

export interface FacilityCoverageQuery {
  readonly facilityId?: string;
  /** Inclusive bounds on the month, `YYYY-MM`. */
  readonly fromMonth?: string;
  readonly toMonth?: string;
}

/** facility_coverage rows, by facility and month. */
export const queryFacilityCoverage = async (readModels: ReadModelStore, query: FacilityCoverageQuery = {}): Promise<readonly FacilityCoverageRow[]> => {
  let select = readModels.db.selectFrom('facility_coverage').selectAll();
  if (query.facilityId !== undefined) select = select.where('facility_id', '=', query.facilityId);
  if (query.fromMonth !== undefined) select = select.where('month', '>=', query.fromMonth);
  if (query.toMonth !== undefined) select = select.where('month', '<=', query.toMonth);
  const rows = (await select.execute()).map((raw) => normaliseRow(tableDefinitions.facility_coverage, raw) as FacilityCoverageRow);
  return sortRows('facility_coverage', rows);
};

import { type AsOf, type ProgrammeOutcomeRow, defaultProjections, replayAsOf } from '@binaan/projections';
import type { EventStore } from '@binaan/event-store';

export interface OutcomeFilter {
  readonly programmeId?: string;
  readonly facilityId?: string;
}

/**
 * The programme figures as they stood at `asOf`, replayed in memory through the very projections
 * the live read models run, so a replay to today equals the live table.
 */
export const replayOutcomes = async (
  events: EventStore,
  asOf: AsOf,
  filter: OutcomeFilter,
  today?: string,
): Promise<readonly ProgrammeOutcomeRow[]> => {
  const replayed = await replayAsOf(events, asOf, ['programme_outcomes'], {
    projections: defaultProjections(),
    ...(today === undefined ? {} : { today }),
  });
  return (replayed.programme_outcomes ?? []).filter(
    (row) =>
      (filter.programmeId === undefined || row.programme_id === filter.programmeId) &&
      (filter.facilityId === undefined || row.facility_id === filter.facilityId),
  );
};

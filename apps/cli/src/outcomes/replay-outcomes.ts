import { type AsOf, type FacilityStageRow, type ParticipantStatusRow, type ProgrammeOutcomeRow, defaultProjections, replayAsOf } from '@binaan/projections';
import type { EventStore } from '@binaan/event-store';

export interface OutcomeFilter {
  readonly programmeId?: string;
  readonly facilityId?: string;
}

export interface ReplayedOutcomes {
  /** programme_outcomes, one row per programme × facility × cohort. */
  readonly groups: readonly ProgrammeOutcomeRow[];
  /** The participants of those groups: a total's median and a figure's members are taken from them. */
  readonly participants: readonly ParticipantStatusRow[];
  /** Each stage of the cohorts at the unit where it happened (after transfers). */
  readonly stages: readonly FacilityStageRow[];
}

/**
 * The programme figures as they stood at `asOf`, replayed in memory through the very projections
 * the live read models run, so a replay to today equals the live table.
 */
export const replayOutcomes = async (events: EventStore, asOf: AsOf, filter: OutcomeFilter, today?: string): Promise<ReplayedOutcomes> => {
  const replayed = await replayAsOf(events, asOf, ['programme_outcomes', 'participant_status', 'facility_stages'], {
    projections: defaultProjections(),
    ...(today === undefined ? {} : { today }),
  });
  const selected = (row: { readonly programme_id: string; readonly facility_id: string }) =>
    (filter.programmeId === undefined || row.programme_id === filter.programmeId) &&
    (filter.facilityId === undefined || row.facility_id === filter.facilityId);
  return {
    groups: (replayed.programme_outcomes ?? []).filter(selected),
    participants: (replayed.participant_status ?? []).filter(selected),
    // A stage counts where it happened: filtered by programme, and by facility on the unit of the stage.
    stages: (replayed.facility_stages ?? []).filter(selected),
  };
};

import type { EnrolledParticipant, FacilityPopulationRecordedData, ParticipantState } from '@binaan/domain';
import type { CoverageFactRow } from '../read-model-rows';

interface Stay {
  readonly facilityId: string;
  readonly from: string;
  readonly until: string | null;
}

/** The day she left the programme and the facility's population with it: release or exit, whichever came first. */
const leftOn = (state: EnrolledParticipant): string | null => {
  const dates = [state.release?.releasedOn, state.exit?.exitedOn].filter((date): date is NonNullable<typeof date> => date != null).sort();
  return dates[0] ?? null;
};

/**
 * Where she was in the programme and when: from enrolment at the enrolment's facility, moved by each
 * transfer on its day, until release or exit. A cancelled enrolment was never in the programme.
 * Stays of no days (a transfer on the day of enrolment) are left out.
 */
const staysOf = (state: EnrolledParticipant): readonly Stay[] => {
  if (state.cancelled) return [];
  const transfers = [...state.transfers].sort((a, b) => (a.transferredOn < b.transferredOn ? -1 : a.transferredOn > b.transferredOn ? 1 : 0));
  const end = leftOn(state);
  const stays: Stay[] = [];
  let facilityId: string = state.enrolledAtFacilityId;
  let from: string = state.enrolledOn;
  for (const transfer of transfers) {
    if (end !== null && transfer.transferredOn >= end) break;
    stays.push({ facilityId, from, until: transfer.transferredOn });
    facilityId = transfer.toFacilityId;
    from = transfer.transferredOn;
  }
  stays.push({ facilityId, from, until: end });
  return stays.filter((stay) => stay.until === null || stay.until > stay.from);
};

export const placementFactId = (participantId: string, facilityId: string, from: string): string => `placement|${participantId}|${facilityId}|${from}`;

/** Her placements as coverage facts, keyed so that a stay that moves (another facility or start) is a new row. */
export const placementFacts = (state: ParticipantState): readonly CoverageFactRow[] =>
  state.status !== 'enrolled'
    ? []
    : staysOf(state).map((stay) => ({
        fact_id: placementFactId(state.participantId, stay.facilityId, stay.from),
        facility_id: stay.facilityId,
        kind: 'placement',
        starts_on: stay.from,
        ends_on: stay.until,
        registration_class: state.registrationClass,
        total: null,
        counts_by_class: null,
      }));


/** One count per facility and day: a later count for the same day stands over an earlier one. */
export const countFact = (count: FacilityPopulationRecordedData): CoverageFactRow => ({
  fact_id: `count|${count.facilityId}|${count.countedOn}`,
  facility_id: count.facilityId,
  kind: 'count',
  starts_on: count.countedOn,
  ends_on: null,
  registration_class: null,
  total: count.total,
  counts_by_class: count.byRegistrationClass === undefined ? null : JSON.stringify(count.byRegistrationClass),
});

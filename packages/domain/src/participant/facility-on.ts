import type { LocalDate } from '../dates/local-date';
import type { FacilityId } from '../ids/slug-ids';
import type { EnrolledParticipant } from './participant-state';

/**
 * The unit she was held in on a day: the enrolment's, then each standing transfer from its date on
 * (a transfer dated that very day counts: she was moved that day). What a stage is attributed to.
 */
export const facilityOn = (state: EnrolledParticipant, date: LocalDate): FacilityId => {
  let facility = state.enrolledAtFacilityId;
  const byDate = [...state.transfers].sort((a, b) => (a.transferredOn < b.transferredOn ? -1 : a.transferredOn > b.transferredOn ? 1 : 0));
  for (const transfer of byDate) {
    if (transfer.transferredOn <= date) facility = transfer.toFacilityId;
  }
  return facility;
};

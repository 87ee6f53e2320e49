import type { LocalDate } from '../dates/local-date';
import type { FacilityId } from '../ids/slug-ids';
import type { EnrolledParticipant } from './participant-state';

/**
 * The unit she was held in on a day: the enrolment's, or where the latest standing transfer dated up to
 * that day took her (a transfer dated that very day counts: she was moved that day; of two on one day,
 * the one recorded last). What a stage is attributed to.
 */
export const facilityOn = (state: EnrolledParticipant, date: LocalDate): FacilityId => {
  let facility = state.enrolledAtFacilityId;
  let movedOn: LocalDate | undefined;
  for (const transfer of state.transfers) {
    if (transfer.transferredOn <= date && (movedOn === undefined || transfer.transferredOn >= movedOn)) {
      facility = transfer.toFacilityId;
      movedOn = transfer.transferredOn;
    }
  }
  return facility;
};

import { businessDateAt, eventBusinessDate } from '@binaan/domain';
import { recordedAtOf, type ProjectionEvent } from '../read-models/projection-event';

/**
 * A point in the history. Every given bound must hold (they combine with AND):
 * - `position`: the events up to and including this global position;
 * - `recordedAt`: what was known then, the events whose `metadata.recordedAt` is at or before it;
 * - `businessDate`: what had happened by then, the events whose business date (enrolment,
 *   assessment, release or contact date, or the day a head count was taken) is on or before it.
 */
export interface AsOf {
  readonly position?: bigint;
  readonly recordedAt?: string;
  readonly businessDate?: string;
}

const recordedMs = (event: ProjectionEvent): number | null => {
  const recordedAt = recordedAtOf(event);
  return recordedAt === null ? null : Date.parse(recordedAt);
};

/**
 * The day a head count was taken: the business date of a facility event (the domain's table of
 * business-date fields covers participant events only).
 */
const countedOnOf = (event: ProjectionEvent): string | null =>
  event.type === 'FacilityPopulationRecorded' && typeof event.data['countedOn'] === 'string' ? event.data['countedOn'] : null;

/** Events without a business date (e.g. an enrolment reservation) are placed at the day they were recorded. */
const businessDayOf = (event: ProjectionEvent): string | null => {
  const recordedAt = recordedAtOf(event);
  return eventBusinessDate(event.type, event.data) ?? countedOnOf(event) ?? (recordedAt === null ? null : businessDateAt(recordedAt));
};

export const isKnownAsOf =
  (asOf: AsOf) =>
  (event: ProjectionEvent): boolean => {
    if (asOf.position !== undefined && event.position > asOf.position) {
      return false;
    }
    if (asOf.recordedAt !== undefined) {
      const recorded = recordedMs(event);
      if (recorded === null || recorded > Date.parse(asOf.recordedAt)) {
        return false;
      }
    }
    if (asOf.businessDate !== undefined) {
      const day = businessDayOf(event);
      return day === null || day <= asOf.businessDate;
    }
    return true;
  };

/** The date time-dependent figures are measured against: the business date, else the recorded day, else `today`. */
export const referenceDateOf = (asOf: AsOf, today: string): string =>
  asOf.businessDate ?? (asOf.recordedAt !== undefined ? businessDateAt(asOf.recordedAt) : today);

import * as E from 'fp-ts/Either';
import * as O from 'fp-ts/Option';
import { findFacility } from '../catalogue/catalogue-lookup';
import type { RecordFacilityPopulation } from '../commands/record-facility-population';
import { isAfter } from '../dates/date-arithmetic';
import { facilityNotFound, type FacilityNotFound } from '../errors/enrolment-errors';
import { countDateInFuture, countsExceedTotal, type FacilityError } from '../errors/facility-errors';
import type { FacilityEvent } from '../events/facility-population-recorded';
import type { DecisionContext } from '../participant/decision';

export type FacilityDecision = E.Either<FacilityError | FacilityNotFound, readonly FacilityEvent[]>;

/**
 * A prison unit's population counts: the facility must be in the catalogue, the day not after today,
 * and the counts by class may not add up to more than the total. A later count for the same day
 * stands over an earlier one (the read model keeps the latest recorded), so no state is needed.
 */
export const decideRecordFacilityPopulation =
  ({ catalogue, today }: DecisionContext) =>
  (command: RecordFacilityPopulation): FacilityDecision => {
    if (O.isNone(findFacility(catalogue, command.facilityId))) return E.left(facilityNotFound(command.facilityId));
    if (isAfter(command.countedOn, today)) return E.left(countDateInFuture(command.countedOn, today));
    const byClass = Object.values(command.byRegistrationClass ?? {}).reduce((sum: number, count) => sum + (count ?? 0), 0);
    if (byClass > command.total) return E.left(countsExceedTotal(byClass, command.total));
    return E.right([
      {
        type: 'FacilityPopulationRecorded',
        data: {
          schemaVersion: 1,
          facilityId: command.facilityId,
          countedOn: command.countedOn,
          total: command.total,
          ...(command.byRegistrationClass === undefined ? {} : { byRegistrationClass: command.byRegistrationClass }),
        },
      },
    ]);
  };

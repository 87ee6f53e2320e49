import * as t from 'io-ts';
import { nonNegativeInteger } from '../codecs/non-negative-integer';
import { struct } from '../codecs/struct';
import { LocalDate } from '../dates/local-date';
import { RegistrationClass, registrationClasses } from '../ids/registration-class';
import { FacilityId } from '../ids/slug-ids';

/** Head counts by registration class; classes not given were not counted separately. */
export const CountsByRegistrationClass = struct(
  'CountsByRegistrationClass',
  'reject',
  {},
  Object.fromEntries(registrationClasses.map((registrationClass) => [registrationClass, nonNegativeInteger])) as Record<
    RegistrationClass,
    typeof nonNegativeInteger
  >,
);
export type CountsByRegistrationClass = t.TypeOf<typeof CountsByRegistrationClass>;

/**
 * How many people a prison unit held on a day (the national prison database's monthly figure, as the
 * registrar passes it on): the denominator of coverage. No personal data.
 */
export const FacilityPopulationRecordedData = struct(
  'FacilityPopulationRecordedData',
  'strip',
  { schemaVersion: t.literal(1), facilityId: FacilityId, countedOn: LocalDate, total: nonNegativeInteger },
  { byRegistrationClass: CountsByRegistrationClass },
);
export type FacilityPopulationRecordedData = t.TypeOf<typeof FacilityPopulationRecordedData>;

export const FacilityPopulationRecorded = struct('FacilityPopulationRecorded', 'strip', {
  type: t.literal('FacilityPopulationRecorded'),
  data: FacilityPopulationRecordedData,
});
export type FacilityPopulationRecorded = t.TypeOf<typeof FacilityPopulationRecorded>;

/** The events of a `facility-<facilityId>` stream. */
export type FacilityEvent = FacilityPopulationRecorded;
export const FACILITY_EVENT_TYPES = ['FacilityPopulationRecorded'] as const;

export const facilityStreamName = (facilityId: FacilityId): string => `facility-${facilityId}`;

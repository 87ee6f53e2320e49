import * as t from 'io-ts';
import { nonNegativeInteger } from '../codecs/non-negative-integer';
import { struct } from '../codecs/struct';
import { LocalDate } from '../dates/local-date';
import { FacilityId } from '../ids/slug-ids';
import { CountsByRegistrationClass } from '../events/facility-population-recorded';

export const RecordFacilityPopulation = struct(
  'RecordFacilityPopulation',
  'reject',
  { type: t.literal('RecordFacilityPopulation'), facilityId: FacilityId, countedOn: LocalDate, total: nonNegativeInteger },
  { byRegistrationClass: CountsByRegistrationClass },
);
export type RecordFacilityPopulation = t.TypeOf<typeof RecordFacilityPopulation>;

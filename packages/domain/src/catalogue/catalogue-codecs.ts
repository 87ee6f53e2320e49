import * as t from 'io-ts';
import { boundedString } from '../codecs/bounded-string';
import { oneOf } from '../codecs/one-of';
import { positiveInteger } from '../codecs/positive-integer';
import { struct } from '../codecs/struct';
import { RegencyCode } from '../ids/regency-code';
import { FacilityId, ModuleId, ProgrammeId, ProviderId } from '../ids/slug-ids';

const title = boundedString('Title', 1, 200);

export const CatalogueModule = struct('CatalogueModule', 'reject', {
  id: ModuleId,
  title,
  hours: positiveInteger,
  required: t.boolean,
  prerequisites: t.readonlyArray(ModuleId),
});
export type CatalogueModule = t.TypeOf<typeof CatalogueModule>;

/** A training institute (LPK) that delivers the programme. */
export const TrainingProvider = struct('TrainingProvider', 'reject', { id: ProviderId, name: title });
export type TrainingProvider = t.TypeOf<typeof TrainingProvider>;

/** One curriculum version of a programme; a new version is a new entry, so replays keep the old rules. */
export const Programme = struct('Programme', 'reject', {
  id: ProgrammeId,
  curriculumVersion: positiveInteger,
  title,
  /** The regency whose manpower office (Disnaker) runs the programme; follow-ups elsewhere belong to another office. */
  regency: RegencyCode,
  /** The prison units that run it: enrolments and transfers go only there. */
  offeredAt: t.readonlyArray(FacilityId),
  providers: t.readonlyArray(TrainingProvider),
  modules: t.readonlyArray(CatalogueModule),
});
export type Programme = t.TypeOf<typeof Programme>;

export const facilityClasses = ['I', 'IIA', 'IIB', 'III'] as const;
export const FacilityClass = oneOf('FacilityClass', facilityClasses);
export type FacilityClass = t.TypeOf<typeof FacilityClass>;

/** A prison unit (UPT). */
export const Facility = struct('Facility', 'reject', {
  id: FacilityId,
  name: title,
  class: FacilityClass,
  region: title,
});
export type Facility = t.TypeOf<typeof Facility>;

/** A kabupaten or kota (BPS code and name): where a person may return to after release. */
export const Regency = struct('Regency', 'reject', { code: RegencyCode, name: title });
export type Regency = t.TypeOf<typeof Regency>;

export const CatalogueData = struct('Catalogue', 'reject', {
  programmes: t.readonlyArray(Programme),
  facilities: t.readonlyArray(Facility),
  regencies: t.readonlyArray(Regency),
});
export type CatalogueData = t.TypeOf<typeof CatalogueData>;

interface CatalogueBrand {
  readonly Catalogue: unique symbol;
}

/** Catalogue data that passed `loadCatalogue`'s checks (unique ids, known prerequisites, no cycles). */
export type Catalogue = CatalogueData & CatalogueBrand;

import * as O from 'fp-ts/Option';
import * as RA from 'fp-ts/ReadonlyArray';
import { pipe } from 'fp-ts/function';
import { FacilityId, ModuleId, ProgrammeId } from '../ids/slug-ids';
import { Catalogue, CatalogueModule, Facility, Programme, Regency } from './catalogue-codecs';

/** The programme as it was at a curriculum version: what replays and decisions after enrolment use. */
export const findProgramme = (
  catalogue: Catalogue,
  programmeId: ProgrammeId,
  curriculumVersion: number,
): O.Option<Programme> =>
  pipe(
    catalogue.programmes,
    RA.findFirst((programme) => programme.id === programmeId && programme.curriculumVersion === curriculumVersion),
  );

/** The newest curriculum version of a programme: what a new enrolment follows. */
export const currentProgramme = (catalogue: Catalogue, programmeId: ProgrammeId): O.Option<Programme> =>
  pipe(
    catalogue.programmes.filter((programme) => programme.id === programmeId),
    RA.reduce(O.none as O.Option<Programme>, (newest, programme) =>
      O.isSome(newest) && newest.value.curriculumVersion >= programme.curriculumVersion ? newest : O.some(programme),
    ),
  );

export const findFacility = (catalogue: Catalogue, facilityId: FacilityId): O.Option<Facility> =>
  pipe(
    catalogue.facilities,
    RA.findFirst((facility) => facility.id === facilityId),
  );

export const findModule = (programme: Programme, moduleId: ModuleId): O.Option<CatalogueModule> =>
  pipe(
    programme.modules,
    RA.findFirst((module) => module.id === moduleId),
  );

/** Whether a prison unit runs the programme (its current curriculum). */
export const offersProgramme = (programme: Programme, facilityId: FacilityId): boolean => programme.offeredAt.includes(facilityId);

export const findRegency = (catalogue: Catalogue, code: string): O.Option<Regency> =>
  pipe(
    catalogue.regencies,
    RA.findFirst((regency) => regency.code === code),
  );

export const requiredModuleIds = (programme: Programme): readonly ModuleId[] =>
  programme.modules.filter((module) => module.required).map((module) => module.id);

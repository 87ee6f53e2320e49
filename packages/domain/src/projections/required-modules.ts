import * as O from 'fp-ts/Option';
import { pipe } from 'fp-ts/function';
import { findProgramme, requiredModuleIds } from '../catalogue/catalogue-lookup';
import type { Catalogue } from '../catalogue/catalogue-codecs';
import type { ProgrammeId } from '../ids/slug-ids';

/** The required modules of a programme at the curriculum version an enrolment recorded; undefined if unknown. */
export type RequiredModules = (programmeId: string, curriculumVersion: number) => readonly string[] | undefined;

export const requiredModulesFromCatalogue =
  (catalogue: Catalogue): RequiredModules =>
  (programmeId, curriculumVersion) =>
    pipe(
      findProgramme(catalogue, programmeId as ProgrammeId, curriculumVersion),
      O.map((programme): readonly string[] => requiredModuleIds(programme)),
      O.toUndefined,
    );

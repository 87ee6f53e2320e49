import * as O from 'fp-ts/Option';
import { pipe } from 'fp-ts/function';
import { findProgramme, requiredModuleIds } from './catalogue-lookup';
import type { Catalogue } from './catalogue-codecs';
import type { ModuleId, ProgrammeId } from '../ids/slug-ids';

/** The required modules of a programme at the curriculum version an enrolment recorded; undefined if unknown. */
export type RequiredModules = (programmeId: string, curriculumVersion: number) => readonly ModuleId[] | undefined;

export const requiredModulesFromCatalogue =
  (catalogue: Catalogue): RequiredModules =>
  (programmeId, curriculumVersion) =>
    pipe(
      findProgramme(catalogue, programmeId as ProgrammeId, curriculumVersion),
      O.map(requiredModuleIds),
      O.toUndefined,
    );

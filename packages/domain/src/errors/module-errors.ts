import { domainError } from './domain-error-shape';
import { LocalDate } from '../dates/local-date';
import { ModuleId, ProgrammeId } from '../ids/slug-ids';

export const moduleNotInCurriculum = (moduleId: ModuleId, programmeId: ProgrammeId, curriculumVersion: number) =>
  domainError(
    'ModuleNotInCurriculum',
    'MODULE_NOT_IN_CURRICULUM',
    `Module ${moduleId} is not in curriculum version ${curriculumVersion} of programme ${programmeId}`,
    { moduleId },
  );
export type ModuleNotInCurriculum = ReturnType<typeof moduleNotInCurriculum>;

export const prerequisitesNotCompetent = (moduleId: ModuleId, missing: readonly ModuleId[]) =>
  domainError(
    'PrerequisitesNotCompetent',
    'PREREQUISITES_NOT_COMPETENT',
    `Module ${moduleId} needs ${missing.join(', ')} assessed competent on or before the assessment date`,
    { moduleId, missing },
  );
export type PrerequisitesNotCompetent = ReturnType<typeof prerequisitesNotCompetent>;

export const assessmentBeforeEnrolment = (assessedOn: LocalDate, enrolledOn: LocalDate) =>
  domainError(
    'AssessmentBeforeEnrolment',
    'ASSESSMENT_BEFORE_ENROLMENT',
    `The assessment date ${assessedOn} is before the enrolment date ${enrolledOn}`,
    {},
  );
export type AssessmentBeforeEnrolment = ReturnType<typeof assessmentBeforeEnrolment>;

export const assessmentDateInFuture = (assessedOn: LocalDate, today: LocalDate) =>
  domainError(
    'AssessmentDateInFuture',
    'ASSESSMENT_DATE_IN_FUTURE',
    `The assessment date ${assessedOn} is after today (${today})`,
    {},
  );
export type AssessmentDateInFuture = ReturnType<typeof assessmentDateInFuture>;

/** Once competent, a module takes no further assessment, competent or not. */
export const moduleAlreadyCompetent = (moduleId: ModuleId) =>
  domainError(
    'ModuleAlreadyCompetent',
    'MODULE_ALREADY_COMPETENT',
    `Module ${moduleId} has already been assessed competent`,
    { moduleId },
  );
export type ModuleAlreadyCompetent = ReturnType<typeof moduleAlreadyCompetent>;

export type ModuleError =
  | ModuleNotInCurriculum
  | PrerequisitesNotCompetent
  | AssessmentBeforeEnrolment
  | AssessmentDateInFuture
  | ModuleAlreadyCompetent;

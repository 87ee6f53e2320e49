import { domainError } from './domain-error-shape';
import { ProgrammeId } from '../ids/slug-ids';

export const notEnrolled = () =>
  domainError('NotEnrolled', 'NOT_ENROLLED', 'The participant is not enrolled', {});
export type NotEnrolled = ReturnType<typeof notEnrolled>;

/** The command names another participant than the stream it was decided against. */
export const participantMismatch = () =>
  domainError(
    'ParticipantMismatch',
    'PARTICIPANT_MISMATCH',
    'The command names a different participant than the record it was decided against',
    {},
  );
export type ParticipantMismatch = ReturnType<typeof participantMismatch>;

/** The catalogue in use lacks the curriculum version recorded at enrolment. */
export const curriculumNotFound = (programmeId: ProgrammeId, curriculumVersion: number) =>
  domainError(
    'CurriculumNotFound',
    'CURRICULUM_NOT_FOUND',
    `Curriculum version ${curriculumVersion} of programme ${programmeId} is not in the catalogue`,
    { programmeId, curriculumVersion },
  );
export type CurriculumNotFound = ReturnType<typeof curriculumNotFound>;

export type ParticipantError = NotEnrolled | ParticipantMismatch | CurriculumNotFound;

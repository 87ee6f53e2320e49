import * as E from 'fp-ts/Either';
import type { ParticipantEventView } from './participant-event-view';
import { competentOn, hasModule, withListEntry } from './module-lists';
import { withFollowUp } from './participant-status-follow-up';
import type { ParticipantStage, ParticipantStatusRow } from './read-model-rows';
import { updatedStatusRow } from './participant-status-row';
import type { RequiredModules } from './required-modules';

type Enrolled = Extract<ParticipantEventView, { type: 'InmateEnrolled' }>;
type Assessed = Extract<ParticipantEventView, { type: 'ModuleCompleted' }>;

const stageOf = (row: Pick<ParticipantStatusRow, 'released_on' | 'graduated_on'>): ParticipantStage =>
  row.released_on !== null ? 'released' : row.graduated_on !== null ? 'graduated' : 'in_training';

const enrolledRow = (event: Enrolled, required: readonly string[]): ParticipantStatusRow => ({
  participant_id: event.participantId,
  programme_id: event.programmeId,
  curriculum_version: event.curriculumVersion,
  facility_id: event.facilityId,
  cohort: event.enrolledOn.slice(0, 7),
  enrolled_on: event.enrolledOn,
  status: required.length === 0 ? 'graduated' : 'in_training',
  assessed_modules: '',
  competent_modules: '',
  modules_assessed: 0,
  modules_competent: 0,
  graduated_on: required.length === 0 ? event.enrolledOn : null,
  released_on: null,
  release_type: null,
  supervision_ends_on: null,
  follow_ups_attempted: 0,
  follow_ups_reached: 0,
  m1_attempts: 0,
  m1_reached_on: null,
  m1_employment: null,
  m3_attempts: 0,
  m3_reached_on: null,
  m3_employment: null,
  m6_attempts: 0,
  m6_reached_on: null,
  m6_employment: null,
  m12_attempts: 0,
  m12_reached_on: null,
  m12_employment: null,
  first_income_on: null,
  days_to_first_income: null,
});

/** Graduation: the day the last required module was assessed competent. */
const graduationDate = (competentModules: string, required: readonly string[]): string | null => {
  let latest = '';
  for (const moduleId of required) {
    const date = competentOn(competentModules, moduleId);
    if (date === undefined) return null;
    latest = date > latest ? date : latest;
  }
  return latest;
};

const assessedRow = (row: ParticipantStatusRow, event: Assessed, required: readonly string[]): ParticipantStatusRow => {
  const assessed = hasModule(row.assessed_modules, event.moduleId) ? row.assessed_modules : withListEntry(row.assessed_modules, event.moduleId);
  // A second "competent" is refused by the decider; should one arrive, the first assessment stands.
  const newlyCompetent = event.competent && competentOn(row.competent_modules, event.moduleId) === undefined;
  const competent = newlyCompetent ? withListEntry(row.competent_modules, `${event.moduleId}:${event.assessedOn}`) : row.competent_modules;
  const graduatedOn = row.graduated_on ?? (newlyCompetent ? graduationDate(competent, required) : null);
  return updatedStatusRow(row, {
    assessed_modules: assessed,
    competent_modules: competent,
    modules_assessed: assessed === row.assessed_modules ? row.modules_assessed : row.modules_assessed + 1,
    modules_competent: newlyCompetent ? row.modules_competent + 1 : row.modules_competent,
    graduated_on: graduatedOn,
    status: stageOf({ released_on: row.released_on, graduated_on: graduatedOn }),
  });
};

const unknownCurriculum = (programmeId: string, version: number) => E.left(`programme ${programmeId} has no curriculum version ${version} in the catalogue`);

const noEnrolment = (view: ParticipantEventView) => E.left(`${view.type} for participant ${view.participantId}, who has no enrolment`);

/** participant_status: one row per participant, folded from that participant's events. */
export const evolveParticipantStatus = (requiredModules: RequiredModules) => {
  const requiredByCurriculum = new Map<string, readonly string[] | undefined>();
  const requiredFor = (programmeId: string, version: number): readonly string[] | undefined => {
    const key = `${programmeId}@${version}`;
    if (!requiredByCurriculum.has(key)) requiredByCurriculum.set(key, requiredModules(programmeId, version));
    return requiredByCurriculum.get(key);
  };

  return (row: ParticipantStatusRow | undefined, view: ParticipantEventView): E.Either<string, ParticipantStatusRow> => {
    if (view.type === 'InmateEnrolled') {
      if (row !== undefined) return E.left(`participant ${view.participantId} is already enrolled`);
      const required = requiredFor(view.programmeId, view.curriculumVersion);
      return required === undefined ? unknownCurriculum(view.programmeId, view.curriculumVersion) : E.right(enrolledRow(view, required));
    }
    if (row === undefined) return noEnrolment(view);
    switch (view.type) {
      case 'ModuleCompleted': {
        const required = requiredFor(row.programme_id, row.curriculum_version);
        return required === undefined ? unknownCurriculum(row.programme_id, row.curriculum_version) : E.right(assessedRow(row, view, required));
      }
      case 'InmateReleased':
        return row.released_on !== null
          ? E.left(`participant ${view.participantId} is already released`)
          : E.right(updatedStatusRow(row, { released_on: view.releasedOn, release_type: view.releaseType, supervision_ends_on: view.supervisionEndsOn, status: 'released' }));
      case 'FollowUpLogged':
        return row.released_on === null
          ? E.left(`follow-up for participant ${view.participantId}, who is not released`)
          : E.right(withFollowUp(row, view, row.released_on));
    }
  };
};

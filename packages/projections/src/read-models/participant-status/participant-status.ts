import * as E from 'fp-ts/Either';
import {
  graduationDate,
  type InmateEnrolled,
  type LocalDate,
  type ModuleCompleted,
  type ModuleId,
  type ParticipantEvent,
  type RequiredModules,
} from '@binaan/domain';
import type { ParticipantStage, ParticipantStatusRow } from '../read-model-rows';
import { competentOn, hasModule, withListEntry } from './module-lists';
import { withFollowUp } from './participant-status-follow-up';
import { updatedStatusRow } from './participant-status-row';

const stageOf = (row: Pick<ParticipantStatusRow, 'released_on' | 'graduated_on'>): ParticipantStage =>
  row.released_on !== null ? 'released' : row.graduated_on !== null ? 'graduated' : 'in_training';

const enrolledRow = ({ data }: InmateEnrolled, required: readonly ModuleId[]): ParticipantStatusRow => {
  const graduatedOn = graduationDate(required, () => null);
  return {
    participant_id: data.participantId,
    programme_id: data.programmeId,
    curriculum_version: data.curriculumVersion,
    facility_id: data.facilityId,
    cohort: data.enrolledOn.slice(0, 7),
    enrolled_on: data.enrolledOn,
    status: stageOf({ released_on: null, graduated_on: graduatedOn }),
    assessed_modules: '',
    competent_modules: '',
    modules_assessed: 0,
    modules_competent: 0,
    graduated_on: graduatedOn,
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
  };
};

const assessedRow = (row: ParticipantStatusRow, { data }: ModuleCompleted, required: readonly ModuleId[]): ParticipantStatusRow => {
  const assessed = hasModule(row.assessed_modules, data.moduleId) ? row.assessed_modules : withListEntry(row.assessed_modules, data.moduleId);
  // A second "competent" is refused by the decider; should one arrive, the first assessment stands.
  const newlyCompetent = data.result === 'competent' && competentOn(row.competent_modules, data.moduleId) === undefined;
  const competent = newlyCompetent ? withListEntry(row.competent_modules, `${data.moduleId}:${data.assessedOn}`) : row.competent_modules;
  const graduatedOn =
    row.graduated_on ?? (newlyCompetent ? graduationDate(required, (moduleId) => competentOn(competent, moduleId) as LocalDate | undefined) : null);
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

const noEnrolment = (event: ParticipantEvent) => E.left(`${event.type} for participant ${event.data.participantId}, who has no enrolment`);

/** participant_status: one row per participant, folded from that participant's events. */
export const evolveParticipantStatus = (requiredModules: RequiredModules) => {
  const requiredByCurriculum = new Map<string, readonly ModuleId[] | undefined>();
  const requiredFor = (programmeId: string, version: number): readonly ModuleId[] | undefined => {
    const key = `${programmeId}@${version}`;
    if (!requiredByCurriculum.has(key)) requiredByCurriculum.set(key, requiredModules(programmeId, version));
    return requiredByCurriculum.get(key);
  };

  return (row: ParticipantStatusRow | undefined, event: ParticipantEvent): E.Either<string, ParticipantStatusRow> => {
    if (event.type === 'InmateEnrolled') {
      if (row !== undefined) return E.left(`participant ${event.data.participantId} is already enrolled`);
      const required = requiredFor(event.data.programmeId, event.data.curriculumVersion);
      return required === undefined ? unknownCurriculum(event.data.programmeId, event.data.curriculumVersion) : E.right(enrolledRow(event, required));
    }
    if (row === undefined) return noEnrolment(event);
    switch (event.type) {
      case 'ModuleCompleted': {
        const required = requiredFor(row.programme_id, row.curriculum_version);
        return required === undefined ? unknownCurriculum(row.programme_id, row.curriculum_version) : E.right(assessedRow(row, event, required));
      }
      case 'InmateReleased':
        return row.released_on !== null
          ? E.left(`participant ${event.data.participantId} is already released`)
          : E.right(
              updatedStatusRow(row, {
                released_on: event.data.releasedOn,
                release_type: event.data.releaseType,
                supervision_ends_on: event.data.supervisionEndsOn ?? null,
                status: 'released',
              }),
            );
      case 'FollowUpLogged':
        return row.released_on === null
          ? E.left(`follow-up for participant ${event.data.participantId}, who is not released`)
          : E.right(withFollowUp(row, event, row.released_on));
    }
  };
};

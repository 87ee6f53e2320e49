import { LocalDate } from '../dates/local-date';
import { RegistrationClass } from '../ids/registration-class';
import { FacilityId, ModuleId, ProgrammeId } from '../ids/slug-ids';
import { ParticipantId } from '../ids/uuid-ids';
import { AssessmentResult } from '../vocabulary/assessment-result';
import { ContactOutcome } from '../vocabulary/follow-up-contact';
import { Milestone } from '../vocabulary/milestone';
import { ReleaseType } from '../vocabulary/release-type';

export interface ModuleStanding {
  /** The result of the latest assessment. */
  readonly result: AssessmentResult;
  readonly attempts: number;
  readonly competentOn: LocalDate | null;
}

export interface Release {
  readonly releaseType: ReleaseType;
  readonly releasedOn: LocalDate;
  readonly supervisionEndsOn: LocalDate | null;
}

export interface FollowUpContact {
  readonly contactedOn: LocalDate;
  readonly outcome: ContactOutcome;
  readonly milestone: Milestone | null;
}

export interface NotEnrolledParticipant {
  readonly status: 'not_enrolled';
}

export interface EnrolledParticipant {
  readonly status: 'enrolled';
  readonly participantId: ParticipantId;
  readonly programmeId: ProgrammeId;
  readonly curriculumVersion: number;
  readonly facilityId: FacilityId;
  readonly registrationClass: RegistrationClass;
  readonly enrolledOn: LocalDate;
  readonly modules: Readonly<Partial<Record<ModuleId, ModuleStanding>>>;
  /**
   * Graduation has no event of its own: it follows from the ModuleCompleted events under the
   * curriculum version recorded at enrolment, so `evolve` derives it. The date is the latest
   * `competentOn` among the required modules.
   */
  readonly graduatedOn: LocalDate | null;
  readonly release: Release | null;
  readonly followUps: readonly FollowUpContact[];
}

export type ParticipantState = NotEnrolledParticipant | EnrolledParticipant;

export const initialParticipantState = (): ParticipantState => ({ status: 'not_enrolled' });

export const hasGraduated = (state: ParticipantState): boolean =>
  state.status === 'enrolled' && state.graduatedOn !== null;

export const competentModuleIds = (state: ParticipantState): readonly ModuleId[] =>
  state.status === 'enrolled'
    ? (Object.keys(state.modules) as ModuleId[]).filter((moduleId) => state.modules[moduleId]?.competentOn != null)
    : [];

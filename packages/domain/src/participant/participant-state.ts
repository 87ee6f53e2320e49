import { LocalDate } from '../dates/local-date';
import type { ParticipantEventType } from '../events/participant-event';
import { RegencyCode } from '../ids/regency-code';
import { RegistrationClass } from '../ids/registration-class';
import { FacilityId, ModuleId, ProgrammeId } from '../ids/slug-ids';
import { ParticipantId } from '../ids/uuid-ids';
import { AssessmentResult } from '../vocabulary/assessment-result';
import type { BusinessStatus, EmploymentStatus, IncomeBand } from '../vocabulary/employment';
import { ContactOutcome } from '../vocabulary/follow-up-contact';
import type { CustodyReturnKind, ExitReason } from '../vocabulary/lifecycle-reasons';
import { Milestone } from '../vocabulary/milestone';
import { ReleaseType } from '../vocabulary/release-type';
import type { Actor } from '../vocabulary/staff-role';

/** How an event entered the record: the id a correction names, and who recorded it. */
export interface EventRecord {
  readonly eventId: string;
  readonly recordedBy: Actor | null;
}

/** Every event of the stream, voided or not: what a void looks up. */
export interface RecordedEntry extends EventRecord {
  readonly type: ParticipantEventType;
  readonly voided: boolean;
}

export interface Assessment {
  readonly eventId: string;
  readonly moduleId: ModuleId;
  readonly result: AssessmentResult;
  readonly assessedOn: LocalDate;
}

export interface ModuleStanding {
  /** The result of the latest assessment. */
  readonly result: AssessmentResult;
  /** The result of the first assessment: the first-attempt pass rate counts it. */
  readonly firstResult: AssessmentResult;
  readonly attempts: number;
  readonly competentOn: LocalDate | null;
}

export interface Release {
  readonly eventId: string;
  readonly releaseType: ReleaseType;
  readonly releasedOn: LocalDate;
  readonly supervisionEndsOn: LocalDate | null;
  /** Her home regency before this release named one: what a void of the release puts back. */
  readonly homeRegencyBefore: RegencyCode | null;
}

export interface FollowUpContact {
  readonly eventId: string;
  readonly contactedOn: LocalDate;
  readonly outcome: ContactOutcome;
  readonly milestone: Milestone | null;
  readonly employmentStatus: EmploymentStatus | null;
  readonly businessStatus: BusinessStatus | null;
  readonly usesTrainedSkill: boolean | null;
  readonly incomeBand: IncomeBand | null;
  /** Whether the contact recorded notes: after consent is withdrawn, none may. */
  readonly withNotes: boolean;
}

export interface Exit {
  readonly eventId: string;
  readonly exitedOn: LocalDate;
  readonly reason: ExitReason;
}

export interface Transfer {
  readonly eventId: string;
  readonly transferredOn: LocalDate;
  readonly fromFacilityId: FacilityId;
  readonly toFacilityId: FacilityId;
}

export interface CustodyReturn {
  readonly eventId: string;
  readonly returnedOn: LocalDate;
  readonly kind: CustodyReturnKind;
}

export interface NotEnrolledParticipant {
  readonly status: 'not_enrolled';
}

export interface EnrolledParticipant {
  readonly status: 'enrolled';
  readonly participantId: ParticipantId;
  readonly programmeId: ProgrammeId;
  readonly curriculumVersion: number;
  /** Where the enrolment was recorded (as corrected): training and cohort figures count her there. */
  readonly enrolledAtFacilityId: FacilityId;
  /** Where she is now: the enrolment's facility, or the last transfer's. */
  readonly facilityId: FacilityId;
  readonly registrationClass: RegistrationClass;
  readonly enrolledOn: LocalDate;
  readonly previousParticipantId: ParticipantId | null;
  readonly homeRegency: RegencyCode | null;
  /** The assessments not voided, in the order recorded. */
  readonly assessments: readonly Assessment[];
  /** Each assessed module's standing, from `assessments`. */
  readonly modules: Readonly<Partial<Record<ModuleId, ModuleStanding>>>;
  /**
   * Graduation has no event of its own: it follows from the assessments under the curriculum version
   * of the enrolment, so `evolve` derives it (`graduationDate`).
   */
  readonly graduatedOn: LocalDate | null;
  readonly release: Release | null;
  readonly followUps: readonly FollowUpContact[];
  readonly exit: Exit | null;
  readonly transfers: readonly Transfer[];
  readonly custodyReturn: CustodyReturn | null;
  readonly cancelled: boolean;
  readonly consentWithdrawnOn: LocalDate | null;
  readonly erasedOn: LocalDate | null;
  /** Who recorded the enrolment: a cancellation by anyone else needs an admin. */
  readonly enrolledBy: Actor | null;
  /** Every event of the stream in order, voided or not (a list: a stream holds a few dozen at most). */
  readonly entries: readonly RecordedEntry[];
}

export type ParticipantState = NotEnrolledParticipant | EnrolledParticipant;

export const initialParticipantState = (): ParticipantState => ({ status: 'not_enrolled' });

export const hasGraduated = (state: ParticipantState): boolean => state.status === 'enrolled' && state.graduatedOn !== null;

export const competentModuleIds = (state: ParticipantState): readonly ModuleId[] =>
  state.status === 'enrolled'
    ? (Object.keys(state.modules) as ModuleId[]).filter((moduleId) => state.modules[moduleId]?.competentOn != null)
    : [];

/** Where a participant stands in the programme. */
export type ParticipantStage = 'in_training' | 'graduated' | 'exited' | 'released' | 'returned_to_custody' | 'cancelled';

export const participantStage = (state: EnrolledParticipant): ParticipantStage =>
  state.cancelled
    ? 'cancelled'
    : state.custodyReturn !== null
      ? 'returned_to_custody'
      : state.release !== null
        ? 'released'
        : state.exit !== null
          ? 'exited'
          : state.graduatedOn !== null
            ? 'graduated'
            : 'in_training';

/** Whether the enrolment has ended: a person may then be enrolled again (a new participant, linked to this one). */
export const enrolmentHasEnded = (state: ParticipantState): boolean =>
  state.status === 'enrolled' && (state.cancelled || state.exit !== null || state.release !== null);

import { competentModuleDates, listEntries, type OpenedDirectoryEntry, type ParticipantStatusRow } from '@binaan/projections';

const milestoneView = (attempts: number, reachedOn: string | null, employment: string | null) => ({ attempts, reachedOn, employment });

/** A participant_status row as the API shows it. Holds no personal data. */
export const participantStatusView = (row: ParticipantStatusRow) => ({
  participantId: row.participant_id,
  programmeId: row.programme_id,
  curriculumVersion: row.curriculum_version,
  facilityId: row.facility_id,
  cohort: row.cohort,
  enrolledOn: row.enrolled_on,
  status: row.status,
  modules: {
    assessed: listEntries(row.assessed_modules),
    /** Module id → the date it was first assessed competent. */
    competent: competentModuleDates(row.competent_modules),
    assessedCount: row.modules_assessed,
    competentCount: row.modules_competent,
  },
  graduatedOn: row.graduated_on,
  releasedOn: row.released_on,
  releaseType: row.release_type,
  supervisionEndsOn: row.supervision_ends_on,
  followUps: {
    attempted: row.follow_ups_attempted,
    reached: row.follow_ups_reached,
    milestones: {
      M1: milestoneView(row.m1_attempts, row.m1_reached_on, row.m1_employment),
      M3: milestoneView(row.m3_attempts, row.m3_reached_on, row.m3_employment),
      M6: milestoneView(row.m6_attempts, row.m6_reached_on, row.m6_employment),
      M12: milestoneView(row.m12_attempts, row.m12_reached_on, row.m12_employment),
    },
  },
  firstIncomeOn: row.first_income_on,
  daysToFirstIncome: row.days_to_first_income,
  lifecycle: {
    currentFacilityId: row.current_facility_id,
    transfers: row.transfers,
    exitedOn: row.exited_on,
    exitReason: row.exit_reason,
    returnedToCustodyOn: row.returned_to_custody_on,
    custodyReturnKind: row.custody_return_kind,
    consentWithdrawnOn: row.consent_withdrawn_on,
    previousParticipantId: row.previous_participant_id,
  },
});

export type ParticipantStatusView = ReturnType<typeof participantStatusView>;

/** Shown only to roles allowed to see personal data; `null` when the data key was erased. */
export const personalDataView = (entry: OpenedDirectoryEntry | undefined) =>
  entry === undefined || entry.status !== 'ok' ? null : { fullName: entry.fullName, registrationNumber: entry.registrationNumber };

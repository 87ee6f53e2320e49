/**
 * Rows of the read-model tables, column for column (snake_case, as BI tools see them).
 * Dates are `YYYY-MM-DD` text, flags are 0/1 integers, so SQLite and PostgreSQL hold identical values.
 */
export type RowValue = string | number | bigint | null;
export type Row = { readonly [column: string]: RowValue };

/** A participant's stage as participant_status shows it; a cancelled enrolment has no row. */
export type ParticipantStage = 'in_training' | 'graduated' | 'exited' | 'released' | 'returned_to_custody';

export type ParticipantStatusRow = {
  readonly participant_id: string;
  readonly programme_id: string;
  readonly curriculum_version: number;
  /** Where the enrolment was recorded: her training and cohort count there. */
  readonly facility_id: string;
  /** Where she is now (after transfers). */
  readonly current_facility_id: string;
  readonly cohort: string;
  readonly enrolled_on: string;
  /** The enrolment this one follows, for a person enrolled again. */
  readonly previous_participant_id: string | null;
  readonly home_regency: string | null;
  readonly status: ParticipantStage;
  readonly assessed_modules: string;
  readonly competent_modules: string;
  readonly modules_assessed: number;
  readonly modules_competent: number;
  /** Modules whose first assessment was competent. */
  readonly modules_competent_first_attempt: number;
  readonly graduated_on: string | null;
  /** The unit she was held in when she graduated, exited and was released: where each stage happened. */
  readonly graduated_at_facility_id: string | null;
  readonly exited_on: string | null;
  readonly exited_from_facility_id: string | null;
  readonly exit_reason: string | null;
  readonly transfers: number;
  readonly released_on: string | null;
  readonly released_from_facility_id: string | null;
  readonly release_type: string | null;
  readonly supervision_ends_on: string | null;
  readonly returned_to_custody_on: string | null;
  readonly custody_return_kind: string | null;
  readonly consent_withdrawn_on: string | null;
  readonly follow_ups_attempted: number;
  readonly follow_ups_reached: number;
  readonly m1_attempts: number;
  readonly m1_reached_on: string | null;
  readonly m1_employment: string | null;
  readonly m3_attempts: number;
  readonly m3_reached_on: string | null;
  readonly m3_employment: string | null;
  readonly m6_attempts: number;
  readonly m6_reached_on: string | null;
  readonly m6_employment: string | null;
  /** 1 when the reached M6 contact reports earning a living (a business still planned does not). */
  readonly m6_working: number;
  /** 1 or 0 when she works at M6 and said whether the work uses the trained skill; null otherwise. */
  readonly m6_uses_trained_skill: number | null;
  readonly m6_income_band: string | null;
  readonly m12_attempts: number;
  readonly m12_reached_on: string | null;
  readonly m12_employment: string | null;
  readonly m12_working: number;
  readonly m12_uses_trained_skill: number | null;
  readonly m12_income_band: string | null;
  readonly first_income_on: string | null;
  readonly days_to_first_income: number | null;
};

export interface MilestoneOutcomeColumns {
  readonly due: number;
  readonly attempted: number;
  readonly reached: number;
  readonly contactRate: number | null;
}

export type ProgrammeOutcomeRow = {
  readonly programme_id: string;
  readonly facility_id: string;
  readonly cohort: string;
  readonly as_of_date: string;
  readonly enrolled: number;
  readonly in_training: number;
  readonly graduated: number;
  readonly completion_rate: number | null;
  /** Exits before graduation or release, all reasons, then one column per reason. */
  readonly exited: number;
  readonly exited_transferred_out: number;
  readonly exited_withdrew: number;
  readonly exited_health: number;
  readonly exited_died: number;
  readonly exited_escaped: number;
  readonly exited_disciplinary: number;
  readonly exited_other: number;
  /** Exits for reasons outside the programme's control: transfer out, health, death. */
  readonly exited_outside_control: number;
  /** Graduated of enrolled minus exited_outside_control. */
  readonly completion_rate_excluding_outside_exits: number | null;
  readonly modules_assessed: number;
  readonly modules_competent: number;
  readonly competency_rate: number | null;
  readonly modules_competent_first_attempt: number;
  readonly first_attempt_competency_rate: number | null;
  readonly released: number;
  /** Released at least 12 months before the reference date: the denominator of returns within 12 months. */
  readonly released_12m_ago: number;
  readonly returned_within_12m: number;
  readonly return_to_custody_12m_rate: number | null;
  readonly m1_due: number;
  readonly m1_attempted: number;
  readonly m1_reached: number;
  readonly m1_contact_rate: number | null;
  readonly m3_due: number;
  readonly m3_attempted: number;
  readonly m3_reached: number;
  readonly m3_contact_rate: number | null;
  readonly m6_due: number;
  readonly m6_attempted: number;
  readonly m6_reached: number;
  readonly m6_contact_rate: number | null;
  readonly m12_due: number;
  readonly m12_attempted: number;
  readonly m12_reached: number;
  readonly m12_contact_rate: number | null;
  readonly m6_working: number;
  /** Working of those reached at M6. */
  readonly m6_working_rate: number | null;
  /** Working of those due at M6 (intention to treat: not reached counts as not known to work). */
  readonly m6_working_rate_of_due: number | null;
  readonly m6_working_trained_skill: number;
  /** Of those working at M6, the share whose work uses the trained skill. */
  readonly m6_trained_skill_rate: number | null;
  readonly m6_income_none: number;
  readonly m6_income_below_500k: number;
  readonly m6_income_500k_to_1m: number;
  readonly m6_income_1m_to_2m: number;
  readonly m6_income_2m_to_3m: number;
  readonly m6_income_above_3m: number;
  readonly m12_working: number;
  readonly m12_working_rate: number | null;
  readonly m12_working_rate_of_due: number | null;
  readonly m12_working_trained_skill: number;
  readonly m12_trained_skill_rate: number | null;
  readonly m12_income_none: number;
  readonly m12_income_below_500k: number;
  readonly m12_income_500k_to_1m: number;
  readonly m12_income_1m_to_2m: number;
  readonly m12_income_2m_to_3m: number;
  readonly m12_income_above_3m: number;
  readonly first_income_known: number;
  readonly median_days_to_first_income: number | null;
  readonly small_group: number;
};

/**
 * The stages of a programme × cohort counted at the unit where each happened: a woman enrolled at one
 * unit and transferred counts as enrolled there and as graduated, released or exited where she was
 * then. programme_outcomes keeps each person with the unit of her enrolment (her cohort); this table
 * gives each unit the stages it saw.
 */
export type FacilityStageRow = {
  readonly programme_id: string;
  readonly cohort: string;
  readonly facility_id: string;
  readonly enrolled: number;
  readonly graduated: number;
  readonly released: number;
  readonly exited: number;
};

export type FollowUpWorklistRow = {
  readonly participant_id: string;
  readonly milestone: string;
  readonly programme_id: string;
  readonly facility_id: string;
  /** The unit that holds her now (after release, the last one): what a caller's scope is judged on. */
  readonly current_facility_id: string;
  /** Where she goes home to (BPS regency code), so the contact can be handed to that regency's office. */
  readonly home_regency: string | null;
  readonly released_on: string;
  readonly due_on: string;
  readonly window_opens_on: string;
  readonly window_closes_on: string;
  readonly attempts: number;
  readonly reached_on: string | null;
  /** The first day this row is her next follow-up and due or overdue; null when it never is. */
  readonly listed_from: string | null;
  /** The day it stops being listed (the next milestone's window opens); `9999-12-31` until reached; null when never listed. */
  readonly listed_until: string | null;
};

export type AuditLogRow = {
  readonly position: bigint;
  readonly stream_name: string;
  readonly revision: bigint;
  readonly event_type: string;
  readonly event_id: string | null;
  readonly business_date: string | null;
  readonly recorded_at: string | null;
  readonly actor_id: string | null;
  readonly actor_role: string | null;
  readonly command_id: string | null;
  readonly correlation_id: string | null;
  readonly causation_id: string | null;
  readonly hash: string | null;
};

/**
 * Where a participant's name is kept: the sealed copies her events carry (JSON of `SealedPersonalData`),
 * never the name in clear. Opening them needs the master key.
 */
export type ParticipantDirectoryRow = {
  readonly participant_id: string;
  readonly programme_id: string;
  readonly sealed_personal_data: string;
};

/**
 * The decider's folded state of one participant, as JSON: what the outcomes projection folds the next
 * event into (a void undoes an entry only with the whole history at hand). Internal to the projection,
 * not for reporting; it holds no personal data.
 */
export type ParticipantStateRow = {
  readonly participant_id: string;
  readonly state: string;
};

/**
 * What coverage is computed from, one row per fact: a stay of a participant in the programme at a
 * facility (`placement`: from `starts_on` until `ends_on`, exclusive, null while it lasts) or a head
 * count (`count`: held on `starts_on`). A stay an amended record no longer has is deleted. Internal to
 * the coverage projection; it holds ids, dates and classes, no personal data.
 */
export type CoverageFactKind = 'placement' | 'count';

export type CoverageFactRow = {
  /** `placement|<participant>|<facility>|<from>` or `count|<facility>|<counted on>`. */
  readonly fact_id: string;
  readonly facility_id: string;
  readonly kind: CoverageFactKind;
  readonly starts_on: string;
  readonly ends_on: string | null;
  /** The participant's registration class, for a placement. */
  readonly registration_class: string | null;
  /** The head count, for a count. */
  readonly total: number | null;
  /** The count by registration class as JSON (`{"B.I": 120, ...}`), when the count gave one. */
  readonly counts_by_class: string | null;
};

/**
 * A participant's placement facts as the coverage projection last wrote them (JSON list of
 * CoverageFactRow): what a later change to her record compares against, to withdraw the ones gone.
 */
export type CoverageParticipantPlacementsRow = {
  readonly participant_id: string;
  readonly placements: string;
};

/** Whether a month's coverage has a head count to divide by: without one there is no rate. */
export type CoverageStatus = 'counted' | 'no_count';

export type FacilityCoverageRow = {
  readonly facility_id: string;
  /** `YYYY-MM`. */
  readonly month: string;
  /** The day the month is measured on: its last day, or the reference date in the month still running. */
  readonly measured_on: string;
  /** Eligible people in the programme at the facility on `measured_on`. */
  readonly in_programme: number;
  /** Eligible people held, from the latest count on or before `measured_on`; null without one. */
  readonly held: number | null;
  readonly held_counted_on: string | null;
  /** in_programme ÷ held; null without a count or when the count is 0. */
  readonly coverage_rate: number | null;
  readonly status: CoverageStatus;
};

/**
 * follow_up_open_listings: how many worklist rows are listed until she is reached (`listed_until` =
 * 9999-12-31: her last milestone, or one after which no window opens), per programme, enrolling unit,
 * unit that holds her now and milestone. The worklist's counts start from these, so they do not count
 * the hundreds of thousands of people overdue at their last milestone one by one.
 */
export type FollowUpOpenListingsRow = {
  readonly programme_id: string;
  readonly facility_id: string;
  readonly current_facility_id: string;
  readonly milestone: string;
  readonly participants: number;
};

export interface ReadModelRows {
  readonly participant_state: ParticipantStateRow;
  readonly participant_status: ParticipantStatusRow;
  readonly programme_outcomes: ProgrammeOutcomeRow;
  readonly facility_stages: FacilityStageRow;
  readonly follow_up_worklist: FollowUpWorklistRow;
  readonly follow_up_open_listings: FollowUpOpenListingsRow;
  readonly audit_log: AuditLogRow;
  readonly participant_directory: ParticipantDirectoryRow;
  readonly coverage_participant_state: ParticipantStateRow;
  readonly coverage_participant_placements: CoverageParticipantPlacementsRow;
  readonly coverage_fact: CoverageFactRow;
  readonly facility_coverage: FacilityCoverageRow;
}

export type ReadModelName = keyof ReadModelRows;

export const readModelNames: readonly ReadModelName[] = [
  'participant_state',
  'participant_status',
  'programme_outcomes',
  'facility_stages',
  'follow_up_worklist',
  'follow_up_open_listings',
  'audit_log',
  'participant_directory',
  'coverage_participant_state',
  'coverage_participant_placements',
  'coverage_fact',
  'facility_coverage',
];

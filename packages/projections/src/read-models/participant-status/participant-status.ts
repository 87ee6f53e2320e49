import {
  daysBetween,
  facilityOn,
  participantStage,
  reportsWork,
  type EnrolledParticipant,
  type FollowUpContact,
  type LocalDate,
  type Milestone,
} from '@binaan/domain';
import type { ParticipantStatusRow } from '../read-model-rows';
import { withListEntry } from './module-lists';

interface MilestoneFacts {
  readonly attempts: number;
  readonly reachedOn: string | null;
  readonly employment: string | null;
  readonly working: boolean;
  readonly usesTrainedSkill: boolean | null;
  readonly incomeBand: string | null;
}

/** The contacts logged under a milestone: how many, and the latest reached one (on the same day, the later entry). */
const milestoneFacts = (contacts: readonly FollowUpContact[], milestone: Milestone): MilestoneFacts => {
  let attempts = 0;
  let reached: FollowUpContact | undefined;
  for (const contact of contacts) {
    if (contact.milestone !== milestone) continue;
    attempts += 1;
    if (contact.outcome === 'reached' && (reached === undefined || contact.contactedOn >= reached.contactedOn)) reached = contact;
  }
  const working = reached !== undefined && reportsWork(reached);
  return {
    attempts,
    reachedOn: reached?.contactedOn ?? null,
    employment: reached?.employmentStatus ?? null,
    working,
    usesTrainedSkill: working ? (reached?.usesTrainedSkill ?? null) : null,
    incomeBand: reached?.incomeBand ?? null,
  };
};

/** The earliest reached contact that reports work: an upper bound of when she first earned, as contacts are periodic. */
const firstIncomeOn = (contacts: readonly FollowUpContact[]): LocalDate | null => {
  let first: LocalDate | null = null;
  for (const contact of contacts) {
    if (contact.outcome === 'reached' && reportsWork(contact) && (first === null || contact.contactedOn < first)) first = contact.contactedOn;
  }
  return first;
};

const flag = (value: boolean | null): number | null => (value === null ? null : value ? 1 : 0);

/** The columns of a milestone at which work is counted (M6, M12). */
const workColumns = <P extends 'm6' | 'm12'>(prefix: P, facts: MilestoneFacts) =>
  ({
    [`${prefix}_working`]: facts.working ? 1 : 0,
    [`${prefix}_uses_trained_skill`]: flag(facts.usesTrainedSkill),
    [`${prefix}_income_band`]: facts.incomeBand,
  }) as { [K in `${P}_working`]: number } & { [K in `${P}_uses_trained_skill`]: number | null } & {
    [K in `${P}_income_band`]: string | null;
  };

const moduleList = (entries: readonly string[]): string => entries.reduce(withListEntry, '');

/**
 * participant_status: one row per participant, read off the decider's state, so a void or a
 * correction changes the row exactly as it changes the state. A cancelled enrolment has no row.
 */
export const participantStatusRow = (state: EnrolledParticipant): ParticipantStatusRow | null => {
  if (state.cancelled) return null;
  const standings = Object.entries(state.modules).flatMap(([moduleId, standing]) => (standing === undefined ? [] : [{ moduleId, ...standing }]));
  const competent = standings.filter((standing) => standing.competentOn !== null);
  const release = state.release;
  const contacts = release === null ? [] : state.followUps;
  const [m1, m3, m6, m12] = (['M1', 'M3', 'M6', 'M12'] as const).map((milestone) => milestoneFacts(contacts, milestone)) as [
    MilestoneFacts,
    MilestoneFacts,
    MilestoneFacts,
    MilestoneFacts,
  ];
  const firstIncome = release === null ? null : firstIncomeOn(contacts);
  return {
    participant_id: state.participantId,
    programme_id: state.programmeId,
    curriculum_version: state.curriculumVersion,
    facility_id: state.enrolledAtFacilityId,
    current_facility_id: state.facilityId,
    cohort: state.enrolledOn.slice(0, 7),
    enrolled_on: state.enrolledOn,
    previous_participant_id: state.previousParticipantId,
    home_regency: state.homeRegency,
    status: participantStage(state) as ParticipantStatusRow['status'],
    assessed_modules: moduleList(standings.map((standing) => standing.moduleId)),
    competent_modules: moduleList(competent.map((standing) => `${standing.moduleId}:${standing.competentOn}`)),
    modules_assessed: standings.length,
    modules_competent: competent.length,
    modules_competent_first_attempt: standings.filter((standing) => standing.firstResult === 'competent').length,
    graduated_on: state.graduatedOn,
    graduated_at_facility_id: state.graduatedOn === null ? null : facilityOn(state, state.graduatedOn),
    exited_on: state.exit?.exitedOn ?? null,
    exited_from_facility_id: state.exit === null ? null : facilityOn(state, state.exit.exitedOn),
    exit_reason: state.exit?.reason ?? null,
    transfers: state.transfers.length,
    released_on: release?.releasedOn ?? null,
    released_from_facility_id: release === null ? null : facilityOn(state, release.releasedOn),
    release_type: release?.releaseType ?? null,
    supervision_ends_on: release?.supervisionEndsOn ?? null,
    returned_to_custody_on: state.custodyReturn?.returnedOn ?? null,
    custody_return_kind: state.custodyReturn?.kind ?? null,
    consent_withdrawn_on: state.consentWithdrawnOn,
    follow_ups_attempted: contacts.length,
    follow_ups_reached: contacts.filter((contact) => contact.outcome === 'reached').length,
    m1_attempts: m1.attempts,
    m1_reached_on: m1.reachedOn,
    m1_employment: m1.employment,
    m3_attempts: m3.attempts,
    m3_reached_on: m3.reachedOn,
    m3_employment: m3.employment,
    m6_attempts: m6.attempts,
    m6_reached_on: m6.reachedOn,
    m6_employment: m6.employment,
    ...workColumns('m6', m6),
    m12_attempts: m12.attempts,
    m12_reached_on: m12.reachedOn,
    m12_employment: m12.employment,
    ...workColumns('m12', m12),
    first_income_on: firstIncome,
    days_to_first_income: release === null || firstIncome === null ? null : daysBetween(release.releasedOn, firstIncome),
  };
};

import type { ReadModelName, ReadModelRows } from '../read-models/read-model-rows';

/** Column types as the read-model tables declare them; each maps to one SQLite and one PostgreSQL type. */
export type ColumnType = 'text' | 'integer' | 'real' | 'bigint';

export interface TableDefinition {
  readonly name: ReadModelName;
  readonly columns: readonly (readonly [string, ColumnType])[];
  readonly primaryKey: readonly string[];
  readonly indexes: readonly (readonly string[])[];
}

type Columns<Name extends ReadModelName> = { readonly [Column in keyof ReadModelRows[Name]]-?: ColumnType };

const define = <Name extends ReadModelName>(
  name: Name,
  columns: Columns<Name>,
  primaryKey: readonly (keyof ReadModelRows[Name] & string)[],
  indexes: readonly (readonly (keyof ReadModelRows[Name] & string)[])[] = [],
): TableDefinition => ({ name, columns: Object.entries(columns) as [string, ColumnType][], primaryKey, indexes });

const milestone = (prefix: 'm1' | 'm3' | 'm6' | 'm12') =>
  ({ [`${prefix}_attempts`]: 'integer', [`${prefix}_reached_on`]: 'text', [`${prefix}_employment`]: 'text' }) as const;

const work = (prefix: 'm6' | 'm12') =>
  ({ [`${prefix}_working`]: 'integer', [`${prefix}_uses_trained_skill`]: 'integer', [`${prefix}_income_band`]: 'text' }) as const;

const participantState = define('participant_state', { participant_id: 'text', state: 'text' }, ['participant_id']);

const participantStatus = define(
  'participant_status',
  {
    participant_id: 'text',
    programme_id: 'text',
    curriculum_version: 'integer',
    facility_id: 'text',
    current_facility_id: 'text',
    cohort: 'text',
    enrolled_on: 'text',
    previous_participant_id: 'text',
    home_regency: 'text',
    status: 'text',
    assessed_modules: 'text',
    competent_modules: 'text',
    modules_assessed: 'integer',
    modules_competent: 'integer',
    modules_competent_first_attempt: 'integer',
    graduated_on: 'text',
    graduated_at_facility_id: 'text',
    exited_on: 'text',
    exited_from_facility_id: 'text',
    exit_reason: 'text',
    transfers: 'integer',
    released_on: 'text',
    released_from_facility_id: 'text',
    release_type: 'text',
    supervision_ends_on: 'text',
    returned_to_custody_on: 'text',
    custody_return_kind: 'text',
    consent_withdrawn_on: 'text',
    follow_ups_attempted: 'integer',
    follow_ups_reached: 'integer',
    ...milestone('m1'),
    ...milestone('m3'),
    ...milestone('m6'),
    ...work('m6'),
    ...milestone('m12'),
    ...work('m12'),
    first_income_on: 'text',
    days_to_first_income: 'integer',
  } as Columns<'participant_status'>,
  ['participant_id'],
  // Groups by their key; the median days to first income counted and walked in the index alone,
  // for a group and for the whole programme (rows here are wide: a scan of them reads every column).
  [['programme_id', 'facility_id', 'cohort', 'days_to_first_income'], ['days_to_first_income']],
);

const contact = (prefix: 'm1' | 'm3' | 'm6' | 'm12') =>
  ({
    [`${prefix}_due`]: 'integer',
    [`${prefix}_attempted`]: 'integer',
    [`${prefix}_reached`]: 'integer',
    [`${prefix}_contact_rate`]: 'real',
  }) as const;

const workOutcome = (prefix: 'm6' | 'm12') =>
  ({
    [`${prefix}_working`]: 'integer',
    [`${prefix}_working_rate`]: 'real',
    [`${prefix}_working_rate_of_due`]: 'real',
    [`${prefix}_working_trained_skill`]: 'integer',
    [`${prefix}_trained_skill_rate`]: 'real',
    [`${prefix}_income_none`]: 'integer',
    [`${prefix}_income_below_500k`]: 'integer',
    [`${prefix}_income_500k_to_1m`]: 'integer',
    [`${prefix}_income_1m_to_2m`]: 'integer',
    [`${prefix}_income_2m_to_3m`]: 'integer',
    [`${prefix}_income_above_3m`]: 'integer',
  }) as const;

const programmeOutcomes = define(
  'programme_outcomes',
  {
    programme_id: 'text',
    facility_id: 'text',
    cohort: 'text',
    as_of_date: 'text',
    enrolled: 'integer',
    in_training: 'integer',
    graduated: 'integer',
    completion_rate: 'real',
    exited: 'integer',
    exited_transferred_out: 'integer',
    exited_withdrew: 'integer',
    exited_health: 'integer',
    exited_died: 'integer',
    exited_escaped: 'integer',
    exited_disciplinary: 'integer',
    exited_other: 'integer',
    exited_outside_control: 'integer',
    completion_rate_excluding_outside_exits: 'real',
    modules_assessed: 'integer',
    modules_competent: 'integer',
    competency_rate: 'real',
    modules_competent_first_attempt: 'integer',
    first_attempt_competency_rate: 'real',
    released: 'integer',
    released_12m_ago: 'integer',
    returned_within_12m: 'integer',
    return_to_custody_12m_rate: 'real',
    ...contact('m1'),
    ...contact('m3'),
    ...contact('m6'),
    ...contact('m12'),
    ...workOutcome('m6'),
    ...workOutcome('m12'),
    first_income_known: 'integer',
    median_days_to_first_income: 'real',
    small_group: 'integer',
  } as Columns<'programme_outcomes'>,
  ['programme_id', 'facility_id', 'cohort'],
);

const facilityStages = define(
  'facility_stages',
  { programme_id: 'text', cohort: 'text', facility_id: 'text', enrolled: 'integer', graduated: 'integer', released: 'integer', exited: 'integer' },
  ['programme_id', 'cohort', 'facility_id'],
);

const followUpWorklist = define(
  'follow_up_worklist',
  {
    participant_id: 'text',
    milestone: 'text',
    programme_id: 'text',
    facility_id: 'text',
    current_facility_id: 'text',
    home_regency: 'text',
    released_on: 'text',
    due_on: 'text',
    window_opens_on: 'text',
    window_closes_on: 'text',
    attempts: 'integer',
    reached_on: 'text',
    listed_from: 'text',
    listed_until: 'text',
  },
  ['participant_id', 'milestone'],
  // The worklist (queryFollowUpsDue). The rows listed until reached, most of them at national scale, come
  // in page order from each index (one range after `listed_until = 9999-12-31`), nationally,
  // for a scope of units (the units that hold them now) and for one enrolling unit; so do the few
  // listed until a date (a range of `listed_until`), which are sorted.
  [
    ['listed_until', 'window_closes_on', 'participant_id', 'listed_from', 'milestone'],
    ['current_facility_id', 'listed_until', 'window_closes_on', 'participant_id', 'listed_from', 'milestone'],
    ['facility_id', 'listed_until', 'window_closes_on', 'participant_id', 'listed_from', 'milestone'],
  ],
);

const followUpOpenListings = define(
  'follow_up_open_listings',
  { programme_id: 'text', facility_id: 'text', current_facility_id: 'text', milestone: 'text', participants: 'integer' },
  ['programme_id', 'facility_id', 'current_facility_id', 'milestone'],
);

const auditLog = define(
  'audit_log',
  {
    position: 'bigint',
    stream_name: 'text',
    revision: 'bigint',
    event_type: 'text',
    event_id: 'text',
    business_date: 'text',
    recorded_at: 'text',
    actor_id: 'text',
    actor_role: 'text',
    command_id: 'text',
    correlation_id: 'text',
    causation_id: 'text',
    hash: 'text',
  },
  ['position'],
  // A command id is looked up before a command is handled: one id, one stream, store-wide.
  [['command_id']],
);

const participantDirectory = define(
  'participant_directory',
  { participant_id: 'text', programme_id: 'text', sealed_personal_data: 'text' },
  ['participant_id'],
);

const coverageParticipantState = define('coverage_participant_state', { participant_id: 'text', state: 'text' }, ['participant_id']);

const coverageParticipantPlacements = define(
  'coverage_participant_placements',
  { participant_id: 'text', placements: 'text' },
  ['participant_id'],
);

const coverageFact = define(
  'coverage_fact',
  {
    fact_id: 'text',
    facility_id: 'text',
    kind: 'text',
    starts_on: 'text',
    ends_on: 'text',
    registration_class: 'text',
    total: 'integer',
    counts_by_class: 'text',
  },
  ['fact_id'],
  [['facility_id']],
);

const facilityCoverage = define(
  'facility_coverage',
  {
    facility_id: 'text',
    month: 'text',
    measured_on: 'text',
    in_programme: 'integer',
    held: 'integer',
    held_counted_on: 'text',
    coverage_rate: 'real',
    status: 'text',
  },
  ['facility_id', 'month'],
);

export const tableDefinitions: Readonly<Record<ReadModelName, TableDefinition>> = {
  participant_state: participantState,
  participant_status: participantStatus,
  programme_outcomes: programmeOutcomes,
  facility_stages: facilityStages,
  follow_up_worklist: followUpWorklist,
  follow_up_open_listings: followUpOpenListings,
  audit_log: auditLog,
  participant_directory: participantDirectory,
  coverage_participant_state: coverageParticipantState,
  coverage_participant_placements: coverageParticipantPlacements,
  coverage_fact: coverageFact,
  facility_coverage: facilityCoverage,
};

/** A fingerprint of a projection's table layout: a change means the tables must be rebuilt. */
export const layoutFingerprint = (tables: readonly ReadModelName[]): string =>
  tables
    .map((table) => {
      const definition = tableDefinitions[table];
      return `${table}(${definition.columns.map(([name, type]) => `${name}:${type}`).join(',')};pk=${definition.primaryKey.join(',')};ix=${definition.indexes.map((index) => index.join('+')).join(',')})`;
    })
    .join(' ');

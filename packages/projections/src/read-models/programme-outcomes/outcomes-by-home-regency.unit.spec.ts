import { defaultFollowUpWindows } from '@binaan/domain';
import type { ParticipantStatusRow } from '../read-model-rows';
import { outcomesByHomeRegency } from './outcomes-by-home-regency';
import { programmeOutcome } from './programme-outcomes';

let serial = 0;
/** A participant_status row of someone enrolled in March 2019 and still in training, changed by `overrides`. */
const person = (overrides: Partial<ParticipantStatusRow> = {}): ParticipantStatusRow => ({
  participant_id: `00000000-0000-4000-8000-${String((serial += 1)).padStart(12, '0')}`,
  programme_id: 'sulam-malang-2019',
  curriculum_version: 1,
  facility_id: 'lapas-perempuan-malang',
  current_facility_id: 'lapas-perempuan-malang',
  cohort: '2019-03',
  enrolled_on: '2019-03-04',
  previous_participant_id: null,
  home_regency: null,
  status: 'in_training',
  assessed_modules: '',
  competent_modules: '',
  modules_assessed: 0,
  modules_competent: 0,
  modules_competent_first_attempt: 0,
  graduated_on: null,
  graduated_at_facility_id: null,
  exited_on: null,
  exited_from_facility_id: null,
  exit_reason: null,
  transfers: 0,
  released_on: null,
  released_from_facility_id: null,
  release_type: null,
  supervision_ends_on: null,
  returned_to_custody_on: null,
  custody_return_kind: null,
  consent_withdrawn_on: null,
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
  m6_working: 0,
  m6_uses_trained_skill: null,
  m6_income_band: null,
  m12_attempts: 0,
  m12_reached_on: null,
  m12_employment: null,
  m12_working: 0,
  m12_uses_trained_skill: null,
  m12_income_band: null,
  first_income_on: null,
  days_to_first_income: null,
  ...overrides,
});

describe('outcomes by home regency', () => {
  const rows = [
    ...Array.from({ length: 3 }, () => person({ home_regency: '3573', facility_id: 'lapas-kelas-i-malang', cohort: '2019-05' })),
    person({ home_regency: null }),
    ...Array.from({ length: 11 }, (_, index) => person({ home_regency: '3507', graduated_on: index < 8 ? '2019-06-01' : null, status: index < 8 ? 'graduated' : 'in_training' })),
  ];

  it('gives one group per programme and regency, across facilities and cohorts, not recorded last', () => {
    const groups = outcomesByHomeRegency(rows, '2021-06-30');
    expect(groups.map((group) => [group.home_regency, group.enrolled, group.graduated, group.small_group])).toEqual([
      ['3507', 11, 8, 0],
      ['3573', 3, 0, 1],
      [null, 1, 0, 1],
    ]);
  });

  it('works each group out with the arithmetic of programme_outcomes', () => {
    const kabupaten = outcomesByHomeRegency(rows, '2021-06-30')[0]!;
    const { facility_id: _facility, cohort: _cohort, ...same } = programmeOutcome(
      { programme_id: 'sulam-malang-2019', facility_id: '', cohort: '' },
      rows.filter((row) => row.home_regency === '3507'),
      '2021-06-30',
      defaultFollowUpWindows,
    );
    expect(kabupaten).toEqual({ ...same, home_regency: '3507' });
    expect(kabupaten.completion_rate).toBe(8 / 11);
  });
});

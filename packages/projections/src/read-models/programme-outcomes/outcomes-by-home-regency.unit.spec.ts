import { defaultFollowUpWindows } from '@binaan/domain';
import { participantStatusRowOf } from '../../fixtures/participant-status-row.fixture';
import { outcomesByHomeRegency } from './outcomes-by-home-regency';
import { programmeOutcome } from './programme-outcomes';

/** A participant_status row of someone enrolled in March 2019 and still in training, changed by the overrides. */
const person = participantStatusRowOf;

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

  it('sorts by programme first, then by regency', () => {
    const twoProgrammes = [
      person({ programme_id: 'tata-boga-2019', home_regency: '3507' }),
      person({ programme_id: 'sulam-malang-2019', home_regency: '3573' }),
      person({ programme_id: 'tata-boga-2019', home_regency: '3501' }),
    ];
    expect(outcomesByHomeRegency(twoProgrammes, '2021-06-30').map((group) => [group.programme_id, group.home_regency])).toEqual([
      ['sulam-malang-2019', '3573'],
      ['tata-boga-2019', '3501'],
      ['tata-boga-2019', '3507'],
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

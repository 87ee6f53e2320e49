import { participantStatusRowOf } from '../../fixtures/participant-status-row.fixture';
import { facilityStageRows } from './facility-stages';

describe('facility_stages: each stage at the unit where it happened', () => {
  it('counts a woman transferred before she graduated and was released at the unit she was moved to', () => {
    const stayed = participantStatusRowOf({ facility_id: 'lapas-perempuan-malang', graduated_at_facility_id: 'lapas-perempuan-malang' });
    const moved = participantStatusRowOf({
      facility_id: 'lapas-perempuan-malang',
      current_facility_id: 'lapas-perempuan-surabaya',
      graduated_at_facility_id: 'lapas-perempuan-surabaya',
      released_from_facility_id: 'lapas-perempuan-surabaya',
    });
    const left = participantStatusRowOf({ facility_id: 'lapas-kelas-i-malang', exited_from_facility_id: 'lapas-kelas-i-malang' });
    expect(facilityStageRows('sulam-malang-2019', '2019-03', [stayed, moved, left])).toEqual([
      { programme_id: 'sulam-malang-2019', cohort: '2019-03', facility_id: 'lapas-kelas-i-malang', enrolled: 1, graduated: 0, released: 0, exited: 1 },
      { programme_id: 'sulam-malang-2019', cohort: '2019-03', facility_id: 'lapas-perempuan-malang', enrolled: 2, graduated: 1, released: 0, exited: 0 },
      { programme_id: 'sulam-malang-2019', cohort: '2019-03', facility_id: 'lapas-perempuan-surabaya', enrolled: 0, graduated: 1, released: 1, exited: 0 },
    ]);
  });

  it('has no row for a cohort with nobody in it', () => {
    expect(facilityStageRows('sulam-malang-2019', '2019-03', [])).toEqual([]);
  });
});

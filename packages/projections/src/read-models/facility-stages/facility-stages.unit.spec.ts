import { participantStatusRowOf } from '../../fixtures/participant-status-row.fixture';
import fc from 'fast-check';
import type { FacilityStageRow } from '../read-model-rows';
import { facilityStageRows, facilityStagesInParts } from './facility-stages';

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

  it('property: computed a part of the cohort at a time, in any cut, it gives the same rows as all at once', () => {
    const units = ['lapas-perempuan-malang', 'lapas-kelas-i-malang', 'lapas-perempuan-surabaya'];
    const unitOrNone = fc.option(fc.constantFrom(...units), { nil: null });
    const arbPerson = fc
      .record({ enrolled: fc.constantFrom(...units), graduated: unitOrNone, released: unitOrNone, exited: unitOrNone })
      .map(({ enrolled, graduated, released, exited }) =>
        participantStatusRowOf({ facility_id: enrolled, graduated_at_facility_id: graduated, released_from_facility_id: released, exited_from_facility_id: exited }),
      );
    const group = { programme_id: 'sulam-malang-2019', cohort: '2019-03' };
    fc.assert(
      fc.property(fc.array(arbPerson, { maxLength: 30 }), fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 4 }), (rows, sizes) => {
        const parts: (readonly FacilityStageRow[])[] = [];
        for (let start = 0, index = 0; start < rows.length; index += 1) {
          const size = sizes[index % sizes.length]!;
          parts.push(facilityStagesInParts.part(group, rows.slice(start, start + size), '2021-06-30') as readonly FacilityStageRow[]);
          start += size;
        }
        const whole = parts.length === 0 ? [] : parts.slice(1).reduce((sum, part) => facilityStagesInParts.combine(sum, part) as readonly FacilityStageRow[], parts[0]!);
        expect(facilityStagesInParts.finish(group, whole, '2021-06-30')).toEqual(facilityStageRows('sulam-malang-2019', '2019-03', rows));
      }),
    );
  });
});


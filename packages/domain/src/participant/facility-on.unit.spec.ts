import type { LocalDate } from '../dates/local-date';
import type { FacilityId } from '../ids/slug-ids';
import { facilityOn } from './facility-on';
import type { EnrolledParticipant, Transfer } from './participant-state';

const day = (text: string) => text as LocalDate;
const unit = (text: string) => text as FacilityId;
const transfer = (eventId: string, on: string, from: string, to: string): Transfer =>
  ({ eventId, transferredOn: day(on), fromFacilityId: unit(from), toFacilityId: unit(to) }) as Transfer;
const stateWith = (transfers: readonly Transfer[]) =>
  ({ enrolledAtFacilityId: unit('lapas-perempuan-malang'), transfers }) as unknown as EnrolledParticipant;

describe('the unit she was held in on a day', () => {
  it('is the enrolment unit until a transfer, and the new unit from the transfer day on', () => {
    const state = stateWith([transfer('t1', '2019-06-10', 'lapas-perempuan-malang', 'lapas-perempuan-surabaya')]);
    expect(facilityOn(state, day('2019-06-09'))).toBe('lapas-perempuan-malang');
    expect(facilityOn(state, day('2019-06-10'))).toBe('lapas-perempuan-surabaya');
  });

  it('follows the transfers by their dates, whatever order they were recorded in', () => {
    const state = stateWith([
      transfer('t2', '2019-09-01', 'lapas-perempuan-surabaya', 'lapas-kelas-i-malang'),
      transfer('t1', '2019-06-10', 'lapas-perempuan-malang', 'lapas-perempuan-surabaya'),
    ]);
    expect(facilityOn(state, day('2019-07-01'))).toBe('lapas-perempuan-surabaya');
    expect(facilityOn(state, day('2019-09-01'))).toBe('lapas-kelas-i-malang');
  });

  it('follows three transfers recorded in no order of their dates', () => {
    const state = stateWith([
      transfer('t2', '2019-09-01', 'lapas-perempuan-surabaya', 'lapas-kelas-i-malang'),
      transfer('t3', '2019-11-15', 'lapas-kelas-i-malang', 'lapas-perempuan-malang'),
      transfer('t1', '2019-06-10', 'lapas-perempuan-malang', 'lapas-perempuan-surabaya'),
    ]);
    expect(['2019-06-01', '2019-06-10', '2019-10-01', '2019-11-15'].map((on) => facilityOn(state, day(on)))).toEqual([
      'lapas-perempuan-malang',
      'lapas-perempuan-surabaya',
      'lapas-kelas-i-malang',
      'lapas-perempuan-malang',
    ]);
  });

  it('on a day of two transfers, is where the one recorded last took her', () => {
    const state = stateWith([
      transfer('t1', '2019-06-10', 'lapas-perempuan-malang', 'lapas-perempuan-surabaya'),
      transfer('t2', '2019-06-10', 'lapas-perempuan-surabaya', 'lapas-kelas-i-malang'),
    ]);
    expect(facilityOn(state, day('2019-06-10'))).toBe('lapas-kelas-i-malang');
  });
});

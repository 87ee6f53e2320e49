import { defaultFollowUpWindows } from '@binaan/domain';
import fc from 'fast-check';
import { arbFollowUpWindows, arbReleasedStatusRow, arbWorklistDay } from '../../fixtures/worklist-arbitraries.fixture';
import { isListedOn, nextFollowUp, worklistRows } from './follow-up-worklist';
import type { FollowUpWorklistRow, ParticipantStatusRow } from '../read-model-rows';

const base = {
  participant_id: 'p-1',
  programme_id: 'sulam-malang-2019',
  facility_id: 'lapas-perempuan-malang',
  released_on: '2019-01-31',
  status: 'released',
  m1_attempts: 0,
  m1_reached_on: null,
  m3_attempts: 0,
  m3_reached_on: null,
  m6_attempts: 0,
  m6_reached_on: null,
  m12_attempts: 0,
  m12_reached_on: null,
} as unknown as ParticipantStatusRow;

const rows = (changes: Partial<ParticipantStatusRow> = {}): readonly FollowUpWorklistRow[] => worklistRows({ ...base, ...changes }, defaultFollowUpWindows);

describe('follow_up_worklist', () => {
  it('dates each milestone from the release: calendar months, ±15 days, ±30 for M12', () => {
    expect(rows().map((row) => [row.milestone, row.window_opens_on, row.due_on, row.window_closes_on])).toEqual([
      ['M1', '2019-02-13', '2019-02-28', '2019-03-15'],
      ['M3', '2019-04-15', '2019-04-30', '2019-05-15'],
      ['M6', '2019-07-16', '2019-07-31', '2019-08-15'],
      ['M12', '2020-01-01', '2020-01-31', '2020-03-01'],
    ]);
    expect(worklistRows({ ...base, released_on: null }, defaultFollowUpWindows)).toEqual([]);
    expect(worklistRows({ ...base, status: 'returned_to_custody' }, defaultFollowUpWindows)).toEqual([]);
  });

  it('the next milestone is upcoming, then due inside its window, then overdue after it', () => {
    expect(nextFollowUp(rows(), '2019-02-01')).toMatchObject({ milestone: 'M1', state: 'upcoming' });
    expect(nextFollowUp(rows(), '2019-03-15')).toMatchObject({ milestone: 'M1', state: 'due' });
    expect(nextFollowUp(rows(), '2019-03-16')).toMatchObject({ milestone: 'M1', state: 'overdue' });
  });

  it('a missed milestone gives way once the next window opens; a reached one is done', () => {
    expect(nextFollowUp(rows(), '2019-04-15')).toMatchObject({ milestone: 'M3', state: 'due' });
    expect(nextFollowUp(rows({ m1_reached_on: '2019-02-20' }), '2019-03-20')).toMatchObject({ milestone: 'M3', state: 'upcoming' });
    const allReached = rows({ m1_reached_on: '2019-02-20', m3_reached_on: '2019-04-20', m6_reached_on: '2019-07-20', m12_reached_on: '2020-01-20' });
    expect(nextFollowUp(allReached, '2020-06-01')).toBeUndefined();
  });

  describe('the days each row is listed (listed_from, listed_until)', () => {
    const listedOn = (all: readonly FollowUpWorklistRow[], day: string) => all.filter((row) => isListedOn(row, day));

    it('list exactly the next follow-up, when it is due or overdue, on any day, for any windows', () => {
      fc.assert(
        fc.property(arbReleasedStatusRow(), arbFollowUpWindows(), fc.array(arbWorklistDay(), { minLength: 1, maxLength: 12 }), (status, windows, days) => {
          const all = worklistRows(status, windows);
          for (const day of days) {
            const next = nextFollowUp(all, day);
            const expected = next === undefined || next.state === 'upcoming' ? [] : [next.milestone];
            expect(listedOn(all, day).map((row) => row.milestone)).toEqual(expected);
          }
        }),
        { numRuns: 2000 },
      );
    });

    it('begin by the due date, so no later than the window closes, for any windows (the worklist counts rely on it)', () => {
      fc.assert(
        fc.property(arbReleasedStatusRow(), arbFollowUpWindows(), (status, windows) => {
          for (const row of worklistRows(status, windows)) {
            if (row.listed_from !== null) expect(row.listed_from <= row.due_on && row.due_on <= row.window_closes_on).toBe(true);
          }
        }),
        { numRuns: 2000 },
      );
    });

    it('date the default windows: M1 from its opening until M3 opens, a reached milestone never', () => {
      expect(rows().map((row) => [row.milestone, row.listed_from, row.listed_until])).toEqual([
        ['M1', '2019-02-13', '2019-04-15'],
        ['M3', '2019-04-15', '2019-07-16'],
        ['M6', '2019-07-16', '2020-01-01'],
        ['M12', '2020-01-01', '9999-12-31'],
      ]);
      expect(rows({ m3_reached_on: '2019-04-20' }).map((row) => [row.milestone, row.listed_from, row.listed_until])).toEqual([
        ['M1', '2019-02-13', '2019-04-15'],
        ['M3', null, null],
        ['M6', '2019-07-16', '2020-01-01'],
        ['M12', '2020-01-01', '9999-12-31'],
      ]);
    });
  });
});

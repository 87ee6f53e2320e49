import { LocalDate } from '../dates/local-date';
import { milestoneDueDate, milestoneFor, milestoneWindow } from './milestones';

const date = (value: string) => value as LocalDate;
const releasedOn = date('2019-06-15');

describe('follow-up milestones', () => {
  it('falls due N calendar months after release', () => {
    expect(milestoneDueDate(releasedOn, 'M1')).toBe('2019-07-15');
    expect(milestoneDueDate(releasedOn, 'M3')).toBe('2019-09-15');
    expect(milestoneDueDate(releasedOn, 'M6')).toBe('2019-12-15');
    expect(milestoneDueDate(releasedOn, 'M12')).toBe('2020-06-15');
    expect(milestoneDueDate(date('2019-08-31'), 'M6')).toBe('2020-02-29');
  });

  it('has windows of ±15 days, ±30 for M12', () => {
    expect(milestoneWindow(releasedOn, 'M3')).toEqual({
      milestone: 'M3',
      opensOn: '2019-08-31',
      dueOn: '2019-09-15',
      closesOn: '2019-09-30',
    });
    expect(milestoneWindow(releasedOn, 'M12')).toEqual({
      milestone: 'M12',
      opensOn: '2020-05-16',
      dueOn: '2020-06-15',
      closesOn: '2020-07-15',
    });
  });

  it.each([
    ['2019-06-30', 'M1'],
    ['2019-07-30', 'M1'],
    ['2019-06-29', null],
    ['2019-07-31', null],
    ['2019-08-31', 'M3'],
    ['2019-09-30', 'M3'],
    ['2019-11-30', 'M6'],
    ['2019-12-30', 'M6'],
    ['2019-12-31', null],
    ['2020-05-16', 'M12'],
    ['2020-07-15', 'M12'],
    ['2020-05-15', null],
    ['2020-07-16', null],
    ['2019-06-15', null],
  ])('a contact on %s counts for %s', (contactedOn, expected) => {
    expect(milestoneFor(releasedOn, date(contactedOn))).toBe(expected);
  });
});

import { addDays, addMonths, compareLocalDates, daysBetween, epochDayOf, localDateFromEpochDay } from './date-arithmetic';
import { LocalDate } from './local-date';

const date = (value: string) => value as LocalDate;

describe('date arithmetic on LocalDate', () => {
  it('counts days across month, year and leap-day boundaries', () => {
    expect(daysBetween(date('2019-01-31'), date('2019-02-01'))).toBe(1);
    expect(daysBetween(date('2019-12-31'), date('2020-01-01'))).toBe(1);
    expect(daysBetween(date('2020-02-28'), date('2020-03-01'))).toBe(2);
    expect(daysBetween(date('2019-02-28'), date('2019-03-01'))).toBe(1);
    expect(daysBetween(date('2020-03-01'), date('2019-03-01'))).toBe(-366);
  });

  it('matches the Unix epoch', () => {
    expect(epochDayOf(date('1970-01-01'))).toBe(0);
    expect(localDateFromEpochDay(18262)).toBe('2020-01-01');
    expect(localDateFromEpochDay(epochDayOf(date('1900-03-01')))).toBe('1900-03-01');
  });

  it('adds days forwards and backwards', () => {
    expect(addDays(date('2019-03-15'), 30)).toBe('2019-04-14');
    expect(addDays(date('2019-03-15'), -15)).toBe('2019-02-28');
  });

  it('adds calendar months, falling back to the last day of a shorter month', () => {
    expect(addMonths(date('2019-03-15'), 1)).toBe('2019-04-15');
    expect(addMonths(date('2019-01-31'), 1)).toBe('2019-02-28');
    expect(addMonths(date('2020-01-31'), 1)).toBe('2020-02-29');
    expect(addMonths(date('2019-08-31'), 6)).toBe('2020-02-29');
    expect(addMonths(date('2019-11-30'), 3)).toBe('2020-02-29');
    expect(addMonths(date('2019-12-15'), 12)).toBe('2020-12-15');
    expect(addMonths(date('2020-03-31'), -1)).toBe('2020-02-29');
  });

  it('orders dates as the calendar does', () => {
    expect(compareLocalDates(date('2019-09-30'), date('2019-10-01'))).toBe(-1);
    expect(compareLocalDates(date('2019-10-01'), date('2019-10-01'))).toBe(0);
    expect(compareLocalDates(date('2020-01-01'), date('2019-12-31'))).toBe(1);
  });
});

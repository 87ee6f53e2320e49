import { addDays, addMonths, type LocalDate } from '@binaan/domain';

/** The first intakes, from the 2019 start of the programme through 2020. */
const HISTORICAL_COHORTS = ['2019-09', '2019-11', '2020-01', '2020-03', '2020-06', '2020-09', '2020-11'] as const;

/** Recent intakes, in months before today, so the worklist has contacts due now. */
const RECENT_COHORT_MONTHS_AGO = [14, 8, 3] as const;

/** Share of participants in the historical intakes. */
const HISTORICAL_SHARE = 0.75;

export interface Cohort {
  /** `YYYY-MM` */
  readonly month: string;
  readonly participants: number;
}

const monthOf = (date: LocalDate): string => date.slice(0, 7);

/** Months with an intake, before today's month, and how many people each one enrols. */
export const planCohorts = (today: LocalDate, participants: number): readonly Cohort[] => {
  const thisMonth = monthOf(today);
  const historical = HISTORICAL_COHORTS.filter((month) => month < thisMonth);
  const lastHistorical = historical[historical.length - 1] ?? '';
  const recent = RECENT_COHORT_MONTHS_AGO.map((monthsAgo) => monthOf(addMonths(today, -monthsAgo))).filter(
    (month) => month > lastHistorical && month < thisMonth,
  );
  const months = [...historical, ...recent];
  if (months.length === 0) {
    return [{ month: monthOf(addDays(today, -1)), participants }];
  }
  const historicalTotal =
    historical.length === 0 ? 0 : recent.length === 0 ? participants : Math.round(participants * HISTORICAL_SHARE);
  const share = (total: number, count: number, index: number): number =>
    Math.floor(total / count) + (index < total % count ? 1 : 0);
  return months.map((month, index) =>
    index < historical.length
      ? { month, participants: share(historicalTotal, historical.length, index) }
      : { month, participants: share(participants - historicalTotal, recent.length, index - historical.length) },
  );
};

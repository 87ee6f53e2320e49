import { rate } from '@binaan/domain';
import type { CoverageFactRow, FacilityCoverageRow } from '../read-model-rows';
import { eligibleHeld, isEligibleClass, type CoverageEligibility } from './coverage-eligibility';

const monthOf = (date: string): string => date.slice(0, 7);

const nextMonth = (month: string): string => {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return monthNumber === 12 ? `${year + 1}-01` : `${year}-${String(monthNumber + 1).padStart(2, '0')}`;
};

const lastDayOf = (month: string): string => {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const days = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  return `${month}-${String(days).padStart(2, '0')}`;
};

const isInProgrammeOn = (fact: CoverageFactRow, day: string): boolean =>
  fact.kind === 'placement' && fact.starts_on <= day && (fact.ends_on === null || fact.ends_on > day);

const countsByClassOf = (fact: CoverageFactRow): Readonly<Partial<Record<string, number>>> | null =>
  fact.counts_by_class === null ? null : (JSON.parse(fact.counts_by_class) as Partial<Record<string, number>>);

/** The latest count on or before `day` that can say how many eligible people were held. */
const latestCountOn = (counts: readonly CoverageFactRow[], day: string, eligibility: CoverageEligibility) => {
  let found: { readonly held: number; readonly countedOn: string } | null = null;
  for (const count of counts) {
    if (count.starts_on > day || (found !== null && count.starts_on <= found.countedOn)) continue;
    const held = eligibleHeld(eligibility, count.total ?? 0, countsByClassOf(count));
    if (held !== null) found = { held, countedOn: count.starts_on };
  }
  return found;
};

/**
 * What coverage takes from some of a facility's facts: the first day of any of them, how many eligible
 * people they hold in the programme on each month's measuring day (from that day's month through the
 * reference date's), and the population counts themselves (one a month at most: few).
 */
export interface CoveragePart {
  readonly first: string | null;
  readonly inProgramme: ReadonlyMap<string, number>;
  readonly counts: readonly CoverageFactRow[];
}

/** Each month from `first`'s through the reference date's, with the day it is measured on. */
const monthsFrom = (first: string, referenceDate: string): readonly { readonly month: string; readonly measuredOn: string }[] => {
  const months: { month: string; measuredOn: string }[] = [];
  const lastMonth = monthOf(referenceDate);
  for (let month = monthOf(first); month <= lastMonth; month = nextMonth(month)) {
    const monthEnd = lastDayOf(month);
    months.push({ month, measuredOn: referenceDate < monthEnd ? referenceDate : monthEnd });
  }
  return months;
};

export const coveragePart = (facts: readonly CoverageFactRow[], referenceDate: string, eligibility: CoverageEligibility): CoveragePart => {
  const placements = facts.filter((fact) => fact.kind === 'placement' && isEligibleClass(eligibility, fact.registration_class));
  const counts = facts.filter((fact) => fact.kind === 'count');
  const starts = [...placements, ...counts].map((fact) => fact.starts_on).sort();
  const first = starts[0] ?? null;
  const inProgramme = new Map(
    first === null ? [] : monthsFrom(first, referenceDate).map(({ month, measuredOn }) => [month, placements.filter((fact) => isInProgrammeOn(fact, measuredOn)).length] as const),
  );
  return { first, inProgramme, counts };
};

/** Two parts of a facility's facts as one: the earlier first day, the people in the programme added up month by month, the counts of both. */
export const combineCoverageParts = (a: CoveragePart, b: CoveragePart): CoveragePart => {
  const inProgramme = new Map(a.inProgramme);
  for (const [month, people] of b.inProgramme) inProgramme.set(month, (inProgramme.get(month) ?? 0) + people);
  const first = a.first === null ? b.first : b.first === null || a.first <= b.first ? a.first : b.first;
  return { first, inProgramme, counts: [...a.counts, ...b.counts] };
};

/**
 * One facility's coverage from its facts taken together, a row per month from the month of its first
 * fact through the reference date's month. Each month is measured on its last day (the reference date in
 * the month still running): eligible people in the programme there that day over eligible people held by
 * the latest count on or before it. A month with no such count has status `no_count` and no rate: a count
 * is never guessed, nor carried back to months before it.
 */
export const facilityCoverageOf = (facilityId: string, whole: CoveragePart, referenceDate: string, eligibility: CoverageEligibility): readonly FacilityCoverageRow[] =>
  whole.first === null
    ? []
    : monthsFrom(whole.first, referenceDate).map(({ month, measuredOn }) => {
        const inProgramme = whole.inProgramme.get(month) ?? 0;
        const count = latestCountOn(whole.counts, measuredOn, eligibility);
        return {
          facility_id: facilityId,
          month,
          measured_on: measuredOn,
          in_programme: inProgramme,
          held: count?.held ?? null,
          held_counted_on: count?.countedOn ?? null,
          coverage_rate: count === null ? null : rate(inProgramme, count.held),
          status: count === null ? 'no_count' : 'counted',
        };
      });

/** One facility's coverage from all its facts at once (see facilityCoverageOf). */
export const facilityCoverageRows = (
  facilityId: string,
  facts: readonly CoverageFactRow[],
  referenceDate: string,
  eligibility: CoverageEligibility,
): readonly FacilityCoverageRow[] => facilityCoverageOf(facilityId, coveragePart(facts, referenceDate, eligibility), referenceDate, eligibility);

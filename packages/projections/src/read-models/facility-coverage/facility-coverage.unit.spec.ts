import fc from 'fast-check';
import type { CoverageFactRow } from '../read-model-rows';
import { parseCoverageEligibility, type CoverageEligibility } from './coverage-eligibility';
import { combineCoverageParts, coveragePart, facilityCoverageOf, facilityCoverageRows } from './facility-coverage';

const placement = (participant: number, startsOn: string, endsOn: string | null = null, registrationClass = 'B.I'): CoverageFactRow => ({
  fact_id: `placement|p${participant}|unit|${startsOn}`,
  facility_id: 'unit',
  kind: 'placement',
  starts_on: startsOn,
  ends_on: endsOn,
  registration_class: registrationClass,
  total: null,
  counts_by_class: null,
});

const count = (countedOn: string, total: number, byClass?: Record<string, number>): CoverageFactRow => ({
  fact_id: `count|unit|${countedOn}`,
  facility_id: 'unit',
  kind: 'count',
  starts_on: countedOn,
  ends_on: null,
  registration_class: null,
  total,
  counts_by_class: byClass === undefined ? null : JSON.stringify(byClass),
});

describe('facility coverage by month', () => {
  const facts = [
    placement(1, '2024-01-10'),
    placement(2, '2024-01-31', '2024-03-05'),
    placement(3, '2024-02-01', null, 'A.II'),
    count('2024-02-01', 40, { 'B.I': 30, 'A.II': 10 }),
    count('2024-03-31', 50),
  ];

  it('measures each month on its last day, with the latest count on or before it, and no count before the first', () => {
    const rows = facilityCoverageRows('unit', facts, '2024-04-10', 'all');
    expect(rows.map((row) => [row.month, row.measured_on, row.in_programme, row.held, row.held_counted_on, row.coverage_rate, row.status])).toEqual([
      ['2024-01', '2024-01-31', 2, null, null, null, 'no_count'],
      ['2024-02', '2024-02-29', 3, 40, '2024-02-01', 3 / 40, 'counted'],
      ['2024-03', '2024-03-31', 2, 50, '2024-03-31', 2 / 50, 'counted'],
      ['2024-04', '2024-04-10', 2, 50, '2024-03-31', 2 / 50, 'counted'],
    ]);
  });

  it('under a list of classes counts only those, and only counts that give a breakdown', () => {
    const setting = parseCoverageEligibility('B.*');
    if (!('eligibility' in setting)) throw new Error(setting.problem);
    const rows = facilityCoverageRows('unit', facts, '2024-03-31', setting.eligibility);
    expect(rows.map((row) => [row.month, row.in_programme, row.held, row.held_counted_on, row.status])).toEqual([
      ['2024-01', 2, null, null, 'no_count'],
      ['2024-02', 2, 30, '2024-02-01', 'counted'],
      // The March count gives no breakdown: the February one is the latest that can say how many B were held.
      ['2024-03', 1, 30, '2024-02-01', 'counted'],
    ]);
  });

  it('reads the setting from text and names a part that matches no class', () => {
    expect(parseCoverageEligibility('all')).toEqual({ eligibility: 'all' });
    expect(parseCoverageEligibility('B.I, A.*')).toEqual({ eligibility: ['A.I', 'A.II', 'A.III', 'A.IV', 'A.V', 'B.I'] });
    expect(parseCoverageEligibility('C.*')).toEqual({ problem: expect.stringContaining('"C.*"') });
  });

  const dayArbitrary = fc.integer({ min: 0, max: 400 }).map((offset) => new Date(Date.UTC(2023, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10));
  const stayArbitrary = fc
    .tuple(dayArbitrary, fc.option(fc.integer({ min: 1, max: 200 }), { nil: null }))
    .map(([startsOn, days]) => ({
      startsOn,
      endsOn: days === null ? null : new Date(Date.parse(`${startsOn}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10),
    }));

  it('property: coverage never exceeds 1 when every count holds at least the people in the programme there', () => {
    fc.assert(
      fc.property(
        fc.array(stayArbitrary, { maxLength: 30 }),
        fc.array(fc.tuple(dayArbitrary, fc.integer({ min: 0, max: 20 })), { maxLength: 8 }),
        dayArbitrary,
        (stays, countDays, referenceDate) => {
          const placements = stays.map((stay, index) => placement(index, stay.startsOn, stay.endsOn));
          const present = (day: string) => placements.filter((fact) => fact.starts_on <= day && (fact.ends_on === null || fact.ends_on > day)).length;
          // Consistent counts: a count holds at least everyone in the programme there on any day it stands for (up to the reference date).
          const daysFrom = (day: string) =>
            Array.from({ length: Math.max(0, (Date.parse(referenceDate) - Date.parse(day)) / 86_400_000) + 1 }, (_, offset) =>
              new Date(Date.parse(`${day}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10),
            );
          const counts = countDays.map(([day, extra]) => count(day, Math.max(0, ...daysFrom(day).map(present)) + extra));
          const rows = facilityCoverageRows('unit', [...placements, ...counts], referenceDate, 'all');
          for (const row of rows) {
            expect(row.in_programme).toBe(present(row.measured_on));
            if (!counts.some((fact) => fact.starts_on <= row.measured_on)) {
              expect([row.status, row.held, row.coverage_rate]).toEqual(['no_count', null, null]);
              continue;
            }
            expect(row.status).toBe('counted');
            expect(row.held).not.toBeNull();
            if (row.coverage_rate !== null) expect(row.coverage_rate).toBeLessThanOrEqual(1);
            expect(row.coverage_rate).toBe(row.held === 0 ? null : row.in_programme / row.held!);
          }
        },
      ),
    );
  });

  it('property: computed a part of the facts at a time, in any order and any cut, it gives the same rows as all at once', () => {
    fc.assert(
      fc.property(
        fc.array(stayArbitrary, { maxLength: 30 }),
        fc.array(fc.tuple(dayArbitrary, fc.integer({ min: 0, max: 60 })), { maxLength: 6 }),
        dayArbitrary,
        fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 5 }),
        fc.constantFrom<CoverageEligibility>('all', ['B.I']),
        (stays, countDays, referenceDate, sizes, eligibility) => {
          // Counts on different days (one a day, as a facility's stream gives them), then the placements, some of another class.
          const counts = [...new Map(countDays.map(([day, total]) => [day, count(day, total, { 'B.I': total })])).values()];
          const facts = [...counts, ...stays.map((stay, index) => placement(index, stay.startsOn, stay.endsOn, index % 3 === 0 ? 'A.II' : 'B.I'))];
          const parts: ReturnType<typeof coveragePart>[] = [];
          for (let start = 0, index = 0; start < facts.length; index += 1) {
            const size = sizes[index % sizes.length]!;
            parts.push(coveragePart(facts.slice(start, start + size), referenceDate, eligibility));
            start += size;
          }
          const whole = parts.length === 0 ? coveragePart([], referenceDate, eligibility) : parts.slice(1).reduce(combineCoverageParts, parts[0]!);
          expect(facilityCoverageOf('unit', whole, referenceDate, eligibility)).toEqual(facilityCoverageRows('unit', facts, referenceDate, eligibility));
        },
      ),
    );
  });
});

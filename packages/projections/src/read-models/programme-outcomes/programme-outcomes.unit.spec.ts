import type { ParticipantStatusRow } from '../read-model-rows';
import { defaultFollowUpWindows } from '@binaan/domain';
import { participantStatusRowOf } from '../../fixtures/participant-status-row.fixture';
import { programmeOutcome, programmeOutcomeInParts } from './programme-outcomes';
import fc from 'fast-check';

/** A participant_status row of someone enrolled in March 2019 and still in training, changed by the overrides. */
const person = participantStatusRowOf;

const group = { programme_id: 'sulam-malang-2019', facility_id: 'lapas-perempuan-malang', cohort: '2019-03' };
const windows = defaultFollowUpWindows;
const outcome = (rows: readonly ParticipantStatusRow[], referenceDate = '2021-06-30') => programmeOutcome(group, rows, referenceDate, windows);

describe('programme_outcomes for one group', () => {
  it('counts exits by reason, and gives completion also without the exits outside the programme’s control', () => {
    const row = outcome([
      person({ graduated_on: '2019-09-01', status: 'graduated' }),
      person({ graduated_on: '2019-09-01', status: 'graduated' }),
      person({ exited_on: '2019-05-01', exit_reason: 'health', status: 'exited' }),
      person({ exited_on: '2019-05-01', exit_reason: 'transferred_out', status: 'exited' }),
      person({ exited_on: '2019-05-01', exit_reason: 'withdrew', status: 'exited' }),
      person(),
    ]);
    expect([row.exited, row.exited_health, row.exited_transferred_out, row.exited_withdrew, row.exited_died]).toEqual([3, 1, 1, 1, 0]);
    expect(row.exited_outside_control).toBe(2);
    expect([row.graduated, row.enrolled, row.completion_rate]).toEqual([2, 6, 2 / 6]);
    expect(row.completion_rate_excluding_outside_exits).toBe(2 / 4);
  });

  it('gives the first-attempt pass rate beside the eventual one', () => {
    const row = outcome([
      person({ modules_assessed: 5, modules_competent: 5, modules_competent_first_attempt: 3 }),
      person({ modules_assessed: 3, modules_competent: 2, modules_competent_first_attempt: 2 }),
    ]);
    expect([row.modules_competent, row.modules_assessed, row.competency_rate]).toEqual([7, 8, 7 / 8]);
    expect([row.modules_competent_first_attempt, row.first_attempt_competency_rate]).toEqual([5, 5 / 8]);
  });

  it('counts returns to custody within 12 months of release over those released at least 12 months ago', () => {
    const released = (releasedOn: string, returnedOn: string | null = null) =>
      person({ status: returnedOn === null ? 'released' : 'returned_to_custody', released_on: releasedOn, returned_to_custody_on: returnedOn });
    const row = outcome(
      [
        released('2020-01-10', '2020-11-01'), // within 12 months
        released('2020-01-10', '2021-02-01'), // back, but after 12 months
        released('2020-06-30'), // window closes 2021-06-30: counted
        released('2020-07-01', '2020-08-01'), // window still open on 2021-06-30: not yet in the denominator
      ],
      '2021-06-30',
    );
    expect([row.returned_within_12m, row.released_12m_ago, row.return_to_custody_12m_rate]).toEqual([1, 3, 1 / 3]);
  });

  it('gives work at M6 of those reached and of those due, the trained skill and the income bands', () => {
    const reachedAtM6 = (working: boolean, skill: boolean | null, band: string) =>
      person({
        status: 'released',
        released_on: '2019-10-01',
        m6_attempts: 1,
        m6_reached_on: '2020-04-01',
        m6_employment: working ? 'self_employed' : 'seeking',
        m6_working: working ? 1 : 0,
        m6_uses_trained_skill: skill === null ? null : skill ? 1 : 0,
        m6_income_band: band,
      });
    const row = outcome([
      reachedAtM6(true, true, '500k_to_1m'),
      reachedAtM6(true, false, 'below_500k'),
      reachedAtM6(false, null, 'none'),
      person({ status: 'released', released_on: '2019-10-01', m6_attempts: 2 }),
    ]);
    expect([row.m6_working, row.m6_reached, row.m6_due]).toEqual([2, 3, 4]);
    expect(row.m6_working_rate).toBe(2 / 3);
    expect(row.m6_working_rate_of_due).toBe(2 / 4);
    expect([row.m6_working_trained_skill, row.m6_trained_skill_rate]).toEqual([1, 1 / 2]);
    expect([row.m6_income_none, row.m6_income_below_500k, row.m6_income_500k_to_1m, row.m6_income_above_3m]).toEqual([1, 1, 1, 0]);
  });

  it('counts contacts, work and income only of people released: a row with contact facts but no release counts at no milestone', () => {
    // Command handling never writes a contact before a release, and voiding a release voids the contacts after it;
    // should a row ever hold one (a projection from a bad copy), no figure takes it as a released person's outcome.
    const contactFacts = {
      m1_attempts: 1,
      m1_reached_on: '2019-11-01',
      m6_attempts: 1,
      m6_reached_on: '2020-04-01',
      m6_employment: 'self_employed',
      m6_working: 1,
      m6_uses_trained_skill: 1,
      m6_income_band: '500k_to_1m',
      m12_attempts: 1,
      m12_reached_on: '2020-10-01',
      m12_working: 1,
      m12_uses_trained_skill: 1,
      m12_income_band: 'above_3m',
    } as const;
    const row = outcome([person({ status: 'released', released_on: '2019-10-01', ...contactFacts }), person(contactFacts)]);
    expect([row.m1_attempted, row.m1_reached, row.m6_attempted, row.m6_reached, row.m12_attempted, row.m12_reached]).toEqual([1, 1, 1, 1, 1, 1]);
    expect([row.m6_working, row.m6_working_trained_skill, row.m6_income_500k_to_1m]).toEqual([1, 1, 1]);
    expect([row.m12_working, row.m12_working_trained_skill, row.m12_income_above_3m]).toEqual([1, 1, 1]);
  });

  it('takes the median of days to first income over the group’s participants', () => {
    const row = outcome([person({ days_to_first_income: 30 }), person({ days_to_first_income: 90 }), person({ days_to_first_income: 200 }), person()]);
    expect([row.first_income_known, row.median_days_to_first_income]).toEqual([3, 90]);
  });

  describe('a milestone falls due once its window has closed', () => {
    // Released on 1 October 2019: the M1 contact is due on 1 November, in a window from 17 October to 16 November.
    const releasedInOctober = (overrides: Partial<ParticipantStatusRow> = {}) => person({ status: 'released', released_on: '2019-10-01', ...overrides });

    it('is not due on the day its window closes: a contact that day still counts, so the window is still open', () => {
      expect(outcome([releasedInOctober()], '2019-11-16').m1_due).toBe(0);
    });

    it('is due the day after its window closed, reached or not', () => {
      const row = outcome([releasedInOctober()], '2019-11-17');
      expect([row.m1_due, row.m1_attempted, row.m1_reached, row.m1_contact_rate]).toEqual([1, 0, 0, 0]);
    });

    it('is due before its window closes once a contact was logged under it', () => {
      const row = outcome([releasedInOctober({ m1_attempts: 1, m1_reached_on: '2019-10-25' }), releasedInOctober()], '2019-11-16');
      expect([row.m1_due, row.m1_attempted, row.m1_reached, row.m1_contact_rate]).toEqual([1, 1, 1, 1]);
    });

    it('is never due for someone not released', () => {
      expect(outcome([person()], '2021-06-30').m1_due).toBe(0);
    });

    it('is never due without a window for the milestone, unless a contact was logged under it', () => {
      const withoutM1 = windows.filter((window) => window.milestone !== 'M1');
      const row = programmeOutcome(group, [releasedInOctober(), releasedInOctober({ m1_attempts: 2 })], '2021-06-30', withoutM1);
      expect([row.m1_due, row.m1_attempted, row.m3_due]).toEqual([1, 1, 2]);
    });
  });

  describe('a small group', () => {
    const people = (count: number) => Array.from({ length: count }, () => person());

    it('has fewer than 10 people: 9 is small', () => {
      expect(outcome(people(9)).small_group).toBe(1);
    });

    it('of exactly 10 people is not small', () => {
      expect(outcome(people(10)).small_group).toBe(0);
    });
  });

  it('counts those still in training apart from those who graduated, exited or were released', () => {
    const row = outcome([
      person(),
      person(),
      person({ status: 'graduated', graduated_on: '2019-09-01' }),
      person({ status: 'exited', exited_on: '2019-05-01', exit_reason: 'health' }),
      person({ status: 'released', released_on: '2019-10-01' }),
    ]);
    expect([row.enrolled, row.in_training, row.graduated, row.exited, row.released]).toEqual([5, 2, 1, 1, 1]);
  });

  it('gives work at M12 of those reached, three of four working', () => {
    const reachedAtM12 = (working: boolean) =>
      person({ status: 'released', released_on: '2019-10-01', m12_attempts: 1, m12_reached_on: '2020-10-01', m12_working: working ? 1 : 0 });
    const row = outcome([reachedAtM12(true), reachedAtM12(true), reachedAtM12(true), reachedAtM12(false)]);
    expect([row.m12_working, row.m12_reached, row.m12_working_rate]).toEqual([3, 4, 3 / 4]);
  });

  it('property: computed a part of the group at a time, in any cut, it gives the same row as all at once', () => {
    const arbPerson = fc
      .record({
        released: fc.option(fc.integer({ min: 0, max: 700 }), { nil: null }),
        daysToIncome: fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }),
        graduated: fc.boolean(),
        exit: fc.option(fc.constantFrom('health', 'withdrew', 'transferred_out', 'died'), { nil: null }),
        modules: fc.integer({ min: 0, max: 6 }),
      })
      .map(({ released, daysToIncome, graduated, exit, modules }) => {
        const releasedOn = released === null ? null : new Date(Date.UTC(2019, 8, 1) + released * 86_400_000).toISOString().slice(0, 10);
        return person({
          ...(graduated ? { graduated_on: '2019-08-31', status: 'graduated' } : {}),
          ...(exit === null || graduated ? {} : { exited_on: '2019-05-01', exit_reason: exit, status: 'exited' }),
          ...(releasedOn === null || exit !== null ? {} : { status: 'released', released_on: releasedOn, days_to_first_income: daysToIncome }),
          modules_assessed: modules,
          modules_competent: Math.floor(modules / 2),
        });
      });
    const inParts = programmeOutcomeInParts(windows);
    fc.assert(
      fc.property(fc.array(arbPerson, { maxLength: 40 }), fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 5 }), fc.constantFrom('2019-12-31', '2021-06-30'), (rows, sizes, referenceDate) => {
        const parts: unknown[] = [];
        for (let start = 0, index = 0; start < rows.length; index += 1) {
          const size = sizes[index % sizes.length]!;
          parts.push(inParts.part(group, rows.slice(start, start + size), referenceDate));
          start += size;
        }
        const whole = parts.length === 0 ? inParts.part(group, [], referenceDate) : parts.slice(1).reduce((sum, part) => inParts.combine(sum, part), parts[0]);
        expect(inParts.finish(group, whole, referenceDate)).toEqual(programmeOutcome(group, rows, referenceDate, windows));
      }),
    );
  });
});

import { shippedCatalogue } from '@binaan/domain';
import { outcomeRates, type NextFollowUp, type OutcomeCounts, type ProgrammeOutcomeRow } from '@binaan/projections';
import type { CatalogueView } from '../reports/queries/get-programmes.query';
import { followUpsDueView } from '../views/follow-ups-due-view';
import { facilityStagesView } from '../views/facility-stages-view';
import { outcomeMembersView } from '../views/outcome-members-view';
import { outcomesView } from '../views/outcome-view';

/*
 * Made-up figures for the report routes, put through the API's own views so each example has exactly
 * the shape a client gets. The numbers agree with one another: one cohort of twelve, seen at the end
 * of June 2020, when the month-12 contacts of its 2019 releases are not yet due.
 */

const cohortCounts: OutcomeCounts = {
  enrolled: 12,
  in_training: 1,
  graduated: 9,
  exited: 2,
  exited_transferred_out: 0,
  exited_withdrew: 1,
  exited_health: 1,
  exited_died: 0,
  exited_escaped: 0,
  exited_disciplinary: 0,
  exited_other: 0,
  exited_outside_control: 1,
  modules_assessed: 58,
  modules_competent: 54,
  modules_competent_first_attempt: 49,
  released: 7,
  released_12m_ago: 0,
  returned_within_12m: 0,
  m1_due: 7,
  m1_attempted: 7,
  m1_reached: 6,
  m3_due: 7,
  m3_attempted: 6,
  m3_reached: 5,
  m6_due: 7,
  m6_attempted: 6,
  m6_reached: 5,
  m12_due: 0,
  m12_attempted: 0,
  m12_reached: 0,
  m6_working: 4,
  m6_working_trained_skill: 3,
  m6_income_none: 1,
  m6_income_below_500k: 1,
  m6_income_500k_to_1m: 2,
  m6_income_1m_to_2m: 1,
  m6_income_2m_to_3m: 0,
  m6_income_above_3m: 0,
  m12_working: 0,
  m12_working_trained_skill: 0,
  m12_income_none: 0,
  m12_income_below_500k: 0,
  m12_income_500k_to_1m: 0,
  m12_income_1m_to_2m: 0,
  m12_income_2m_to_3m: 0,
  m12_income_above_3m: 0,
  first_income_known: 4,
};

const cohortOfTwelve: ProgrammeOutcomeRow = {
  programme_id: 'sulam-malang-2019',
  facility_id: 'lapas-perempuan-malang',
  cohort: '2019-03',
  as_of_date: '2020-06-30',
  ...cohortCounts,
  ...outcomeRates(cohortCounts),
  median_days_to_first_income: 41,
};

export const outcomesExample = outcomesView([cohortOfTwelve], cohortOfTwelve.as_of_date, {
  medianDaysToFirstIncome: cohortOfTwelve.median_days_to_first_income,
  suppressSmallGroups: false,
});

const dueToday: NextFollowUp = {
  participant_id: 'a3c5e7f9-1b2d-4e6f-8a0c-2e4f6a8b0c1d',
  milestone: 'M6',
  programme_id: 'sulam-malang-2019',
  facility_id: 'lapas-perempuan-malang',
  current_facility_id: 'lapas-perempuan-malang',
  home_regency: '3507',
  released_on: '2019-11-20',
  due_on: '2020-05-20',
  window_opens_on: '2020-05-05',
  window_closes_on: '2020-06-04',
  attempts: 0,
  reached_on: null,
  listed_from: '2020-05-05',
  listed_until: '2020-08-05',
  state: 'due',
};

const missedInMarch: NextFollowUp = {
  participant_id: 'b4d6f8a0-2c3e-4f7a-9b1d-3f5a7b9c1d2e',
  milestone: 'M6',
  programme_id: 'sulam-malang-2019',
  facility_id: 'lapas-perempuan-malang',
  current_facility_id: 'lapas-perempuan-malang',
  home_regency: '3573',
  released_on: '2019-09-02',
  due_on: '2020-03-02',
  window_opens_on: '2020-02-16',
  window_closes_on: '2020-03-17',
  attempts: 2,
  reached_on: null,
  listed_from: '2020-02-16',
  listed_until: '2020-08-18',
  state: 'overdue',
};

/** As a case worker sees it, with the list; other roles get the same counts without `items`. */
export const followUpsDueExample = followUpsDueView(
  {
    counts: [
      { milestone: 'M6', state: 'due', count: 1 },
      { milestone: 'M6', state: 'overdue', count: 1 },
    ],
    items: [missedInMarch, dueToday],
    next: null,
  },
  '2020-05-20',
  true,
  shippedCatalogue,
);

export const catalogueExample: CatalogueView = {
  programmes: shippedCatalogue.programmes,
  facilities: shippedCatalogue.facilities,
  regencies: shippedCatalogue.regencies,
};

/** Made-up ids: two of the cohort's three people due at M6 were reached. */
export const outcomeMembersExample = outcomeMembersView('contactM6', '2020-06-30', {
  numerator: ['a3c5e7f9-1b2d-4e6f-8a0c-2e4f6a8b0c1d', 'b4d6f8a0-2c3e-4f70-9b1d-3f5a7b9c1d2e'],
  denominator: ['a3c5e7f9-1b2d-4e6f-8a0c-2e4f6a8b0c1d', 'b4d6f8a0-2c3e-4f70-9b1d-3f5a7b9c1d2e', 'c5e7a9b1-3d4f-4a81-8c2e-4a6b8c0d2e3f'],
});

/** One made-up disclosure: a registrar opened a participant's record with her name. */
export const personalDataAccessExample = {
  items: [
    {
      position: '4181',
      recordedAt: '2020-06-30T02:14:09.120Z',
      day: '2020-06-30',
      actor: { id: 'registrar-malang-1', role: 'registrar' },
      purpose: 'GET /participants/:id',
      participantIds: ['a3c5e7f9-1b2d-4e6f-8a0c-2e4f6a8b0c1d'],
    },
  ],
  nextAfter: null,
};

/** Made-up stages of one cohort: two of its women were moved to Surabaya, graduated and were released there. */
export const facilityStagesExample = facilityStagesView(
  [
    { programme_id: 'sulam-malang-2019', cohort: '2019-03', facility_id: 'lapas-perempuan-malang', enrolled: 12, graduated: 7, released: 5, exited: 2 },
    { programme_id: 'sulam-malang-2019', cohort: '2019-03', facility_id: 'lapas-perempuan-surabaya', enrolled: 0, graduated: 2, released: 2, exited: 0 },
  ],
  false,
);

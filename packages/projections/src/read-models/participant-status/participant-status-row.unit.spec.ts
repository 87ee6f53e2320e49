import { updatedStatusRow } from './participant-status-row';
import type { ParticipantStatusRow } from '../read-model-rows';

const row: ParticipantStatusRow = {
  participant_id: 'p-1',
  programme_id: 'sulam-malang-2019',
  curriculum_version: 1,
  facility_id: 'lapas-perempuan-malang',
  cohort: '2019-03',
  enrolled_on: '2019-03-04',
  status: 'released',
  assessed_modules: 'sulam-dasar',
  competent_modules: 'sulam-dasar:2019-04-01',
  modules_assessed: 1,
  modules_competent: 1,
  graduated_on: '2019-09-01',
  released_on: '2019-10-01',
  release_type: 'pembebasan_bersyarat',
  supervision_ends_on: '2020-10-01',
  follow_ups_attempted: 2,
  follow_ups_reached: 1,
  m1_attempts: 1,
  m1_reached_on: '2019-11-01',
  m1_employment: 'formal',
  m3_attempts: 1,
  m3_reached_on: null,
  m3_employment: null,
  m6_attempts: 0,
  m6_reached_on: null,
  m6_employment: null,
  m12_attempts: 0,
  m12_reached_on: null,
  m12_employment: null,
  first_income_on: '2019-11-01',
  days_to_first_income: 31,
};

const changedValue = (value: ParticipantStatusRow[keyof ParticipantStatusRow]) => (typeof value === 'number' ? value + 7 : `${String(value)}-changed`);

describe('updatedStatusRow', () => {
  it('keeps every column it is not given, in the row’s column order', () => {
    expect(Object.entries(updatedStatusRow(row, {}))).toEqual(Object.entries(row));
  });

  it.each(Object.keys(row) as (keyof ParticipantStatusRow)[])('changes %s alone, to a new value or to null, as spreading would', (column) => {
    for (const value of [changedValue(row[column]), null]) {
      const changes = { [column]: value } as Partial<ParticipantStatusRow>;
      expect(updatedStatusRow(row, changes)).toStrictEqual({ ...row, ...changes });
    }
  });
});

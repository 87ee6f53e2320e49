import { groupWithinScope, participantIdsWithinScope, statusRowWithinScope } from './report-scope';
import type { CallerScope } from '../../auth/caller-scope';
import type { ParticipantStatusRow } from '@binaan/projections';

const malang = 'lapas-perempuan-malang';
const surabaya = 'lapas-perempuan-surabaya';
const sulam = 'sulam-malang-2019';
const ofMalang: CallerScope = { facilities: [malang], programmes: 'all' };
const ofAnotherProgramme: CallerScope = { facilities: 'all', programmes: ['menjahit-surabaya-2020'] };

describe('report rows within a scope', () => {
  it('given a woman enrolled in Malang and now held in Surabaya, when Malang asks, then her row is not Malang’s', () => {
    const transferred = { facility_id: malang, current_facility_id: surabaya, programme_id: sulam };
    expect(statusRowWithinScope(ofMalang)(transferred)).toBe(false);
    expect(statusRowWithinScope({ facilities: [surabaya], programmes: 'all' })(transferred)).toBe(true);
  });

  it('given a cohort group of Malang, when Malang asks, then it is hers; when another unit asks, then it is not', () => {
    expect(groupWithinScope(ofMalang)({ facility_id: malang, programme_id: sulam })).toBe(true);
    expect(groupWithinScope(ofMalang)({ facility_id: surabaya, programme_id: sulam })).toBe(false);
  });

  it('given a group of another programme, when an assessor of her own programme asks, then it is not hers', () => {
    expect(groupWithinScope(ofAnotherProgramme)({ facility_id: malang, programme_id: sulam })).toBe(false);
  });

  it('given a coverage row (a unit, no programme), then the unit alone decides', () => {
    expect(groupWithinScope(ofAnotherProgramme)({ facility_id: malang })).toBe(true);
    expect(groupWithinScope(ofMalang)({ facility_id: surabaya })).toBe(false);
  });

  it('given status rows of two units, when the participants within scope are asked for, then only those held in hers come back', async () => {
    const rows = [
      { participant_id: 'a', current_facility_id: malang, programme_id: sulam },
      { participant_id: 'b', current_facility_id: surabaya, programme_id: sulam },
    ] as unknown as readonly ParticipantStatusRow[];
    const ids = await participantIdsWithinScope({ participantStatusRows: async () => rows }, ofMalang);
    expect([...ids]).toEqual(['a']);
  });
});

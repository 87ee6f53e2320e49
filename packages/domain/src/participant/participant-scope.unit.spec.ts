import type { FacilityId, ProgrammeId } from '../ids/slug-ids';
import { fieldOutsideScope, isNationalScope, placeOf, scopeReaches, scopeReachesFacility, scopeReachesProgramme, type ParticipantScope } from './participant-scope';
import { initialParticipantState, type EnrolledParticipant } from './participant-state';

const malang = 'lapas-perempuan-malang';
const surabaya = 'lapas-perempuan-surabaya';
const sulam = 'sulam-malang-2019';
const menjahit = 'menjahit-surabaya-2020';

const registrarOfMalang: ParticipantScope = { facilities: [malang], programmes: 'all' };
const assessorOfSulam: ParticipantScope = { facilities: 'all', programmes: [sulam] };
const regionalAuditor: ParticipantScope = { facilities: [malang, surabaya], programmes: 'all' };
const national: ParticipantScope = { facilities: 'all', programmes: 'all' };

describe('the scope rule', () => {
  it('given a registrar of Malang, when the participant is held in Malang, then she is in scope', () => {
    expect(fieldOutsideScope(registrarOfMalang, { facilityId: malang, programmeId: sulam })).toBeUndefined();
    expect(scopeReaches(registrarOfMalang, { facilityId: malang, programmeId: menjahit })).toBe(true);
  });

  it('given a registrar of Malang, when the participant is held in Surabaya, then the facility is outside her scope', () => {
    expect(fieldOutsideScope(registrarOfMalang, { facilityId: surabaya, programmeId: sulam })).toBe('facilityId');
    expect(scopeReaches(registrarOfMalang, { facilityId: surabaya, programmeId: sulam })).toBe(false);
  });

  it('given an assessor of the sulam programme, when the participant is enrolled in another programme, then the programme is outside her scope', () => {
    expect(fieldOutsideScope(assessorOfSulam, { facilityId: surabaya, programmeId: sulam })).toBeUndefined();
    expect(fieldOutsideScope(assessorOfSulam, { facilityId: malang, programmeId: menjahit })).toBe('programmeId');
  });

  it('given a scope that reaches neither, when asked which field, then the facility is named first', () => {
    expect(fieldOutsideScope({ facilities: [surabaya], programmes: [menjahit] }, { facilityId: malang, programmeId: sulam })).toBe('facilityId');
  });

  it('given an empty list, when any participant is asked about, then none is in scope', () => {
    expect(scopeReaches({ facilities: [], programmes: 'all' }, { facilityId: malang, programmeId: sulam })).toBe(false);
    expect(scopeReaches({ facilities: 'all', programmes: [] }, { facilityId: malang, programmeId: sulam })).toBe(false);
  });

  it('given a regional auditor, when participants of her units and of another are asked about, then only her units are in scope', () => {
    expect(scopeReaches(regionalAuditor, { facilityId: surabaya, programmeId: sulam })).toBe(true);
    expect(scopeReaches(regionalAuditor, { facilityId: 'lapas-kelas-i-malang', programmeId: sulam })).toBe(false);
  });

  it('given national reach, then every participant is in scope and the scope is national; a list is never national', () => {
    expect(scopeReaches(national, { facilityId: 'anywhere', programmeId: 'anything' })).toBe(true);
    expect(isNationalScope(national)).toBe(true);
    expect(isNationalScope(registrarOfMalang)).toBe(false);
    expect(isNationalScope(assessorOfSulam)).toBe(false);
  });
});

describe('where a participant belongs', () => {
  it('given no enrolment, then she belongs nowhere yet', () => {
    expect(placeOf(initialParticipantState())).toBeUndefined();
  });

  it('given a transfer, then she belongs to the unit that holds her now, not the one that enrolled her', () => {
    const transferred = {
      status: 'enrolled',
      programmeId: sulam as ProgrammeId,
      enrolledAtFacilityId: malang as FacilityId,
      facilityId: surabaya as FacilityId,
    } as unknown as EnrolledParticipant;
    expect(placeOf(transferred)).toEqual({ facilityId: surabaya, programmeId: sulam });
  });
});

describe('what a scope reaches on its own: a unit (a head count) or a programme (an outcome row)', () => {
  const assessor: ParticipantScope = { facilities: 'all', programmes: ['sulam-malang-2019' as ProgrammeId] };
  const registrar: ParticipantScope = { facilities: ['lapas-perempuan-malang' as FacilityId], programmes: 'all' };

  it('reaches a programme it lists, or every programme with all', () => {
    expect([scopeReachesProgramme(assessor, 'sulam-malang-2019'), scopeReachesProgramme(assessor, 'batik-surabaya-2020')]).toEqual([true, false]);
    expect(scopeReachesProgramme(registrar, 'batik-surabaya-2020')).toBe(true);
  });

  it('reaches a unit it lists, or every unit with all', () => {
    expect([scopeReachesFacility(registrar, 'lapas-perempuan-malang'), scopeReachesFacility(registrar, 'lapas-perempuan-surabaya')]).toEqual([true, false]);
    expect(scopeReachesFacility(assessor, 'lapas-perempuan-surabaya')).toBe(true);
  });
});

import { initialParticipantState, type EnrolledParticipant, type ParticipantCommand } from '@binaan/domain';
import { participantAccess } from './participant-access';

const malang = 'lapas-perempuan-malang';
const surabaya = 'lapas-perempuan-surabaya';
const ofMalang = participantAccess({ facilities: [malang], programmes: 'all' });
const heldIn = (facilityId: string) => ({ status: 'enrolled', facilityId, programmeId: 'sulam-malang-2019' }) as unknown as EnrolledParticipant;
const release = { type: 'RecordRelease', participantId: '00000000-0000-4000-8000-000000000001' } as unknown as ParticipantCommand;
const enrolmentAt = (facilityId: string, programmeId = 'sulam-malang-2019') => ({ type: 'EnrollInmate', facilityId, programmeId }) as unknown as ParticipantCommand;

describe('who may act on a participant', () => {
  it('given she is held in Malang, when Malang acts, then it is allowed', () => {
    expect(ofMalang(release, heldIn(malang))).toEqual({ kind: 'allowed' });
  });

  it('given she is held in Surabaya, when Malang acts, then she is hidden behind the unknown-participant answer', () => {
    expect(ofMalang(release, heldIn(surabaya))).toEqual({ kind: 'hidden', error: expect.objectContaining({ code: 'NOT_ENROLLED' }) });
  });

  it('given no enrolment, when Malang acts, then the decider answers as it would for anyone', () => {
    expect(ofMalang(release, initialParticipantState())).toEqual({ kind: 'allowed' });
  });

  it('given an enrolment into Surabaya, when Malang sends it, then it is refused naming facilityId', () => {
    expect(ofMalang(enrolmentAt(surabaya), initialParticipantState())).toEqual({
      kind: 'refused',
      error: expect.objectContaining({ code: 'OUTSIDE_CALLER_SCOPE', _tag: 'EnrolmentOutsideCallerScope', field: 'facilityId' }),
    });
  });

  it('given an enrolment into a programme outside the scope, then it is refused naming programmeId', () => {
    const assessorOfMenjahit = participantAccess({ facilities: 'all', programmes: ['menjahit-surabaya-2020'] });
    expect(assessorOfMenjahit(enrolmentAt(malang), initialParticipantState())).toEqual({
      kind: 'refused',
      error: expect.objectContaining({ field: 'programmeId' }),
    });
  });

  it('given an enrolment into Malang that names the id of someone held in Surabaya, then the decider answers it (ALREADY_ENROLLED)', () => {
    expect(ofMalang(enrolmentAt(malang), heldIn(surabaya))).toEqual({ kind: 'allowed' });
  });
});

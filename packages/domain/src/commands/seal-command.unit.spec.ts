import { EncryptedEnvelope } from '../personal-data/encrypted-envelope';
import { CompleteModule } from './complete-module';
import { EnrollInmateInput } from './enroll-inmate';
import { LogFollowUpInput } from './log-follow-up';
import { PersonalDataInClear, sealCommand } from './seal-command';

const envelope: EncryptedEnvelope = {
  alg: 'A256GCM',
  kid: 'test-key',
  iv: 'AAAAAAAAAAAAAAAA',
  ct: 'AA==',
  tag: 'AAAAAAAAAAAAAAAAAAAAAA==',
};
const participantId = '0b7e4c1e-9a51-4f0e-8d0c-2f3f5a6b7c8d' as EnrollInmateInput['participantId'];

describe('sealCommand', () => {
  it('seals the enrolment personal data and keeps every other field', () => {
    const sealedPlain: PersonalDataInClear[] = [];
    const input = {
      type: 'EnrollInmate',
      participantId,
      programmeId: 'sulam-malang-2019',
      facilityId: 'lapas-perempuan-malang',
      registrationClass: 'B.I',
      enrolledOn: '2019-03-01',
      consent: { given: true, recordedOn: '2019-03-01' },
      personalData: { fullName: 'Contoh Sintetis', registrationNumber: 'BI-0001-SYNTHETIC' },
    } as EnrollInmateInput;
    const sealed = sealCommand(input, (plain) => (sealedPlain.push(plain), envelope));
    expect(sealed).toEqual({ ...input, personalData: envelope });
    expect(sealedPlain).toEqual([input.personalData]);
  });

  it('seals follow-up notes when present and leaves a follow-up without notes alone', () => {
    const input = {
      type: 'LogFollowUp',
      participantId,
      contactedOn: '2019-10-01',
      channel: 'phone',
      outcome: 'declined',
      needs: [],
      referrals: [],
    } as unknown as LogFollowUpInput;
    expect(sealCommand({ ...input, personalData: { notes: 'Catatan sintetis' } }, () => envelope)).toEqual({
      ...input,
      personalData: envelope,
    });
    expect(sealCommand(input, () => envelope)).toEqual(input);
  });

  it('passes commands without personal data through unchanged', () => {
    const input = {
      type: 'CompleteModule',
      participantId,
      moduleId: 'sulam-dasar',
      result: 'competent',
      assessedOn: '2019-05-01',
    } as CompleteModule;
    expect(sealCommand(input, () => envelope)).toBe(input);
  });
});

import type { EncryptedEnvelope } from '../personal-data/encrypted-envelope';
import type { CompleteModule } from './complete-module';
import type { EnrollInmateInput } from './enroll-inmate';
import type { LogFollowUpInput } from './log-follow-up';
import { prepareCommand, type PersonalDataInClear } from './prepare-command';
import type { VoidEntryInput } from './void-entry';

const envelope: EncryptedEnvelope = {
  alg: 'A256GCM',
  kid: 'test-key',
  iv: 'AAAAAAAAAAAAAAAA',
  ct: 'AA==',
  tag: 'AAAAAAAAAAAAAAAAAAAAAA==',
};
const participantId = '0b7e4c1e-9a51-4f0e-8d0c-2f3f5a6b7c8d' as EnrollInmateInput['participantId'];
const actor = { id: 'user-registrar-1', role: 'registrar' } as const;

describe('prepareCommand', () => {
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
    const sealed = prepareCommand(input, { seal: (plain) => (sealedPlain.push(plain), envelope), actor });
    expect(sealed).toStrictEqual({ ...input, personalData: envelope });
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
    expect(prepareCommand({ ...input, personalData: { notes: 'Catatan sintetis' } }, { seal: () => envelope, actor })).toStrictEqual({
      ...input,
      personalData: envelope,
    });
    expect(prepareCommand(input, { seal: () => envelope, actor })).toBe(input);
  });

  it('names the actor in a void, and seals its note', () => {
    const input = { type: 'VoidEntry', participantId, eventId: participantId, reason: 'other', personalData: { note: 'sintetis' } } as unknown as VoidEntryInput;
    expect(prepareCommand(input, { seal: () => envelope, actor })).toStrictEqual({ ...input, personalData: envelope, by: actor });
  });

  it('passes a command without personal data or actor through unchanged', () => {
    const input = { type: 'CompleteModule', participantId, moduleId: 'sulam-dasar', result: 'competent', assessedOn: '2019-04-01' } as CompleteModule;
    expect(prepareCommand(input, { seal: () => envelope, actor })).toBe(input);
  });
});

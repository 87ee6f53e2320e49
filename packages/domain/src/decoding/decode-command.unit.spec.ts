import * as E from 'fp-ts/Either';
import { participantCommandTypes } from '../commands/participant-command';
import { decodeCommand } from './decode-command';
import { formatDecodeError } from './decode-error';

const participantId = '0b7e4c1e-9a51-4f0e-8d0c-2f3f5a6b7c8d';
// A synthetic person: the name and numbers are made up.
const syntheticNik = '9907124304850002';

const enrolment = {
  type: 'EnrollInmate',
  participantId,
  programmeId: 'sulam-malang-2019',
  facilityId: 'lapas-perempuan-malang',
  registrationClass: 'B.I',
  enrolledOn: '2019-03-01',
  consent: { given: true, recordedOn: '2019-03-01' },
  personalData: {
    fullName: 'Sulastri Wahyuningsih (synthetic)',
    registrationNumber: 'BI-0001-SYNTHETIC',
    nik: syntheticNik,
    birthDate: '1985-04-03',
  },
};
const followUp = {
  type: 'LogFollowUp',
  participantId,
  contactedOn: '2019-10-01',
  channel: 'phone',
  outcome: 'reached',
  employment: { status: 'self_employed', usesTrainedSkill: true, incomeBand: '500k_to_1m' },
  needs: ['capital'],
  referrals: [],
};

const completion = {
  type: 'CompleteModule',
  participantId,
  moduleId: 'sulam-dasar',
  result: 'competent',
  assessedOn: '2019-05-01',
};
const release = {
  type: 'RecordRelease',
  participantId,
  releaseType: 'pembebasan_bersyarat',
  releasedOn: '2019-08-01',
  supervisionEndsOn: '2020-08-01',
};

const issuesOf = (input: unknown) => {
  const result = decodeCommand(input);
  return E.isLeft(result) ? result.left.issues : [];
};

describe('decodeCommand', () => {
  it('decodes a valid enrolment with no warnings', () => {
    const result = decodeCommand(enrolment);
    expect(result).toEqual(E.right({ command: enrolment, warnings: [] }));
  });

  it('decodes each command type', () => {
    for (const input of [completion, release, followUp]) {
      expect(decodeCommand(input)).toEqual(E.right({ command: input, warnings: [] }));
    }
  });

  it('names the path and rule of a 15-digit NIK without echoing it', () => {
    const shortNik = { ...enrolment, personalData: { ...enrolment.personalData, nik: '990712430485000' } };
    const result = decodeCommand(shortNik);
    expect(E.isLeft(result) && formatDecodeError(result.left)).toBe('personalData.nik: must be 16 digits, got 15 digits');
    expect(JSON.stringify(result)).not.toContain('990712430485000');
  });

  it('reports missing fields and wrong types, each at its own path', () => {
    const { enrolledOn: _omitted, ...withoutDate } = enrolment;
    expect(issuesOf({ ...withoutDate, registrationClass: 7, consent: { given: 'yes', recordedOn: '2019-03-01' } })).toEqual([
      { path: 'registrationClass', rule: 'must be one of A.I, A.II, A.III, A.IV, A.V, B.I, B.IIa, B.IIb, B.III' },
      { path: 'enrolledOn', rule: 'is required' },
      { path: 'consent.given', rule: 'must be true or false' },
    ]);
    expect(issuesOf({ ...enrolment, personalData: { registrationNumber: '' } })).toEqual([
      { path: 'personalData.fullName', rule: 'is required' },
      { path: 'personalData.registrationNumber', rule: 'must not be blank' },
    ]);
    expect(issuesOf({ ...followUp, needs: ['capital', 'money'], referrals: 'none' })).toEqual([
      {
        path: 'needs[1]',
        rule: 'must be one of capital, equipment, training, market_access, documents, housing, health, other',
      },
      { path: 'referrals', rule: 'must be an array' },
    ]);
    expect(issuesOf({ ...followUp, employment: { status: 'formal' } })).toEqual([
      { path: 'employment.usesTrainedSkill', rule: 'is required' },
      { path: 'employment.incomeBand', rule: 'is required' },
    ]);
  });

  it('leaves the record’s rules to the decider: dates against today and ids against the catalogue decode', () => {
    expect(issuesOf({ ...enrolment, enrolledOn: '2099-01-01', programmeId: 'batik-2019', facilityId: 'rutan-x' })).toEqual([]);
    expect(issuesOf({ ...completion, moduleId: 'menjahit', assessedOn: '2099-01-01' })).toEqual([]);
  });

  it('holds a birth date to the enrolment date, since the decider never sees personal data in clear', () => {
    expect(issuesOf({ ...enrolment, personalData: { ...enrolment.personalData, birthDate: '2019-03-02', nik: undefined } })).toEqual([
      { path: 'personalData.birthDate', rule: 'must not be after enrolledOn (2019-03-01)' },
    ]);
    expect(issuesOf({ ...enrolment, personalData: { ...enrolment.personalData, birthDate: '2019-03-01', nik: undefined } })).toEqual([]);
  });

  it('rejects unknown keys at any depth', () => {
    expect(issuesOf({ ...enrolment, commandId: 'x', personalData: { ...enrolment.personalData, nikk: '1' } })).toEqual([
      { path: 'commandId', rule: 'is not a known field' },
      { path: 'personalData.nikk', rule: 'is not a known field' },
    ]);
  });

  it('rejects a missing or unknown type and inputs that are not objects', () => {
    expect(issuesOf({ participantId })).toEqual([{ path: 'type', rule: 'is required' }]);
    expect(issuesOf({ type: 'DeleteInmate' })).toEqual([
      { path: 'type', rule: `must be one of ${participantCommandTypes.join(', ')}` },
    ]);
    expect(issuesOf([enrolment])).toEqual([{ path: '', rule: 'must be an object' }]);
    expect(issuesOf(null)).toEqual([{ path: '', rule: 'must be an object' }]);
  });

  it('warns, without rejecting or echoing values, when the NIK disagrees with the birth date', () => {
    const input = { ...enrolment, personalData: { ...enrolment.personalData, birthDate: '1986-04-03' } };
    const result = decodeCommand(input);
    expect(result).toEqual(
      E.right({
        command: input,
        warnings: [
          { path: 'personalData.nik', rule: 'the birth date in digits 7-12 does not match personalData.birthDate' },
        ],
      }),
    );
    expect(JSON.stringify(E.isRight(result) && result.right.warnings)).not.toMatch(/1986|3507/);
  });

  it('never repeats personal values in any issue', () => {
    const secret = 'Rahasia Nama Palsu';
    const input = { ...enrolment, personalData: { fullName: secret.repeat(20), registrationNumber: 5 } };
    const result = decodeCommand(input);
    expect(E.isLeft(result) && formatDecodeError(result.left)).toBe(
      'personalData.fullName: must be 1 to 200 characters, got 360; personalData.registrationNumber: must be a string',
    );
    expect(JSON.stringify(result)).not.toContain(secret);
  });
});

import * as E from 'fp-ts/Either';
import { decodeWith } from '../decoding/decode-with';
import { RegistrationClass, registrationClasses } from './registration-class';
import { FacilityId, ModuleId, ProgrammeId } from './slug-ids';
import { CommandId, ParticipantId, participantStreamName } from './uuid-ids';

const rulesOf = (result: E.Either<{ readonly issues: readonly { readonly rule: string }[] }, unknown>) =>
  E.isLeft(result) ? result.left.issues.map((issue) => issue.rule) : [];

describe('identifiers', () => {
  it('takes lower-case UUIDs for participant and command ids', () => {
    expect(E.isRight(ParticipantId.decode('0b7e4c1e-9a51-4f0e-8d0c-2f3f5a6b7c8d'))).toBe(true);
    expect(E.isRight(CommandId.decode('5f2b8c1a-0d3e-4a6b-9c7d-1e2f3a4b5c6d'))).toBe(true);
    expect(rulesOf(decodeWith(ParticipantId)('0B7E4C1E-9A51-4F0E-8D0C-2F3F5A6B7C8D'))).toEqual([
      'must be a lower-case UUID (8-4-4-4-12 hex digits)',
    ]);
    expect(rulesOf(decodeWith(CommandId)('not-a-uuid'))).toEqual(['must be a lower-case UUID (8-4-4-4-12 hex digits)']);
  });

  it('names the participant stream after the id alone', () => {
    const id = '0b7e4c1e-9a51-4f0e-8d0c-2f3f5a6b7c8d' as ParticipantId;
    expect(participantStreamName(id)).toBe('participant-0b7e4c1e-9a51-4f0e-8d0c-2f3f5a6b7c8d');
  });

  it('takes slugs for programme, module and facility ids', () => {
    expect(E.isRight(ProgrammeId.decode('sulam-malang-2019'))).toBe(true);
    expect(E.isRight(ModuleId.decode('sulam-dasar'))).toBe(true);
    expect(E.isRight(FacilityId.decode('lapas-perempuan-malang'))).toBe(true);
    const slugRule = 'must be a slug of lower-case letters and digits joined by single hyphens';
    expect(rulesOf(decodeWith(ModuleId)('Sulam Dasar'))).toEqual([slugRule]);
    expect(rulesOf(decodeWith(ModuleId)('sulam--dasar'))).toEqual([slugRule]);
    expect(rulesOf(decodeWith(ModuleId)('-sulam'))).toEqual([slugRule]);
    expect(rulesOf(decodeWith(ModuleId)(''))).toEqual([slugRule]);
    expect(rulesOf(decodeWith(ModuleId)('a'.repeat(101)))).toEqual(['must be at most 100 characters']);
  });

  it('knows the nine registration classes', () => {
    expect(registrationClasses).toHaveLength(9);
    for (const registrationClass of ['A.I', 'A.V', 'B.I', 'B.IIa', 'B.IIb', 'B.III']) {
      expect(E.isRight(RegistrationClass.decode(registrationClass))).toBe(true);
    }
    expect(rulesOf(decodeWith(RegistrationClass)('B.II'))).toEqual([
      'must be one of A.I, A.II, A.III, A.IV, A.V, B.I, B.IIa, B.IIb, B.III',
    ]);
  });
});

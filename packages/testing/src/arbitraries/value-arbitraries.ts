import * as fc from 'fast-check';
import {
  assessmentResults,
  Catalogue,
  contactChannels,
  EncryptedEnvelope,
  epochDayOf,
  FacilityId,
  incomeBands,
  LocalDate,
  localDateFromEpochDay,
  ModuleId,
  ParticipantId,
  ProgrammeId,
  registrationClasses,
  releaseTypes,
  supportCodes,
  businessStatuses,
  employmentStatuses,
  salesChannels,
  Employment,
} from '@binaan/domain';

/** Dates between `min` and `max`, inclusive. */
export const arbLocalDate = (min: LocalDate, max: LocalDate): fc.Arbitrary<LocalDate> =>
  fc.integer({ min: epochDayOf(min), max: epochDayOf(max) }).map(localDateFromEpochDay);

export const arbParticipantId: fc.Arbitrary<ParticipantId> = fc.uuid().map((id) => id as ParticipantId);

export const arbRegistrationClass = fc.constantFrom(...registrationClasses);
export const arbAssessmentResult = fc.constantFrom(...assessmentResults);
export const arbReleaseType = fc.constantFrom(...releaseTypes);
export const arbContactChannel = fc.constantFrom(...contactChannels);
export const arbSupportCodes = fc.subarray([...supportCodes]);

export const arbProgrammeId = (catalogue: Catalogue): fc.Arbitrary<ProgrammeId> =>
  fc.constantFrom(...catalogue.programmes.map((programme) => programme.id));

export const arbFacilityId = (catalogue: Catalogue): fc.Arbitrary<FacilityId> =>
  fc.constantFrom(...catalogue.facilities.map((facility) => facility.id));

export const arbModuleId = (catalogue: Catalogue): fc.Arbitrary<ModuleId> =>
  fc.constantFrom(...catalogue.programmes.flatMap((programme) => programme.modules.map((module) => module.id)));

const base64OfBytes = (minLength: number, maxLength: number): fc.Arbitrary<string> =>
  fc.uint8Array({ minLength, maxLength }).map((bytes) => Buffer.from(bytes).toString('base64'));

/** Envelopes of the right form with random bytes; nothing inside them decrypts. */
export const arbEncryptedEnvelope: fc.Arbitrary<EncryptedEnvelope> = fc.record({
  alg: fc.constant('A256GCM' as const),
  kid: fc.stringMatching(/^[a-z0-9-]{1,40}$/),
  iv: base64OfBytes(12, 12),
  ct: base64OfBytes(1, 64),
  tag: base64OfBytes(16, 16),
});

export const arbEmployment: fc.Arbitrary<Employment> = fc.record(
  {
    status: fc.constantFrom(...employmentStatuses),
    usesTrainedSkill: fc.boolean(),
    incomeBand: fc.constantFrom(...incomeBands),
    businessStatus: fc.constantFrom(...businessStatuses),
    salesChannel: fc.constantFrom(...salesChannels),
  },
  { requiredKeys: ['status', 'usesTrainedSkill', 'incomeBand'], noNullPrototype: true },
);

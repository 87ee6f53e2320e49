import * as fc from 'fast-check';
import { addDays, LocalDate, ParticipantCommandInput } from '@binaan/domain';
import { ArbitraryOptions } from './arbitrary-options';
import { arbCompleteModule, arbEnrollInmateInput, arbLogFollowUpInput, arbRecordRelease } from './command-arbitraries';

/** The commands these arbitraries break. */
type MalformedType = 'EnrollInmate' | 'CompleteModule' | 'RecordRelease' | 'LogFollowUp';

/** A broken command and the issue that decoding must report for it. */
export interface MalformedCommand {
  readonly input: Readonly<Record<string, unknown>>;
  readonly expectedPath: string;
  /** The exact rule, where one mutation always breaks the same rule. */
  readonly expectedRule?: string;
  readonly mutation: string;
}

type Mutation = (command: Readonly<Record<string, unknown>>) => fc.Arbitrary<MalformedCommand>;

const requiredFields: Readonly<Record<MalformedType, readonly string[]>> = {
  EnrollInmate: ['participantId', 'programmeId', 'facilityId', 'registrationClass', 'enrolledOn', 'consent', 'personalData'],
  CompleteModule: ['participantId', 'moduleId', 'result', 'assessedOn'],
  RecordRelease: ['participantId', 'releaseType', 'releasedOn'],
  LogFollowUp: ['participantId', 'contactedOn', 'channel', 'outcome', 'needs', 'referrals'],
};

const businessDateField: Readonly<Record<MalformedType, string>> = {
  EnrollInmate: 'enrolledOn',
  CompleteModule: 'assessedOn',
  RecordRelease: 'releasedOn',
  LogFollowUp: 'contactedOn',
};

const typeOf = (command: Readonly<Record<string, unknown>>) => command['type'] as MalformedType;

const withoutField = (command: Readonly<Record<string, unknown>>, field: string) =>
  Object.fromEntries(Object.entries(command).filter(([key]) => key !== field));

const dropRequired: Mutation = (command) =>
  fc.constantFrom(...requiredFields[typeOf(command)]).map((field) => ({
    input: withoutField(command, field),
    expectedPath: field,
    expectedRule: 'is required',
    mutation: 'missing field',
  }));

/** An object where an object belongs would be reported at a nested path, so that case is left out; no required field takes free text, so 'x y' fits none. */
const wrongType: Mutation = (command) =>
  fc
    .record({ field: fc.constantFrom(...requiredFields[typeOf(command)]), value: fc.constantFrom(42, true, 'x y', {}, null) })
    .filter(({ field, value }) => !(typeof value === 'object' && typeof command[field] === 'object'))
    .map(({ field, value }) => ({ input: { ...command, [field]: value }, expectedPath: field, mutation: 'wrong type' }));

const unknownKey: Mutation = (command) =>
  fc.constantFrom('comandId', 'extra', 'catatan').map((field) => ({
    input: { ...command, [field]: 'x' },
    expectedPath: field,
    expectedRule: 'is not a known field',
    mutation: 'unknown key',
  }));

const impossibleDate: Mutation = (command) =>
  fc.constantFrom('2019-02-29', '2019-04-31', '2019-13-01').map((value) => ({
    input: { ...command, [businessDateField[typeOf(command)]]: value },
    expectedPath: businessDateField[typeOf(command)],
    expectedRule: 'must be a real calendar date',
    mutation: 'impossible date',
  }));

const outOfRangeDate: Mutation = (command) =>
  fc.constantFrom('0219-03-01', '1899-12-31', '3000-01-01').map((value) => ({
    input: { ...command, [businessDateField[typeOf(command)]]: value },
    expectedPath: businessDateField[typeOf(command)],
    expectedRule: 'must be a date between 1900 and 2999',
    mutation: 'date out of range',
  }));

const birthDateAfterEnrolment: Mutation = (command) =>
  fc.integer({ min: 1, max: 3650 }).map((days) => ({
    input: {
      ...command,
      personalData: { ...(command['personalData'] as object), birthDate: addDays(command['enrolledOn'] as LocalDate, days), nik: undefined },
    },
    expectedPath: 'personalData.birthDate',
    expectedRule: `must not be after enrolledOn (${String(command['enrolledOn'])})`,
    mutation: 'birth date after enrolment',
  }));

const shortNik: Mutation = (command) =>
  fc.stringMatching(/^\d{15}$/).map((nik) => ({
    input: { ...command, personalData: { ...(command['personalData'] as object), nik } },
    expectedPath: 'personalData.nik',
    expectedRule: 'must be 16 digits, got 15 digits',
    mutation: '15-digit NIK',
  }));

const moduleIdNotSlug: Mutation = (command) =>
  fc.constantFrom('Sulam Dasar', 'sulam--dasar', 'sulam_dasar').map((moduleId) => ({
    input: { ...command, moduleId },
    expectedPath: 'moduleId',
    expectedRule: 'must be a slug of lower-case letters and digits joined by single hyphens',
    mutation: 'module id not a slug',
  }));

const asPlainJson = (command: ParticipantCommandInput): Readonly<Record<string, unknown>> =>
  JSON.parse(JSON.stringify(command)) as Readonly<Record<string, unknown>>;

/**
 * Valid commands broken in their shape, one way each: a missing field, a wrong type, an unknown key,
 * an impossible date or one outside 1900-2999, a 15-digit NIK, a birth date after the enrolment date,
 * a module id that is no slug. Decoding must name `expectedPath`. (A future date or a module the
 * catalogue lacks is well-formed: the decider refuses it.)
 */
export const arbMalformedCommand = (options: ArbitraryOptions = {}): fc.Arbitrary<MalformedCommand> => {
  const common = [dropRequired, wrongType, unknownKey, impossibleDate, outOfRangeDate];
  const breakWith = (arbitrary: fc.Arbitrary<ParticipantCommandInput>, mutations: readonly Mutation[]) =>
    fc
      .tuple(arbitrary.map(asPlainJson), fc.constantFrom(...mutations))
      .chain(([command, mutation]) => mutation(command));
  return fc.oneof(
    breakWith(arbEnrollInmateInput(options), [...common, shortNik, birthDateAfterEnrolment]),
    breakWith(arbCompleteModule(options), [...common, moduleIdNotSlug]),
    breakWith(arbRecordRelease(options), common),
    breakWith(arbLogFollowUpInput(options), common),
  );
};

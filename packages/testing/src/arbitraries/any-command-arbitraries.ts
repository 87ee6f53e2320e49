import * as fc from 'fast-check';
import {
  addDays,
  contactOutcomes,
  FacilityId,
  ModuleId,
  notReachedReasons,
  ParticipantCommand,
  ParticipantId,
  ProgrammeId,
} from '@binaan/domain';
import { localDate } from '../fixtures/fixture-values';
import { ArbitraryOptions, resolveOptions } from './arbitrary-options';
import {
  arbAssessmentResult,
  arbContactChannel,
  arbEmployment,
  arbEncryptedEnvelope,
  arbFacilityId,
  arbLocalDate,
  arbModuleId,
  arbParticipantId,
  arbProgrammeId,
  arbRegistrationClass,
  arbReleaseType,
  arbSupportCodes,
} from './value-arbitraries';

/*
 * Well-typed sealed commands that may break any domain rule: ids the catalogue lacks, dates years
 * before enrolment or after today, consent not given, follow-up fields that do not fit the outcome.
 */
export const arbAnyCommand = (
  options: ArbitraryOptions = {},
  participantId: fc.Arbitrary<ParticipantId> = arbParticipantId,
): fc.Arbitrary<ParticipantCommand> => {
  const { catalogue, today } = resolveOptions(options);
  const date = arbLocalDate(localDate('2015-01-01'), addDays(today, 400));
  const programmeId = fc.oneof(arbProgrammeId(catalogue), fc.constant('program-tak-dikenal' as ProgrammeId));
  const facilityId = fc.oneof(arbFacilityId(catalogue), fc.constant('rutan-tak-dikenal' as FacilityId));
  const moduleId = fc.oneof(arbModuleId(catalogue), fc.constant('modul-tak-dikenal' as ModuleId));
  return fc.oneof(
    fc.record({
      type: fc.constant('EnrollInmate' as const),
      participantId,
      programmeId,
      facilityId,
      registrationClass: arbRegistrationClass,
      enrolledOn: date,
      consent: fc.record({ given: fc.boolean(), recordedOn: date }),
      personalData: arbEncryptedEnvelope,
    }),
    fc.record({
      type: fc.constant('CompleteModule' as const),
      participantId,
      moduleId,
      result: arbAssessmentResult,
      assessedOn: date,
    }),
    fc.record(
      {
        type: fc.constant('RecordRelease' as const),
        participantId,
        releaseType: arbReleaseType,
        releasedOn: date,
        supervisionEndsOn: date,
      },
      { requiredKeys: ['type', 'participantId', 'releaseType', 'releasedOn'], noNullPrototype: true },
    ),
    fc.record(
      {
        type: fc.constant('LogFollowUp' as const),
        participantId,
        contactedOn: date,
        channel: arbContactChannel,
        outcome: fc.constantFrom(...contactOutcomes),
        needs: arbSupportCodes,
        referrals: arbSupportCodes,
        notReachedReason: fc.constantFrom(...notReachedReasons),
        employment: arbEmployment,
        personalData: arbEncryptedEnvelope,
      },
      {
        requiredKeys: ['type', 'participantId', 'contactedOn', 'channel', 'outcome', 'needs', 'referrals'],
        noNullPrototype: true,
      },
    ),
  );
};

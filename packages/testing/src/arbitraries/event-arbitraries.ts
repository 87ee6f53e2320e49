import * as fc from 'fast-check';
import {
  contactOutcomes,
  FollowUpLogged,
  InmateEnrolled,
  InmateReleased,
  LocalDate,
  milestones,
  ModuleCompleted,
  notReachedReasons,
  ParticipantEvent,
} from '@binaan/domain';
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
 * Single events of every shape the codecs allow, including every optional field present or absent.
 * They are well-typed, not necessarily a sensible history: use arbParticipantHistory for that.
 */

const arbDate = (options: ArbitraryOptions): fc.Arbitrary<LocalDate> => {
  const { earliest, today } = resolveOptions(options);
  return arbLocalDate(earliest, today);
};

export const arbInmateEnrolled = (options: ArbitraryOptions = {}): fc.Arbitrary<InmateEnrolled> =>
  fc
    .record({
      participantId: arbParticipantId,
      programmeId: arbProgrammeId(resolveOptions(options).catalogue),
      curriculumVersion: fc.integer({ min: 1, max: 5 }),
      facilityId: arbFacilityId(resolveOptions(options).catalogue),
      registrationClass: arbRegistrationClass,
      enrolledOn: arbDate(options),
      consent: fc.record({ given: fc.constant(true as const), recordedOn: arbDate(options) }),
      personalData: arbEncryptedEnvelope,
    })
    .map((data) => ({ type: 'InmateEnrolled', data: { schemaVersion: 1, ...data } }));

export const arbModuleCompleted = (options: ArbitraryOptions = {}): fc.Arbitrary<ModuleCompleted> =>
  fc
    .record({
      participantId: arbParticipantId,
      moduleId: arbModuleId(resolveOptions(options).catalogue),
      result: arbAssessmentResult,
      assessedOn: arbDate(options),
    })
    .map((data) => ({ type: 'ModuleCompleted', data: { schemaVersion: 2, ...data } }));

export const arbInmateReleased = (options: ArbitraryOptions = {}): fc.Arbitrary<InmateReleased> =>
  fc
    .record(
      {
        participantId: arbParticipantId,
        releaseType: arbReleaseType,
        releasedOn: arbDate(options),
        supervisionEndsOn: arbDate(options),
      },
      { requiredKeys: ['participantId', 'releaseType', 'releasedOn'], noNullPrototype: true },
    )
    .map((data) => ({ type: 'InmateReleased', data: { schemaVersion: 1, ...data } }));

export const arbFollowUpLogged = (options: ArbitraryOptions = {}): fc.Arbitrary<FollowUpLogged> =>
  fc
    .record(
      {
        participantId: arbParticipantId,
        contactedOn: arbDate(options),
        channel: arbContactChannel,
        outcome: fc.constantFrom(...contactOutcomes),
        needs: arbSupportCodes,
        referrals: arbSupportCodes,
        milestone: fc.constantFrom(null, ...milestones),
        notReachedReason: fc.constantFrom(...notReachedReasons),
        employment: arbEmployment,
        personalData: arbEncryptedEnvelope,
      },
      {
        requiredKeys: ['participantId', 'contactedOn', 'channel', 'outcome', 'needs', 'referrals', 'milestone'],
        noNullPrototype: true,
      },
    )
    .map((data) => ({ type: 'FollowUpLogged', data: { schemaVersion: 1, ...data } }));

export const arbParticipantEvent = (options: ArbitraryOptions = {}): fc.Arbitrary<ParticipantEvent> =>
  fc.oneof(arbInmateEnrolled(options), arbModuleCompleted(options), arbInmateReleased(options), arbFollowUpLogged(options));

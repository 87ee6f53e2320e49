import * as fc from 'fast-check';
import {
  addDays,
  addMonths,
  CompleteModule,
  EnrollInmateInput,
  LogFollowUpInput,
  notReachedReasons,
  ParticipantCommandInput,
  ParticipantId,
  RecordRelease,
} from '@binaan/domain';
import { ArbitraryOptions, resolveOptions } from './arbitrary-options';
import { arbEnrolmentPersonalData, arbFollowUpPersonalData } from './person-arbitraries';
import {
  arbAssessmentResult,
  arbContactChannel,
  arbEmployment,
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
 * Commands that pass edge decoding (`decodeCommand`) for the given catalogue and today: known ids,
 * no future dates, follow-up fields that fit the outcome. Whether `decide` accepts them depends on the state.
 */

export const arbEnrollInmateInput = (
  options: ArbitraryOptions = {},
  participantId: fc.Arbitrary<ParticipantId> = arbParticipantId,
): fc.Arbitrary<EnrollInmateInput> => {
  const { catalogue, today, earliest } = resolveOptions(options);
  return fc
    .record({
      participantId,
      programmeId: arbProgrammeId(catalogue),
      facilityId: arbFacilityId(catalogue),
      registrationClass: arbRegistrationClass,
      enrolledOn: arbLocalDate(earliest, today),
      consentDaysEarlier: fc.integer({ min: 0, max: 30 }),
      personalData: arbEnrolmentPersonalData(today),
    })
    .map(({ consentDaysEarlier, ...fields }) => ({
      type: 'EnrollInmate' as const,
      ...fields,
      consent: { given: true, recordedOn: addDays(fields.enrolledOn, -consentDaysEarlier) },
    }));
};

export const arbCompleteModule = (
  options: ArbitraryOptions = {},
  participantId: fc.Arbitrary<ParticipantId> = arbParticipantId,
): fc.Arbitrary<CompleteModule> => {
  const { catalogue, today, earliest } = resolveOptions(options);
  return fc.record({
    type: fc.constant('CompleteModule' as const),
    participantId,
    moduleId: arbModuleId(catalogue),
    result: arbAssessmentResult,
    assessedOn: arbLocalDate(earliest, today),
  });
};

export const arbRecordRelease = (
  options: ArbitraryOptions = {},
  participantId: fc.Arbitrary<ParticipantId> = arbParticipantId,
): fc.Arbitrary<RecordRelease> => {
  const { today, earliest } = resolveOptions(options);
  return fc
    .record({
      participantId,
      releaseType: arbReleaseType,
      releasedOn: arbLocalDate(earliest, today),
      supervisionMonths: fc.option(fc.integer({ min: 0, max: 36 }), { nil: undefined }),
    })
    .map(({ supervisionMonths, ...fields }) => ({
      type: 'RecordRelease' as const,
      ...fields,
      ...(supervisionMonths === undefined ? {} : { supervisionEndsOn: addMonths(fields.releasedOn, supervisionMonths) }),
    }));
};

/** The fields that depend on the outcome: a reason iff not reached, employment only when reached. */
const arbOutcomeFields = fc.oneof(
  fc.record(
    { outcome: fc.constant('reached' as const), employment: arbEmployment },
    { requiredKeys: ['outcome'], noNullPrototype: true },
  ),
  fc.record({ outcome: fc.constant('declined' as const) }),
  fc.record({ outcome: fc.constant('not_reached' as const), notReachedReason: fc.constantFrom(...notReachedReasons) }),
);

export const arbLogFollowUpInput = (
  options: ArbitraryOptions = {},
  participantId: fc.Arbitrary<ParticipantId> = arbParticipantId,
): fc.Arbitrary<LogFollowUpInput> => {
  const { today, earliest } = resolveOptions(options);
  return fc
    .record(
      {
        participantId,
        contactedOn: arbLocalDate(earliest, today),
        channel: arbContactChannel,
        outcomeFields: arbOutcomeFields,
        needs: arbSupportCodes,
        referrals: arbSupportCodes,
        personalData: arbFollowUpPersonalData,
      },
      {
        requiredKeys: ['participantId', 'contactedOn', 'channel', 'outcomeFields', 'needs', 'referrals'],
        noNullPrototype: true,
      },
    )
    .map(({ outcomeFields, ...fields }) => ({ type: 'LogFollowUp' as const, ...fields, ...outcomeFields }));
};

/** Any of the four, as they arrive from outside (personal data in clear). */
export const arbValidCommandInput = (options: ArbitraryOptions = {}): fc.Arbitrary<ParticipantCommandInput> =>
  fc.oneof(
    arbEnrollInmateInput(options),
    arbCompleteModule(options),
    arbRecordRelease(options),
    arbLogFollowUpInput(options),
  );

import { alreadyReleased, notEnrolled, notReleased, prerequisitesNotCompetent, type ModuleId } from '@binaan/domain';
import { enrolmentOutsideCallerScope, personAlreadyEnrolledInProgramme } from '@binaan/command-handling';
import type { OperationObject, ParameterObject, PathsObject, ResponseObject } from '@nestjs/swagger';
import type { Permission } from '../auth/access-policy';
import { ruleBrokenProblem } from '../http/command-failure-problem';
import { defaultJsonBodyLimits } from '../http/json-body';
import type { FieldIssue, Problem } from '../http/problem';
import { problems } from '../http/problems';
import { accessProblems, jsonResponse, participantIdParameter, pathParameter, problemResponse, rolesAllowed } from './openapi-helpers';
import {
  enrolmentAccepted,
  examplePersonalData,
  followUpAccepted,
  moduleCompletionAccepted,
  releaseAccepted,
} from './participant-examples';

const idempotencyKey: ParameterObject = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description: 'A UUID, kept per user: with your identity it names the command. Sending the same key again returns your first result and writes nothing; another user’s request under the same key is theirs alone.',
  schema: { type: 'string', format: 'uuid' },
  example: '7d0b6a8e-1c2f-4e3a-9b5d-6f7e8a9b0c1d',
};

const ifMatch: ParameterObject = {
  name: 'If-Match',
  in: 'header',
  required: false,
  description: 'The ETag (stream revision) you last saw; if the participant changed since, the answer is 409.',
  schema: { type: 'string' },
  example: '"2"',
};

export const etag = { ETag: { description: 'The participant stream’s revision after the command', schema: { type: 'string' } } };
const location = { Location: { description: 'The new participant’s address', schema: { type: 'string' } } };

export interface CommandRoute {
  readonly operationId: string;
  readonly summary: string;
  readonly permission: Permission;
  readonly bodySchema: string;
  readonly body: Readonly<Record<string, unknown>>;
  readonly pathParameters: readonly ParameterObject[];
  readonly accepted: Readonly<Record<string, unknown>>;
  readonly acceptedHeaders: ResponseObject['headers'];
  readonly invalidField: FieldIssue;
  readonly ruleBroken: Problem;
  /** Said after the roles, e.g. who else the domain holds back. */
  readonly note?: string;
}

/** A command on a participant nobody enrolled is about a missing resource, so only routes naming one can answer 404. */
export const commandOperation = (route: CommandRoute): OperationObject => ({
  operationId: route.operationId,
  summary: route.summary,
  description: `Roles: ${rolesAllowed(route.permission)}. ${route.note === undefined ? '' : `${route.note} `}Runs through the CommandBus: decode, then load → decide → append.`,
  tags: ['commands'],
  parameters: [...route.pathParameters, idempotencyKey, ifMatch],
  requestBody: {
    required: true,
    content: { 'application/json': { schema: { $ref: `#/components/schemas/${route.bodySchema}` }, example: route.body } },
  },
  responses: {
    '201': jsonResponse('Accepted and stored (or repeated: see `repeated`)', 'CommandAccepted', route.accepted, route.acceptedHeaders),
    '400': problemResponse('The body or a header does not decode; `errors` names each field path and rule', problems.validationFailed([route.invalidField])),
    ...accessProblems(route.permission, route.pathParameters.length === 0 ? ruleBrokenProblem(enrolmentOutsideCallerScope('facilityId')) : undefined),
    ...(route.pathParameters.includes(participantIdParameter)
      ? {
          '404': problemResponse(
            'No participant with this id was enrolled, or she is outside the caller’s scope: the same answer, so that it tells no one she exists',
            ruleBrokenProblem(notEnrolled()),
          ),
        }
      : {}),
    '409': problemResponse('If-Match names a revision that is no longer current', problems.revisionConflict('2', '3')),
    '413': problemResponse('Body larger than 64 KiB', problems.payloadTooLarge(defaultJsonBodyLimits.maxBytes)),
    '415': problemResponse('Body is not application/json', problems.unsupportedMediaType()),
    '422': problemResponse('A domain rule is broken; `code` names it, `detail` explains it', route.ruleBroken),
  },
});

const moduleIdParameter = pathParameter('moduleId', 'A module of the participant’s curriculum', { type: 'string' }, 'sulam-dasar');

export const commandPaths: PathsObject = {
  '/participants': {
    post: commandOperation({
      operationId: 'enrollInmate',
      summary: 'Enrol a person in a programme (EnrollInmate)',
      permission: 'enrol',
      bodySchema: 'EnrolRequest',
      body: {
        programmeId: 'sulam-malang-2019',
        facilityId: 'lapas-perempuan-malang',
        registrationClass: 'B.I',
        enrolledOn: '2019-03-04',
        consent: { given: true, recordedOn: '2019-03-04' },
        personalData: examplePersonalData,
      },
      pathParameters: [],
      accepted: enrolmentAccepted,
      acceptedHeaders: { ...etag, ...location },
      invalidField: { path: 'personalData.nik', rule: 'must be 16 digits, got 15 digits' },
      ruleBroken: ruleBrokenProblem(personAlreadyEnrolledInProgramme('sulam-malang-2019')),
    }),
  },
  '/participants/{participantId}/modules/{moduleId}/assessments': {
    post: commandOperation({
      operationId: 'completeModule',
      summary: 'Record a module assessment (CompleteModule)',
      permission: 'completeModule',
      bodySchema: 'CompleteModuleRequest',
      body: { result: 'competent', assessedOn: '2019-04-20' },
      pathParameters: [participantIdParameter, moduleIdParameter],
      accepted: moduleCompletionAccepted,
      acceptedHeaders: etag,
      invalidField: { path: 'assessedOn', rule: 'must be a real calendar date' },
      ruleBroken: ruleBrokenProblem(prerequisitesNotCompetent('sulam-lanjutan' as ModuleId, ['sulam-dasar' as ModuleId])),
    }),
  },
  '/participants/{participantId}/release': {
    post: commandOperation({
      operationId: 'recordRelease',
      summary: 'Record a release (RecordRelease)',
      permission: 'recordRelease',
      bodySchema: 'RecordReleaseRequest',
      body: { releaseType: 'pembebasan_bersyarat', releasedOn: '2019-11-15', supervisionEndsOn: '2020-11-15' },
      pathParameters: [participantIdParameter],
      accepted: releaseAccepted,
      acceptedHeaders: etag,
      invalidField: { path: 'releasedOn', rule: 'must be a real calendar date' },
      ruleBroken: ruleBrokenProblem(alreadyReleased()),
    }),
  },
  '/participants/{participantId}/follow-ups': {
    post: commandOperation({
      operationId: 'logFollowUp',
      summary: 'Log a follow-up contact after release (LogFollowUp)',
      permission: 'logFollowUp',
      bodySchema: 'LogFollowUpRequest',
      body: {
        contactedOn: '2020-05-18',
        channel: 'phone',
        outcome: 'reached',
        employment: { status: 'self_employed', usesTrainedSkill: true, businessStatus: 'running', salesChannel: 'online', incomeBand: '500k_to_1m' },
        needs: ['capital'],
        referrals: [],
      },
      pathParameters: [participantIdParameter],
      accepted: followUpAccepted,
      acceptedHeaders: etag,
      invalidField: { path: 'contactedOn', rule: 'is required' },
      ruleBroken: ruleBrokenProblem(notReleased()),
    }),
  },
};

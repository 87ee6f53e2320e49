import type { OperationObject, ParameterObject, PathsObject } from '@nestjs/swagger';
import { authProblems, jsonResponse, participantIdParameter, pathParameter, problemResponse } from './openapi-helpers';

const idempotencyKey: ParameterObject = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description: 'A UUID; it becomes the command id. Sending the same key again returns the first result and writes nothing.',
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

const etag = { ETag: { description: 'The participant stream’s revision after the command', schema: { type: 'string' } } };

const commandOperation = (
  summary: string,
  roles: string,
  bodySchema: string,
  example: Readonly<Record<string, unknown>>,
  parameters: readonly ParameterObject[],
): OperationObject => ({
  summary,
  description: `Roles: ${roles}. Runs through the CommandBus: decode, then load → decide → append.`,
  tags: ['commands'],
  security: [{ bearer: [] }],
  parameters: [...parameters, idempotencyKey, ifMatch],
  requestBody: { required: true, content: { 'application/json': { schema: { $ref: `#/components/schemas/${bodySchema}` }, example } } },
  responses: {
    '201': jsonResponse('Accepted and stored (or repeated: see `repeated`)', 'CommandAccepted', etag),
    '400': problemResponse(400, 'The body or a header does not decode; `errors` names each field path and rule'),
    ...authProblems,
    '404': problemResponse(404, 'No such participant'),
    '409': problemResponse(409, 'If-Match names a revision that is no longer current'),
    '413': problemResponse(413, 'Body larger than 64 KiB'),
    '415': problemResponse(415, 'Body is not application/json'),
    '422': problemResponse(422, 'A domain rule is broken; `code` names it, `detail` explains it'),
  },
});

const moduleIdParameter = pathParameter('moduleId', 'A module of the participant’s curriculum', 'sulam-dasar');

export const commandPaths: PathsObject = {
  '/participants': {
    post: commandOperation(
      'Enrol a person in a programme (EnrollInmate)',
      'registrar, admin',
      'EnrolRequest',
      {
        programmeId: 'sulam-malang-2019',
        facilityId: 'lapas-perempuan-malang',
        registrationClass: 'B.I',
        enrolledOn: '2019-03-04',
        consent: { given: true, recordedOn: '2019-03-04' },
        personalData: { fullName: 'Sri Wahyuningsih (contoh)', registrationNumber: 'BI.123/2018 (contoh)' },
      },
      [],
    ),
  },
  '/participants/{participantId}/modules/{moduleId}/assessments': {
    post: commandOperation(
      'Record a module assessment (CompleteModule)',
      'assessor, admin',
      'CompleteModuleRequest',
      { result: 'competent', assessedOn: '2019-04-20' },
      [participantIdParameter, moduleIdParameter],
    ),
  },
  '/participants/{participantId}/release': {
    post: commandOperation(
      'Record a release (RecordRelease)',
      'registrar, admin',
      'RecordReleaseRequest',
      { releaseType: 'pembebasan_bersyarat', releasedOn: '2019-11-15', supervisionEndsOn: '2020-11-15' },
      [participantIdParameter],
    ),
  },
  '/participants/{participantId}/follow-ups': {
    post: commandOperation(
      'Log a follow-up contact after release (LogFollowUp)',
      'caseworker, admin',
      'LogFollowUpRequest',
      {
        contactedOn: '2020-05-18',
        channel: 'phone',
        outcome: 'reached',
        employment: { status: 'self_employed', usesTrainedSkill: true, businessStatus: 'running', salesChannel: 'online', incomeBand: '500k_to_1m' },
        needs: ['capital'],
        referrals: [],
      },
      [participantIdParameter],
    ),
  },
};

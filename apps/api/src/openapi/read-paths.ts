import type { OperationObject, ParameterObject, PathsObject } from '@nestjs/swagger';
import { authProblems, jsonResponse, participantIdParameter, problemResponse, queryParameter } from './openapi-helpers';

const readOperation = (
  summary: string,
  roles: string,
  schema: string,
  parameters: readonly ParameterObject[],
  extra: OperationObject['responses'] = {},
): OperationObject => ({
  summary,
  description: `Roles: ${roles}. Runs through the QueryBus, from the read models (which follow writes within moments).`,
  tags: ['queries'],
  security: [{ bearer: [] }],
  parameters: [...parameters],
  responses: {
    '200': jsonResponse('OK', schema),
    '400': problemResponse(400, 'A query parameter is unknown or malformed'),
    ...authProblems,
    ...extra,
  },
});

const programme = queryParameter('programme', 'Programme id', 'sulam-malang-2019');
const facility = queryParameter('facility', 'Facility id', 'lapas-perempuan-malang');

export const readPaths: PathsObject = {
  '/participants/{participantId}': {
    get: {
      ...readOperation(
        'A participant’s status; with the name only for registrar, assessor, caseworker and admin',
        'registrar, assessor, caseworker, auditor, admin',
        'Participant',
        [participantIdParameter],
        { '404': problemResponse(404, 'No such participant') },
      ),
      responses: {
        '200': jsonResponse('OK', 'Participant', { ETag: { description: 'Stream revision, for If-Match', schema: { type: 'string' } } }),
        '400': problemResponse(400, 'Malformed participant id'),
        ...authProblems,
        '404': problemResponse(404, 'No such participant'),
      },
    },
  },
  '/participants/{participantId}/history': {
    get: readOperation(
      'Who recorded what and when (audit rows), optionally replayed as of a date',
      'auditor, admin',
      'ParticipantHistory',
      [
        participantIdParameter,
        queryParameter('asOf', 'Business-date axis: what had happened by this date (YYYY-MM-DD)', '2019-06-30'),
        queryParameter('knownAt', 'Recorded axis: what had been recorded by the end of this day (Jakarta) or by this instant', '2019-07-01'),
      ],
      { '404': problemResponse(404, 'No such participant') },
    ),
  },
  '/outcomes': {
    get: readOperation('Programme outcomes per facility and cohort, their total and the funnel', 'every role', 'Outcomes', [
      programme,
      facility,
      queryParameter('cohort', 'Enrolment month YYYY-MM', '2019-03'),
      queryParameter('from', 'Earliest enrolment month (YYYY-MM or YYYY-MM-DD)', '2019-01'),
      queryParameter('to', 'Latest enrolment month (YYYY-MM or YYYY-MM-DD)', '2019-12'),
    ]),
  },
  '/follow-ups/due': {
    get: readOperation(
      'Follow-ups due or overdue today: counts for everyone, the list for registrar, caseworker, auditor and admin',
      'every role',
      'FollowUpsDue',
      [programme, facility],
    ),
  },
  '/audit/events': {
    get: readOperation('The audit log, in global order, paged by position', 'auditor, admin', 'AuditPage', [
      queryParameter('actor', 'Actor id (the token subject)'),
      queryParameter('type', 'Event type', 'ModuleCompleted'),
      queryParameter('participant', 'Participant id'),
      queryParameter('from', 'Recorded on or after (YYYY-MM-DD, Jakarta, or an instant)', '2019-01-01'),
      queryParameter('to', 'Recorded on or before (YYYY-MM-DD, Jakarta, or an instant)', '2019-12-31'),
      queryParameter('after', 'Position from the previous page’s nextAfter'),
      queryParameter('limit', 'Page size 1-500 (default 100)', '100'),
    ]),
  },
  '/programmes': {
    get: readOperation('The programme and facility catalogue', 'every role', 'Catalogue', []),
  },
};

import type { OperationObject, ParameterObject, PathsObject, ResponseObject } from '@nestjs/swagger';
import type { Permission } from '../auth/access-policy';
import { problems } from '../http/problems';
import { accessProblems, jsonResponse, participantIdParameter, problemResponse, queryParameter, rolesAllowed } from './openapi-helpers';
import { auditPageExample, foundParticipantsExample, participantExample, participantHistoryExample, subjectReportExample } from './participant-examples';
import { catalogueExample, facilityStagesExample, followUpsDueExample, outcomeMembersExample, outcomesExample, personalDataAccessExample } from './report-examples';
import { peopleFigureNames } from '@binaan/projections';

interface ReadRoute {
  readonly operationId: string;
  readonly summary: string;
  readonly permission: Permission;
  readonly schema: string;
  readonly example: unknown;
  readonly parameters: readonly ParameterObject[];
  readonly headers?: ResponseObject['headers'];
}

const participantNotFound = {
  '404': problemResponse('No such participant, or she is outside the caller’s scope: the same answer, so that it tells no one she exists', problems.participantNotFound()),
};

const readOperation = (route: ReadRoute, badRequest: ResponseObject, extra: OperationObject['responses'] = {}): OperationObject => ({
  operationId: route.operationId,
  summary: route.summary,
  description: `Roles: ${rolesAllowed(route.permission)}. Runs through the QueryBus, from the read models (which follow writes within moments).`,
  tags: ['queries'],
  parameters: [...route.parameters],
  responses: {
    '200': jsonResponse('OK', route.schema, route.example, route.headers),
    '400': badRequest,
    ...accessProblems(route.permission),
    ...extra,
  },
});

const invalidQuery = (name: string, rule: string): ResponseObject =>
  problemResponse('A query parameter is unknown or malformed', problems.invalidQuery([{ path: `query.${name}`, rule }]));

const programme = queryParameter('programme', 'Programme id', 'sulam-malang-2019');
const facility = queryParameter('facility', 'Facility id', 'lapas-perempuan-malang');

export const readPaths: PathsObject = {
  '/participants': {
    get: readOperation(
      {
        operationId: 'findParticipants',
        summary:
          'Participants within the caller’s scope: by registration number (case, spacing and look-alike forms folded), or a programme’s cohort; names shown, so registrar, assessor, caseworker and admin only',
        permission: 'readParticipant',
        schema: 'FoundParticipants',
        example: foundParticipantsExample,
        parameters: [
          queryParameter('registrationNumber', 'The register entry as written on her file; alone', 'BI.0000/2019 (contoh)'),
          queryParameter('programme', 'Programme id; with cohort', 'sulam-malang-2019'),
          queryParameter('cohort', 'Month of enrolment (YYYY-MM); with programme', '2019-03'),
        ],
      },
      problemResponse('Neither or both ways of searching were given', problems.invalidQuery([{ path: 'query', rule: 'give registrationNumber alone, or programme and cohort together' }])),
    ),
  },
  '/participants/{participantId}': {
    get: readOperation(
      {
        operationId: 'getParticipant',
        summary: 'A participant’s status; with the name only for registrar, assessor, caseworker and admin',
        permission: 'readParticipant',
        schema: 'Participant',
        example: participantExample,
        parameters: [participantIdParameter],
        headers: { ETag: { description: 'Stream revision, for If-Match', schema: { type: 'string' } } },
      },
      problemResponse('Malformed participant id', problems.validationFailed([{ path: 'participantId', rule: 'must be a lower-case UUID' }])),
      participantNotFound,
    ),
  },
  '/participants/{participantId}/history': {
    get: readOperation(
      {
        operationId: 'getParticipantHistory',
        summary: 'Who recorded what and when (audit rows), optionally replayed as of a date',
        permission: 'readHistory',
        schema: 'ParticipantHistory',
        example: participantHistoryExample,
        parameters: [
          participantIdParameter,
          queryParameter('asOf', 'Business-date axis: what had happened by this date (YYYY-MM-DD)', '2019-06-30'),
          queryParameter('knownAt', 'Recorded axis: what had been recorded by the end of this day (Jakarta) or by this instant', '2019-07-01'),
        ],
      },
      invalidQuery('asOf', 'must be a date YYYY-MM-DD'),
      participantNotFound,
    ),
  },
  '/participants/{participantId}/subject-report': {
    get: readOperation(
      {
        operationId: 'getSubjectReport',
        summary: 'Everything held about one person, personal data opened, with every disclosure of it (UU PDP); itself recorded as a disclosure',
        permission: 'readSubjectReport',
        schema: 'SubjectReport',
        example: subjectReportExample,
        parameters: [participantIdParameter],
      },
      invalidQuery('colour', 'is not a known parameter; use none'),
      participantNotFound,
    ),
  },
  '/outcomes': {
    get: readOperation(
      {
        operationId: 'getOutcomes',
        summary: 'Programme outcomes per facility and cohort, their total and the funnel',
        permission: 'readOutcomes',
        schema: 'Outcomes',
        example: outcomesExample,
        parameters: [
          programme,
          facility,
          queryParameter('cohort', 'Enrolment month YYYY-MM', '2019-03'),
          queryParameter('from', 'Earliest enrolment month (YYYY-MM or YYYY-MM-DD)', '2019-01'),
          queryParameter('to', 'Latest enrolment month (YYYY-MM or YYYY-MM-DD)', '2019-12'),
          queryParameter('groupBy', 'cohort (default: programme × facility × cohort) or homeRegency (programme × home regency)', 'homeRegency'),
        ],
      },
      invalidQuery('cohort', 'must be a month YYYY-MM'),
    ),
  },
  '/outcomes/facility-stages': {
    get: readOperation(
      {
        operationId: 'getFacilityStages',
        summary: 'Each stage of the selected cohorts counted at the unit where it happened (after transfers); counts under 10 are "<10" for viewers',
        permission: 'readOutcomes',
        schema: 'FacilityStages',
        example: facilityStagesExample,
        parameters: [
          programme,
          queryParameter('cohort', 'Enrolment month YYYY-MM', '2019-03'),
          queryParameter('from', 'Earliest enrolment month (YYYY-MM or YYYY-MM-DD)', '2019-01'),
          queryParameter('to', 'Latest enrolment month (YYYY-MM or YYYY-MM-DD)', '2019-12'),
        ],
      },
      invalidQuery('cohort', 'must be a month YYYY-MM'),
    ),
  },
  '/outcomes/members': {
    get: readOperation(
      {
        operationId: 'getOutcomeMembers',
        summary: 'The participant ids a figure counts, in its numerator and its denominator, for sampling records',
        permission: 'readAudit',
        schema: 'OutcomeMembers',
        example: outcomeMembersExample,
        parameters: [
          queryParameter('figure', `One of ${peopleFigureNames.join(', ')}`, 'contactM6'),
          programme,
          facility,
          queryParameter('cohort', 'Enrolment month YYYY-MM', '2019-03'),
        ],
      },
      invalidQuery('figure', `must be one of ${peopleFigureNames.join(', ')}`),
    ),
  },
  '/follow-ups/due': {
    get: readOperation(
      {
        operationId: 'getFollowUpsDue',
        summary: 'Follow-ups due or overdue today: counts for everyone, the list for registrar, caseworker, auditor and admin',
        permission: 'readFollowUpCounts',
        schema: 'FollowUpsDue',
        example: followUpsDueExample,
        parameters: [
          programme,
          facility,
          queryParameter('participant', 'Participant id: her next follow-up alone, if it is due or overdue'),
          queryParameter('contacts', '`true`: caseworkers only; each item on the page also names her and says how to reach her (within the caseworker’s facilities), recorded as a disclosure', 'true'),
          queryParameter('limit', 'Items per page (1–500, default 100)', '100'),
          queryParameter('after', 'The nextAfter of the page before', '2020-03-17_b4d6f8a0-2c3e-4f7a-9b1d-3f5a7b9c1d2e'),
        ],
      },
      invalidQuery('cohort', 'is not a known parameter; use programme, facility, participant, contacts, limit, after'),
    ),
  },
  '/audit/events': {
    get: readOperation(
      {
        operationId: 'getAuditEvents',
        summary: 'The audit log, in global order, paged by position',
        permission: 'readAudit',
        schema: 'AuditPage',
        example: auditPageExample,
        parameters: [
          queryParameter('actor', 'Actor id (the token subject)'),
          queryParameter('type', 'Event type', 'ModuleCompleted'),
          queryParameter('participant', 'Participant id'),
          queryParameter('from', 'Recorded on or after (YYYY-MM-DD, Jakarta, or an instant)', '2019-01-01'),
          queryParameter('to', 'Recorded on or before (YYYY-MM-DD, Jakarta, or an instant)', '2019-12-31'),
          queryParameter('after', 'Position from the previous page’s nextAfter'),
          queryParameter('limit', 'Page size 1-500 (default 100)', '100'),
        ],
      },
      invalidQuery('limit', 'must be a whole number from 1 to 500'),
    ),
  },
  '/audit/personal-data-access': {
    get: readOperation(
      {
        operationId: 'getPersonalDataAccess',
        summary: 'Who was shown whose personal data, for what and when (the hash-chained disclosure record)',
        permission: 'readAudit',
        schema: 'PersonalDataAccessPage',
        example: personalDataAccessExample,
        parameters: [
          queryParameter('participant', 'Participant id'),
          queryParameter('actor', 'Actor id (the token subject)'),
          queryParameter('from', 'First business day (YYYY-MM-DD, Jakarta)', '2019-01-01'),
          queryParameter('to', 'Last business day (YYYY-MM-DD, Jakarta)', '2019-12-31'),
          queryParameter('after', 'Position from the previous page’s nextAfter'),
          queryParameter('limit', 'Page size 1-500 (default 100)', '100'),
        ],
      },
      invalidQuery('from', 'must be a date YYYY-MM-DD'),
    ),
  },
  '/programmes': {
    get: readOperation(
      {
        operationId: 'getProgrammes',
        summary: 'The programme and facility catalogue',
        permission: 'readCatalogue',
        schema: 'Catalogue',
        example: catalogueExample,
        parameters: [],
      },
      invalidQuery('programme', 'is not a known parameter; use none'),
    ),
  },
};

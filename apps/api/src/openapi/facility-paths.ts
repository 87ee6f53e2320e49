import { countDateInFuture, facilityNotFound, type FacilityId } from '@binaan/domain';
import type { OperationObject, PathsObject, SchemaObject } from '@nestjs/swagger';
import { countOutsideCallerScopeProblem, facilityCommandProblem } from '../facilities/facility-command-problem';
import { defaultJsonBodyLimits } from '../http/json-body';
import { problems } from '../http/problems';
import { accessProblems, jsonResponse, pathParameter, problemResponse, queryParameter, rolesAllowed } from './openapi-helpers';

/*
 * The facilities' own records (head counts) and the coverage measured against them: paths and schemas
 * in one file, beside the participant ones, so the shared documents change only by a spread.
 */

const facilityIdParameter = pathParameter(
  'facilityId',
  'A facility of the catalogue',
  { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
  'lapas-perempuan-malang',
);

const countExample = { countedOn: '2024-01-31', total: 412, byRegistrationClass: { 'A.I': 60, 'B.I': 300, 'B.IIa': 52 } };

const countAccepted = {
  facilityId: 'lapas-perempuan-malang',
  commandId: '7d0b6a8e-1c2f-4e3a-9b5d-6f7e8a9b0c1d',
  revision: '4',
  position: '1311',
  events: [{ id: '3f9a1c2e-5b7d-4e8f-9a0b-1c2d3e4f5a6b', type: 'FacilityPopulationRecorded', revision: '4' }],
  repeated: false,
  warnings: [],
};

const coverageExample = {
  facilities: [
    {
      facilityId: 'lapas-perempuan-malang',
      facilityName: 'Lapas Perempuan Kelas IIA Malang',
      months: [
        { month: '2023-12', measuredOn: '2023-12-31', status: 'no_count', suppressed: false, inProgramme: 14, held: null, heldCountedOn: null, coverage: { numerator: 14, denominator: null, rate: null } },
        { month: '2024-01', measuredOn: '2024-01-31', status: 'counted', suppressed: false, inProgramme: 18, held: 412, heldCountedOn: '2024-01-31', coverage: { numerator: 18, denominator: 412, rate: 18 / 412 } },
      ],
    },
  ],
};

const uuid: SchemaObject = { type: 'string', format: 'uuid' };
const count: SchemaObject = { type: 'integer', minimum: 0 };

export const facilitySchemas: Record<string, SchemaObject> = {
  RecordFacilityPopulationBody: {
    type: 'object',
    additionalProperties: false,
    required: ['countedOn', 'total'],
    properties: {
      countedOn: { type: 'string', format: 'date', description: 'The day of the count; not after today (Asia/Jakarta).' },
      total: { ...count, description: 'Everyone the unit held that day.' },
      byRegistrationClass: {
        type: 'object',
        description: 'Head counts by registration class; together no more than total. Needed when coverage counts only some classes.',
        additionalProperties: false,
        properties: Object.fromEntries(['A.I', 'A.II', 'A.III', 'A.IV', 'A.V', 'B.I', 'B.IIa', 'B.IIb', 'B.III'].map((name) => [name, count])),
      },
    },
  },
  FacilityCommandAccepted: {
    type: 'object',
    required: ['facilityId', 'commandId', 'revision', 'position', 'events', 'repeated', 'warnings'],
    properties: {
      facilityId: { type: 'string' },
      commandId: { ...uuid, description: 'The Idempotency-Key, or a server-made id when none was sent.' },
      revision: { type: 'string', nullable: true, description: 'The facility stream’s revision after the command.' },
      position: { type: 'string', nullable: true, description: 'Global position of the last event written.' },
      events: {
        type: 'array',
        items: { type: 'object', required: ['id', 'type', 'revision'], properties: { id: uuid, type: { type: 'string' }, revision: { type: 'string' } } },
      },
      repeated: { type: 'boolean', description: 'True when this Idempotency-Key was already handled: nothing new was written.' },
      warnings: { type: 'array', items: { $ref: '#/components/schemas/FieldIssue' } },
    },
  },
  Coverage: {
    type: 'object',
    required: ['facilities'],
    properties: {
      facilities: {
        type: 'array',
        items: {
          type: 'object',
          required: ['facilityId', 'facilityName', 'months'],
          properties: {
            facilityId: { type: 'string' },
            facilityName: { type: 'string', nullable: true },
            months: { type: 'array', items: { $ref: '#/components/schemas/CoverageMonth' } },
          },
        },
      },
    },
  },
  CoverageMonth: {
    type: 'object',
    description:
      'One facility in one month, measured on the month’s last day (today in the running month). `status` is `no_count` when no head count ' +
      'was recorded on or before that day: then held and rate are null, never guessed. Viewers see months with 1–9 people in the programme ' +
      'suppressed (`inProgramme: "<10"`, no other figure).',
    required: ['month', 'measuredOn', 'status', 'suppressed', 'inProgramme'],
    properties: {
      month: { type: 'string', pattern: '^\\d{4}-\\d{2}$' },
      measuredOn: { type: 'string', format: 'date' },
      status: { type: 'string', enum: ['counted', 'no_count'] },
      suppressed: { type: 'boolean' },
      inProgramme: { oneOf: [count, { type: 'string', enum: ['<10'] }], description: 'Eligible people in the programme at the facility that day.' },
      held: { ...count, nullable: true, description: 'Eligible people held, by the latest count on or before measuredOn.' },
      heldCountedOn: { type: 'string', format: 'date', nullable: true },
      coverage: {
        type: 'object',
        required: ['numerator', 'denominator', 'rate'],
        properties: {
          numerator: count,
          denominator: { ...count, nullable: true },
          rate: { type: 'number', nullable: true, minimum: 0 },
        },
      },
    },
  },
};

const recordPopulation: OperationObject = {
  operationId: 'recordFacilityPopulation',
  summary: 'Record how many people a facility held on a day (the denominator of coverage)',
  description: `Roles: ${rolesAllowed('recordFacilityPopulation')}. Written to the facility’s own stream (facility-<id>); a later count for the same day stands over an earlier one.`,
  tags: ['commands'],
  parameters: [
    facilityIdParameter,
    {
      name: 'Idempotency-Key',
      in: 'header',
      required: false,
      description: 'A UUID; it becomes the command id. Sending the same key again returns the first result and writes nothing.',
      schema: uuid,
      example: '7d0b6a8e-1c2f-4e3a-9b5d-6f7e8a9b0c1d',
    },
  ],
  requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/RecordFacilityPopulationBody' }, example: countExample } } },
  responses: {
    '201': jsonResponse('Accepted and stored (or repeated: see `repeated`)', 'FacilityCommandAccepted', countAccepted),
    '400': problemResponse(
      'The body does not decode (a negative or fractional count, a malformed date, an unknown field); `errors` names each field and rule',
      problems.validationFailed([{ path: 'total', rule: 'must be a non-negative integer' }]),
    ),
    ...accessProblems('recordFacilityPopulation', countOutsideCallerScopeProblem()),
    '404': problemResponse('No facility with this id in the catalogue', facilityCommandProblem({ kind: 'rejected', error: facilityNotFound('lapas-tidak-ada' as FacilityId) })),
    '413': problemResponse('Body larger than 64 KiB', problems.payloadTooLarge(defaultJsonBodyLimits.maxBytes)),
    '415': problemResponse('Body is not application/json', problems.unsupportedMediaType()),
    '422': problemResponse(
      'A rule is broken: the count date is after today, or the counts by class add up to more than the total',
      facilityCommandProblem({ kind: 'rejected', error: countDateInFuture('2031-01-31', '2024-02-01') }),
    ),
  },
};

const getCoverage: OperationObject = {
  operationId: 'getCoverage',
  summary: 'Coverage per facility and month: people in the programme over people held, with both numbers',
  description: `Roles: ${rolesAllowed('readOutcomes')}. From the facility_coverage read model; which registration classes count is a setting (default: all).`,
  tags: ['queries'],
  parameters: [
    queryParameter('facility', 'Facility id', 'lapas-perempuan-malang'),
    queryParameter('from', 'Earliest month (YYYY-MM or a date in it)', '2024-01'),
    queryParameter('to', 'Latest month (YYYY-MM or a date in it)', '2024-12'),
  ],
  responses: {
    '200': jsonResponse('OK', 'Coverage', coverageExample),
    '400': problemResponse('A query parameter is unknown or malformed', problems.invalidQuery([{ path: 'query.from', rule: 'must be a month YYYY-MM or a date YYYY-MM-DD' }])),
    ...accessProblems('readOutcomes'),
  },
};

export const facilityPaths: PathsObject = {
  '/facilities/{facilityId}/population-counts': { post: recordPopulation },
  '/coverage': { get: getCoverage },
};

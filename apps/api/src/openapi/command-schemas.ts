import {
  assessmentResults,
  businessStatuses,
  contactChannels,
  contactOutcomes,
  employmentStatuses,
  incomeBands,
  notReachedReasons,
  registrationClasses,
  releaseTypes,
  salesChannels,
  supportCodes,
} from '@binaan/domain';
import type { SchemaObject } from '@nestjs/swagger';
import { date, enumOf, schemaRef, slug, uuid } from './schema-helpers';

/**
 * Request bodies. The domain's codecs are the source of truth and reject unknown fields; these are written
 * out by hand for readers and client generators, and the example tests hold the two together.
 */
export const commandSchemas: Readonly<Record<string, SchemaObject>> = {
  EnrolRequest: {
    type: 'object',
    additionalProperties: false,
    required: ['programmeId', 'facilityId', 'registrationClass', 'enrolledOn', 'consent', 'personalData'],
    properties: {
      participantId: { ...uuid, description: 'Optional. Without it the server assigns one (derived from the Idempotency-Key when sent).' },
      programmeId: { ...slug, example: 'sulam-malang-2019' },
      facilityId: { ...slug, example: 'lapas-perempuan-malang' },
      registrationClass: enumOf(registrationClasses),
      enrolledOn: date,
      consent: {
        type: 'object',
        additionalProperties: false,
        required: ['given', 'recordedOn'],
        properties: { given: { type: 'boolean', description: 'Must be true to enrol.' }, recordedOn: date },
      },
      personalData: {
        type: 'object',
        additionalProperties: false,
        description: 'Personal data: sealed (AES-256-GCM) before it is stored; never logged or echoed.',
        required: ['fullName', 'registrationNumber'],
        properties: {
          fullName: { type: 'string', minLength: 1, maxLength: 200 },
          registrationNumber: { type: 'string', minLength: 1, maxLength: 64 },
          nik: { type: 'string', pattern: '^\\d{16}$', description: '16 digits; a birth date that disagrees with birthDate is a warning only.' },
          birthDate: date,
        },
      },
    },
  },
  CompleteModuleRequest: {
    type: 'object',
    additionalProperties: false,
    required: ['result', 'assessedOn'],
    properties: { result: enumOf(assessmentResults), assessedOn: date },
  },
  RecordReleaseRequest: {
    type: 'object',
    additionalProperties: false,
    required: ['releaseType', 'releasedOn'],
    properties: { releaseType: enumOf(releaseTypes), releasedOn: date, supervisionEndsOn: date },
  },
  LogFollowUpRequest: {
    type: 'object',
    additionalProperties: false,
    required: ['contactedOn', 'channel', 'outcome', 'needs', 'referrals'],
    properties: {
      contactedOn: date,
      channel: enumOf(contactChannels),
      outcome: enumOf(contactOutcomes),
      notReachedReason: { ...enumOf(notReachedReasons), description: 'Present exactly when outcome is not_reached.' },
      employment: {
        type: 'object',
        additionalProperties: false,
        description: 'Only at a reached contact.',
        required: ['status', 'usesTrainedSkill', 'incomeBand'],
        properties: {
          status: enumOf(employmentStatuses),
          usesTrainedSkill: { type: 'boolean' },
          businessStatus: enumOf(businessStatuses),
          salesChannel: enumOf(salesChannels),
          incomeBand: enumOf(incomeBands),
        },
      },
      needs: { type: 'array', items: enumOf(supportCodes) },
      referrals: { type: 'array', items: enumOf(supportCodes) },
      personalData: {
        type: 'object',
        additionalProperties: false,
        description: 'Free-text notes (personal data): sealed before storage.',
        required: ['notes'],
        properties: { notes: { type: 'string', minLength: 1, maxLength: 4000 } },
      },
    },
  },
  CommandAccepted: {
    type: 'object',
    required: ['participantId', 'commandId', 'revision', 'position', 'events', 'repeated', 'warnings'],
    properties: {
      participantId: uuid,
      commandId: { ...uuid, description: 'Derived from your Idempotency-Key and your identity (the same key from another user is another command), or a server-made id when none was sent.' },
      revision: { type: 'string', nullable: true, description: 'Stream revision after the command (also the ETag).', example: '3' },
      position: { type: 'string', nullable: true, description: 'Global position of the last event written.', example: '1207' },
      events: {
        type: 'array',
        items: {
          type: 'object',
          required: ['id', 'type', 'revision'],
          properties: { id: uuid, type: { type: 'string', example: 'ModuleCompleted' }, revision: { type: 'string', example: '3' } },
        },
      },
      repeated: { type: 'boolean', description: 'True when you already sent this Idempotency-Key: nothing new was written.' },
      warnings: { type: 'array', items: schemaRef('FieldIssue') },
    },
  },
};

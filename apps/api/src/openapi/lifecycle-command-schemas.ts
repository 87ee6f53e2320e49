import { contactChannelsPreferred, custodyReturnKinds, erasureBases, exitReasons, registrationClasses, voidReasons } from '@binaan/domain';
import type { SchemaObject } from '@nestjs/swagger';
import { date, enumOf, slug, uuid } from './schema-helpers';

const personalDataNote = (what: string): SchemaObject => ({
  type: 'object',
  additionalProperties: false,
  description: `A note on ${what} (personal data): sealed before storage, never shown in the history. Required when reason is other.`,
  required: ['note'],
  properties: { note: { type: 'string', minLength: 1, maxLength: 2000 } },
});

const phone: SchemaObject = { type: 'string', pattern: '^\\+?[0-9][0-9 -]*$', description: '8 to 15 digits; spaces, dashes and a leading + allowed.' };

/**
 * Request bodies of the lifecycle and privacy commands. As with the other commands, the domain's codecs
 * are the source of truth (they reject unknown fields); the example tests hold these to them.
 */
export const lifecycleCommandSchemas: Readonly<Record<string, SchemaObject>> = {
  VoidEntryRequest: {
    type: 'object',
    additionalProperties: false,
    required: ['eventId', 'reason'],
    properties: {
      eventId: { ...uuid, description: 'The entry recorded in error: an event id from the command reply or the history.' },
      reason: enumOf(voidReasons),
      personalData: personalDataNote('the void'),
    },
  },
  CancelEnrolmentRequest: {
    type: 'object',
    additionalProperties: false,
    required: ['reason'],
    properties: { reason: enumOf(voidReasons), personalData: personalDataNote('the cancellation') },
  },
  CorrectEnrolmentRequest: {
    type: 'object',
    additionalProperties: false,
    minProperties: 1,
    description: 'Only the fields that were wrong, with their right values; at least one.',
    properties: {
      facilityId: { ...slug, example: 'lapas-perempuan-malang' },
      registrationClass: enumOf(registrationClasses),
      curriculumVersion: { type: 'integer', minimum: 1 },
      personalData: {
        type: 'object',
        additionalProperties: false,
        minProperties: 1,
        description: 'Personal data that was wrong: sealed (AES-256-GCM) like the enrolment’s; never logged or echoed.',
        properties: {
          fullName: { type: 'string', minLength: 1, maxLength: 200 },
          registrationNumber: { type: 'string', minLength: 1, maxLength: 64 },
          nik: { type: 'string', pattern: '^\\d{16}$' },
          birthDate: date,
        },
      },
    },
  },
  ExitParticipantRequest: {
    type: 'object',
    additionalProperties: false,
    required: ['exitedOn', 'reason'],
    properties: { exitedOn: date, reason: enumOf(exitReasons), personalData: personalDataNote('the exit') },
  },
  TransferParticipantRequest: {
    type: 'object',
    additionalProperties: false,
    required: ['transferredOn', 'toFacilityId'],
    properties: { transferredOn: date, toFacilityId: { ...slug, example: 'lapas-perempuan-surabaya' } },
  },
  RecordReturnToCustodyRequest: {
    type: 'object',
    additionalProperties: false,
    required: ['returnedOn', 'kind'],
    properties: { returnedOn: date, kind: enumOf(custodyReturnKinds) },
  },
  WithdrawConsentRequest: {
    type: 'object',
    additionalProperties: false,
    required: ['withdrawnOn'],
    properties: { withdrawnOn: date },
  },
  UpdateContactDetailsRequest: {
    type: 'object',
    additionalProperties: false,
    required: ['updatedOn', 'personalData'],
    properties: {
      updatedOn: date,
      personalData: {
        type: 'object',
        additionalProperties: false,
        minProperties: 1,
        description: 'How to reach her now (personal data): sealed before storage; at least one field.',
        properties: {
          phone,
          addressAfterRelease: { type: 'string', minLength: 1, maxLength: 500 },
          familyContact: {
            type: 'object',
            additionalProperties: false,
            required: ['name', 'relationship', 'phone'],
            properties: { name: { type: 'string', minLength: 1, maxLength: 200 }, relationship: { type: 'string', minLength: 1, maxLength: 60 }, phone },
          },
          preferredChannel: enumOf(contactChannelsPreferred),
        },
      },
    },
  },
  ErasePersonalDataRequest: {
    type: 'object',
    additionalProperties: false,
    required: ['basis', 'requestedOn'],
    properties: { basis: enumOf(erasureBases), requestedOn: date },
  },
};
